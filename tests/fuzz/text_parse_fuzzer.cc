// libFuzzer target over the text-format parser: any bytes are parsed as the text of a message type the input
// picks (fuzz_schema.h), with every ReservedPolicy. Parsing must stop with errors, never crash. When it succeeds,
// the message is printed (multi-line or single-line, Any expanded or not: bits 3 and 4 of byte 0) and the text
// parsed again: that must succeed, give an equal message (but for Any values rewritten by design, see below), and
// print the same text again. A mismatch aborts.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "runtime/message/map_key.h"
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

// With Any expanded, the printer writes an Any's value as the message it decodes to (libprotobuf's PrintAny) and
// the parser serializes that message again, so a value the parser would not have written itself comes back
// changed, as it does in libprotobuf 3.21:
//   rewritten: bytes in another encoding (a `value: "..."` with other field order, packing, long varints, ...),
//     map entries out of key order (printed sorted) or a NaN (printed `nan`, read back as the default NaN): the
//     message changes once, and the second round trip is the fixpoint that must hold;
//   unreadable: unknown fields, printed by number, which text format does not read back: the text need not parse.
// A value the parser wrote (an expanded Any in the input) is `kept`, and must round-trip exactly.
enum class AnyRoundTrip { kept, rewritten, unreadable };

AnyRoundTrip any_round_trip(const message::Message& m);

bool is_nan(const schema::Field& f, schema::Scalar x) {
  if (f.kind == schema::Kind::float_) return std::isnan(x.as_float());
  return f.kind == schema::Kind::double_ && std::isnan(x.as_double());
}

// Whether printing changes a field of `m` itself (not of its sub-messages): map entries out of key order, a NaN.
bool printed_differently(const message::Message& m) {
  bool found = false;
  m.for_each_set_field([&](const schema::Field& f, const message::FieldValue& v) {
    if (const auto* one = std::get_if<schema::Scalar>(&v)) found = found || is_nan(f, *one);
    if (const auto* many = std::get_if<std::vector<schema::Scalar>>(&v)) {
      found = found || std::any_of(many->begin(), many->end(), [&](schema::Scalar x) { return is_nan(f, x); });
    }
    const auto* entries = std::get_if<std::vector<message::MessagePtr>>(&v);
    if (!f.is_map() || entries == nullptr) return;
    for (size_t i = 1; i < entries->size(); ++i) {
      found = found || message::map_key_less(*(*entries)[i], *(*entries)[i - 1]);
    }
  });
  return found;
}

AnyRoundTrip value_round_trip(const message::Message& any) {
  const std::optional<message::Message> value = text::expanded_any_value(any, fuzz::fuzz_pool());
  if (!value) return AnyRoundTrip::kept;
  if (fuzz::any_in_tree(*value, [](const message::Message& m) { return !m.unknown_fields().empty(); })) {
    return AnyRoundTrip::unreadable;
  }
  const AnyRoundTrip inner = any_round_trip(*value);
  if (inner == AnyRoundTrip::unreadable) return inner;
  message::EncodeOptions as_parsed;
  as_parsed.deterministic = false;  // as the parser serializes a value
  if (message::encode(*value, as_parsed) != any.string(*any.type().find_field(2))) return AnyRoundTrip::rewritten;
  return fuzz::any_in_tree(*value, printed_differently) ? AnyRoundTrip::rewritten : inner;
}

// The worst of the Anys in `m`'s tree, their values' Anys included.
AnyRoundTrip any_round_trip(const message::Message& m) {
  AnyRoundTrip worst = AnyRoundTrip::kept;
  fuzz::any_in_tree(m, [&](const message::Message& x) {
    if (x.type().well_known == schema::WellKnown::any) worst = std::max(worst, value_round_trip(x));
    return worst == AnyRoundTrip::unreadable;  // nothing worse to find
  });
  return worst;
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
  const AnyRoundTrip anys = print_options.expand_any ? any_round_trip(first) : AnyRoundTrip::kept;
  if (anys == AnyRoundTrip::unreadable) return 0;  // see above: the text need not parse

  message::Message second(*in.type);
  const text::ParseResult again = text::parse(printed, second, parse_options);
  if (!again.ok()) fail("the printer's output does not parse", first_error(again));
  const std::string reprinted = text::print(second, print_options);
  if (anys == AnyRoundTrip::rewritten) {  // see above: the second round trip must be a fixpoint
    message::Message third(*in.type);
    if (!text::parse(reprinted, third, parse_options).ok() || !fuzz::equal_through_binary(second, third)) {
      fail("no fixpoint after two rounds");
    }
  } else if (!fuzz::equal_through_binary(first, second)) {
    fail("parsing the printer's output gives a different message");
  }
  if (reprinted != printed) fail("printing the re-parsed message gives other text");
  return 0;
}
