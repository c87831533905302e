// How each field kind's values move between wire bits and member storage. "Storage bits" are the member's bytes
// read as an unsigned integer (a bool is 0 or 1, a 32-bit kind uses the low half); "wire bits" are the varint
// value or the fixed32/fixed64 payload. Shared by the table-driven codec (kind known at run time) and the typed
// map codec (kind known at compile time, where these fold away).
#pragma once

#include <cstdint>
#include <bit>
#include <cstring>
#include <type_traits>

#include "runtime/generated/table.h"
#include "runtime/wire/wire_format.h"

namespace protoforge::gen {

constexpr wire::WireType wire_type_of(FieldKind kind) {
  switch (kind) {
    case FieldKind::fixed32: case FieldKind::sfixed32: case FieldKind::float_: return wire::WireType::fixed32;
    case FieldKind::fixed64: case FieldKind::sfixed64: case FieldKind::double_: return wire::WireType::fixed64;
    case FieldKind::string: case FieldKind::bytes: case FieldKind::message: return wire::WireType::length_delimited;
    case FieldKind::group: return wire::WireType::start_group;
    default: return wire::WireType::varint;
  }
}

// A typed member value (number, bool or enum) as storage bits, and back.
template <class T>
T from_storage(uint64_t bits) {
  if constexpr (std::is_same_v<T, bool>) return bits != 0;
  else if constexpr (sizeof(T) == 4) return std::bit_cast<T>(static_cast<uint32_t>(bits));
  else return std::bit_cast<T>(bits);
}
template <class T>
uint64_t to_storage(T value) {
  if constexpr (std::is_same_v<T, bool>) return value ? 1 : 0;
  else if constexpr (sizeof(T) == 4) return std::bit_cast<uint32_t>(value);
  else return std::bit_cast<uint64_t>(value);
}

// Bytes a value of the kind occupies in a message.
constexpr size_t storage_size(FieldKind kind) {
  switch (kind) {
    case FieldKind::bool_: return 1;
    case FieldKind::int32: case FieldKind::uint32: case FieldKind::sint32: case FieldKind::enum_:
    case FieldKind::fixed32: case FieldKind::sfixed32: case FieldKind::float_: return 4;
    default: return 8;
  }
}

constexpr uint64_t storage_from_wire(FieldKind kind, uint64_t raw) {
  switch (kind) {
    case FieldKind::int32: case FieldKind::uint32: case FieldKind::enum_: case FieldKind::fixed32:
    case FieldKind::sfixed32: case FieldKind::float_: return static_cast<uint32_t>(raw);
    case FieldKind::bool_: return raw != 0 ? 1 : 0;
    case FieldKind::sint32: {
      const auto u = static_cast<uint32_t>(raw);
      return static_cast<uint32_t>((u >> 1) ^ (~(u & 1) + 1));
    }
    case FieldKind::sint64: return static_cast<uint64_t>(wire::decode_zigzag(raw));
    default: return raw;
  }
}

constexpr uint64_t wire_from_storage(FieldKind kind, uint64_t bits) {
  switch (kind) {
    case FieldKind::int32: case FieldKind::enum_:
      return static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(static_cast<uint32_t>(bits))));
    case FieldKind::sint32: {
      const auto v = static_cast<int32_t>(static_cast<uint32_t>(bits));
      return (static_cast<uint32_t>(v) << 1) ^ static_cast<uint32_t>(v >> 31);
    }
    case FieldKind::sint64: return wire::encode_zigzag(static_cast<int64_t>(bits));
    case FieldKind::bool_: return bits & 1;
    case FieldKind::uint32: case FieldKind::fixed32: case FieldKind::sfixed32: case FieldKind::float_:
      return static_cast<uint32_t>(bits);
    default: return bits;
  }
}

inline uint64_t load_storage(const void* at, FieldKind kind) {
  switch (storage_size(kind)) {
    case 1: return *static_cast<const uint8_t*>(at);
    case 4: { uint32_t v; std::memcpy(&v, at, 4); return v; }
    default: { uint64_t v; std::memcpy(&v, at, 8); return v; }
  }
}
inline void store_storage(void* at, FieldKind kind, uint64_t bits) {
  switch (storage_size(kind)) {
    case 1: *static_cast<uint8_t*>(at) = static_cast<uint8_t>(bits); break;
    case 4: { const auto v = static_cast<uint32_t>(bits); std::memcpy(at, &v, 4); break; }
    default: std::memcpy(at, &bits, 8); break;
  }
}

// Encoded size of one value (without its tag).
constexpr size_t value_size(FieldKind kind, uint64_t storage) {
  switch (wire_type_of(kind)) {
    case wire::WireType::fixed32: return 4;
    case wire::WireType::fixed64: return 8;
    default: return wire::size_varint(wire_from_storage(kind, storage));
  }
}

inline char* write_fixed32(char* out, uint32_t v) {
  if constexpr (std::endian::native == std::endian::little) {
    std::memcpy(out, &v, 4);
  } else {
    for (int i = 0; i < 4; ++i) out[i] = static_cast<char>(v >> (8 * i));
  }
  return out + 4;
}
inline char* write_fixed64(char* out, uint64_t v) {
  if constexpr (std::endian::native == std::endian::little) {
    std::memcpy(out, &v, 8);
  } else {
    for (int i = 0; i < 8; ++i) out[i] = static_cast<char>(v >> (8 * i));
  }
  return out + 8;
}
inline char* write_value(char* out, FieldKind kind, uint64_t storage) {
  switch (wire_type_of(kind)) {
    case wire::WireType::fixed32: return write_fixed32(out, static_cast<uint32_t>(storage));
    case wire::WireType::fixed64: return write_fixed64(out, storage);
    default: return wire::write_varint(out, wire_from_storage(kind, storage));
  }
}
inline char* write_tag(char* out, int32_t number, wire::WireType type) {
  return wire::write_varint(out, wire::encode_tag(number, type));
}

// Bounded reads: return the end of what was read, or null when the input ends early or is malformed.
const char* read_varint_slow(const char* p, const char* end, uint64_t& value);
inline const char* read_varint(const char* p, const char* end, uint64_t& value) {
  if (end - p >= static_cast<std::ptrdiff_t>(wire::kMaxVarintBytes)) {
    const size_t n = wire::decode_varint_unchecked(p, value);
    return n != 0 ? p + n : nullptr;
  }
  return read_varint_slow(p, end, value);
}
inline const char* read_fixed(const char* p, const char* end, int bytes, uint64_t& value) {
  if (end - p < bytes) return nullptr;
  if (bytes == 4) {
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(static_cast<uint8_t>(p[i])) << (8 * i);
    value = v;
  } else {
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v |= static_cast<uint64_t>(static_cast<uint8_t>(p[i])) << (8 * i);
    value = v;
  }
  return p + bytes;
}
// One value of the kind's (unpacked) wire type, as wire bits.
inline const char* read_value(const char* p, const char* end, FieldKind kind, uint64_t& raw) {
  switch (wire_type_of(kind)) {
    case wire::WireType::fixed32: return read_fixed(p, end, 4, raw);
    case wire::WireType::fixed64: return read_fixed(p, end, 8, raw);
    default: return read_varint(p, end, raw);
  }
}
// A length prefix; checks that `length` bytes follow.
inline const char* read_length(const char* p, const char* end, size_t& length) {
  uint64_t v;
  p = read_varint(p, end, v);
  if (p == nullptr || v > static_cast<uint64_t>(end - p) || v > 0x7fffffff) return nullptr;
  length = static_cast<size_t>(v);
  return p;
}

}  // namespace protoforge::gen
