#include "runtime/wire/reader.h"

#include <cassert>

namespace protoforge::wire {

std::string_view to_string(Status status) {
  switch (status) {
    case Status::ok: return "ok";
    case Status::truncated: return "truncated input";
    case Status::varint_too_long: return "varint too long";
    case Status::bad_wire_type: return "invalid wire type";
    case Status::bad_field_number: return "invalid field number";
    case Status::length_past_end: return "length past end of input";
    case Status::unmatched_end_group: return "end-group tag outside a group";
    case Status::mismatched_end_group: return "end-group tag does not match start-group";
    case Status::too_deep: return "nesting too deep";
    case Status::too_large: return "input too large";
  }
  return "unknown status";
}

Reader::Reader(std::string_view in, Limits limits)
    : base_(in.data()), pos_(in.data()), end_(in.data() + in.size()), limits_(limits) {
  if (in.size() > limits.max_size) {
    status_ = Status::too_large;
    error_offset_ = limits.max_size;
  }
}

Reader::Reader(const char* base, const char* begin, const char* end, int depth, FieldNumber group, Limits limits)
    : base_(base), pos_(begin), end_(end), depth_(depth), group_(group), limits_(limits) {}

bool Reader::fail(Status status, const char* at) {
  status_ = status;
  error_offset_ = static_cast<size_t>(at - base_);
  return false;
}

// With fewer than 10 bytes left a failed varint can only have run off the end; with 10 or more it is over-long.
bool Reader::read_varint(uint64_t& value) {
  const size_t left = static_cast<size_t>(end_ - pos_);
  const size_t n = left >= kMaxVarintBytes ? decode_varint_unchecked(pos_, value)
                                           : consume_varint(std::string_view(pos_, left), value);
  if (n == 0) return fail(left >= kMaxVarintBytes ? Status::varint_too_long : Status::truncated, pos_);
  pos_ += n;
  return true;
}

// Wire type is checked before the field number, so tag 0x07 reports bad_wire_type.
bool Reader::read_tag(Field& field) {
  const char* start = pos_;
  uint64_t raw = 0;
  if (!read_varint(raw)) return false;
  if (!is_valid_wire_type(static_cast<uint32_t>(raw & 7))) return fail(Status::bad_wire_type, start);
  const uint64_t number = raw >> 3;
  if (number < kMinFieldNumber || number > static_cast<uint64_t>(kMaxFieldNumber)) {
    return fail(Status::bad_field_number, start);
  }
  field = Field{};
  field.number = static_cast<FieldNumber>(number);
  field.type = static_cast<WireType>(raw & 7);
  field.offset = static_cast<size_t>(start - base_);
  return true;
}

bool Reader::read_fixed(Field& field, size_t width) {
  const std::string_view rest(pos_, static_cast<size_t>(end_ - pos_));
  if (rest.size() < width) return fail(Status::truncated, pos_);
  uint32_t v32 = 0;
  if (width == 4 && consume_fixed32(rest, v32)) field.value = v32;
  if (width == 8) consume_fixed64(rest, field.value);
  pos_ += width;
  return true;
}

bool Reader::read_length_delimited(Field& field) {
  const char* prefix = pos_;
  uint64_t length = 0;
  if (!read_varint(length)) return false;
  if (length > static_cast<uint64_t>(end_ - pos_)) return fail(Status::length_past_end, prefix);
  field.bytes = std::string_view(pos_, static_cast<size_t>(length));
  pos_ += length;
  return true;
}

bool Reader::read_value(Field& field) {
  switch (field.type) {
    case WireType::varint: return read_varint(field.value);
    case WireType::fixed32: return read_fixed(field, 4);
    case WireType::fixed64: return read_fixed(field, 8);
    case WireType::length_delimited: return read_length_delimited(field);
    case WireType::start_group:
    case WireType::end_group: return true;
  }
  return true;
}

bool Reader::close_group(const Field& field) {
  const char* tag = base_ + field.offset;
  if (group_ == 0) return fail(Status::unmatched_end_group, tag);
  if (field.number != group_) return fail(Status::mismatched_end_group, tag);
  closed_ = true;
  return false;
}

bool Reader::next(Field& field) {
  if (status_ != Status::ok || closed_) return false;
  if (pos_ == end_) return group_ == 0 ? false : fail(Status::truncated, pos_);
  if (!read_tag(field)) return false;
  if (field.type == WireType::end_group) return close_group(field);
  return read_value(field);
}

bool Reader::enter(const Field& field, std::string_view body, FieldNumber group, Reader& child) {
  if (status_ != Status::ok) return false;
  if (depth_ + 1 > limits_.max_depth) return fail(Status::too_deep, base_ + field.offset);
  child = Reader(base_, body.data(), body.data() + body.size(), depth_ + 1, group, limits_);
  return true;
}

bool Reader::enter_group(const Field& field, Reader& child) {
  return enter(field, std::string_view(pos_, static_cast<size_t>(end_ - pos_)), field.number, child);
}

bool Reader::enter_message(const Field& field, Reader& child) { return enter(field, field.bytes, 0, child); }

bool Reader::leave(const Reader& child) {
  assert(child.status_ != Status::ok || child.group_ == 0 || child.closed_);  // a group child must be read through
  if (child.status_ != Status::ok) {
    status_ = child.status_;
    error_offset_ = child.error_offset_;
    return false;
  }
  if (child.group_ != 0) pos_ = child.pos_;
  return true;
}

bool Reader::skip(const Field& field) {
  if (field.type != WireType::start_group) return status_ == Status::ok;
  Reader child;
  if (!enter_group(field, child)) return false;
  Field inner;
  while (child.next(inner)) {
    if (!child.skip(inner)) break;
  }
  return leave(child);
}

}  // namespace protoforge::wire
