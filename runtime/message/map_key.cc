#include "runtime/message/map_key.h"

namespace protoforge::message {

std::string map_key_bytes(const Message& entry) {
  const Field& key = entry.type().map_key();
  if (key.is_string_like()) return std::string(entry.string(key));
  const uint64_t bits = entry.scalar(key).bits;
  return std::string(reinterpret_cast<const char*>(&bits), sizeof bits);
}

bool map_key_less(const Message& a, const Message& b) {
  const Field& key = a.type().map_key();
  if (key.is_string_like()) return a.string(key) < b.string(key);
  const Scalar x = a.scalar(key), y = b.scalar(key);
  switch (key.kind) {
    case schema::Kind::uint32: case schema::Kind::uint64: case schema::Kind::fixed32: case schema::Kind::fixed64:
    case schema::Kind::bool_:
      return x.as_uint64() < y.as_uint64();
    default:
      return x.as_int64() < y.as_int64();
  }
}

}  // namespace protoforge::message
