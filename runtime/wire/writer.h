// Field-level sizes and a writer that appends whole fields. The intended use is two passes: add up the size_*_field
// figures once (sub-message lengths included), construct a Writer with that total so the buffer grows once, append
// the fields, and check done() in tests or debug asserts.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "runtime/wire/wire_format.h"

namespace protoforge::wire {

constexpr size_t size_varint_field(FieldNumber n, uint64_t v) { return size_tag(n) + size_varint(v); }
constexpr size_t size_zigzag_field(FieldNumber n, int64_t v) { return size_tag(n) + size_zigzag(v); }
constexpr size_t size_fixed32_field(FieldNumber n) { return size_tag(n) + size_fixed32(); }
constexpr size_t size_fixed64_field(FieldNumber n) { return size_tag(n) + size_fixed64(); }
constexpr size_t size_bytes_field(FieldNumber n, size_t length) { return size_tag(n) + size_bytes(length); }
// Start tag, body, end tag.
constexpr size_t size_group_field(FieldNumber n, size_t body_length) { return size_tag(n) + size_group(n, body_length); }

// Appends to `out` (not owned; must outlive the writer). `expected_size` is the caller's precomputed total.
class Writer {
 public:
  Writer(std::string& out, size_t expected_size) : out_(out), start_(out.size()), expected_(expected_size) {
    out.reserve(start_ + expected_size);
  }

  void varint(FieldNumber n, uint64_t v) { append_tag(out_, n, WireType::varint); append_varint(out_, v); }
  void zigzag(FieldNumber n, int64_t v) { append_tag(out_, n, WireType::varint); append_zigzag(out_, v); }
  void fixed32(FieldNumber n, uint32_t v) { append_tag(out_, n, WireType::fixed32); append_fixed32(out_, v); }
  void fixed64(FieldNumber n, uint64_t v) { append_tag(out_, n, WireType::fixed64); append_fixed64(out_, v); }
  void bytes(FieldNumber n, std::string_view b) { append_tag(out_, n, WireType::length_delimited); append_bytes(out_, b); }
  // A sub-message written in place: its length must be known up front (from the size pass).
  void begin_message(FieldNumber n, size_t length) {
    append_tag(out_, n, WireType::length_delimited);
    append_varint(out_, length);
  }
  void begin_group(FieldNumber n) { append_tag(out_, n, WireType::start_group); }
  void end_group(FieldNumber n) { append_tag(out_, n, WireType::end_group); }

  size_t written() const { return out_.size() - start_; }
  // True when exactly the precomputed number of bytes has been appended.
  bool done() const { return written() == expected_; }

 private:
  std::string& out_;
  size_t start_;
  size_t expected_;
};

}  // namespace protoforge::wire
