// A validating cursor over wire-format bytes. It never allocates and never reads past its input: every field it
// yields has been checked (tag, value, length), and the first problem stops it with a Status and a byte offset.
// Nesting (groups, sub-messages) is handled by child readers that live on the caller's stack, so the depth limit
// bounds the caller's recursion too.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "runtime/wire/wire_format.h"

namespace protoforge::wire {

enum class Status : uint8_t {
  ok,
  truncated,             // input ends inside a tag, value, or an open group
  varint_too_long,       // more than 10 bytes, or a 10th byte that overflows 64 bits
  bad_wire_type,         // wire type 6 or 7
  bad_field_number,      // field number 0 or above kMaxFieldNumber
  length_past_end,       // a length prefix that runs past the end of the enclosing input
  unmatched_end_group,   // end-group tag outside any group
  mismatched_end_group,  // end-group tag whose number differs from the open group's
  too_deep,              // nesting deeper than Limits::max_depth
  too_large,             // whole input longer than Limits::max_size
};
std::string_view to_string(Status status);

struct Limits {
  int max_depth = 100;                 // protoc's default recursion limit
  size_t max_size = size_t{1} << 31;   // 2 GiB, protobuf's hard message size limit
};

// One field as read. `offset` is the byte offset of its tag from the start of the outermost input.
struct Field {
  FieldNumber number = 0;
  WireType type = WireType::varint;
  uint64_t value = 0;       // varint, fixed32 (zero-extended) or fixed64 bits
  std::string_view bytes;   // length_delimited payload, viewing the reader's input
  size_t offset = 0;
};

// Lifetime: the reader and every Field::bytes view the caller's buffer, which must outlive them.
class Reader {
 public:
  Reader() = default;
  // Top-level reader. Fails with too_large (offset = max_size) if `in` exceeds limits.max_size.
  explicit Reader(std::string_view in, Limits limits = {});

  // Reads the next field into `field`. Returns false at the end of this reader's input (or at the end-group tag
  // that closes it) with status() ok, or on an error. start_group/end_group fields are yielded with no value;
  // a start_group must then be passed to skip() or enter_group() before calling next() again.
  bool next(Field& field);

  // Skips the rest of `field`, which next() just returned: a no-op except for start_group, which is consumed
  // through its matching end-group (nested groups checked and counted against the depth limit).
  bool skip(const Field& field);

  // Child reader over a start_group field's body; ends at its matching end-group. Call leave() when done.
  bool enter_group(const Field& field, Reader& child);
  // Child reader over a length_delimited field's payload, parsed as a message one level deeper.
  bool enter_message(const Field& field, Reader& child);
  // Takes over a finished child's position (groups) or its error. Returns false if the child failed.
  // Precondition: the child's next() has returned false (a group child must have met its end-group).
  bool leave(const Reader& child);

  Status status() const { return status_; }
  size_t error_offset() const { return error_offset_; }
  size_t offset() const { return static_cast<size_t>(pos_ - base_); }
  bool at_end() const { return pos_ == end_; }
  int depth() const { return depth_; }

 private:
  Reader(const char* base, const char* begin, const char* end, int depth, FieldNumber group, Limits limits);
  bool fail(Status status, const char* at);
  bool read_varint(uint64_t& value);
  bool read_tag(Field& field);
  bool read_fixed(Field& field, size_t width);
  bool read_length_delimited(Field& field);
  bool read_value(Field& field);
  bool close_group(const Field& field);
  bool enter(const Field& field, std::string_view body, FieldNumber group, Reader& child);

  const char* base_ = nullptr;  // start of the outermost input, for offsets
  const char* pos_ = nullptr;
  const char* end_ = nullptr;
  int depth_ = 0;
  FieldNumber group_ = 0;       // number of the group this reader is inside, 0 if none
  bool closed_ = false;         // a group reader that has met its end-group
  Limits limits_;
  Status status_ = Status::ok;
  size_t error_offset_ = 0;
};

}  // namespace protoforge::wire
