// Whole-file input and output for the toolkit subcommands. Messages are small enough to hold in memory, and the
// decoders need the whole input anyway (offsets in errors count from its first byte). Errors are returned as
// text naming the file, never thrown.
#pragma once

#include <iosfwd>
#include <string>

namespace protoforge::toolkit {

// How a file is named in messages: its path, or "<stdin>" for standard input ("" or "-").
std::string display_name(const std::string& path);

// Reads all of `path` (standard input when `path` is "" or "-") into `out`. Returns "" or the error.
std::string read_input(const std::string& path, std::string& out);

// Writes `bytes` to `path`, or to `stdout_stream` when `path` is "" or "-". Returns "" or the error.
std::string write_output(const std::string& path, const std::string& bytes, std::ostream& stdout_stream);

}  // namespace protoforge::toolkit
