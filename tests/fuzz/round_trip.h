// Checks shared by the message-level fuzz targets: how a target reports a broken round trip, and message
// equality that does not depend on how a message was built.
#pragma once

#include <functional>
#include <string_view>

#include "runtime/message/message.h"

namespace protoforge::fuzz {

// Prints "TARGET: WHAT[: DETAIL]" and aborts, so that libFuzzer keeps the input as a crash.
[[noreturn]] void die(std::string_view target, std::string_view what, std::string_view detail = {});

// Whether `a` and `b` are equal once each went through the binary codec (encode, then decode with no UTF-8 check):
// map entries a text parser kept as written, duplicate keys included, then count once with the last one
// winning, and equality stays field by field (NaN equals NaN, unlike comparing encodings).
bool equal_through_binary(const message::Message& a, const message::Message& b);

// Whether `holds` is true of `m` or of any message under it (singular, repeated and map-entry sub-messages,
// extensions included): for telling the inputs where a round trip may change a message by design.
bool any_in_tree(const message::Message& m, const std::function<bool(const message::Message&)>& holds);

}  // namespace protoforge::fuzz
