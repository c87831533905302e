// The C++ generator's entry point, in the shape of a protoc plugin request: every file of the request in
// dependency order, the names to generate, and the parameter string. The built-in --cpp_out and the plugin
// executable both call this, so they cannot disagree.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "runtime/descriptor/descriptor.h"

namespace protoforge::cpp {

struct GeneratedFile {
  std::string name;     // relative to the output directory
  std::string content;
};

struct GeneratorResult {
  std::vector<GeneratedFile> files;
  std::string error;  // non-empty: nothing is to be written
};

GeneratorResult generate(const std::vector<descriptor::FileDescriptorProto>& files,
                         const std::vector<std::string>& files_to_generate, std::string_view parameter);

}  // namespace protoforge::cpp
