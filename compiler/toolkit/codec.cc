#include "compiler/toolkit/codec.h"

#include "runtime/message/binary.h"

namespace protoforge::toolkit {

namespace {

// Required fields are checked after every form, as protoc's --encode/--decode do: a warning, not a failure,
// since the rest of the message is still worth seeing.
void check_required(const message::Message& message, const ReadSettings& settings, ReadOutcome& outcome) {
  const std::vector<std::string> missing = message::missing_required_fields(message);
  if (missing.empty()) return;
  std::string list;
  for (const auto& path : missing) list += (list.empty() ? "" : ", ") + path;
  outcome.warnings.push_back(settings.input_name + ": message is missing required fields: " + list);
}

}  // namespace

std::string located(std::string what, size_t offset, const std::string& path) {
  what += " at byte " + std::to_string(offset);
  if (!path.empty()) what += " in field " + path;
  return what;
}

message::ReservedPolicy reserved_policy(ReservedMode mode) {
  switch (mode) {
    case ReservedMode::ignore: return message::ReservedPolicy::ignore;
    case ReservedMode::warn: return message::ReservedPolicy::report;
    case ReservedMode::error: return message::ReservedPolicy::reject;
  }
  return message::ReservedPolicy::ignore;
}

ReadOutcome read_message(Format format, std::string_view input, message::Message& into, const ReadSettings& settings) {
  ReadOutcome outcome;
  switch (format) {
    case Format::binary: outcome = read_binary(input, into, settings); break;
    case Format::text: outcome = read_text(input, into, settings); break;
    case Format::json: outcome = read_json(input, into, settings); break;
  }
  if (outcome.ok()) check_required(into, settings, outcome);
  return outcome;
}

WriteOutcome write_message(Format format, const message::Message& message, const JsonStyle& style,
                           const schema::Pool& pool) {
  switch (format) {
    case Format::binary: return {message::encode(message), ""};
    case Format::text: return write_text(message);
    case Format::json: return write_json(message, style, pool);
  }
  return {"", "unknown output format"};
}

}  // namespace protoforge::toolkit
