// Reading a field's presence and values through its table entry; shared by the serializer and the object
// operations (clear, merge, compare), which must agree on what "present" means.
#pragma once

#include <string>

#include "runtime/generated/repeated.h"
#include "runtime/generated/scalar.h"
#include "runtime/generated/string_field.h"
#include "runtime/generated/table.h"

namespace protoforge::gen::internal {

inline uint32_t oneof_case(const void* message, const MessageTable& table, int slot) {
  return member_at<uint32_t>(message, table.oneof_case_offset + 4 * static_cast<uint32_t>(slot));
}

inline bool is_number_kind(FieldKind kind) {
  return kind != FieldKind::string && kind != FieldKind::bytes && kind != FieldKind::message &&
         kind != FieldKind::group;
}

// Whether a singular or oneof field is set; implicit-presence fields count as set when not zero or empty.
inline bool is_present(const void* message, const MessageTable& table, const FieldEntry& f) {
  if (f.cardinality == Cardinality::oneof) {
    return oneof_case(message, table, f.presence) == static_cast<uint32_t>(f.number);
  }
  if (f.presence >= 0) return has_bit(message, table, f.presence);
  if (is_number_kind(f.kind)) return load_storage(&member_at<char>(message, f.offset), f.kind) != 0;
  if (f.kind == FieldKind::string || f.kind == FieldKind::bytes) {
    return !member_at<StringField>(message, f.offset).empty();
  }
  return member_at<void*>(message, f.offset) != nullptr;
}

inline std::string& unknown_fields(void* message, const MessageTable& table) {
  return member_at<std::string>(message, table.unknown_fields_offset);
}
inline const std::string& unknown_fields(const void* message, const MessageTable& table) {
  return member_at<std::string>(message, table.unknown_fields_offset);
}

}  // namespace protoforge::gen::internal
