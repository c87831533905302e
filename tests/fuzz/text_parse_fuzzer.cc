// libFuzzer target over the text-format parser: any bytes are parsed as the text of a message type the input
// picks (fuzz_schema.h), with every ReservedPolicy. Parsing must stop with errors, never crash. When it succeeds,
// the message is printed (multi-line or single-line, Any expanded or not: bits 3 and 4 of byte 0) and the text
// parsed again: that must succeed, give an equal message, and print the same text again. A mismatch aborts.
#include <cstddef>
#include <cstdint>
#include <string>

#include "runtime/text/parser.h"
#include "runtime/text/printer.h"
#include "tests/fuzz/fuzz_schema.h"
#include "tests/fuzz/round_trip.h"

namespace {

using namespace protoforge;

[[noreturn]] void fail(std::string_view what, std::string_view detail = {}) {
  fuzz::die("fuzz-text-parse", what, detail);
}

std::string first_error(const text::ParseResult& result) {
  if (result.errors.empty()) return "";
  const text::ParseError& e = result.errors.front();
  return std::to_string(e.line) + ":" + std::to_string(e.column) + ": " + e.message;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::FuzzInput in;
  if (!fuzz::split_input(data, size, in)) return 0;
  text::ParseOptions parse_options;
  parse_options.pool = &fuzz::fuzz_pool();
  parse_options.reserved = in.options.reserved;
  text::PrintOptions print_options;
  print_options.single_line = (in.flags & 8) != 0;
  print_options.expand_any = (in.flags & 16) != 0;
  print_options.pool = &fuzz::fuzz_pool();

  message::Message first(*in.type);
  const text::ParseResult result = text::parse(in.payload, first, parse_options);
  const std::string printed = text::print(first, print_options);  // a partial message must print too
  if (!result.ok()) return 0;

  message::Message second(*in.type);
  const text::ParseResult again = text::parse(printed, second, parse_options);
  if (!again.ok()) fail("the printer's output does not parse", first_error(again));
  if (!fuzz::equal_through_binary(first, second)) fail("parsing the printer's output gives a different message");
  if (text::print(second, print_options) != printed) fail("printing the re-parsed message gives other text");
  return 0;
}
