// Text format through runtime/text (see formats.h): parsing as TextFormat::Parser does (Any in either form),
// printing as TextFormat::Printer does by default (Any not expanded).
#include "runtime/message/discard_unknown.h"
#include "runtime/text/parser.h"
#include "runtime/text/printer.h"
#include "tests/conformance/formats.h"

namespace protoforge::conformance {

using message::Message;

FormatSupport text_support() { return {.parse = true, .print = true}; }

FormatResult parse_text(const schema::Pool& pool, std::string_view text, Message& into) {
  text::ParseOptions options;
  options.pool = &pool;
  const text::ParseResult result = text::parse(text, into, options);
  if (result.ok()) return {};
  FormatResult failure{false, ""};
  for (const text::ParseError& e : result.errors) {
    if (!failure.error.empty()) failure.error += "; ";
    failure.error += std::to_string(e.line) + ":" + std::to_string(e.column) + ": " + e.message;
  }
  return failure;
}

FormatResult print_text(const schema::Pool&, const Message& message, bool print_unknown_fields, std::string& out) {
  if (print_unknown_fields) {
    out = text::print(message);
    return {};
  }
  // libprotobuf's printer hides unknown fields at every level when asked to (SetHideUnknownFields); protoforge's
  // always prints them, so the testee prints a copy without them.
  Message copy(message);
  message::discard_unknown_fields(copy);
  out = text::print(copy);
  return {};
}

}  // namespace protoforge::conformance
