// Wire bytes read the way libprotobuf reads an UnknownFieldSet, which is looser than its message parser (and
// than wire::Reader): a tag may take up to ten bytes and is read modulo 2^32, a varint's tenth byte may carry
// excess bits (dropped). Still refused: field number 0, wire types 6 and 7, an end-group with no open group or with
// another number, a length past the end, input that ends inside a field. The unknown-field printer uses it so that
// what it expands as a nested message is exactly what protoc expands. protoc's message parser, which reads its
// --decode_raw input, is stricter about one thing: a tag of more than five bytes (`max_tag_bytes` below).
#pragma once

#include <cstdint>
#include <string_view>

namespace protoforge::text::internal {

struct LooseField {
  uint32_t number = 0;
  uint8_t type = 0;        // wire type 0..5
  uint64_t value = 0;      // varint value, or fixed32/fixed64 bits
  std::string_view bytes;  // length-delimited payload, or a group's body (between its start and end tags)
};

class LooseCursor {
 public:
  explicit LooseCursor(std::string_view in, int max_tag_bytes = 10)
      : p_(in.data()), end_(in.data() + in.size()), max_tag_bytes_(max_tag_bytes) {}

  // Reads the next field (a group whole, checked down to `max_depth` further levels). Returns false at the end
  // of the input or on malformed input; failed() tells which.
  bool next(LooseField& field, int max_depth);
  bool failed() const { return failed_; }

 private:
  bool varint(uint64_t& value);
  bool tag(uint32_t& number, uint8_t& type);
  bool skip_group(uint32_t number, int max_depth);
  bool fail() { failed_ = true; return false; }

  const char* p_;
  const char* end_;
  const char* end_tag_start_ = nullptr;  // where the end-group tag that skip_group last met begins
  int max_tag_bytes_;
  bool failed_ = false;
};

// Whether all of `bytes` reads as fields, groups nested at most `max_depth` levels, tags of at most
// `max_tag_bytes` bytes.
bool is_loose_message(std::string_view bytes, int max_depth, int max_tag_bytes = 10);

}  // namespace protoforge::text::internal
