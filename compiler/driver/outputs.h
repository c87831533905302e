// What a successful compile writes: the FileDescriptorSet (-o) and the make-style dependency file
// (--dependency_out), both in protoc's exact format.
#pragma once

#include <string>

#include "compiler/driver/compilation.h"

namespace protoforge::driver {

// Returns "" on success or an error message naming the file that could not be written.
std::string write_descriptor_set(const Compilation& compilation, const CommandLine& command_line);
std::string write_dependency_file(const Compilation& compilation, const CommandLine& command_line);

}  // namespace protoforge::driver
