// Default values and json_name: protoc's parser checks them against the field's type as far as it knows it.
#include "compiler/parse/parser_impl.h"

namespace protoforge::parse {

namespace {

ast::OptionValue::Kind kind_of_token(TokenKind kind) {
  switch (kind) {
    case TokenKind::integer: return ast::OptionValue::Kind::integer;
    case TokenKind::floating: return ast::OptionValue::Kind::floating;
    case TokenKind::string: return ast::OptionValue::Kind::string;
    default: return ast::OptionValue::Kind::identifier;
  }
}

}  // namespace

// defaultValue: checked against the field type as far as protoc's parser knows it (see grammar/proto.ebnf).
bool Parser::parse_default_value(ast::OptionValue* value, DefaultKind default_kind) {
  using Kind = ast::OptionValue::Kind;
  const uint32_t begin = start();
  switch (default_kind) {
    case DefaultKind::named:
      // An enum or message type: protoc takes the next token verbatim, whatever it is.
      value->kind = kind_of_token(current().kind);
      value->text = std::string(current_text());
      advance();
      break;
    case DefaultKind::signed32:
    case DefaultKind::signed64: {
      uint64_t max_value = default_kind == DefaultKind::signed32 ? INT32_MAX : INT64_MAX;
      if (try_consume("-")) {
        value->negative = true;
        ++max_value;
      }
      value->kind = Kind::integer;
      value->text = std::string(current_text());
      if (!consume_integer64(max_value, &value->unsigned_value, &value->overflow,
                             "Expected integer for field default value.")) {
        return false;
      }
      break;
    }
    case DefaultKind::unsigned32:
    case DefaultKind::unsigned64: {
      const uint64_t max_value = default_kind == DefaultKind::unsigned32 ? UINT32_MAX : UINT64_MAX;
      if (try_consume("-")) add_error("Unsigned field can't have negative default value.");
      value->kind = Kind::integer;
      value->text = std::string(current_text());
      if (!consume_integer64(max_value, &value->unsigned_value, &value->overflow,
                             "Expected integer for field default value.")) {
        return false;
      }
      break;
    }
    case DefaultKind::floating:
      value->negative = try_consume("-");
      if (!consume_number(value, "Expected number.")) return false;
      break;
    case DefaultKind::boolean:
      if (!looking_at("true") && !looking_at("false")) {
        add_error("Expected \"true\" or \"false\".");
        return false;
      }
      value->kind = Kind::identifier;
      value->text = std::string(current_text());
      advance();
      break;
    case DefaultKind::string:
    case DefaultKind::bytes:
      value->kind = Kind::string;
      if (!consume_string(&value->string_value, default_kind == DefaultKind::string
                                                    ? "Expected string for field default value."
                                                    : "Expected string.")) {
        return false;
      }
      break;
    case DefaultKind::message:
      add_error("Messages can't have default values.");
      return false;
  }
  value->span = span_from(begin);
  return true;
}

// fieldOptionOrDefault, the "json_name" "=" strLit { strLit } alternative.
bool Parser::parse_json_name(ast::Field* field, bool* has_json_name) {
  if (*has_json_name) add_error("Already set option \"json_name\".");
  *has_json_name = true;
  ast::Option& option = field->options->options.emplace_back();
  const uint32_t begin = start();
  option.name.push_back(ast::OptionNamePart{"json_name", false, current_span()});
  option.name_span = current_span();
  if (!consume("json_name")) return false;
  if (!consume("=")) return false;
  const uint32_t value_begin = start();
  option.value.kind = ast::OptionValue::Kind::string;
  if (!consume_string(&option.value.string_value, "Expected string for JSON name.")) return false;
  option.value.span = span_from(value_begin);
  option.span = span_from(begin);
  return true;
}

}  // namespace protoforge::parse
