// Printing fields by number from raw wire bytes: the unknown fields of a message, and all of --decode_raw.
#pragma once

#include <string_view>

#include "runtime/text/internal/text_writer.h"
#include "runtime/wire/reader.h"

namespace protoforge::text::internal {

// How many levels of length-delimited values protoc's printer tries to expand as messages (its budget for
// unknown fields, counted down by groups too).
inline constexpr int kUnknownFieldBudget = 10;

// Whether `bytes` reads as one whole message with groups nested at most `max_depth` levels.
bool is_well_formed(std::string_view bytes, int max_depth);

// Prints the fields `reader` yields. Precondition: the bytes were checked as a message before (decoded, or
// print_unknown_fields validated them); if they are malformed after all, printing stops where they break.
void write_unknown_fields(TextWriter& writer, wire::Reader& reader, int budget);
void write_unknown_fields(TextWriter& writer, std::string_view bytes, int budget);

}  // namespace protoforge::text::internal
