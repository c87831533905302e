// The binary half of codec.h: message::decode with the toolkit's limits, and reserved field numbers reported
// with where they were met.
#include "compiler/toolkit/codec.h"
#include "runtime/message/binary.h"

namespace protoforge::toolkit {

namespace {

// "reserved field number 7 at byte 30 in field items[2]": DecodeResult::describe()'s shape, with the number,
// which says which retired field the data came from.
std::string describe(const message::ReservedUse& use) {
  return located("reserved field number " + std::to_string(use.number), use.offset, use.path);
}

}  // namespace

ReadOutcome read_binary(std::string_view input, message::Message& into, const ReadSettings& settings) {
  message::DecodeOptions options;
  options.limits.max_depth = settings.max_depth;
  options.reserved = reserved_policy(settings.reserved);
  const message::DecodeResult result = message::decode(input, into, options);
  return outcome_of(result, result.status == message::DecodeStatus::reserved_field, settings,
                    [](const message::ReservedUse& use) { return describe(use); });
}

}  // namespace protoforge::toolkit
