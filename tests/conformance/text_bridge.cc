// Text format through runtime/text (see formats.h): printing as TextFormat::Printer does by default (Any not
// expanded). The parser is not in runtime/text yet, so text input is still answered `skipped`.
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

FormatSupport text_support() { return {.parse = false, .print = true}; }

FormatResult parse_text(const schema::Pool&, std::string_view, Message&) {
  return {false, "runtime/text has no parser yet"};
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
