// Internal to the aggregate parser: the text-format parser's state and grammar functions, split over
// text_parser.cc (messages and fields) and text_values.cc (tokens and scalar values).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/options/message_builder.h"
#include "compiler/options/name_lookup.h"
#include "compiler/options/schema.h"
#include "compiler/options/text_parser.h"
#include "runtime/text/tokenizer.h"

namespace protoforge::options::text_internal {

using text::TokenType;

inline constexpr int kRecursionLimit = 100;  // protoc's TextFormat default

// A message being parsed: its values, plus the required-field problems found in its sub-messages (already
// prefixed with their field path), kept by field number as protoc lists them.
struct MessageState {
  std::string type_name;
  MessageBuilder builder;
  std::map<int32_t, std::vector<std::string>> child_missing;
  std::map<int32_t, size_t> repeated_counts;  // sub-messages seen per repeated field, for "[i]" in paths
};


inline bool is_hex_or_octal(std::string_view text) {
  return text.size() >= 2 && text[0] == '0';
}

inline std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

inline std::string_view simple_name(std::string_view full_name) {
  size_t dot = full_name.rfind('.');
  return dot == std::string_view::npos ? full_name : full_name.substr(dot + 1);
}

class Parser {
 public:
  Parser(std::string_view text, const Schema& schema, const NameLookup& lookup)
      : tokens_(text), schema_(schema), lookup_(lookup) {
    drain_tokenizer_errors();
  }

  AggregateResult run(std::string_view type_name);

 private:
  // Token helpers, with protoc's messages.
  const text::Token& current() const { return tokens_.current(); }
  void advance() {
    tokens_.next();
    drain_tokenizer_errors();
  }
  void drain_tokenizer_errors() {
    for (auto& e : tokens_.errors()) errors_.push_back(std::move(e.message));
    tokens_.errors().clear();
  }
  bool looking_at(std::string_view text) const { return current().text == text && current().type != TokenType::string; }
  bool try_consume(std::string_view text);
  bool consume(std::string_view text);
  bool report(std::string message) {
    errors_.push_back(std::move(message));
    return false;
  }
  std::string current_text() const { return std::string(current().text); }

  bool consume_identifier(std::string& out);
  bool consume_full_type_name(std::string& out);
  bool consume_unsigned(uint64_t max_value, uint64_t& out);
  bool consume_signed(uint64_t max_value, int64_t& out);
  bool consume_double(double& out);
  bool consume_string(std::string& out);

  // Grammar.
  bool parse_fields_until_end(MessageState& state);
  bool consume_field(MessageState& state, int depth);
  std::optional<FieldInfo> find_named_field(const MessageState& state, const std::string& name);
  std::optional<FieldInfo> find_extension(const MessageState& state, const std::string& name);
  bool check_not_set(const MessageState& state, const FieldInfo& field, const std::string& written_name);
  bool consume_field_values(MessageState& state, const FieldInfo& field, int depth);
  bool consume_message_value(MessageState& state, const FieldInfo& field, int depth);
  bool consume_message_body(MessageState& state, int depth);
  bool consume_scalar_value(MessageState& state, const FieldInfo& field);
  bool consume_enum_value(MessageState& state, const FieldInfo& field);
  bool consume_bool_value(MessageState& state, const FieldInfo& field);
  bool consume_any(MessageState& state, int depth);

  std::vector<std::string> missing_required(const MessageState& state) const;

  text::Tokenizer tokens_;
  const Schema& schema_;
  const NameLookup& lookup_;
  std::vector<std::string> errors_;
};

}  // namespace protoforge::options::text_internal
