#include "compiler/options/schema.h"

#include "compiler/options/features.h"
#include "compiler/options/protoc321.h"
#include "runtime/wire/wire_format.h"

namespace protoforge::options {

using descriptor::FieldType;

namespace {

bool is_packable(FieldType type) {
  return type != FieldType::string && type != FieldType::bytes && type != FieldType::message &&
         type != FieldType::group;
}

// Skips one field's payload; returns bytes used or 0 when malformed.
size_t skip_payload(std::string_view in, wire::WireType type) {
  uint64_t ignored = 0;
  std::string_view bytes;
  switch (type) {
    case wire::WireType::varint: return wire::consume_varint(in, ignored);
    case wire::WireType::fixed64: return in.size() >= 8 ? 8 : 0;
    case wire::WireType::fixed32: return in.size() >= 4 ? 4 : 0;
    case wire::WireType::length_delimited: return wire::consume_bytes(in, bytes);
    default: return 0;  // groups do not occur in the options we read here
  }
}

}  // namespace

std::optional<uint64_t> read_varint_field(std::string_view bytes, int32_t number) {
  std::optional<uint64_t> result;
  while (!bytes.empty()) {
    wire::FieldNumber n = 0;
    wire::WireType type{};
    size_t used = wire::consume_tag(bytes, n, type);
    if (used == 0) break;
    bytes.remove_prefix(used);
    if (n == number && type == wire::WireType::varint) {
      uint64_t v = 0;
      used = wire::consume_varint(bytes, v);
      if (used != 0) result = v;
    } else {
      used = skip_payload(bytes, type);
    }
    if (used == 0) break;
    bytes.remove_prefix(used);
  }
  return result;
}

const link::Symbol* Schema::message(std::string_view full_name) const {
  const link::Symbol* symbol = symbols_.find_symbol(strip_dot(full_name));
  return symbol != nullptr && symbol->kind == link::SymbolKind::message && symbol->message ? symbol : nullptr;
}

bool Schema::is_proto3(std::string_view message_name) const {
  const link::Symbol* symbol = message(message_name);
  return symbol != nullptr && symbol->file != nullptr && symbol->file->proto.syntax == "proto3";
}

bool Schema::allows_unknown_enum_numbers(std::string_view message_name) const {
  const link::Symbol* symbol = message(message_name);
  return is_proto3(message_name) || (symbol != nullptr && is_editions_file(symbol->file));
}

bool Schema::is_message_set(std::string_view message_name) const {
  const link::Symbol* symbol = message(message_name);
  if (symbol == nullptr || !symbol->message->options) return false;
  return read_varint_field(symbol->message->options->bytes, 1).value_or(0) != 0;
}

FieldInfo Schema::describe(const descriptor::FieldDescriptorProto& field, std::string_view containing,
                           std::string full_name, std::string_view scope, const link::LinkedFile* file) const {
  bool proto3 = file != nullptr && file->proto.syntax == "proto3";
  FieldInfo info;
  info.name = field.name.value_or("");
  info.full_name = std::move(full_name);
  info.containing_type = std::string(containing);
  info.type_name = std::string(strip_dot(field.type_name.value_or("")));
  info.number = field.number.value_or(0);
  if (field.type) {
    info.type = *field.type;
  } else if (const link::Symbol* type = symbols_.find_symbol(info.type_name)) {
    // An unresolved-kind reference: the linker normally fills `type`, but be tolerant.
    info.type = type->kind == link::SymbolKind::enum_ ? FieldType::enum_ : FieldType::message;
  }
  info.repeated = field.label == descriptor::FieldLabel::repeated;
  info.required = field.label == descriptor::FieldLabel::required;
  info.is_extension = field.extendee.has_value();
  info.oneof_index = field.oneof_index.value_or(-1);
  std::optional<uint64_t> packed;
  if (field.options) packed = read_varint_field(field.options->bytes, 2);
  bool packable = info.repeated && is_packable(info.type);
  info.packed = packable && (packed ? *packed != 0 : proto3);
  info.has_presence = info.repeated ? false
                                    : !(proto3 && !info.is_message() && info.oneof_index < 0 && !info.is_extension);
  if (is_editions_file(file)) {
    // Editions: packed and explicit presence by default, unless a feature says otherwise.
    auto encoding = resolve_feature(symbols_, field, scope, file, kRepeatedFieldEncoding);
    info.packed = packable && encoding.value_or(1) == 1;
    auto presence = resolve_feature(symbols_, field, scope, file, kFieldPresence);
    if (!info.repeated && !info.is_message() && info.oneof_index < 0 && !info.is_extension) {
      info.has_presence = presence.value_or(1) != 2;
    }
    if (presence.value_or(1) == 3) info.required = true;
  }
  return info;
}

std::optional<FieldInfo> Schema::field_of_symbol(const link::Symbol& symbol) const {
  if ((symbol.kind != link::SymbolKind::field && symbol.kind != link::SymbolKind::extension) ||
      symbol.field == nullptr) {
    return std::nullopt;
  }
  const descriptor::FieldDescriptorProto& field = *symbol.field;
  std::string containing = field.extendee ? std::string(strip_dot(*field.extendee)) : symbol.parent;
  FieldInfo info = describe(field, containing, symbol.full_name, symbol.parent, symbol.file);
  info.symbol = &symbol;
  return info;
}

std::optional<FieldInfo> Schema::field_by_name(std::string_view message_name, std::string_view name) const {
  const link::Symbol* owner = message(message_name);
  if (owner == nullptr) return std::nullopt;
  for (const auto& field : owner->message->field) {
    if (field.name && *field.name == name) {
      std::string full = owner->full_name + "." + std::string(name);
      return describe(field, owner->full_name, std::move(full), owner->full_name, owner->file);
    }
  }
  return std::nullopt;
}

std::vector<FieldInfo> Schema::fields(std::string_view message_name) const {
  std::vector<FieldInfo> result;
  const link::Symbol* owner = message(message_name);
  if (owner == nullptr) return result;
  result.reserve(owner->message->field.size());
  for (const auto& field : owner->message->field) {
    std::string full = owner->full_name + "." + field.name.value_or("");
    result.push_back(describe(field, owner->full_name, std::move(full), owner->full_name, owner->file));
  }
  return result;
}

std::vector<FieldInfo> Schema::fields_and_extensions(std::string_view message_name) const {
  std::vector<FieldInfo> result = fields(message_name);
  for (const link::Symbol* symbol : symbols_.extensions_of(strip_dot(message_name))) {
    if (symbol == nullptr) continue;
    if (auto info = field_of_symbol(*symbol)) result.push_back(std::move(*info));
  }
  return result;
}

std::optional<FieldInfo> Schema::field_by_number(std::string_view message_name, int32_t number,
                                                 bool with_extensions, bool skip_newer_than_321) const {
  const link::Symbol* owner = message(message_name);
  if (owner != nullptr && !(skip_newer_than_321 && is_newer_than_protoc_321(message_name, number))) {
    for (const auto& field : owner->message->field) {
      if (field.number.value_or(0) != number) continue;
      std::string full = owner->full_name + "." + field.name.value_or("");
      return describe(field, owner->full_name, std::move(full), owner->full_name, owner->file);
    }
  }
  if (!with_extensions) return std::nullopt;
  for (const link::Symbol* symbol : symbols_.extensions_of(strip_dot(message_name))) {
    if (symbol == nullptr) continue;
    // field_of_symbol() describes only fields and extensions; read the number first to describe just one.
    if (symbol->field == nullptr || symbol->field->number.value_or(0) != number) continue;
    if (auto info = field_of_symbol(*symbol)) return info;
  }
  return std::nullopt;
}

std::vector<FieldInfo> Schema::required_fields(std::string_view message_name) const {
  std::vector<FieldInfo> result;
  const link::Symbol* owner = message(message_name);
  if (owner == nullptr) return result;
  // Outside editions a field is required exactly when its label says so; editions may make it so by a feature.
  bool editions = is_editions_file(owner->file);
  for (const auto& field : owner->message->field) {
    if (!editions && field.label != descriptor::FieldLabel::required) continue;
    std::string full = owner->full_name + "." + field.name.value_or("");
    FieldInfo info = describe(field, owner->full_name, std::move(full), owner->full_name, owner->file);
    if (info.required) result.push_back(std::move(info));
  }
  return result;
}

const descriptor::EnumValueDescriptorProto* Schema::enum_value(std::string_view enum_name,
                                                               std::string_view value_name) const {
  const link::Symbol* symbol = symbols_.find_symbol(strip_dot(enum_name));
  if (symbol == nullptr || symbol->enum_type == nullptr) return nullptr;
  for (const auto& value : symbol->enum_type->value) {
    if (value.name && *value.name == value_name) return &value;
  }
  return nullptr;
}

const descriptor::EnumValueDescriptorProto* Schema::enum_value(std::string_view enum_name, int32_t number) const {
  const link::Symbol* symbol = symbols_.find_symbol(strip_dot(enum_name));
  if (symbol == nullptr || symbol->enum_type == nullptr) return nullptr;
  for (const auto& value : symbol->enum_type->value) {
    if (value.number && *value.number == number) return &value;
  }
  return nullptr;
}

}  // namespace protoforge::options
