// Unknown fields as protoc's TextFormat::Printer prints them: the field number as the name, values by wire type.
#include <cinttypes>
#include <cstdio>
#include <string>

#include "runtime/strings/escape.h"
#include "runtime/text/internal/unknown_fields.h"
#include "runtime/text/loose_wire.h"
#include "runtime/text/printer.h"
#include "runtime/wire/reader.h"

namespace protoforge::text {

namespace internal {

namespace {

void write_hex(TextWriter& writer, const std::string& name, const char* format, uint64_t value) {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, format, value);
  writer.begin_value(name).append(buffer);
  writer.end_value();
}

void write_length_delimited(TextWriter& writer, const std::string& name, std::string_view bytes, int budget) {
  // protoc parses the value as an UnknownFieldSet with the remaining budget as its recursion limit first.
  if (!bytes.empty() && budget > 0 && is_loose_message(bytes, budget)) {
    writer.begin_block(name);
    write_unknown_fields(writer, bytes, budget - 1);
    writer.end_block();
    return;
  }
  std::string& out = writer.begin_value(name);
  out.push_back('"');
  strings::append_c_escaped(out, bytes);
  out.push_back('"');
  writer.end_value();
}

}  // namespace

// Precondition: `bytes` passed is_loose_message (with groups to at least `budget` levels).
void write_unknown_fields(TextWriter& writer, std::string_view bytes, int budget) {
  LooseCursor cursor(bytes);
  LooseField field;
  while (cursor.next(field, wire::Limits{}.max_depth)) {
    const std::string name = std::to_string(field.number);
    switch (field.type) {
      case 0:
        writer.begin_value(name).append(std::to_string(field.value));
        writer.end_value();
        break;
      case 5: write_hex(writer, name, "0x%08" PRIx64, field.value); break;
      case 1: write_hex(writer, name, "0x%016" PRIx64, field.value); break;
      case 2: write_length_delimited(writer, name, field.bytes, budget); break;
      case 3:
        writer.begin_block(name);
        write_unknown_fields(writer, field.bytes, budget - 1);
        writer.end_block();
        break;
      default: return;
    }
  }
}

}  // namespace internal

std::optional<std::string> print_unknown_fields(std::string_view bytes, const PrintOptions& options) {
  // protoc parses the whole input first, with its message parser (groups up to its recursion limit of 100, tags
  // of at most five bytes), and prints nothing if that fails.
  constexpr int kMessageParserTagBytes = 5;
  if (!internal::is_loose_message(bytes, wire::Limits{}.max_depth, kMessageParserTagBytes)) return std::nullopt;
  std::string out;
  internal::TextWriter writer(out, options.single_line);
  internal::write_unknown_fields(writer, bytes, internal::kUnknownFieldBudget);
  writer.finish();
  return out;
}

}  // namespace protoforge::text
