// The tokenizer of protobuf text format, as protoc's io::Tokenizer reads it for TextFormat::Parser: '#' comments,
// identifiers, integers (decimal, 0x hex, 0 octal), floats (with an optional f suffix), quoted strings (escapes
// checked here, decoded by append_string_literal) and one-byte symbols. It is lazy like protoc's: next() scans one
// token, so an error in token N is reported when the parser moves on to token N, before the parser's own errors
// about it. Errors carry protoc's wording and position; tokenizing always carries on.
//
// Positions are zero-based lines and columns as protoc counts them: bytes, with a tab advancing the column to the
// next multiple of 8. Lifetime: tokens view the input, which must outlive the tokenizer.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace protoforge::text {

enum class TokenType : uint8_t { end, identifier, integer, floating, string, symbol };

struct Token {
  TokenType type = TokenType::end;
  std::string_view text;  // as written (strings keep their quotes); empty for `end`
  int line = 0;
  int column = 0;
  int end_column = 0;  // column just past the token, on `line`
};

struct TokenizerError {
  int line = 0;
  int column = 0;
  std::string message;
};

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view input) : input_(input) { next(); }

  const Token& current() const { return current_; }
  // The token before current(), for checks that look back (a '.' right after an identifier).
  const Token& previous() const { return previous_; }
  void next();
  // Errors found so far, in order; the caller may take them (clear the vector) as it goes.
  std::vector<TokenizerError>& errors() { return errors_; }

 private:
  char peek() const { return pos_ < input_.size() ? input_[pos_] : '\0'; }
  bool at(char c) const { return pos_ < input_.size() && input_[pos_] == c; }
  bool looking_at(bool (*in_class)(char)) const { return pos_ < input_.size() && in_class(input_[pos_]); }
  void advance();
  bool try_consume(char c);
  bool try_consume_one(bool (*in_class)(char));
  void consume_zero_or_more(bool (*in_class)(char));
  void consume_one_or_more(bool (*in_class)(char), const char* error);
  void add_error(std::string message) { errors_.push_back({line_, column_, std::move(message)}); }

  bool skip_blanks_and_comments();
  void skip_control_characters();
  TokenType scan_token();
  TokenType scan_number(bool started_with_zero, bool started_with_dot);
  void scan_string(char quote);
  void scan_escape();

  std::string_view input_;
  size_t pos_ = 0;
  int line_ = 0;
  int column_ = 0;
  Token current_;
  Token previous_;
  std::vector<TokenizerError> errors_;
};

}  // namespace protoforge::text
