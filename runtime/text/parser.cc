// Fields, messages and Any values: the structure of text format, with TextFormat::Parser's checks and wording.
#include "runtime/text/parser.h"

#include "runtime/message/binary.h"
#include "runtime/text/internal/names.h"
#include "runtime/text/internal/parser_impl.h"

namespace protoforge::text {

namespace internal {

void Parser::take_tokenizer_errors() {
  for (auto& e : tokens_.errors()) result_.errors.push_back({e.line + 1, e.column + 1, std::move(e.message)});
  tokens_.errors().clear();
}

void Parser::advance() {
  tokens_.next();
  take_tokenizer_errors();
}

bool Parser::looking_at(std::string_view symbol) const {
  return current().type != TokenType::string && current().text == symbol;
}

bool Parser::try_consume(std::string_view symbol) {
  if (!looking_at(symbol)) return false;
  advance();
  return true;
}

bool Parser::consume(std::string_view symbol) {
  if (try_consume(symbol)) return true;
  return report("Expected \"" + std::string(symbol) + "\", found \"" + current_text() + "\".");
}

ParseError Parser::here(std::string message) const {
  return ParseError{current().line + 1, current().column + 1, std::move(message)};
}

bool Parser::report(std::string message) {
  result_.errors.push_back(here(std::move(message)));
  return false;
}

bool Parser::enter(int depth) {
  if (depth + 1 <= options_.recursion_limit) return true;
  return report("Message is too deep, the parser exceeded the configured recursion limit of " +
                std::to_string(options_.recursion_limit) + ".");
}

bool Parser::parse_message(Message& message) {
  while (!looking_at(TokenType::end)) {
    if (!consume_field(message, 0)) return false;
  }
  return true;
}

bool Parser::consume_field(Message& message, int depth) {
  // Inside an Any, a bracket always starts a type URL (Any has no extensions).
  if (message.type().well_known == schema::WellKnown::any && try_consume("[")) return consume_any(message, depth);
  std::string name;
  const Field* field = nullptr;
  bool reserved = false;
  if (try_consume("[")) {
    if (!consume_extension_name(message, name, field)) return false;
  } else if (!consume_field_name(message, name, field, reserved)) {
    return false;
  }
  if (reserved) return skip_reserved_field(message, name, depth);
  if (!check_not_set(message, *field, name)) return false;
  if (field->is_message()) {
    try_consume(":");  // optional before a message
  } else if (!consume(":")) {
    return false;
  }
  if (!consume_field_values(message, *field, depth)) return false;
  if (!try_consume(";")) try_consume(",");
  return true;
}

bool Parser::consume_extension_name(const Message& message, std::string& name, const Field*& field) {
  if (!consume_full_type_name(name) || !consume("]")) return false;
  field = find_written_extension(message.type(), name);
  if (field != nullptr) return true;
  return report("Extension \"" + name + "\" is not defined or is not an extension of \"" + message.type().full_name +
                "\".");
}

bool Parser::consume_field_name(const Message& message, std::string& name, const Field*& field, bool& reserved) {
  if (!consume_identifier(name)) return false;
  field = find_written_field(message.type(), name);
  if (field != nullptr) return true;
  if (message.type().is_reserved_name(name)) {
    reserved = true;
    return true;
  }
  return report("Message type \"" + message.type().full_name + "\" has no field named \"" + name + "\".");
}

// protoc checks presence as reflection sees it: an implicit-presence field at its default is not set yet.
bool Parser::check_not_set(const Message& message, const Field& field, const std::string& written_name) {
  if (!field.is_repeated() && message.has(field)) {
    return report("Non-repeated field \"" + written_name + "\" is specified multiple times.");
  }
  if (field.oneof_index < 0 || field.is_extension) return true;
  const schema::Oneof& oneof = message.type().oneofs[static_cast<size_t>(field.oneof_index)];
  for (const Field* other : oneof.fields) {
    if (other != &field && message.has(*other)) {
      return report("Field \"" + written_name + "\" is specified along with field \"" + other->name +
                    "\", another member of oneof \"" + oneof.name + "\".");
    }
  }
  return true;
}

bool Parser::consume_field_values(Message& message, const Field& field, int depth) {
  auto one_value = [&] {
    return field.is_message() ? consume_message_value(message, field, depth) : consume_scalar_value(message, field);
  };
  if (!field.is_repeated() || !try_consume("[")) return one_value();
  if (try_consume("]")) return true;  // "foo: []" is an empty list
  while (true) {
    if (!one_value()) return false;
    if (try_consume("]")) return true;
    if (!consume(",")) return false;
  }
}

// Map entries are appended as written, like any repeated message: libprotobuf keeps duplicate keys until it
// serializes, and --encode writes them all.
bool Parser::consume_message_value(Message& message, const Field& field, int depth) {
  if (!enter(depth)) return false;
  Message& child = field.is_repeated() ? message.add_message(field) : message.mutable_message(field);
  return consume_message_body(child, depth + 1);
}

bool Parser::consume_message_start(std::string_view& close) {
  if (try_consume("<")) {
    close = ">";
    return true;
  }
  close = "}";
  return consume("{");
}

bool Parser::consume_message_body(Message& message, int depth) {
  std::string_view close;
  if (!consume_message_start(close)) return false;
  while (!looking_at(">") && !looking_at("}")) {
    if (!consume_field(message, depth)) return false;
  }
  return consume(close);
}

// `[prefix/pkg.Type] { ... }` inside an Any (the '[' is consumed). Like protoc, no separator is read after it.
bool Parser::consume_any(Message& any, int depth) {
  std::string prefix, type_name;
  if (!consume_type_url(prefix, type_name)) return false;
  try_consume(":");
  const schema::MessageType* type = nullptr;
  if (options_.pool != nullptr && (prefix == "type.googleapis.com/" || prefix == "type.googleprod.com/")) {
    type = options_.pool->find_message(type_name);
  }
  if (type == nullptr) {
    return report("Could not find type \"" + prefix + type_name + "\" stored in google.protobuf.Any.");
  }
  if (!enter(depth)) return false;
  Message value(*type);
  if (!consume_message_body(value, depth + 1)) return false;
  const Field* url_field = any.type().find_field(1);
  const Field* value_field = any.type().find_field(2);
  if (url_field == nullptr || value_field == nullptr) return report("google.protobuf.Any has no type_url or value");
  if (any.has(*url_field) || any.has(*value_field)) return report("Non-repeated Any specified multiple times.");
  any.set_string(*url_field, prefix + type_name);
  if (options_.on_any_value) options_.on_any_value(value);
  message::EncodeOptions encoding;
  encoding.deterministic = false;  // libprotobuf serializes the value as parsed: maps in the order written
  any.set_string(*value_field, message::encode(value, encoding));
  return true;
}

bool Parser::consume_type_url(std::string& prefix, std::string& type_name) {
  if (!consume_identifier(prefix)) return false;
  while (try_consume(".")) {
    std::string part;
    if (!consume_identifier(part)) return false;
    prefix += "." + part;
  }
  if (!consume("/")) return false;
  prefix += "/";
  return consume_full_type_name(type_name) && consume("]");
}

}  // namespace internal

ParseResult parse(std::string_view text, message::Message& into, const ParseOptions& options) {
  ParseResult result;
  internal::Parser parser(text, options, result);
  parser.parse_message(into);
  return result;
}

}  // namespace protoforge::text
