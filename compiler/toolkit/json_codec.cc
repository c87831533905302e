// The JSON half of codec.h, over runtime/json: the toolkit's options mapped onto its print and parse options,
// and reserved names reported as the binary half reports reserved numbers.
#include "compiler/toolkit/codec.h"
#include "runtime/json/json.h"

namespace protoforge::toolkit {

namespace {

// `reserved field name "legacy_code" at byte 30 in field items[0]`, as the binary half reports numbers.
std::string describe(const json::ReservedName& use) {
  return located("reserved field name \"" + use.name + "\"", use.offset, use.path);
}

}  // namespace

ReadOutcome read_json(std::string_view input, message::Message& into, const ReadSettings& settings) {
  json::ParseOptions options;
  options.ignore_unknown_fields = settings.ignore_unknown;
  options.reserved = reserved_policy(settings.reserved);
  options.max_depth = settings.max_depth;
  options.type_registry = settings.pool;
  options.allow_partial = true;  // missing required fields are a warning here, as for the other forms
  const json::ParseResult result = json::parse(input, into, options);
  return outcome_of(result, result.status == json::ParseStatus::reserved_field, settings,
                    [](const json::ReservedName& use) { return describe(use); });
}

WriteOutcome write_json(const message::Message& message, const JsonStyle& style, const schema::Pool& pool) {
  json::PrintOptions options;
  options.preserve_proto_field_names = style.proto_names;
  options.always_print_fields_with_no_presence = style.emit_defaults;
  options.enums_as_ints = style.enums_as_ints;
  options.pretty = style.pretty;
  options.type_registry = &pool;
  WriteOutcome outcome;
  const json::PrintResult result = json::print(message, outcome.bytes, options);
  if (!result.ok()) return {"", "cannot print as JSON: " + result.describe()};
  if (outcome.bytes.empty() || outcome.bytes.back() != '\n') outcome.bytes.push_back('\n');  // a complete line
  return outcome;
}

}  // namespace protoforge::toolkit
