#include "compiler/options/wire_record.h"

namespace protoforge::options {

namespace {

constexpr int kMaxGroupDepth = 100;

// Length of the group body starting at `in` (the bytes after the start tag), and the total including the
// end-group tag; false if there is no matching end tag.
bool measure_group(std::string_view in, wire::FieldNumber number, int depth, size_t& body, size_t& total) {
  std::string_view rest = in;
  while (!rest.empty()) {
    wire::FieldNumber n = 0;
    wire::WireType type{};
    size_t tag = wire::consume_tag(rest, n, type);
    if (tag == 0) return false;
    if (type == wire::WireType::end_group) {
      if (n != number) return false;
      body = in.size() - rest.size();
      total = body + tag;
      return true;
    }
    WireRecord inner;
    if (!next_record(rest, inner, depth + 1)) return false;
  }
  return false;
}

}  // namespace

bool next_record(std::string_view& in, WireRecord& record, int depth) {
  if (in.empty() || depth > kMaxGroupDepth) return false;
  wire::FieldNumber number = 0;
  wire::WireType type{};
  size_t tag = wire::consume_tag(in, number, type);
  if (tag == 0) return false;
  std::string_view after = in.substr(tag);
  size_t payload_offset = 0;
  size_t payload_size = 0;
  size_t used = 0;
  uint64_t ignored = 0;
  std::string_view bytes;
  switch (type) {
    case wire::WireType::varint:
      used = wire::consume_varint(after, ignored);
      payload_size = used;
      break;
    case wire::WireType::fixed64:
      used = after.size() >= 8 ? 8 : 0;
      payload_size = used;
      break;
    case wire::WireType::fixed32:
      used = after.size() >= 4 ? 4 : 0;
      payload_size = used;
      break;
    case wire::WireType::length_delimited:
      used = wire::consume_bytes(after, bytes);
      payload_offset = used - bytes.size();
      payload_size = bytes.size();
      break;
    case wire::WireType::start_group:
      if (!measure_group(after, number, depth, payload_size, used)) return false;
      break;
    case wire::WireType::end_group:
      return false;
  }
  if (used == 0) return false;
  record.number = number;
  record.type = type;
  record.payload = after.substr(payload_offset, payload_size);
  record.raw = in.substr(0, tag + used);
  in.remove_prefix(tag + used);
  return true;
}

}  // namespace protoforge::options
