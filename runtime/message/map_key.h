// Map keys as comparable bytes, for keeping keys unique, comparing maps as sets and ordering entries the way
// deterministic serialization and the text printer do.
#pragma once

#include <string>

#include "runtime/message/message.h"

namespace protoforge::message {

// The key of a map entry as bytes that are equal exactly when the keys are equal.
std::string map_key_bytes(const Message& entry);

// Orders two entries of the same map by key as protobuf does: numerically (signed or unsigned by the key's
// kind), false before true, strings bytewise.
bool map_key_less(const Message& a, const Message& b);

}  // namespace protoforge::message
