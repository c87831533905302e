// Helpers of the bridges: a generated message's bytes as a dynamic message, and the required-field check.
#pragma once

#include <string_view>

#include "runtime/generated_reflect/result.h"
#include "runtime/message/message.h"

namespace protoforge::generated_reflect {

// Decodes `bytes` into `into` without checking UTF-8 (a generated setter does not check it either; the JSON
// printer refuses such strings itself, the text printer escapes them).
Result decode_bytes(std::string_view bytes, message::Message& into);

// Status::missing_required listing the unset required fields ("req, child.req"), or ok when all are set.
Result missing_required(const message::Message& message);

}  // namespace protoforge::generated_reflect
