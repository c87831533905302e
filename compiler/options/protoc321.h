// The options schema is today's editions-aware descriptor.proto, a superset of the one compiled into protoc 3.21.
// Files that are not editions files must see only 3.21's built-in options, so that e.g. `debug_redact` is an
// unknown option there exactly as in protoc 3.21.
#pragma once

#include <cstdint>
#include <string_view>

namespace protoforge::options {

// True if field `number` of built-in options message `options_type` (e.g. "google.protobuf.FieldOptions") was
// added after protoc 3.21.
bool is_newer_than_protoc_321(std::string_view options_type, int32_t number);

}  // namespace protoforge::options
