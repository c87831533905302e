// How text format names fields, one place for the printer and the parser: extensions as `[full.name]` (a
// MessageSet item by its message type's full name), groups by their type's capitalized name, others by name.
#pragma once

#include <string>
#include <string_view>

#include "runtime/schema/schema.h"

namespace protoforge::text::internal {

inline bool is_message_set_item(const schema::Field& f) {
  return f.is_extension && f.containing_type != nullptr && f.containing_type->message_set &&
         f.kind == schema::Kind::message && !f.is_repeated() && f.extension_scope == f.message_type;
}

// The name the printer writes, brackets included for extensions.
inline std::string printed_name(const schema::Field& f) {
  if (f.is_extension) return "[" + (is_message_set_item(f) ? f.message_type->full_name : f.full_name) + "]";
  if (f.kind == schema::Kind::group) return f.message_type->name;
  return f.name;
}

inline std::string ascii_lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// The field a written name means: a field by its name, except that a group is found only by its type's name
// (protoc looks the lowercased name up, as a group's field name is its type name in lowercase).
inline const schema::Field* find_written_field(const schema::MessageType& type, std::string_view name) {
  const schema::Field* f = type.find_field(name);
  if (f == nullptr) {
    f = type.find_field(ascii_lowercase(name));
    if (f != nullptr && f->kind != schema::Kind::group) f = nullptr;
  }
  if (f != nullptr && f->kind == schema::Kind::group && f->message_type->name != name) f = nullptr;
  return f;
}

// The extension of `type` written as `[name]`: by full name, or a MessageSet item by its message type's name.
inline const schema::Field* find_written_extension(const schema::MessageType& type, std::string_view name) {
  for (const schema::Field* ext : type.extensions()) {
    if (ext->full_name == name) return ext;
  }
  for (const schema::Field* ext : type.extensions()) {
    if (is_message_set_item(*ext) && ext->message_type->full_name == name) return ext;
  }
  return nullptr;
}

}  // namespace protoforge::text::internal
