// The friendly subcommands beside the protoc-compatible command line: `protoforge decode|encode|convert|
// decode-raw ...` (see docs/cli.md). main() hands over when its first argument names one of them.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace protoforge::toolkit {

// Whether `first_argument` selects the toolkit instead of the protoc-compatible path ("help" included).
bool handles(std::string_view first_argument);

// Runs one subcommand; `args` excludes the program name and starts with the subcommand. Returns the exit status
// (0, or 1 after one "error: ..." line on `err`). Never throws.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace protoforge::toolkit
