// The binary half of codec.h: message::decode with the toolkit's limits, and reserved field numbers reported
// with where they were met.
#include "compiler/toolkit/codec.h"
#include "runtime/message/binary.h"

namespace protoforge::toolkit {

namespace {

message::ReservedPolicy policy_of(ReservedMode mode) {
  switch (mode) {
    case ReservedMode::ignore: return message::ReservedPolicy::ignore;
    case ReservedMode::warn: return message::ReservedPolicy::report;
    case ReservedMode::error: return message::ReservedPolicy::reject;
  }
  return message::ReservedPolicy::ignore;
}

// "reserved field number 7 at byte 30 in field items[2]": the same shape as DecodeResult::describe(), with the
// number, which says which retired field the data came from.
std::string describe(const message::ReservedUse& use) {
  std::string out = "reserved field number " + std::to_string(use.number) + " at byte " + std::to_string(use.offset);
  if (!use.path.empty()) out += " in field " + use.path;
  return out;
}

}  // namespace

ReadOutcome read_binary(std::string_view input, message::Message& into, const ReadSettings& settings) {
  message::DecodeOptions options;
  options.limits.max_depth = settings.max_depth;
  options.reserved = policy_of(settings.reserved);
  const message::DecodeResult result = message::decode(input, into, options);
  ReadOutcome outcome;
  if (result.status == message::DecodeStatus::reserved_field && !result.reserved.empty()) {
    outcome.error = settings.input_name + ": " + describe(result.reserved.front());
    return outcome;
  }
  if (!result.ok()) {
    outcome.error = settings.input_name + ": " + result.describe();
    return outcome;
  }
  for (const auto& use : result.reserved) outcome.warnings.push_back(settings.input_name + ": " + describe(use));
  return outcome;
}

}  // namespace protoforge::toolkit
