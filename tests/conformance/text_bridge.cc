// Text format through runtime/text (see formats.h): parsing as TextFormat::Parser does (Any in either form),
// printing as TextFormat::Printer does by default (Any not expanded).
#include "runtime/text/parser.h"
#include "runtime/text/printer.h"
#include "tests/conformance/formats.h"

namespace protoforge::conformance {

using message::Message;

namespace {

void drop_unknown_fields(Message& m);

void drop_unknown_fields_in(Message& m, const schema::Field& f) {
  if (!f.is_message() || !m.has(f)) return;
  if (!f.is_repeated()) return drop_unknown_fields(m.mutable_message(f));
  for (message::MessagePtr& element : m.mutable_messages(f)) drop_unknown_fields(*element);
}

// libprotobuf's printer hides unknown fields at every level when asked to (SetHideUnknownFields); protoforge's
// always prints them, so the testee prints a copy without them. Nesting is bounded by the parsers' depth limits.
void drop_unknown_fields(Message& m) {
  m.mutable_unknown_fields().clear();
  for (const schema::Field& f : m.type().fields) drop_unknown_fields_in(m, f);
  for (const schema::Field* f : m.type().extensions()) drop_unknown_fields_in(m, *f);
}

}  // namespace

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
  Message copy(message);
  drop_unknown_fields(copy);
  out = text::print(copy);
  return {};
}

}  // namespace protoforge::conformance
