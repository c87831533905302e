// Option productions: option statements, compact option assignments, option names, constants and aggregates.
// Values are kept as written (ast::OptionValue); the option interpreter converts them once the type is known.
#include "compiler/lex/literals.h"
#include "compiler/parse/parser_impl.h"

namespace protoforge::parse {

// option = "option" optionName "=" constant ";"
bool Parser::parse_option_statement(ast::Option* option) {
  const uint32_t begin = start();
  if (!consume("option")) return false;
  if (!parse_option_name(option)) return false;
  if (!consume("=")) return false;
  if (!parse_option_value(&option->value)) return false;
  if (!consume_end_of_declaration(";", &option->comments)) return false;
  option->span = span_from(begin);
  return true;
}

// fieldOption = optionName "=" constant
bool Parser::parse_option_assignment(ast::Option* option) {
  const uint32_t begin = start();
  if (!parse_option_name(option)) return false;
  if (!consume("=")) return false;
  if (!parse_option_value(&option->value)) return false;
  option->span = span_from(begin);
  return true;
}

// optionName = optionNamePart { "." optionNamePart }
bool Parser::parse_option_name(ast::Option* option) {
  const uint32_t begin = start();
  if (!parse_option_name_part(&option->name.emplace_back())) return false;
  while (looking_at(".")) {
    advance();
    if (!parse_option_name_part(&option->name.emplace_back())) return false;
  }
  option->name_span = span_from(begin);
  return true;
}

// optionNamePart = ident | "(" [ "." ] ident { "." ident } ")"
bool Parser::parse_option_name_part(ast::OptionNamePart* part) {
  const uint32_t begin = start();
  ast::Name identifier;
  if (looking_at("(")) {
    advance();
    if (looking_at_kind(TokenKind::identifier)) {
      part->name = std::string(current_text());
      advance();
    }
    while (looking_at(".")) {
      advance();
      part->name += '.';
      if (!consume_identifier(&identifier, "Expected identifier.")) return false;
      part->name += identifier.text;
    }
    if (!consume(")")) return false;
    part->is_extension = true;
  } else {
    if (!consume_identifier(&identifier, "Expected identifier.")) return false;
    part->name = std::move(identifier.text);
  }
  part->span = span_from(begin);
  return true;
}

// constant = [ "-" ] ( ident | intLit | floatLit ) | strLit { strLit } | aggregate
bool Parser::parse_option_value(ast::OptionValue* value) {
  using Kind = ast::OptionValue::Kind;
  const uint32_t begin = start();
  value->negative = try_consume("-");
  switch (current().kind) {
    case TokenKind::end:
      add_error("Unexpected end of stream while parsing option value.");
      return false;
    case TokenKind::identifier:
      if (value->negative) {
        add_error("Invalid '-' symbol before identifier.");
        return false;
      }
      value->kind = Kind::identifier;
      value->text = std::string(current_text());
      advance();
      break;
    case TokenKind::integer: {
      const uint64_t max_value = value->negative ? uint64_t{INT64_MAX} + 1 : UINT64_MAX;
      value->kind = Kind::integer;
      value->text = std::string(current_text());
      if (!consume_integer64(max_value, &value->unsigned_value, &value->overflow, "Expected integer.")) return false;
      break;
    }
    case TokenKind::floating:
      if (!consume_number(value, "Expected number.")) return false;
      break;
    case TokenKind::string:
      if (value->negative) {
        add_error("Invalid '-' symbol before string.");
        return false;
      }
      value->kind = Kind::string;
      if (!consume_string(&value->string_value, "Expected string.")) return false;
      break;
    default:
      if (!looking_at("{")) {
        add_error("Expected option value.");
        return false;
      }
      if (!parse_aggregate(value)) return false;
      break;
  }
  value->span = span_from(begin);
  return true;
}

// aggregate = "{" { token } "}" with balanced braces; the text is protoc's aggregate_value: the tokens between the
// outer braces joined by single spaces (comments dropped).
bool Parser::parse_aggregate(ast::OptionValue* value) {
  value->kind = ast::OptionValue::Kind::aggregate;
  if (!consume("{")) return false;
  size_t depth = 1;
  while (!at_end()) {
    if (looking_at("{")) {
      ++depth;
    } else if (looking_at("}") && --depth == 0) {
      advance();
      return true;
    }
    if (!value->text.empty()) value->text += ' ';
    value->text += current_text();
    advance();
  }
  add_error("Unexpected end of stream while parsing aggregate value.");
  return false;
}

}  // namespace protoforge::parse
