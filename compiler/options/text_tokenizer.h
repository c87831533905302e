// A tokenizer for protobuf text format as protoc's io::Tokenizer reads it for aggregate option values:
// '#' comments, identifiers, integers (decimal, 0x hex, 0 octal), floats (with an optional f suffix), quoted
// strings and one-character symbols. Errors are collected with protoc's wording; tokenizing carries on.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace protoforge::options {

enum class TokenType { end, identifier, integer, floating, string, symbol };

struct TextToken {
  TokenType type = TokenType::end;
  std::string_view text;  // as written (strings keep their quotes)
};

class TextTokenizer {
 public:
  explicit TextTokenizer(std::string_view input) : input_(input) { next(); }

  const TextToken& current() const { return current_; }
  void next();
  // Tokenizer errors so far, in order (protoc's wording).
  std::vector<std::string>& errors() { return errors_; }

 private:
  void skip_whitespace_and_comments();
  void scan_number(bool started_with_zero, bool started_with_dot);
  void scan_string(char quote);
  bool at(char c) const { return pos_ < input_.size() && input_[pos_] == c; }
  char peek() const { return pos_ < input_.size() ? input_[pos_] : '\0'; }

  std::string_view input_;
  size_t pos_ = 0;
  TextToken current_;
  std::vector<std::string> errors_;
};

// protoc's Tokenizer::ParseInteger: decimal, 0x hex or leading-zero octal; false if above `max_value`.
bool parse_text_integer(std::string_view text, uint64_t max_value, uint64_t& out);
// protoc's Tokenizer::ParseFloat for a float token (a trailing f/F or a dangling exponent is ignored).
double parse_text_float(std::string_view text);
// String tokens are decoded by lex::append_string_literal: text format and .proto share protoc's tokenizer rules.

}  // namespace protoforge::options
