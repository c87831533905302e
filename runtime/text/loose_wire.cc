#include "runtime/text/loose_wire.h"

namespace protoforge::text::internal {

bool LooseCursor::varint(uint64_t& value) {
  uint64_t result = 0;
  for (int i = 0; i < 10; ++i) {
    if (p_ == end_) return fail();
    const auto byte = static_cast<uint8_t>(*p_++);
    result |= static_cast<uint64_t>(byte & 0x7f) << (7 * i);
    if (byte < 0x80) {
      value = result;
      return true;
    }
  }
  return fail();  // an eleventh byte
}

bool LooseCursor::tag(uint32_t& number, uint8_t& type) {
  uint64_t raw = 0;
  const char* start = p_;
  if (!varint(raw)) return false;
  if (p_ - start > max_tag_bytes_) return fail();
  const auto tag32 = static_cast<uint32_t>(raw);
  if ((tag32 >> 3) == 0 || (tag32 & 7) > 5) return fail();
  number = tag32 >> 3;
  type = static_cast<uint8_t>(tag32 & 7);
  return true;
}

// Consumes a group's fields through its end-group tag.
bool LooseCursor::skip_group(uint32_t number, int max_depth) {
  if (max_depth <= 0) return fail();
  for (;;) {
    if (p_ == end_) return fail();
    const char* start = p_;
    uint32_t inner_number;
    uint8_t inner_type;
    if (!tag(inner_number, inner_type)) return false;
    if (inner_type == 4) {
      if (inner_number != number) return fail();
      end_tag_start_ = start;
      return true;
    }
    p_ = start;
    LooseField ignored;
    if (!next(ignored, max_depth - 1)) return false;
  }
}

bool LooseCursor::next(LooseField& field, int max_depth) {
  if (p_ == end_ || failed_) return false;
  field = LooseField{};
  if (!tag(field.number, field.type)) return false;
  switch (field.type) {
    case 0: return varint(field.value);
    case 1: case 5: {
      const int width = field.type == 1 ? 8 : 4;
      if (end_ - p_ < width) return fail();
      for (int i = 0; i < width; ++i) field.value |= static_cast<uint64_t>(static_cast<uint8_t>(p_[i])) << (8 * i);
      p_ += width;
      return true;
    }
    case 2: {
      uint64_t length = 0;
      if (!varint(length)) return false;
      if (length > static_cast<uint64_t>(end_ - p_)) return fail();
      field.bytes = std::string_view(p_, static_cast<size_t>(length));
      p_ += length;
      return true;
    }
    case 3: {
      const char* body = p_;
      if (!skip_group(field.number, max_depth)) return false;
      field.bytes = std::string_view(body, static_cast<size_t>(end_tag_start_ - body));
      return true;
    }
    default: return fail();  // an end-group with no group open
  }
}

bool is_loose_message(std::string_view bytes, int max_depth, int max_tag_bytes) {
  LooseCursor cursor(bytes, max_tag_bytes);
  LooseField field;
  while (cursor.next(field, max_depth)) {
  }
  return !cursor.failed();
}

}  // namespace protoforge::text::internal
