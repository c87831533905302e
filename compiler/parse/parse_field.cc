// Field productions: field, label, type, mapField, group, fieldOptions, and the `default` / `json_name`
// pseudo-options with protoc's parser checks.
#include <array>
#include <cstdint>
#include <utility>

#include "compiler/parse/parser_impl.h"

namespace protoforge::parse {

namespace {

struct ScalarType {
  std::string_view name;
  DefaultKind kind;
};

// protoc's kTypeNames ("group" included: it is a type keyword wherever a type is expected).
constexpr std::array<ScalarType, 16> kScalarTypes = {{
    {"double", DefaultKind::floating},    {"float", DefaultKind::floating},    {"int64", DefaultKind::signed64},
    {"uint64", DefaultKind::unsigned64},  {"int32", DefaultKind::signed32},    {"fixed64", DefaultKind::unsigned64},
    {"fixed32", DefaultKind::unsigned32}, {"bool", DefaultKind::boolean},      {"string", DefaultKind::string},
    {"group", DefaultKind::message},      {"bytes", DefaultKind::bytes},       {"uint32", DefaultKind::unsigned32},
    {"sfixed32", DefaultKind::signed32},  {"sfixed64", DefaultKind::signed64}, {"sint32", DefaultKind::signed32},
    {"sint64", DefaultKind::signed64},
}};

const ScalarType* find_scalar_type(std::string_view name) {
  for (const ScalarType& type : kScalarTypes) {
    if (type.name == name) return &type;
  }
  return nullptr;
}

}  // namespace

// field = [ label ] type fieldName "=" fieldNumber [ "[" fieldOptions "]" ] ";"
// group = [ label ] "group" groupName "=" fieldNumber [ "[" fieldOptions "]" ] messageBody
bool Parser::parse_field(ast::Field* field, FieldContext context) {
  const uint32_t begin = start();
  if (context != FieldContext::oneof) parse_label(field);
  DefaultKind default_kind = DefaultKind::named;
  if (!parse_field_type(field, context, &default_kind)) return false;
  if (!consume_identifier(&field->name, "Expected field name.")) return false;
  if (!consume("=", "Missing field number.")) return false;
  const uint32_t number_begin = start();
  if (!consume_integer(&field->number, "Expected field number.")) return false;
  field->number_span = span_from(number_begin);
  if (!parse_field_options(field, default_kind)) return false;
  if (field->is_group) {
    if (!parse_group(field)) return false;
  } else if (!consume_end_of_declaration(";", &field->comments)) {
    return false;
  }
  field->span = span_from(begin);
  if (field->is_group) field->group_body.front()->span = field->span;
  return true;
}

// label = "required" | "optional" | "repeated"
bool Parser::parse_label(ast::Field* field) {
  static constexpr std::array<std::pair<std::string_view, ast::Label>, 3> kLabels = {{
      {"optional", ast::Label::optional}, {"repeated", ast::Label::repeated}, {"required", ast::Label::required}}};
  for (const auto& [word, label] : kLabels) {
    if (looking_at(word)) {
      // Newer protoc's parser rejects these labels in editions (field_presence replaces them) and goes on.
      if (is_editions() && label == ast::Label::required) {
        add_error("Label \"required\" is not supported in editions, use features.field_presence = LEGACY_REQUIRED.");
      } else if (is_editions() && label == ast::Label::optional) {
        add_error("Label \"optional\" is not supported in editions. By default, all singular fields have presence "
                  "unless features.field_presence is set.");
      }
      field->label = label;
      field->label_span = current_span();
      advance();
      return true;
    }
  }
  return false;
}

// The type part of field / group / mapField, with protoc's label rules (proto2 needs one outside oneofs).
bool Parser::parse_field_type(ast::Field* field, FieldContext context, DefaultKind* default_kind) {
  const source::Span map_word = current_span();
  if (try_consume("map")) {
    if (looking_at("<")) return parse_map_type(field, context, map_word.begin);
    // A message or enum named "map".
    field->type = ast::TypeRef{"map", map_word};
  }
  if (field->label == ast::Label::none && context != FieldContext::oneof && !is_proto3() && !is_editions()) {
    add_error("Expected \"required\", \"optional\", or \"repeated\".");  // protoc assumes `optional` and goes on
  }
  if (!field->type.text.empty()) return true;  // the "map" type name above
  if (is_editions() && looking_at("group")) {
    add_error("Group syntax is no longer supported in editions. To get group behavior you can specify "
              "features.message_encoding = DELIMITED on a message field.");
    return false;
  }
  if (!parse_type(&field->type, default_kind)) return false;
  if (field->type.text == "group") {
    field->is_group = true;
    field->group_keyword_span = field->type.span;
    field->type = ast::TypeRef{};
  }
  return true;
}

// mapField = "map" "<" keyType "," type ">" mapName "=" fieldNumber [ "[" fieldOptions "]" ] ";"
bool Parser::parse_map_type(ast::Field* field, FieldContext context, uint32_t begin) {
  if (context == FieldContext::oneof) {
    add_error("Map fields are not allowed in oneofs.");
    return false;
  }
  if (field->label != ast::Label::none) {
    add_error("Field labels (required/optional/repeated) are not allowed on map fields.");
    return false;
  }
  if (context == FieldContext::extend) {
    add_error("Map fields are not allowed to be extensions.");
    return false;
  }
  field->is_map = true;
  DefaultKind ignored = DefaultKind::named;
  if (!consume("<")) return false;
  if (!parse_type(&field->map_key, &ignored)) return false;
  if (!consume(",")) return false;
  if (!parse_type(&field->map_value, &ignored)) return false;
  if (!consume(">")) return false;
  field->map_span = span_from(begin);
  return true;
}

// type = scalarType | "group" | messageType
bool Parser::parse_type(ast::TypeRef* type, DefaultKind* default_kind) {
  if (const ScalarType* scalar = find_scalar_type(current_text())) {
    *default_kind = scalar->kind;
    type->text = std::string(scalar->name);
    type->span = current_span();
    advance();
    return true;
  }
  *default_kind = DefaultKind::named;
  return parse_message_type(type);
}

// messageType = [ "." ] ident { "." ident }
bool Parser::parse_message_type(ast::TypeRef* type) {
  const uint32_t begin = start();
  type->text.clear();
  if (find_scalar_type(current_text()) != nullptr) {
    add_error("Expected message type.");
    type->text = std::string(current_text());  // protoc pretends to accept it and goes on
    advance();
    type->span = span_from(begin);
    return true;
  }
  if (try_consume(".")) type->text += '.';
  ast::Name part;
  if (!consume_identifier(&part, "Expected type name.")) return false;
  type->text += part.text;
  while (try_consume(".")) {
    type->text += '.';
    if (!consume_identifier(&part, "Expected identifier.")) return false;
    type->text += part.text;
  }
  type->span = span_from(begin);
  return true;
}

// The group's body. Both the field and its message keep the name as written; the linker lowercases the field's
// name as protoc's parser does.
bool Parser::parse_group(ast::Field* field) {
  if (field->name.text.empty() || field->name.text[0] < 'A' || field->name.text[0] > 'Z') {
    add_error_at(field->name.span.begin, "Group names must start with a capital letter.");
  }
  ast::Message& group = *field->group_body.emplace_back();
  group.name = field->name;
  if (!looking_at("{")) {
    add_error("Missing group body.");
    return false;
  }
  return parse_message_body(&group);
}

// fieldOptions = fieldOption { "," fieldOption }    fieldOption = optionName "=" constant
bool Parser::parse_field_options(ast::Field* field, DefaultKind default_kind) {
  if (!looking_at("[")) return true;
  ast::CompactOptions& options = field->options.emplace();
  const uint32_t begin = start();
  if (!consume("[")) return false;
  bool has_default = false;
  bool has_json_name = false;
  do {
    if (looking_at("default")) {
      if (!parse_default(field, default_kind, &has_default)) return false;
    } else if (looking_at("json_name")) {
      if (!parse_json_name(field, &has_json_name)) return false;
    } else if (!parse_option_assignment(&options.options.emplace_back())) {
      return false;
    }
  } while (try_consume(","));
  if (!consume("]")) return false;
  options.span = span_from(begin);
  return true;
}

// fieldOptionOrDefault, the "default" "=" defaultValue alternative.
bool Parser::parse_default(ast::Field* field, DefaultKind default_kind, bool* has_default) {
  if (*has_default) add_error("Already set option \"default\".");
  *has_default = true;
  ast::Option& option = field->options->options.emplace_back();
  const uint32_t begin = start();
  option.name.push_back(ast::OptionNamePart{"default", false, current_span()});
  option.name_span = current_span();
  if (!consume("default")) return false;
  if (!consume("=")) return false;
  if (!parse_default_value(&option.value, default_kind)) return false;
  option.span = span_from(begin);
  return true;
}

}  // namespace protoforge::parse
