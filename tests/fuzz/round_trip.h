// Checks shared by the message-level fuzz targets: how a target reports a broken round trip, and message
// equality that does not depend on how a message was built.
#pragma once

#include <string_view>

#include "runtime/message/message.h"

namespace protoforge::fuzz {

// Prints "TARGET: WHAT[: DETAIL]" and aborts, so that libFuzzer keeps the input as a crash.
[[noreturn]] void die(std::string_view target, std::string_view what, std::string_view detail = {});

// Whether `a` and `b` are equal once each went through the binary codec (encode, then decode with no UTF-8 check):
// map entries a text parser kept as written, duplicate keys included, then count once with the last one
// winning, and equality stays field by field (NaN equals NaN, unlike comparing encodings).
bool equal_through_binary(const message::Message& a, const message::Message& b);

}  // namespace protoforge::fuzz
