// Serializes descriptor messages exactly as libprotobuf does: fields in field-number order, packed repeated
// int32 in SourceCodeInfo, options as their already-encoded bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "runtime/descriptor/descriptor.h"

namespace protoforge::descriptor {

// Appends `file`'s fields; `source_info`, when given, is written in place of file.source_code_info (so callers
// can attach SourceCodeInfo without copying the descriptor).
void append_file(std::string& out, const FileDescriptorProto& file, const SourceCodeInfo* source_info = nullptr);
// As above, with SourceCodeInfo given already serialized (the message body, without tag and length).
void append_file(std::string& out, const FileDescriptorProto& file, std::string_view encoded_source_info);

struct FileWithInfo {
  const FileDescriptorProto* file = nullptr;
  const SourceCodeInfo* source_info = nullptr;  // optional override, see append_file
};
// A FileDescriptorSet holding `files` in the given order.
std::string serialize_file_set(const std::vector<FileWithInfo>& files);

}  // namespace protoforge::descriptor
