// Default JSON names of fields, and filling them into descriptors as protoc's CopyJsonNameTo does (protoc sends
// plugins every field's json_name; generated code embeds descriptors in that same form).
#pragma once

#include <string>
#include <string_view>

#include "runtime/descriptor/descriptor.h"

namespace protoforge::descriptor {

// protobuf's default: underscores dropped, the ASCII letter after each one upper-cased.
std::string default_json_name(std::string_view field_name);
// Sets json_name on every field and extension of `file` that has none.
void fill_json_names(FileDescriptorProto& file);

}  // namespace protoforge::descriptor
