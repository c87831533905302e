// Dropping the unknown fields of a message tree (libprotobuf's DiscardUnknownFields): what a printer that hides
// unknown fields needs, since the printers themselves always show them.
#pragma once

#include "runtime/message/message.h"

namespace protoforge::message {

// Clears the unknown fields of `message` and of every sub-message, map values and extensions included. Nesting is
// bounded by how the message was built (the parsers' depth limits).
void discard_unknown_fields(Message& message);

}  // namespace protoforge::message
