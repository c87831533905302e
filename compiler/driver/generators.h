// Runs the code generators that --NAME_out flags ask for, after a successful compile, and writes their files.
// Built in: cpp (protoforge's C++ generator, plugins/cpp). Every other NAME runs the protoc plugin
// protoc-gen-NAME (--plugin=protoc-gen-NAME=PATH, --plugin=PATH, or PATH lookup) over protoc's plugin protocol.
//
// The generators run concurrently (a thread each, as many at once as there are cores); their results are then
// applied in command-line order, so insertion points and error messages are what protoc's sequential run gives.
// Nothing is written unless every generator succeeded.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "compiler/driver/compilation.h"

namespace protoforge::driver {

// Returns false after printing protoc-style errors ("--NAME_out: message") to `errors`. `written` receives the
// written paths in protoc's order for --dependency_out: by output location, then by name.
bool run_generators(const Compilation& compilation, const CommandLine& command_line, std::ostream& errors,
                    std::vector<std::string>& written);

}  // namespace protoforge::driver
