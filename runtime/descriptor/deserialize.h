// Reads serialized descriptor messages back into the descriptor model (for --descriptor_set_in and tests).
// Unknown fields are skipped; options messages are kept as their bytes. Returns false on malformed input.
#pragma once

#include <string_view>
#include <vector>

#include "runtime/descriptor/descriptor.h"

namespace protoforge::descriptor {

bool parse_file(std::string_view bytes, FileDescriptorProto& file);
bool parse_file_set(std::string_view bytes, std::vector<FileDescriptorProto>& files);

}  // namespace protoforge::descriptor
