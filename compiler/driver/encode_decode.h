// protoc's --encode, --decode and --decode_raw: after the .proto files are compiled, one message moves between
// standard input and standard output in binary or text format, with protoc 3.21's messages on the error stream
// (parse errors as `input:LINE:COL: message`, "Failed to parse input.", "Type not defined: X", the warning about
// missing required fields, and the lines libprotobuf logs on the way) and its exit codes.
#pragma once

#include <istream>
#include <ostream>

#include "compiler/driver/command_line.h"

namespace protoforge::driver {

// Runs the codec `command_line.codec` names (not Codec::none). Returns the process exit code.
int run_codec(const CommandLine& command_line, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace protoforge::driver
