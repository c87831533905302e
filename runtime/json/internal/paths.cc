#include "runtime/json/internal/paths.h"

namespace protoforge::json::internal {

using schema::Kind;

std::string path_segment(const schema::Field& field) {
  return field.is_extension ? "[" + field.full_name + "]" : field.name;
}

std::string map_key_segment(const schema::Field& key_field, std::string_view key) {
  if (key_field.kind == Kind::string) return "[\"" + std::string(key) + "\"]";
  return "[" + std::string(key) + "]";
}

std::string map_key_text(const message::Message& entry) {
  const schema::Field& key = entry.type().map_key();
  const schema::Scalar s = entry.scalar(key);
  switch (key.kind) {
    case Kind::string: return std::string(entry.string(key));
    case Kind::bool_: return s.as_bool() ? "true" : "false";
    case Kind::uint32: case Kind::fixed32: case Kind::uint64: case Kind::fixed64: return std::to_string(s.as_uint64());
    default: return std::to_string(s.as_int64());
  }
}

std::string map_key_segment(const message::Message& entry) {
  return map_key_segment(entry.type().map_key(), map_key_text(entry));
}

}  // namespace protoforge::json::internal
