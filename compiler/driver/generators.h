// Runs the code generators that --NAME_out flags ask for, after a successful compile, and writes their files.
// Built in: cpp (protoforge's C++ generator, plugins/cpp). Other names are protoc plugins (the plugin issue).
#pragma once

#include <string>
#include <vector>

#include "compiler/driver/compilation.h"

namespace protoforge::driver {

// Returns "" on success, or protoc-style "--NAME_out: message". All generators run before anything is written,
// so a failing generator leaves no partial output. `written` receives the files' paths in protoc's order for
// --dependency_out: by output location, then by name within each.
std::string run_generators(const Compilation& compilation, const CommandLine& command_line,
                           std::vector<std::string>& written);

}  // namespace protoforge::driver
