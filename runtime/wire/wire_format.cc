#include "runtime/wire/wire_format.h"

namespace protoforge::wire {

size_t consume_varint(std::string_view in, uint64_t& value) {
  uint64_t result = 0;
  const size_t limit = in.size() < kMaxVarintBytes ? in.size() : kMaxVarintBytes;
  for (size_t i = 0; i < limit; ++i) {
    const uint8_t byte = static_cast<uint8_t>(in[i]);
    result |= static_cast<uint64_t>(byte & 0x7f) << (7 * i);
    if (byte < 0x80) {
      // The tenth byte may carry only the top bit of a 64-bit value.
      if (i == kMaxVarintBytes - 1 && byte > 1) return 0;
      value = result;
      return i + 1;
    }
  }
  return 0;
}

namespace internal {

size_t decode_varint_bytewise(const char* p, uint64_t& value) {
  const auto* b = reinterpret_cast<const uint8_t*>(p);
  if (b[0] < 0x80) { value = b[0]; return 1; }
  uint64_t result = b[0] & 0x7f;
  for (size_t i = 1; i < kMaxVarintBytes; ++i) {
    result |= static_cast<uint64_t>(b[i] & 0x7f) << (7 * i);
    if (b[i] < 0x80) {
      if (i == kMaxVarintBytes - 1 && b[i] > 1) return 0;  // would overflow 64 bits
      value = result;
      return i + 1;
    }
  }
  return 0;
}

}  // namespace internal

size_t consume_fixed32(std::string_view in, uint32_t& value) {
  if (in.size() < 4) return 0;
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(static_cast<uint8_t>(in[i])) << (8 * i);
  value = v;
  return 4;
}

size_t consume_fixed64(std::string_view in, uint64_t& value) {
  if (in.size() < 8) return 0;
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v |= static_cast<uint64_t>(static_cast<uint8_t>(in[i])) << (8 * i);
  value = v;
  return 8;
}

size_t consume_tag(std::string_view in, FieldNumber& number, WireType& type) {
  uint64_t raw = 0;
  const size_t n = consume_varint(in, raw);
  if (n == 0) return 0;
  const uint64_t field = raw >> 3;
  const uint32_t wire_type = static_cast<uint32_t>(raw & 7);
  if (field < kMinFieldNumber || field > static_cast<uint64_t>(kMaxFieldNumber) || !is_valid_wire_type(wire_type)) {
    return 0;
  }
  number = static_cast<FieldNumber>(field);
  type = static_cast<WireType>(wire_type);
  return n;
}

size_t consume_bytes(std::string_view in, std::string_view& bytes) {
  uint64_t length = 0;
  const size_t n = consume_varint(in, length);
  if (n == 0 || length > in.size() - n) return 0;
  bytes = in.substr(n, length);
  return n + length;
}

}  // namespace protoforge::wire
