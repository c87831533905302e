// What a successful compile writes: the FileDescriptorSet (-o) and the make-style dependency file
// (--dependency_out), both in protoc's exact format.
#pragma once

#include <string>
#include <vector>

#include "compiler/driver/compilation.h"

namespace protoforge::driver {

// The files of a descriptor set in protoc's output order: dependencies first, each once; only the inputs unless
// `include_imports`.
std::vector<const link::LinkedFile*> output_order(const Compilation& compilation, bool include_imports);

// Returns "" on success or an error message naming the file that could not be written.
std::string write_descriptor_set(const Compilation& compilation, const CommandLine& command_line);
// The targets are the generated files (`generated`, from run_generators) and then the descriptor set, as protoc
// lists them.
std::string write_dependency_file(const Compilation& compilation, const CommandLine& command_line,
                                  const std::vector<std::string>& generated);

}  // namespace protoforge::driver
