// Editions rules as buf (protocompile) enforces them, since protoc 3.21 knows no editions: feature values are
// read from each element's encoded options (`features`), inherited from enclosing elements, else the edition's
// defaults. Wording follows buf.
#include "compiler/check/option_reader.h"
#include "compiler/check/validator.h"

namespace protoforge::check {

namespace d = descriptor;
using link::FieldNode;

namespace {

// The `features` field of each options message, and FeatureSet's fields and values used here.
constexpr int32_t kFileFeatures = 50, kMessageFeatures = 12, kFieldFeatures = 21, kEnumFeatures = 7;
constexpr int32_t kFieldPresence = 1, kEnumType = 2, kRepeatedFieldEncoding = 3, kMessageEncoding = 5;
constexpr uint64_t kImplicit = 2, kClosed = 2, kDelimited = 2;

// The last value of FeatureSet field `feature` inside the options' `features` field(s), if set.
std::optional<uint64_t> read_feature(const std::optional<d::EncodedOptions>& options, int32_t features_field,
                                     int32_t feature) {
  return read_nested_varint_option(options, features_field, feature);
}

std::string scalar_name(d::FieldType type) {
  switch (type) {
    case d::FieldType::double_: return "double";
    case d::FieldType::float_: return "float";
    case d::FieldType::int64: return "int64";
    case d::FieldType::uint64: return "uint64";
    case d::FieldType::int32: return "int32";
    case d::FieldType::fixed64: return "fixed64";
    case d::FieldType::fixed32: return "fixed32";
    case d::FieldType::bool_: return "bool";
    case d::FieldType::string: return "string";
    case d::FieldType::bytes: return "bytes";
    case d::FieldType::uint32: return "uint32";
    case d::FieldType::sfixed32: return "sfixed32";
    case d::FieldType::sfixed64: return "sfixed64";
    case d::FieldType::sint32: return "sint32";
    case d::FieldType::sint64: return "sint64";
    default: return "";
  }
}

}  // namespace

// Resolved feature of a field: its own, else the enclosing messages' (innermost first), else the file's.
uint64_t Validator::field_feature(const FieldNode& node, const std::vector<const link::MessageNode*>& scopes,
                                  int32_t feature, uint64_t fallback) const {
  if (auto own = read_feature(node.proto->options, kFieldFeatures, feature)) return *own;
  for (auto it = scopes.rbegin(); it != scopes.rend(); ++it) {
    if (auto inherited = read_feature((*it)->proto->options, kMessageFeatures, feature)) return *inherited;
  }
  return read_feature(file_.proto.options, kFileFeatures, feature).value_or(fallback);
}

bool Validator::enum_is_closed(const link::Symbol& enum_symbol) const {
  const d::EnumDescriptorProto* enum_type = enum_symbol.enum_type;
  if (!enum_type) return false;
  if (auto own = read_feature(enum_type->options, kEnumFeatures, kEnumType)) return *own == kClosed;
  // Enclosing messages of the enum, innermost first.
  for (std::string_view scope = enum_symbol.parent; !scope.empty();) {
    const link::Symbol* parent = pool_.find_symbol(scope);
    if (!parent || !parent->message) break;
    if (auto inherited = read_feature(parent->message->options, kMessageFeatures, kEnumType)) {
      return *inherited == kClosed;
    }
    scope = parent->parent;
  }
  const link::LinkedFile* file = enum_symbol.file;
  if (!file) return false;
  if (file->proto.syntax != "editions") return file->proto.syntax != "proto3";
  return read_feature(file->proto.options, kFileFeatures, kEnumType).value_or(1) == kClosed;
}

void Validator::validate_editions_enum(const link::EnumNode& node, const std::vector<const link::MessageNode*>& scopes) {
  std::optional<uint64_t> type = read_feature(node.proto->options, kEnumFeatures, kEnumType);
  for (auto it = scopes.rbegin(); !type && it != scopes.rend(); ++it) {
    type = read_feature((*it)->proto->options, kMessageFeatures, kEnumType);
  }
  if (!type) type = read_feature(file_.proto.options, kFileFeatures, kEnumType);
  if (type.value_or(1) != kClosed && !node.values.empty() && node.values.front().proto->number != 0) {
    reporter_.error(node.values.front().ast->number_span, "first value of open enum must be zero");
  }
}

void Validator::validate_editions_field(const FieldNode& node, const std::vector<const link::MessageNode*>& scopes) {
  if (node.map_part != link::MapPart::none) return;
  const d::FieldDescriptorProto& field = *node.proto;
  const source::Span where = node.ast->span;
  if (read_feature(field.options, kFieldFeatures, kFieldPresence)) {
    const char* found = field.label == d::FieldLabel::repeated ? "repeated field"
                        : field.oneof_index                  ? "oneof member"
                        : node.is_extension                  ? "extension"
                                                             : nullptr;
    if (found) reporter_.error(where, std::string("expected singular field, found ") + found);
  }
  const d::FieldType type = field.type.value_or(d::FieldType::int32);
  const std::string scalar = scalar_name(type);
  if (read_feature(field.options, kFieldFeatures, kMessageEncoding).value_or(0) == kDelimited && !scalar.empty()) {
    reporter_.error(where, "expected message type, found scalar type `" + scalar + "`");
  }
  if (read_feature(field.options, kFieldFeatures, kRepeatedFieldEncoding) &&
      (type == d::FieldType::string || type == d::FieldType::bytes)) {
    reporter_.error(node.type_span(), "expected packable type, found scalar type `" + scalar + "`");
  }
  if (type == d::FieldType::enum_ && field.label != d::FieldLabel::repeated && !field.oneof_index &&
      !node.is_extension && field_feature(node, scopes, kFieldPresence, 1) == kImplicit) {
    const link::Symbol* enum_symbol = symbol_of(field.type_name);
    if (enum_symbol && enum_is_closed(*enum_symbol)) {
      reporter_.error(where, "closed enum `" + enum_symbol->full_name + "` cannot be used in an implicit-presence field");
    }
  }
}

void Validator::validate_editions_message(const link::MessageNode& node, std::vector<const link::MessageNode*>& scopes) {
  scopes.push_back(&node);
  for (const FieldNode& field : node.fields) validate_editions_field(field, scopes);
  for (const link::EnumNode& enumeration : node.enums) validate_editions_enum(enumeration, scopes);
  for (const link::MessageNode& nested : node.nested) validate_editions_message(nested, scopes);
  for (const FieldNode& extension : node.extensions) validate_editions_field(extension, scopes);
  scopes.pop_back();
}

void Validator::validate_editions() {
  std::vector<const link::MessageNode*> scopes;
  for (const link::EnumNode& enumeration : tree_.enums) validate_editions_enum(enumeration, scopes);
  for (const link::MessageNode& message : tree_.messages) validate_editions_message(message, scopes);
  for (const FieldNode& extension : tree_.extensions) validate_editions_field(extension, scopes);
}

}  // namespace protoforge::check
