// Printing fields by number from raw wire bytes: the unknown fields of a message, and all of --decode_raw.
#pragma once

#include <string_view>

#include "runtime/text/internal/text_writer.h"

namespace protoforge::text::internal {

// How many levels of length-delimited values protoc's printer tries to expand as messages (its budget for
// unknown fields, counted down by groups too).
inline constexpr int kUnknownFieldBudget = 10;

// Prints fields read as libprotobuf reads unknown fields (loose_wire.h). Precondition: the bytes were checked
// before (decoded as a message's unknown fields, or validated by print_unknown_fields); if they are malformed
// after all, printing stops where they break.
void write_unknown_fields(TextWriter& writer, std::string_view bytes, int budget);

}  // namespace protoforge::text::internal
