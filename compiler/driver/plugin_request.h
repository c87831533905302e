// The CodeGeneratorRequest protoforge sends a plugin, byte for byte what protoc 3.21 sends for the same command
// line: the files to generate, the parameter, protoc's compiler_version (3.21.12, whose protocol we speak), and
// every file of the inputs' import closure in dependency order, each with source info and every field's
// json_name (protoc's CopyJsonNameTo).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "runtime/descriptor/descriptor.h"

namespace protoforge::driver {

// One proto_file entry: `file` with json names filled, and `encoded_source_info` (a SourceCodeInfo body) when
// not empty, else the file's own source_code_info.
std::string plugin_file_entry(const descriptor::FileDescriptorProto& file, std::string_view encoded_source_info);

std::string build_plugin_request(const std::vector<std::string>& files_to_generate, std::string_view parameter,
                                 const std::vector<const std::string*>& file_entries);

}  // namespace protoforge::driver
