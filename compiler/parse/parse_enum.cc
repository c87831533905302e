// Enum productions: enum, enumBody, enumElement, enumField, plus protoc's parser-level allow_alias checks.
#include <unordered_set>

#include "compiler/parse/parser_impl.h"

namespace protoforge::parse {

// enum = "enum" enumName enumBody
bool Parser::parse_enum(ast::Enum* enum_type) {
  const uint32_t begin = start();
  if (!consume("enum")) return false;
  if (!consume_identifier(&enum_type->name, "Expected enum name.")) return false;
  if (!parse_enum_body(enum_type)) return false;
  enum_type->span = span_from(begin);
  return validate_enum(*enum_type);
}

// enumBody = "{" { option | enumField | reserved | emptyStatement } "}"
bool Parser::parse_enum_body(ast::Enum* enum_type) {
  if (!consume_end_of_declaration("{", &enum_type->comments)) return false;
  return parse_block_elements("enum definition", [&] { return parse_enum_element(enum_type); });
}

// One element of enumBody: option | enumField | reserved | emptyStatement.
bool Parser::parse_enum_element(ast::Enum* enum_type) {
  auto& body = enum_type->body;
  if (bool ok = false; parse_empty_or_option(body, &ok)) return ok;
  if (looking_at("reserved")) {
    return parse_reserved(&std::get<ast::Reserved>(body.emplace_back(std::in_place_type<ast::Reserved>)), true);
  }
  return parse_enum_value(&std::get<ast::EnumValue>(body.emplace_back(std::in_place_type<ast::EnumValue>)));
}

// enumField = ident "=" [ "-" ] intLit [ "[" enumValueOption { "," enumValueOption } "]" ] ";"
bool Parser::parse_enum_value(ast::EnumValue* value) {
  const uint32_t begin = start();
  if (!consume_identifier(&value->name, "Expected enum constant name.")) return false;
  if (!consume("=", "Missing numeric value for enum constant.")) return false;
  const uint32_t number_begin = start();
  if (!consume_signed_integer(&value->number, "Expected integer.")) return false;
  value->number_span = span_from(number_begin);
  if (!parse_compact_options(&value->options)) return false;
  if (!consume_end_of_declaration(";", &value->comments)) return false;
  value->span = span_from(begin);
  return true;
}

// "[" option { "," option } "]" after an enum value or extension ranges.
bool Parser::parse_compact_options(std::optional<ast::CompactOptions>* options) {
  if (!looking_at("[")) return true;
  ast::CompactOptions& compact = options->emplace();
  const uint32_t begin = start();
  if (!consume("[")) return false;
  do {
    if (!parse_option_assignment(&compact.options.emplace_back())) return false;
  } while (try_consume(","));
  if (!consume("]")) return false;
  compact.span = span_from(begin);
  return true;
}

// protoc's parser rejects a useless allow_alias option (checked only on the first allow_alias statement).
bool Parser::validate_enum(const ast::Enum& enum_type) {
  bool has_allow_alias = false;
  bool allow_alias = false;
  for (const auto& element : enum_type.body) {
    const auto* option = std::get_if<ast::Option>(&element);
    if (option == nullptr || option->name.size() != 1) continue;
    if (!option->name[0].is_extension && option->name[0].name == "allow_alias") {
      has_allow_alias = true;
      allow_alias = option->value.kind == ast::OptionValue::Kind::identifier && option->value.text == "true";
      break;
    }
  }
  if (has_allow_alias && !allow_alias) {
    add_error("\"" + enum_type.name.text +
              "\" declares 'option allow_alias = false;' which has no effect. Please remove the declaration.");
    return false;
  }
  if (!allow_alias) return true;
  std::unordered_set<int32_t> used;
  for (const auto& element : enum_type.body) {
    const auto* value = std::get_if<ast::EnumValue>(&element);
    if (value != nullptr && !used.insert(value->number).second) return true;
  }
  add_error("\"" + enum_type.name.text +
            "\" declares support for enum aliases but no enum values share field numbers. Please remove the "
            "unnecessary 'option allow_alias = true;' declaration.");
  return false;
}

}  // namespace protoforge::parse
