// Test-only builder for wire input, malformed on purpose when asked: varints padded to any length (even past the
// 10-byte limit), tags with any number and wire type, length prefixes that lie.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace protoforge::wire::testing {

struct WireBuilder {
  std::string out;

  // Encodes `v` in at least `min_bytes` bytes, padding with redundant continuation bytes.
  WireBuilder& varint(uint64_t v, size_t min_bytes = 1) {
    size_t n = 0;
    do {
      uint8_t byte = v & 0x7f;
      v >>= 7;
      ++n;
      if (v != 0 || n < min_bytes) byte |= 0x80;
      out.push_back(static_cast<char>(byte));
    } while (v != 0 || n < min_bytes);
    return *this;
  }
  // Any number (0 and > 2^29-1 included) and any wire type 0..7.
  WireBuilder& tag(uint64_t number, unsigned type, size_t min_bytes = 1) {
    return varint((number << 3) | type, min_bytes);
  }
  WireBuilder& raw(std::string_view bytes) { out.append(bytes); return *this; }
  WireBuilder& repeat(std::string_view bytes, int times) {
    for (int i = 0; i < times; ++i) out.append(bytes);
    return *this;
  }
  // An honest length prefix plus payload.
  WireBuilder& bytes(std::string_view payload) { varint(payload.size()); return raw(payload); }
  std::string str() const { return out; }
};

}  // namespace protoforge::wire::testing
