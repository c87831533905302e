// libFuzzer target over the JSON parser: any bytes are parsed as the JSON of a message type the input picks
// (fuzz_schema.h), with every ReservedPolicy; bits of byte 0 choose the other options (2 pretty printing,
// 3 ignore_unknown_fields, 4 allow_partial, 5 proto field names, 6 fields without presence, 7 enums as numbers).
// Parsing must stop with a status, never crash. When it succeeds, the message is printed and the JSON parsed
// again: printing must succeed (what parses is printable, but for FieldMask paths, see below), the second parse
// too, giving an equal message (but for numbered NullValues, see below) that prints the same JSON again. A
// mismatch aborts.
#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "runtime/json/json.h"
#include "tests/fuzz/fuzz_schema.h"
#include "tests/fuzz/round_trip.h"

namespace {

using namespace protoforge;

[[noreturn]] void fail(std::string_view what, std::string_view detail = {}) {
  fuzz::die("fuzz-json-parse", what, detail);
}

// Whether a google.protobuf.NullValue field of `m` holds a number other than 0. The parser takes any number for
// one, as libprotobuf 3.21 does, but the printer writes every NullValue as `null`, which reads back as 0: such a
// message changes once, and the second round trip is the fixpoint that must hold.
bool has_numbered_null_value(const message::Message& m) {
  bool found = false;
  m.for_each_set_field([&](const schema::Field& f, const message::FieldValue& v) {
    if (!f.enum_type || f.enum_type->well_known != schema::WellKnown::null_value) return;
    if (const auto* one = std::get_if<schema::Scalar>(&v)) found = found || one->bits != 0;
    if (const auto* many = std::get_if<std::vector<schema::Scalar>>(&v)) {
      for (const schema::Scalar x : *many) found = found || x.bits != 0;
    }
  });
  return found;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::FuzzInput in;
  if (!fuzz::split_input(data, size, in)) return 0;
  json::ParseOptions parse_options;
  parse_options.reserved = in.options.reserved;
  parse_options.type_registry = &fuzz::fuzz_pool();
  parse_options.ignore_unknown_fields = (in.flags & 8) != 0;
  parse_options.allow_partial = (in.flags & 16) != 0;
  json::PrintOptions print_options;
  print_options.pretty = (in.flags & 4) != 0;
  print_options.preserve_proto_field_names = (in.flags & 32) != 0;
  print_options.always_print_fields_with_no_presence = (in.flags & 64) != 0;
  print_options.enums_as_ints = (in.flags & 128) != 0;
  print_options.type_registry = &fuzz::fuzz_pool();

  message::Message first(*in.type);
  const json::ParseResult result = json::parse(in.payload, first, parse_options);
  std::string printed;
  const json::PrintResult print_result = json::print(first, printed, print_options);  // partial: may fail, not crash
  if (!result.ok()) return 0;
  // The parser takes FieldMask paths that have no JSON form back ("a__B" reads as "a___b"), as libprotobuf 3.21
  // does, where the printer refuses them as invalid_value; any other print failure of a parsed message is a bug.
  if (print_result.status == json::PrintStatus::invalid_value) return 0;
  if (!print_result.ok()) fail("a parsed message does not print", print_result.describe());

  message::Message second(*in.type);
  const json::ParseResult again = json::parse(printed, second, parse_options);
  if (!again.ok()) fail("the printer's output does not parse", again.describe());
  std::string reprinted;
  if (!json::print(second, reprinted, print_options).ok()) fail("a re-parsed message does not print");
  if (fuzz::any_in_tree(first, has_numbered_null_value)) {  // see above: the second round trip must be a fixpoint
    message::Message third(*in.type);
    std::string third_printed;
    if (!json::parse(reprinted, third, parse_options).ok() || !fuzz::equal_through_binary(second, third) ||
        !json::print(third, third_printed, print_options).ok() || third_printed != reprinted) {
      fail("no fixpoint after two rounds");
    }
    return 0;
  }
  if (reprinted != printed) fail("printing the re-parsed message gives other JSON");
  if (!fuzz::equal_through_binary(first, second)) fail("parsing the printer's output gives a different message");
  return 0;
}
