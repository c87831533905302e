#include "compiler/options/text_parser.h"

#include "compiler/options/text_parser_internal.h"

namespace protoforge::options {

namespace text_internal {

using descriptor::FieldType;

AggregateResult Parser::run(std::string_view type_name) {
  MessageState state;
  state.type_name = std::string(type_name);
  state.builder.set_message_set(schema_.is_message_set(state.type_name));
  bool ok = parse_fields_until_end(state);
  if (ok && errors_.empty()) {
    std::vector<std::string> missing = missing_required(state);
    if (!missing.empty()) {
      std::string joined;
      for (const auto& m : missing) joined += (joined.empty() ? "" : ", ") + m;
      report("Message missing required fields: " + joined);
    }
  }
  AggregateResult result;
  if (errors_.empty()) {
    result.bytes = state.builder.serialize();
    return result;
  }
  for (const auto& e : errors_) result.error += (result.error.empty() ? "" : "; ") + e;
  return result;
}

bool Parser::parse_fields_until_end(MessageState& state) {
  while (current().type != TokenType::end) {
    if (!consume_field(state, 0)) return false;
  }
  return true;
}

std::optional<FieldInfo> Parser::find_named_field(const MessageState& state, const std::string& name) {
  std::optional<FieldInfo> field = schema_.field_by_name(state.type_name, name);
  // Groups are written with their type's name (capitalized), so the field name is its lowercase form.
  if (!field) {
    field = schema_.field_by_name(state.type_name, lowercase(name));
    if (field && field->type != FieldType::group) field.reset();
  }
  if (field && field->type == FieldType::group && simple_name(field->type_name) != name) field.reset();
  return field;
}

std::optional<FieldInfo> Parser::find_extension(const MessageState& state, const std::string& name) {
  const link::Symbol* symbol = lookup_.lookup(name, enclosing_scope(state.type_name)).symbol;
  if (symbol == nullptr) return std::nullopt;
  if (auto field = schema_.field_of_symbol(*symbol)) {
    if (field->containing_type == state.type_name) return field;
    return std::nullopt;
  }
  if (symbol->kind != link::SymbolKind::message || !schema_.is_message_set(state.type_name)) return std::nullopt;
  // MessageSet items may be named by their message type: use that type's extension of this message.
  for (const auto& ext : symbol->message->extension) {
    const link::Symbol* ext_symbol = schema_.find_symbol(symbol->full_name + "." + ext.name.value_or(""));
    if (ext_symbol == nullptr) continue;
    auto field = schema_.field_of_symbol(*ext_symbol);
    if (field && field->containing_type == state.type_name && field->type == FieldType::message &&
        !field->repeated && !field->required && field->type_name == symbol->full_name) {
      return field;
    }
  }
  return std::nullopt;
}

bool Parser::check_not_set(const MessageState& state, const FieldInfo& field, const std::string& written_name) {
  if (!field.repeated && state.builder.has(field.number)) {
    return report("Non-repeated field \"" + written_name + "\" is specified multiple times.");
  }
  if (field.oneof_index >= 0 && !field.is_extension) {
    int32_t other = state.builder.oneof_member(field.oneof_index);
    if (other != 0 && other != field.number) {
      const FieldInfo* other_field = state.builder.field(other);
      std::string oneof_name;
      if (const link::Symbol* owner = schema_.message(state.type_name)) {
        const auto& decls = owner->message->oneof_decl;
        if (static_cast<size_t>(field.oneof_index) < decls.size()) {
          oneof_name = decls[field.oneof_index].name.value_or("");
        }
      }
      return report("Field \"" + written_name + "\" is specified along with field \"" +
                    (other_field ? other_field->name : std::string()) + "\", another member of oneof \"" +
                    oneof_name + "\".");
    }
  }
  return true;
}

bool Parser::consume_field(MessageState& state, int depth) {
  if (state.type_name == "google.protobuf.Any" && try_consume("[")) return consume_any(state, depth);
  std::string name;
  std::optional<FieldInfo> field;
  if (try_consume("[")) {
    if (!consume_full_type_name(name) || !consume("]")) return false;
    field = find_extension(state, name);
    if (!field) {
      return report("Extension \"" + name + "\" is not defined or is not an extension of \"" + state.type_name +
                    "\".");
    }
  } else {
    if (!consume_identifier(name)) return false;
    field = find_named_field(state, name);
    if (!field) {
      return report("Message type \"" + state.type_name + "\" has no field named \"" + name + "\".");
    }
  }
  if (!check_not_set(state, *field, name)) return false;
  if (field->is_message()) {
    try_consume(":");  // optional before a message value
  } else if (!consume(":")) {
    return false;
  }
  if (!consume_field_values(state, *field, depth)) return false;
  if (!try_consume(";")) try_consume(",");
  return true;
}

bool Parser::consume_field_values(MessageState& state, const FieldInfo& field, int depth) {
  auto one_value = [&]() {
    return field.is_message() ? consume_message_value(state, field, depth) : consume_scalar_value(state, field);
  };
  if (!field.repeated || !try_consume("[")) return one_value();
  if (try_consume("]")) return true;  // "foo: []" is an empty list
  while (true) {
    if (!one_value()) return false;
    if (try_consume("]")) return true;
    if (!consume(",")) return false;
  }
}

bool Parser::consume_message_body(MessageState& state, int depth) {
  std::string delimiter = "}";
  if (try_consume("<")) {
    delimiter = ">";
  } else if (!consume("{")) {
    return false;
  }
  while (!looking_at(">") && !looking_at("}")) {
    if (current().type == TokenType::end) return consume(delimiter);
    if (!consume_field(state, depth)) return false;
  }
  return consume(delimiter);
}

bool Parser::consume_message_value(MessageState& state, const FieldInfo& field, int depth) {
  if (depth + 1 > kRecursionLimit) {
    return report("Message is too deep, the parser exceeded the configured recursion limit of " +
                  std::to_string(kRecursionLimit) + ".");
  }
  MessageState child;
  child.type_name = field.type_name;
  child.builder.set_message_set(schema_.is_message_set(child.type_name));
  if (!consume_message_body(child, depth + 1)) return false;
  std::string prefix = field.is_extension ? "(" + field.full_name + ")" : field.name;
  if (field.repeated) prefix += "[" + std::to_string(state.repeated_counts[field.number]++) + "]";
  for (auto& m : missing_required(child)) state.child_missing[field.number].push_back(prefix + "." + m);
  state.builder.set(field, child.builder.serialize());
  return true;
}

bool Parser::consume_any(MessageState& state, int depth) {
  std::string prefix;
  std::string type_name;
  if (!consume_identifier(prefix)) return false;
  while (try_consume(".")) {
    std::string part;
    if (!consume_identifier(part)) return false;
    prefix += "." + part;
  }
  if (!consume("/")) return false;
  prefix += "/";
  if (!consume_full_type_name(type_name) || !consume("]")) return false;
  try_consume(":");
  const link::Symbol* type = nullptr;
  if (prefix == "type.googleapis.com/" || prefix == "type.googleprod.com/") type = schema_.message(type_name);
  if (type == nullptr) {
    return report("Could not find type \"" + prefix + type_name + "\" stored in google.protobuf.Any.");
  }
  MessageState value;
  value.type_name = type->full_name;
  value.builder.set_message_set(schema_.is_message_set(value.type_name));
  if (!consume_message_body(value, depth + 1)) return false;
  if (!missing_required(value).empty()) {
    return report("Value of type \"" + type->full_name +
                  "\" stored in google.protobuf.Any has missing required fields");
  }
  auto url_field = schema_.field_by_name(state.type_name, "type_url");
  auto value_field = schema_.field_by_name(state.type_name, "value");
  if (!url_field || !value_field) return report("google.protobuf.Any has no type_url/value fields");
  if (state.builder.has(url_field->number) || state.builder.has(value_field->number)) {
    return report("Non-repeated Any specified multiple times.");
  }
  std::string serialized = value.builder.serialize();
  state.builder.set(*url_field, prefix + type_name, false);
  bool empty = serialized.empty();
  state.builder.set(*value_field, std::move(serialized), empty);
  if (!try_consume(";")) try_consume(",");
  return true;
}

std::vector<std::string> Parser::missing_required(const MessageState& state) const {
  std::vector<std::string> missing;
  for (const auto& field : schema_.required_fields(state.type_name)) {
    if (!state.builder.has(field.number)) missing.push_back(field.name);
  }
  for (const auto& [number, list] : state.child_missing) {
    missing.insert(missing.end(), list.begin(), list.end());
  }
  return missing;
}

}  // namespace text_internal

AggregateResult parse_aggregate(std::string_view text, std::string_view type_name, const Schema& schema,
                                const NameLookup& lookup) {
  text_internal::Parser parser(text, schema, lookup);
  return parser.run(type_name);
}

}  // namespace protoforge::options
