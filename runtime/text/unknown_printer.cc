// Unknown fields as protoc's TextFormat::Printer prints them: the field number as the name, values by wire type.
#include <cinttypes>
#include <cstdio>
#include <string>

#include "runtime/strings/escape.h"
#include "runtime/text/internal/unknown_fields.h"
#include "runtime/text/printer.h"

namespace protoforge::text {

namespace internal {

bool is_well_formed(std::string_view bytes, int max_depth) {
  wire::Limits limits;
  limits.max_depth = max_depth;
  wire::Reader reader(bytes, limits);
  wire::Field field;
  while (reader.next(field)) {
    if (!reader.skip(field)) return false;
  }
  return reader.status() == wire::Status::ok;
}

namespace {

void write_hex(TextWriter& writer, const std::string& name, const char* format, uint64_t value) {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, format, value);
  writer.begin_value(name).append(buffer);
  writer.end_value();
}

void write_length_delimited(TextWriter& writer, const std::string& name, std::string_view bytes, int budget) {
  // protoc parses the value as an UnknownFieldSet with the remaining budget as its recursion limit first.
  if (!bytes.empty() && budget > 0 && is_well_formed(bytes, budget)) {
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

void write_unknown_fields(TextWriter& writer, wire::Reader& reader, int budget) {
  wire::Field field;
  while (reader.next(field)) {
    const std::string name = std::to_string(field.number);
    switch (field.type) {
      case wire::WireType::varint:
        writer.begin_value(name).append(std::to_string(field.value));
        writer.end_value();
        break;
      case wire::WireType::fixed32: write_hex(writer, name, "0x%08" PRIx64, field.value); break;
      case wire::WireType::fixed64: write_hex(writer, name, "0x%016" PRIx64, field.value); break;
      case wire::WireType::length_delimited: write_length_delimited(writer, name, field.bytes, budget); break;
      case wire::WireType::start_group: {
        wire::Reader group;
        if (!reader.enter_group(field, group)) return;
        writer.begin_block(name);
        write_unknown_fields(writer, group, budget - 1);
        writer.end_block();
        if (!reader.leave(group)) return;
        break;
      }
      case wire::WireType::end_group: return;  // the reader reports end-group tags as the end, never as a field
    }
  }
}

void write_unknown_fields(TextWriter& writer, std::string_view bytes, int budget) {
  wire::Reader reader(bytes);
  write_unknown_fields(writer, reader, budget);
}

}  // namespace internal

std::optional<std::string> print_unknown_fields(std::string_view bytes, const PrintOptions& options) {
  // protoc parses the whole input first (groups up to its recursion limit of 100) and prints nothing if that fails.
  if (!internal::is_well_formed(bytes, wire::Limits{}.max_depth)) return std::nullopt;
  std::string out;
  internal::TextWriter writer(out, options.single_line);
  internal::write_unknown_fields(writer, bytes, internal::kUnknownFieldBudget);
  writer.finish();
  return out;
}

}  // namespace protoforge::text
