// Reading and writing one message in any of the three forms (binary, text format, JSON), with the toolkit's
// settings, and every problem turned into one line of text. Each form lives in its own file; this header is the
// one place the subcommands meet them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compiler/toolkit/options.h"
#include "runtime/message/message.h"

namespace protoforge::toolkit {

struct ReadSettings {
  std::string input_name;  // as shown in messages: the path, or "<stdin>"
  int max_depth = 100;
  ReservedMode reserved = ReservedMode::warn;
  bool ignore_unknown = false;
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
WriteOutcome write_message(Format format, const message::Message& message, const JsonStyle& style);

// The per-form halves behind read_message / write_message.
ReadOutcome read_binary(std::string_view input, message::Message& into, const ReadSettings& settings);
ReadOutcome read_text(std::string_view input, message::Message& into, const ReadSettings& settings);
ReadOutcome read_json(std::string_view input, message::Message& into, const ReadSettings& settings);
WriteOutcome write_text(const message::Message& message);
WriteOutcome write_json(const message::Message& message, const JsonStyle& style);

// Schema-less printing of binary input, as protoc --decode_raw.
WriteOutcome decode_raw(std::string_view input, const ReadSettings& settings);

}  // namespace protoforge::toolkit
