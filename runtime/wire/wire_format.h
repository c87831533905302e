// Wire-format primitives in one regular grid: append / consume / size for varints, zigzag, fixed32/64, tags and
// length-delimited bytes. Stateless free functions; nothing here knows about schemas.
//
// Consume functions take the remaining input and return how many bytes they used, or 0 on malformed or truncated
// input (a valid encoding is never zero bytes long), so callers can report the failing offset themselves.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace protoforge::wire {

// Field numbers and their named limits.
using FieldNumber = int32_t;
inline constexpr FieldNumber kMinFieldNumber = 1;
inline constexpr FieldNumber kMaxFieldNumber = (1 << 29) - 1;  // 536870911
inline constexpr FieldNumber kFirstReservedNumber = 19000;
inline constexpr FieldNumber kLastReservedNumber = 19999;

enum class WireType : uint8_t {
  varint = 0,
  fixed64 = 1,
  length_delimited = 2,
  start_group = 3,
  end_group = 4,
  fixed32 = 5,
};

inline constexpr bool is_valid_wire_type(uint32_t t) { return t <= 5; }
inline constexpr size_t kMaxVarintBytes = 10;

constexpr uint64_t encode_tag(FieldNumber number, WireType type) {
  return (static_cast<uint64_t>(number) << 3) | static_cast<uint64_t>(type);
}
constexpr uint64_t encode_zigzag(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }
constexpr int64_t decode_zigzag(uint64_t v) { return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1); }

// One byte per 7 significant bits, at least one: no loop and no branch, for sizing passes over many fields.
constexpr size_t size_varint(uint64_t v) { return (static_cast<size_t>(std::bit_width(v | 1)) * 9 + 64) / 64; }
constexpr size_t size_tag(FieldNumber number) { return size_varint(encode_tag(number, WireType::varint)); }
constexpr size_t size_bytes(size_t length) { return size_varint(length) + length; }
constexpr size_t size_fixed32() { return 4; }
constexpr size_t size_fixed64() { return 8; }
constexpr size_t size_zigzag(int64_t v) { return size_varint(encode_zigzag(v)); }
// A group's encoding after its start tag: the body plus the matching end-group tag.
constexpr size_t size_group(FieldNumber number, size_t body_length) { return body_length + size_tag(number); }

// Writes `v` at `out` and returns the end of what it wrote. Precondition: size_varint(v) writable bytes at `out`
// (kMaxVarintBytes suffice for any value). For encoders that size first and then fill a buffer.
inline char* write_varint(char* out, uint64_t v) {
  while (v >= 0x80) { *out++ = static_cast<char>(v | 0x80); v >>= 7; }
  *out++ = static_cast<char>(v);
  return out;
}
inline void append_varint(std::string& out, uint64_t v) {
  char buf[kMaxVarintBytes];
  out.append(buf, static_cast<size_t>(write_varint(buf, v) - buf));
}
inline void append_tag(std::string& out, FieldNumber number, WireType type) { append_varint(out, encode_tag(number, type)); }
inline void append_fixed32(std::string& out, uint32_t v) {
  char buf[4];
  for (int i = 0; i < 4; ++i) buf[i] = static_cast<char>(v >> (8 * i));
  out.append(buf, 4);
}
inline void append_fixed64(std::string& out, uint64_t v) {
  char buf[8];
  for (int i = 0; i < 8; ++i) buf[i] = static_cast<char>(v >> (8 * i));
  out.append(buf, 8);
}
inline void append_float(std::string& out, float f) { uint32_t v; std::memcpy(&v, &f, 4); append_fixed32(out, v); }
inline void append_double(std::string& out, double d) { uint64_t v; std::memcpy(&v, &d, 8); append_fixed64(out, v); }
inline void append_bytes(std::string& out, std::string_view bytes) {
  append_varint(out, bytes.size());
  out.append(bytes);
}

inline void append_zigzag(std::string& out, int64_t v) { append_varint(out, encode_zigzag(v)); }
// Appends an already encoded group body and its end-group tag (the start tag is the caller's).
inline void append_group(std::string& out, FieldNumber number, std::string_view body) {
  out.append(body);
  append_tag(out, number, WireType::end_group);
}

// Returns bytes used, or 0 if `in` holds no complete varint of at most 10 bytes.
size_t consume_varint(std::string_view in, uint64_t& value);
size_t consume_fixed32(std::string_view in, uint32_t& value);
size_t consume_fixed64(std::string_view in, uint64_t& value);
// Decodes a tag; returns 0 also for field number 0 / out of range or wire types 6 and 7.
size_t consume_tag(std::string_view in, FieldNumber& number, WireType& type);
// A length prefix plus that many bytes; `bytes` views into `in`.
size_t consume_bytes(std::string_view in, std::string_view& bytes);

namespace internal {

// A varint of at most 8 bytes decoded from one little-endian load, without a branch per byte: the first byte
// with its top bit clear ends it, and three mask-and-shift steps squeeze out the continuation bits (7-bit groups
// to 14, 28, then 56 bits). Returns 0 when all 8 bytes continue. A byte loop pays a mispredicted branch for
// each varint whose length differs from the last one's; this pays none. Precondition: 8 readable bytes at `p`.
inline size_t decode_varint_in_word(const char* p, uint64_t& value) {
  uint64_t word;
  std::memcpy(&word, p, 8);
  const uint64_t stops = ~word & 0x8080808080808080u;
  if (stops == 0) return 0;
  const size_t length = static_cast<size_t>(std::countr_zero(stops)) / 8 + 1;
  uint64_t v = length == 8 ? word : word & ((uint64_t{1} << (8 * length)) - 1);
  v &= 0x7f7f7f7f7f7f7f7fu;
  v = (v & 0x007f007f007f007fu) | ((v & 0x7f007f007f007f00u) >> 1);
  v = (v & 0x00003fff00003fffu) | ((v & 0x3fff00003fff0000u) >> 2);
  v = (v & 0x000000000fffffffu) | ((v & 0x0fffffff00000000u) >> 4);
  value = v;
  return length;
}

// The byte loop, for 9- and 10-byte varints and big-endian hosts; same contract as decode_varint_unchecked.
size_t decode_varint_bytewise(const char* p, uint64_t& value);

}  // namespace internal

// Fast path. Precondition: at least kMaxVarintBytes readable bytes at `p` (no per-byte bounds check).
// Returns bytes used, or 0 for an over-long or 64-bit-overflowing varint. One-byte varints (most tags and small
// values, a well-predicted branch in real data) return at once; longer ones come from one word.
inline size_t decode_varint_unchecked(const char* p, uint64_t& value) {
  if (static_cast<uint8_t>(*p) < 0x80) { value = static_cast<uint8_t>(*p); return 1; }
  if constexpr (std::endian::native == std::endian::little) {
    if (const size_t n = internal::decode_varint_in_word(p, value)) return n;
  }
  return internal::decode_varint_bytewise(p, value);
}

}  // namespace protoforge::wire
