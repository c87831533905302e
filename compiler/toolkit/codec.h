// Reading and writing one message in any of the three forms (binary, text format, JSON), with the toolkit's
// settings, and every problem turned into one line of text. Each form lives in its own file; this header is the
// one place the subcommands meet them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compiler/toolkit/options.h"
#include "runtime/message/binary.h"
#include "runtime/message/message.h"
#include "runtime/schema/pool.h"

namespace protoforge::toolkit {

struct ReadSettings {
  std::string input_name;  // as shown in messages: the path, or "<stdin>"
  int max_depth = 100;
  ReservedMode reserved = ReservedMode::warn;
  bool ignore_unknown = false;
  const schema::Pool* pool = nullptr;  // resolves google.protobuf.Any type URLs; not owned
};

// Errors and warnings are complete lines without the "error: " / "warning: " prefix, e.g.
// "order.bin: invalid wire type at byte 12 in field items[2].name".
struct ReadOutcome {
  std::string error;  // empty when the message was read
  std::vector<std::string> warnings;
  bool ok() const { return error.empty(); }
};

struct WriteOutcome {
  std::string bytes;
  std::string error;  // e.g. a value JSON cannot represent
  bool ok() const { return error.empty(); }
};

// Merges `input`, in `format`, into `into` (which is empty and of the wanted type).
ReadOutcome read_message(Format format, std::string_view input, message::Message& into, const ReadSettings& settings);
// `pool` resolves google.protobuf.Any type URLs for JSON (an Any holding an unknown type cannot be printed).
WriteOutcome write_message(Format format, const message::Message& message, const JsonStyle& style,
                           const schema::Pool& pool);

// "WHAT at byte OFFSET in field PATH" (without the last part at the top level): the shape of the runtime's own
// error lines, for the lines the toolkit writes itself.
std::string located(std::string what, size_t offset, const std::string& path);

// The runtime's policy for a --reserved mode (warn: report and carry on).
message::ReservedPolicy reserved_policy(ReservedMode mode);

// The outcome of a binary or JSON read, whose results share a shape: `ok()`, `describe()`, a reserved_field
// status and a `reserved` list. Under --reserved=error the reserved use is the error; under warn each is a warning.
template <typename Result, typename DescribeReserved>
ReadOutcome outcome_of(const Result& result, bool rejected_reserved, const ReadSettings& settings,
                       DescribeReserved&& describe_reserved) {
  ReadOutcome outcome;
  if (rejected_reserved && !result.reserved.empty()) {
    outcome.error = settings.input_name + ": " + describe_reserved(result.reserved.front());
  } else if (!result.ok()) {
    outcome.error = settings.input_name + ": " + result.describe();
  } else {
    for (const auto& use : result.reserved) outcome.warnings.push_back(settings.input_name + ": " + describe_reserved(use));
  }
  return outcome;
}

// The per-form halves behind read_message / write_message.
ReadOutcome read_binary(std::string_view input, message::Message& into, const ReadSettings& settings);
ReadOutcome read_text(std::string_view input, message::Message& into, const ReadSettings& settings);
ReadOutcome read_json(std::string_view input, message::Message& into, const ReadSettings& settings);
WriteOutcome write_text(const message::Message& message);
WriteOutcome write_json(const message::Message& message, const JsonStyle& style, const schema::Pool& pool);

// Schema-less printing of binary input, as protoc --decode_raw.
WriteOutcome decode_raw(std::string_view input, const ReadSettings& settings);

}  // namespace protoforge::toolkit
