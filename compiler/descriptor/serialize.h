// Serializes descriptor messages exactly as libprotobuf does: fields in field-number order, packed repeated
// int32 in SourceCodeInfo, options as their already-encoded bytes.
#pragma once

#include <string>
#include <vector>

#include "compiler/descriptor/descriptor.h"

namespace protoforge::descriptor {

void append_file(std::string& out, const FileDescriptorProto& file);
// A FileDescriptorSet holding `files` in the given order.
std::string serialize_file_set(const std::vector<const FileDescriptorProto*>& files);

}  // namespace protoforge::descriptor
