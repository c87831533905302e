// The toolkit subcommands' command line (decode, encode, convert, decode-raw), parsed with CLI11 into plain
// values. Parsing never throws to the caller: help requests and errors come back as text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/toolkit/schema_source.h"

namespace protoforge::toolkit {

enum class Command { decode, encode, convert, decode_raw };
enum class Format { binary, text, json };
std::string_view to_string(Format format);

// What to do about fields the schema reserves (data written by an older version of it).
enum class ReservedMode { ignore, warn, error };

struct JsonStyle {
  bool proto_names = false;    // --json-names=proto: field names as declared, not lowerCamelCase
  bool emit_defaults = false;  // print fields that hold their default value
  bool enums_as_ints = false;
  bool pretty = false;         // indented, one field per line
};

struct Options {
  Command command = Command::decode;
  std::string type_name;  // empty for decode-raw
  std::string input;      // "" or "-": standard input
  std::string output;     // "" or "-": standard output
  Format from = Format::binary;
  Format to = Format::text;
  SchemaSource schema;
  JsonStyle json;
  ReservedMode reserved = ReservedMode::warn;
  bool ignore_unknown = false;  // JSON input: skip fields the schema does not know
  int max_depth = 100;
};

struct ParsedOptions {
  std::optional<Options> options;  // set when the command should run
  std::string help;                // set when help was asked for: print it and exit 0
  std::string error;               // set on a usage error (one line, no "error: " prefix)
};

// Whether `word` names a toolkit subcommand ("decode", "encode", "convert", "decode-raw").
bool is_subcommand(std::string_view word);

// `args` starts with the subcommand name. Words after a lone `--` are .proto files.
ParsedOptions parse_options(const std::vector<std::string>& args);

// The overview of all subcommands, for `protoforge help`.
std::string overview_text();

}  // namespace protoforge::toolkit
