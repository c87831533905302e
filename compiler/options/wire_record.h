// Reading encoded messages record by record (tag plus payload), including whole groups, for the checks and the
// re-serialization the option interpreter does on bytes it produced itself.
#pragma once

#include <string_view>

#include "runtime/wire/wire_format.h"

namespace protoforge::options {

struct WireRecord {
  wire::FieldNumber number = 0;
  wire::WireType type = wire::WireType::varint;
  std::string_view payload;  // varint/fixed bytes, the bytes inside a length prefix, or a group's body
  std::string_view raw;      // the whole record, tag included (through the end-group tag for groups)
};

// Reads the next record from `in` and advances it. Returns false at the end or on malformed input (then `in` is
// left unchanged); `depth` bounds group nesting.
bool next_record(std::string_view& in, WireRecord& record, int depth = 0);

}  // namespace protoforge::options
