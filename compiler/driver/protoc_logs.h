// Lines that libprotobuf 3.21 (as protoc links it) logs on stderr while --encode/--decode handle a message, kept
// byte for byte so that scripts comparing protoc's output see no difference. They are diagnostics of libprotobuf,
// not of protoc: their file:line prefixes name libprotobuf's sources.
#pragma once

#include <ostream>
#include <string_view>

#include "runtime/message/message.h"

namespace protoforge::driver {

// A string field (proto2 or proto3) whose bytes are not UTF-8, met while parsing binary or serializing.
void log_invalid_utf8(std::ostream& err, std::string_view field_full_name, bool serializing);

// What serializing `message` logs, in the order serialization meets it (fields by number, map entries sorted by
// key when `deterministic`, else as stored): each string field that is not UTF-8 and, when `deterministic`, each
// pair of neighbouring equal keys in a sorted map ("map keys are not unique").
void log_serializing(std::ostream& err, const message::Message& message, bool deterministic);

}  // namespace protoforge::driver
