// Direction 3 of the differential test: text format. The printers must agree byte for byte (protoc --decode
// parity), with Any as type_url/value and expanded; each side must read the other's text back to the message.
#include "runtime/text/parser.h"
#include "runtime/text/printer.h"
#include "tests/differential/checks.h"

namespace protoforge::differential {

namespace {

std::string errors_of(const text::ParseResult& r) {
  std::string out;
  for (const auto& e : r.errors) out += std::to_string(e.line) + ":" + std::to_string(e.column) + ": " + e.message + "\n";
  return out;
}

// Both printers on the message with unknown fields, Any expanded or not.
void check_printers(const Case& c, const pb::Message& original, const message::Message& decoded, bool expand_any,
                    Results& results) {
  oracle::TextPrintOptions oracle_options;
  oracle_options.expand_any = expand_any;
  std::string expected;
  oracle::to_text(original, &expected, oracle_options);
  text::PrintOptions options;
  options.expand_any = expand_any;
  options.pool = &c.sides.pool;
  const std::string actual = text::print(decoded, options);
  results.record(expand_any ? "text.print_expanded_any" : "text.print", c, actual == expected,
                 [&] { return text_difference("libprotobuf", expected, "protoforge", actual); });
}

// libprotobuf's text read by protoforge must encode to libprotobuf's bytes, and protoforge's text read by
// libprotobuf must equal the message.
void check_parsers(const Case& c, const pb::Message& plain, const message::Message& decoded, bool expand_any,
                   Results& results) {
  const std::string suffix = expand_any ? "_expanded_any" : "";
  oracle::TextPrintOptions oracle_options;
  oracle_options.expand_any = expand_any;
  std::string oracle_text_form;
  oracle::to_text(plain, &oracle_text_form, oracle_options);
  // The reference is libprotobuf's own parse of its text, not `plain`: text cannot carry a NaN's sign and payload.
  auto oracle_parsed = c.sides.oracle->new_message(*c.type.oracle);
  const oracle::Status oracle_read = oracle::from_text(oracle_text_form, oracle_parsed.get());
  const std::string expected = oracle_bytes(*oracle_parsed);
  message::Message parsed(*c.type.forge);
  text::ParseOptions parse_options;
  parse_options.pool = &c.sides.pool;
  const text::ParseResult r = text::parse(oracle_text_form, parsed, parse_options);
  const std::string actual = r.ok() ? message::encode(parsed) : "";
  results.record("text.parse_identical" + suffix, c, oracle_read && r.ok() && actual == expected, [&] {
    if (!oracle_read) return "libprotobuf rejects its own text: " + oracle_read.error;
    return (r.ok() ? byte_difference(expected, actual) : "protoforge rejects it:\n" + errors_of(r)) +
           "\nlibprotobuf's text:\n" + clip(oracle_text_form);
  });

  text::PrintOptions options;
  options.expand_any = expand_any;
  options.pool = &c.sides.pool;
  const std::string forge_text = text::print(decoded, options);
  auto back = c.sides.oracle->new_message(*c.type.oracle);
  const oracle::Status read = oracle::from_text(forge_text, back.get());
  results.record("text.reparsed_equal" + suffix, c, read && oracle::equals(plain, *back), [&] {
    return (read ? oracle::differences(plain, *back) : "libprotobuf rejects it: " + read.error) +
           "\nprotoforge's text:\n" + clip(forge_text);
  });
}

}  // namespace

void check_text(const Case& c, const pb::Message& original, const pb::Message& plain, Results& results) {
  message::Message decoded(*c.type.forge);
  if (message::decode(oracle_bytes(original), decoded).ok()) {  // a failure is check_binary's to report
    check_printers(c, original, decoded, false, results);
    check_printers(c, original, decoded, true, results);
  }
  message::Message decoded_plain(*c.type.forge);
  if (message::decode(oracle_bytes(plain), decoded_plain).ok()) {
    check_parsers(c, plain, decoded_plain, false, results);
    check_parsers(c, plain, decoded_plain, true, results);
  }
}

}  // namespace protoforge::differential
