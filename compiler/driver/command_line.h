// protoc-compatible command-line parsing: `protoforge [protoc flags] files...` means what it means to protoc.
// Flag syntax follows protoc: `--name=value` or `--name value`, one-dash flags take the rest of the word or the
// next word (`-Ipath`, `-I path`), `@file` expands to one argument per line. Errors are returned as text with
// protoc's wording, never thrown.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "compiler/diag/render.h"

namespace protoforge::driver {

// One `-I` entry: a virtual prefix mapped to a disk directory (`-Ivirtual=disk`; usually virtual is "").
struct ProtoPath {
  std::string virtual_prefix;
  std::string disk_path;
  bool operator==(const ProtoPath&) const = default;
};

// A code-generation request such as `--cpp_out=opts:dir`; kept for the generator and plugin issues.
struct OutputDirective {
  std::string name;        // "cpp" for --cpp_out
  std::string parameter;   // the part before ':' plus any --cpp_opt values, comma-joined
  std::string output_dir;  // directory or .zip/.jar path
  bool operator==(const OutputDirective&) const = default;
};

// protoc's modes besides compiling: --encode=TYPE (text on stdin, binary on stdout), --decode=TYPE (the reverse)
// and --decode_raw (binary in, its fields by number out, no schema).
enum class Codec { none, encode, decode, decode_raw };

struct CommandLine {
  std::vector<ProtoPath> proto_paths;  // protoc's default "." is added when none is given
  std::vector<std::string> input_files;
  std::string descriptor_set_out;
  std::vector<std::string> descriptor_set_in;
  std::string dependency_out;
  bool include_imports = false;
  bool include_source_info = false;
  bool fatal_warnings = false;
  bool print_free_field_numbers = false;
  bool show_help = false;
  bool show_version = false;
  diag::ErrorFormat error_format = diag::ErrorFormat::gcc;
  std::vector<OutputDirective> outputs;
  std::vector<std::pair<std::string, std::string>> output_options;  // --NAME_opt=VALUE as (NAME, VALUE), in order
  std::vector<std::pair<std::string, std::string>> plugins;  // --plugin=[NAME=]PATH
  std::vector<std::string> notices;  // non-fatal remarks protoc prints while parsing flags
  Codec codec = Codec::none;
  std::string codec_type;             // the message type named by --encode / --decode
  bool deterministic_output = false;  // --deterministic_output: --encode writes map entries sorted by key
};

struct ParseOutcome {
  std::optional<CommandLine> command_line;  // empty on error
  std::string error;                         // protoc's message when command_line is empty
  int exit_code = 1;                         // for errors: 1; for --help/--version handled by the caller
};

// `args` excludes the program name.
ParseOutcome parse_command_line(const std::vector<std::string>& args);

// The part of a command line that says where .proto files and descriptor sets come from: -I values and
// --descriptor_set_in values with protoc's meaning (virtual prefixes, ':'-lists, the current directory when
// neither is given), for tools that compile without protoc's other flags. Inputs are the caller's to add.
CommandLine schema_search_command_line(const std::vector<std::string>& proto_path_values,
                                       const std::vector<std::string>& descriptor_set_in_values);

// Generators compiled into protoforge (`cpp`); every other --NAME_out runs the plugin protoc-gen-NAME.
bool is_builtin_generator(std::string_view name);
// Whether any --NAME_out of the command line runs a plugin (the compile then keeps request entries).
bool uses_plugins(const CommandLine& command_line);

std::string help_text();
std::string version_text();

}  // namespace protoforge::driver
