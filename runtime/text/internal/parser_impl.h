// Internal to the text parser: its state and grammar functions, split over parser.cc (fields, messages, Any),
// parse_values.cc (scalar values) and parse_skip.cc (values of reserved fields, read without a schema).
//
// Every grammar function returns false after reporting the error that ends the parse; tokenizer errors are
// collected as tokens are scanned and do not stop it (the parse fails at the end instead, as in protoc).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/message/message.h"
#include "runtime/text/parser.h"
#include "runtime/text/tokenizer.h"

namespace protoforge::text::internal {

using message::Message;
using schema::Field;

class Parser {
 public:
  Parser(std::string_view text, const ParseOptions& options, ParseResult& result)
      : tokens_(text), options_(options), result_(result) {
    take_tokenizer_errors();
  }

  // The whole input as the fields of `message`.
  bool parse_message(Message& message);

 private:
  // Tokens.
  const Token& current() const { return tokens_.current(); }
  std::string current_text() const { return std::string(tokens_.current().text); }
  void advance();
  void take_tokenizer_errors();
  bool looking_at(std::string_view symbol) const;
  bool looking_at(TokenType type) const { return current().type == type; }
  bool try_consume(std::string_view symbol);
  bool consume(std::string_view symbol);
  bool report(std::string message);
  ParseError here(std::string message) const;

  // Fields and messages (parser.cc).
  bool consume_field(Message& message, int depth);
  bool consume_extension_name(const Message& message, std::string& name, const Field*& field);
  bool consume_field_name(const Message& message, std::string& name, const Field*& field, bool& reserved);
  bool check_not_set(const Message& message, const Field& field, const std::string& written_name);
  bool consume_field_values(Message& message, const Field& field, int depth);
  bool consume_message_value(Message& message, const Field& field, int depth);
  bool consume_message_body(Message& message, int depth);
  bool consume_message_start(std::string_view& close);  // `{` or `<`; `close` is the delimiter that ends it
  bool consume_any(Message& any, int depth);
  bool consume_type_url(std::string& prefix, std::string& type_name);
  bool enter(int depth);

  // Names and scalar values (parse_values.cc).
  bool consume_identifier(std::string& out);
  bool consume_full_type_name(std::string& out);
  bool consume_unsigned(uint64_t max_value, uint64_t& out);
  bool consume_signed(uint64_t max_value, int64_t& out);
  bool consume_double(double& out);
  bool consume_string(std::string& out);
  bool consume_scalar_value(Message& message, const Field& field);
  bool consume_enum_value(const Field& field, schema::Scalar& out);
  bool consume_bool_value(const Field& field, schema::Scalar& out);

  // Values of reserved fields, skipped (parse_skip.cc).
  bool skip_reserved_field(const Message& message, const std::string& name, int depth);
  bool skip_field(int depth);
  bool skip_field_value(int depth);
  bool skip_field_message(int depth);

  Tokenizer tokens_;
  const ParseOptions& options_;
  ParseResult& result_;
};

}  // namespace protoforge::text::internal
