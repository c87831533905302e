// Values of reserved fields: protoc reads them without a schema and drops them. The shape decides what a value
// is: after `:` anything but `{`/`<` is a scalar or a list, otherwise a message whose fields are skipped alike.
// Unlike a known field, a skipped top-level field takes no `;` or `,` after it (protoc's quirk, kept).
#include "runtime/text/internal/names.h"
#include "runtime/text/internal/parser_impl.h"

namespace protoforge::text::internal {

bool Parser::skip_reserved_field(const Message& message, const std::string& name, int depth) {
  const std::string& type = message.type().full_name;
  switch (options_.reserved) {
    case message::ReservedPolicy::reject:
      return report("Field \"" + name + "\" is reserved in message type \"" + type + "\".");
    case message::ReservedPolicy::report:
      result_.reserved.push_back(
          here("field \"" + name + "\" of message type \"" + type + "\" is reserved; its value is ignored"));
      break;
    case message::ReservedPolicy::ignore:
      break;
  }
  if (try_consume(":") && !looking_at("{") && !looking_at("<")) return skip_field_value(depth);
  return skip_field_message(depth);
}

// A field inside a skipped message: any name, `[ext]` or `[type/url]`, then its value.
bool Parser::skip_field(int depth) {
  std::string name;
  if (try_consume("[")) {
    if (!consume_identifier(name)) return false;
    while (try_consume(".") || try_consume("/")) {
      if (!consume_identifier(name)) return false;
    }
    if (!consume("]")) return false;
  } else if (!consume_identifier(name)) {
    return false;
  }
  if (try_consume(":") && !looking_at("{") && !looking_at("<")) {
    if (!skip_field_value(depth)) return false;
  } else if (!skip_field_message(depth)) {
    return false;
  }
  if (!try_consume(";")) try_consume(",");
  return true;
}

// Strings (adjacent ones together), lists of values or messages, or an optionally negated number or identifier
// (after '-' only inf, infinity or nan).
bool Parser::skip_field_value(int depth) {
  if (!enter(depth)) return false;
  if (looking_at(TokenType::string)) {
    while (looking_at(TokenType::string)) advance();
    return true;
  }
  if (try_consume("[")) {
    while (true) {
      const bool ok = looking_at("{") || looking_at("<") ? skip_field_message(depth + 1) : skip_field_value(depth + 1);
      if (!ok) return false;
      if (try_consume("]")) return true;
      if (!consume(",")) return false;
    }
  }
  const bool negative = try_consume("-");
  if (!looking_at(TokenType::integer) && !looking_at(TokenType::floating) && !looking_at(TokenType::identifier)) {
    return report("Cannot skip field value, unexpected token: " + current_text());
  }
  if (negative && looking_at(TokenType::identifier)) {
    const std::string word = ascii_lowercase(current().text);
    if (word != "inf" && word != "infinity" && word != "nan") return report("Invalid float number: " + word);
  }
  advance();
  return true;
}

bool Parser::skip_field_message(int depth) {
  if (!enter(depth)) return false;
  std::string_view close;
  if (!consume_message_start(close)) return false;
  while (!looking_at(">") && !looking_at("}")) {
    if (!skip_field(depth + 1)) return false;
  }
  return consume(close);
}

}  // namespace protoforge::text::internal
