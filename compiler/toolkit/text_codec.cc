// The text-format half of codec.h, over runtime/text: parsing as protoc --encode parses, printing as protoc
// --decode prints, and decode-raw.
#include "compiler/toolkit/codec.h"
#include "runtime/text/parser.h"
#include "runtime/text/printer.h"
#include "runtime/wire/reader.h"

namespace protoforge::toolkit {

namespace {

// runtime/text only says whether raw bytes are a message; users need to know where they stop being one, so the
// top level is walked once more with the user's depth limit (groups nest; length-delimited values are guesses
// and never an error).
std::string find_malformation(std::string_view input, int max_depth) {
  wire::Limits limits;
  limits.max_depth = max_depth;
  wire::Reader reader(input, limits);
  wire::Field field;
  while (reader.next(field) && reader.skip(field)) {
  }
  if (reader.status() == wire::Status::ok) return "";
  return located(std::string(wire::to_string(reader.status())), reader.error_offset(), "");
}

}  // namespace

ReadOutcome read_text(std::string_view input, message::Message& into, const ReadSettings& settings) {
  text::ParseOptions options;
  options.pool = settings.pool;
  options.reserved = reserved_policy(settings.reserved);
  options.recursion_limit = settings.max_depth;
  const text::ParseResult result = text::parse(input, into, options);
  // protoc's own shape, `file:line:column: message`, which editors can jump to.
  const auto at = [&](const text::ParseError& e) {
    return settings.input_name + ":" + std::to_string(e.line) + ":" + std::to_string(e.column) + ": " + e.message;
  };
  ReadOutcome outcome;
  if (!result.ok()) {
    outcome.error = at(result.errors.front());  // later errors tend to follow from the first
    return outcome;
  }
  for (const auto& reserved : result.reserved) outcome.warnings.push_back(at(reserved));
  return outcome;
}

WriteOutcome write_text(const message::Message& message) { return {text::print(message), ""}; }

WriteOutcome decode_raw(std::string_view input, const ReadSettings& settings) {
  if (std::string where = find_malformation(input, settings.max_depth); !where.empty()) {
    return {"", settings.input_name + ": " + where};
  }
  std::optional<std::string> printed = text::print_unknown_fields(input);
  if (!printed) return {"", settings.input_name + ": not a well-formed message"};
  return {std::move(*printed), ""};
}

}  // namespace protoforge::toolkit
