// protoc's ValidateFieldOptions, ValidateMapEntry and ValidateJSType.
#include "compiler/check/option_reader.h"
#include "compiler/check/validator.h"
#include "compiler/link/names.h"

namespace protoforge::check {

namespace on = option_numbers;
namespace d = descriptor;
using link::FieldNode;
using link::MapPart;

namespace {

std::optional<source::Span> type_location(const FieldNode& node) {
  if (node.map_part != MapPart::none) return std::nullopt;  // protoc has no location for map entry fields
  return node.type_span();
}

void report(link::Reporter& reporter, std::optional<source::Span> where, std::string message) {
  if (where) reporter.error(*where, std::move(message));
  else reporter.error_without_location(std::move(message));
}

bool is_packable(const d::FieldDescriptorProto& field) {
  if (field.label != d::FieldLabel::repeated || !field.type) return false;
  const d::FieldType type = *field.type;
  return type != d::FieldType::string && type != d::FieldType::group && type != d::FieldType::message &&
         type != d::FieldType::bytes;
}

}  // namespace

void Validator::validate_field(const FieldNode& node, const link::MessageNode* containing) {
  const d::FieldDescriptorProto& field = *node.proto;
  const auto& options = field.options;
  if ((option_is_true(options, on::kFieldLazy) || option_is_true(options, on::kFieldUnverifiedLazy)) &&
      field.type != d::FieldType::message) {
    report(reporter_, type_location(node), "[lazy = true] can only be specified for submessage fields.");
  }
  if (option_is_true(options, on::kFieldPacked) && !is_packable(field)) {
    report(reporter_, type_location(node), "[packed = true] can only be specified for repeated primitive fields.");
  }
  const d::DescriptorProto* container = containing ? containing->proto : nullptr;
  const link::LinkedFile* container_file = &file_;
  if (node.is_extension) {
    const link::Symbol* extendee = symbol_of(field.extendee);
    container = extendee ? extendee->message : nullptr;
    container_file = extendee ? extendee->file : nullptr;
  }
  if (container && option_is_true(container->options, on::kMessageSetWireFormat)) {
    if (node.is_extension) {
      if (field.label != d::FieldLabel::optional || field.type != d::FieldType::message) {
        report(reporter_, type_location(node), "Extensions of MessageSets must be optional messages.");
      }
    } else {
      report(reporter_, node.map_part == MapPart::none ? std::optional(node.name_span()) : std::nullopt,
             "MessageSets cannot have fields, only extensions.");
    }
  }
  if (is_lite(&file_) && container && !is_lite(container_file)) {
    report(reporter_, node.extendee ? std::optional(node.extendee->span) : std::nullopt,
           "Extensions to non-lite types can only be declared in non-lite files.  Note that you cannot extend a "
           "non-lite type to contain a lite type, but the reverse is allowed.");
  }
  if (field.type == d::FieldType::message) {
    const link::Symbol* type = symbol_of(field.type_name);
    if (type && type->message && option_is_true(type->message->options, on::kMessageMapEntry) &&
        !validate_map_entry(node, *type->message, containing)) {
      report(reporter_, type_location(node),
             "map_entry should not be set explicitly. Use map<KeyType, ValueType> instead.");
    }
  }
  validate_jstype(node);
  if (node.is_extension && node.json_name_option && field.json_name != link::to_json_name(*field.name)) {
    reporter_.error(node.json_name_option->name_span, "option json_name is not allowed on extension fields.");
  }
}

bool Validator::validate_map_entry(const FieldNode& node, const d::DescriptorProto& entry,
                                   const link::MessageNode* containing) {
  const d::FieldDescriptorProto& field = *node.proto;
  const link::Symbol* entry_symbol = symbol_of(field.type_name);
  const std::string containing_name = containing ? containing->full_name : std::string("\x01");
  if (!entry.extension.empty() || field.label != d::FieldLabel::repeated || !entry.extension_range.empty() ||
      !entry.nested_type.empty() || !entry.enum_type.empty() || entry.field.size() != 2 ||
      entry.name != link::map_entry_name(*field.name) || !entry_symbol || entry_symbol->parent != containing_name) {
    return false;
  }
  const d::FieldDescriptorProto& key = entry.field[0];
  const d::FieldDescriptorProto& value = entry.field[1];
  if (key.label != d::FieldLabel::optional || key.number != 1 || key.name != "key") return false;
  if (value.label != d::FieldLabel::optional || value.number != 2 || value.name != "value") return false;
  const std::optional<source::Span> where = type_location(node);
  switch (key.type.value_or(d::FieldType::int32)) {
    case d::FieldType::enum_:
      report(reporter_, where, "Key in map fields cannot be enum types.");
      break;
    case d::FieldType::float_:
    case d::FieldType::double_:
    case d::FieldType::message:
    case d::FieldType::group:
    case d::FieldType::bytes:
      report(reporter_, where, "Key in map fields cannot be float/double, bytes or message types.");
      break;
    default:
      break;
  }
  if (value.type == d::FieldType::enum_) {
    const link::Symbol* enum_symbol = symbol_of(value.type_name);
    const d::EnumDescriptorProto* enum_type = enum_symbol ? enum_symbol->enum_type : nullptr;
    if (enum_type && !enum_type->value.empty() && enum_type->value[0].number != 0) {
      report(reporter_, where, "Enum value in map must define 0 as the first value.");
    }
  }
  return true;
}

void Validator::validate_jstype(const FieldNode& node) {
  const uint64_t jstype = read_varint_option(node.proto->options, on::kFieldJstype).value_or(0);
  if (jstype == 0) return;  // JS_NORMAL is always acceptable
  switch (node.proto->type.value_or(d::FieldType::int32)) {
    case d::FieldType::int64:
    case d::FieldType::uint64:
    case d::FieldType::sint64:
    case d::FieldType::fixed64:
    case d::FieldType::sfixed64:
      if (jstype == 1 || jstype == 2) return;
      report(reporter_, type_location(node),
             "Illegal jstype for int64, uint64, sint64, fixed64 or sfixed64 field: " + std::to_string(jstype));
      return;
    default:
      report(reporter_, type_location(node),
             "jstype is only allowed on int64, uint64, sint64, fixed64 or sfixed64 fields.");
  }
}

}  // namespace protoforge::check
