#include "compiler/driver/command_line.h"

#include <fstream>
#include <set>
#include <sstream>

namespace protoforge::driver {

namespace {

// Flags that never take a value (a following word is not consumed).
const std::set<std::string, std::less<>> kSwitches = {
    "-h", "--help", "--version", "--include_imports", "--include_source_info", "--fatal_warnings",
    "--print_free_field_numbers", "--decode_raw", "--deterministic_output", "--disallow_services",
    "--experimental_allow_proto3_optional", "--retain_options",
};

struct Flag {
  std::string name;  // empty for an input file
  std::string value;
  bool needs_next_word = false;
};

// Splits one word as protoc does: `--name=value`, `--name`, `-Xvalue`, `-X`, or a plain input file.
Flag split_word(const std::string& word) {
  Flag flag;
  if (word.empty() || word[0] != '-' || word == "-") {
    flag.value = word;
    return flag;
  }
  if (word[1] == '-') {
    const auto eq = word.find('=');
    if (eq != std::string::npos) {
      flag.name = word.substr(0, eq);
      flag.value = word.substr(eq + 1);
      return flag;
    }
    flag.name = word;
  } else {
    flag.name = word.substr(0, 2);
    flag.value = word.substr(2);
    if (!flag.value.empty()) return flag;
  }
  flag.needs_next_word = !kSwitches.contains(flag.name);
  return flag;
}

// Expands `@file` words into the file's lines (one argument per line, as protoc does).
bool expand_argument_files(const std::vector<std::string>& args, std::vector<std::string>& out, std::string& error) {
  for (const auto& arg : args) {
    if (arg.size() < 2 || arg[0] != '@') {
      out.push_back(arg);
      continue;
    }
    std::ifstream in(arg.substr(1));
    if (!in) {
      error = "Failed to open argument file: " + arg.substr(1);
      return false;
    }
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty()) out.push_back(line);
    }
  }
  return true;
}

std::vector<std::string> split_path_list(const std::string& value) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(value);
  while (std::getline(in, part, ':')) {
    if (!part.empty()) parts.push_back(part);
  }
  return parts;
}

void add_proto_paths(CommandLine& cl, const std::string& value) {
  for (const auto& entry : split_path_list(value)) {
    const auto eq = entry.find('=');
    if (eq == std::string::npos) {
      cl.proto_paths.push_back({"", entry});
    } else {
      cl.proto_paths.push_back({entry.substr(0, eq), entry.substr(eq + 1)});
    }
  }
}

// protoc searches the current directory only when neither -I nor --descriptor_set_in says where files are.
void add_default_proto_path(CommandLine& cl) {
  if (cl.proto_paths.empty() && cl.descriptor_set_in.empty()) cl.proto_paths.push_back({"", "."});
}

// protoc has one mode per run: compile (the default), encode/decode, or print free field numbers.
bool in_other_mode(const CommandLine& cl) { return cl.codec != Codec::none || cl.print_free_field_numbers; }

bool generates_output(const CommandLine& cl) { return !cl.outputs.empty() || !cl.descriptor_set_out.empty(); }

// --encode, --decode and --decode_raw, with protoc's checks at the flag itself.
std::string interpret_codec(CommandLine& cl, const Flag& flag) {
  if (in_other_mode(cl)) return "Only one of --encode and --decode can be specified.";
  if (generates_output(cl)) return "Cannot use " + flag.name + " and generate code or descriptors at the same time.";
  if (flag.name == "--decode_raw") {
    if (!flag.value.empty()) return "--decode_raw does not take a parameter.";
    cl.codec = Codec::decode_raw;
    return "";
  }
  if (flag.value.empty()) {
    return "Type name for " + flag.name + " cannot be blank." +
           (flag.name == "--decode" ? "\nTo decode an unknown message, use --decode_raw." : "");
  }
  cl.codec = flag.name == "--encode" ? Codec::encode : Codec::decode;
  cl.codec_type = flag.value;
  return "";
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Applies one flag; returns an error message or "".
std::string interpret(CommandLine& cl, const Flag& flag) {
  const std::string& name = flag.name;
  const std::string& value = flag.value;
  if (name.empty()) {
    cl.input_files.push_back(value);
  } else if (name == "-I" || name == "--proto_path") {
    add_proto_paths(cl, value);
  } else if (name == "-o" || name == "--descriptor_set_out") {
    if (!cl.descriptor_set_out.empty()) return name + " may only be passed once.";
    if (value.empty()) return name + " requires a non-empty value.";
    if (in_other_mode(cl)) return "Cannot use --encode or --decode and generate descriptors at the same time.";
    cl.descriptor_set_out = value;
  } else if (name == "--descriptor_set_in") {
    if (!cl.descriptor_set_in.empty()) return name + " may only be passed once.";
    cl.descriptor_set_in = split_path_list(value);
  } else if (name == "--dependency_out") {
    if (!cl.dependency_out.empty()) return name + " may only be passed once.";
    if (value.empty()) return name + " requires a non-empty value.";
    cl.dependency_out = value;
  } else if (name == "--include_imports") {
    if (cl.include_imports) return name + " may only be passed once.";
    cl.include_imports = true;
  } else if (name == "--include_source_info") {
    if (cl.include_source_info) return name + " may only be passed once.";
    cl.include_source_info = true;
  } else if (name == "--fatal_warnings") {
    if (cl.fatal_warnings) return name + " may only be passed once.";
    cl.fatal_warnings = true;
  } else if (name == "--print_free_field_numbers") {
    if (in_other_mode(cl)) {
      return "Cannot use --print_free_field_numbers and use --encode, --decode or print other info at the same time.";
    }
    if (generates_output(cl)) {
      return "Cannot use --print_free_field_numbers and generate code or descriptors at the same time.";
    }
    cl.print_free_field_numbers = true;
  } else if (name == "-h" || name == "--help") {
    cl.show_help = true;
  } else if (name == "--version") {
    cl.show_version = true;
  } else if (name == "--error_format") {
    if (value == "gcc") cl.error_format = diag::ErrorFormat::gcc;
    else if (value == "msvs") cl.error_format = diag::ErrorFormat::msvs;
    else return "Unknown error format: " + value;
  } else if (name == "--plugin") {
    const auto eq = value.find('=');
    if (eq == std::string::npos) cl.plugins.push_back({"", value});
    else cl.plugins.push_back({value.substr(0, eq), value.substr(eq + 1)});
  } else if (name == "--encode" || name == "--decode" || name == "--decode_raw") {
    return interpret_codec(cl, flag);
  } else if (name == "--deterministic_output") {
    cl.deterministic_output = true;  // protoc ignores a value given with '='
  } else if (name.starts_with("--") && ends_with(name, "_out")) {
    if (in_other_mode(cl)) {
      return "Cannot use --encode, --decode or print .proto info and generate code at the same time.";
    }
    OutputDirective out;
    out.name = name.substr(2, name.size() - 6);
    const auto colon = value.find(':');
    // A Windows drive letter ("C:\x") is not a parameter separator; protoc checks the same.
    if (colon == std::string::npos || (colon == 1 && value.size() > 2 && (value[2] == '\\' || value[2] == '/'))) {
      out.output_dir = value;
    } else {
      out.parameter = value.substr(0, colon);
      out.output_dir = value.substr(colon + 1);
    }
    cl.outputs.push_back(std::move(out));
  } else if (name.starts_with("--") && ends_with(name, "_opt")) {
    // Applied once every flag is read: protoc takes --NAME_opt before or after --NAME_out alike.
    cl.output_options.emplace_back(name.substr(2, name.size() - 6), value);
  } else if (kSwitches.contains(name)) {
    // Accepted for compatibility.
  } else {
    return "Unknown flag: " + name;
  }
  return "";
}

// protoc's parameter for a generator: the part of --NAME_out before ':', then each --NAME_opt, comma-joined.
void apply_output_options(CommandLine& cl) {
  for (auto& out : cl.outputs) {
    for (const auto& [generator, value] : cl.output_options) {
      if (out.name == generator) out.parameter = out.parameter.empty() ? value : out.parameter + "," + value;
    }
  }
}

// Cross-flag checks, in protoc's order and wording (mode conflicts are caught at the flags themselves).
std::string check_combination(const CommandLine& cl) {
  if (cl.codec == Codec::decode_raw) {
    if (!cl.input_files.empty() || !cl.descriptor_set_in.empty()) {
      return "When using --decode_raw, no input files should be given.";
    }
  } else if (cl.input_files.empty()) {
    return "Missing input file.";
  }
  if (!in_other_mode(cl) && !generates_output(cl)) return "Missing output directives.";
  if (in_other_mode(cl) && !cl.dependency_out.empty()) {
    return "Can only use --dependency_out=FILE when generating code.";
  }
  if (cl.codec != Codec::encode && cl.deterministic_output) {
    return "Can only use --deterministic_output with --encode.";
  }
  if (!cl.dependency_out.empty() && cl.input_files.size() > 1) {
    return "Can only process one input file when using --dependency_out=FILE.";
  }
  return "";
}

}  // namespace

ParseOutcome parse_command_line(const std::vector<std::string>& raw_args) {
  ParseOutcome outcome;
  std::vector<std::string> args;
  if (!expand_argument_files(raw_args, args, outcome.error)) return outcome;

  CommandLine cl;
  for (size_t i = 0; i < args.size(); ++i) {
    Flag flag = split_word(args[i]);
    if (flag.needs_next_word) {
      if (i + 1 == args.size() || (!args[i + 1].empty() && args[i + 1][0] == '-')) {
        outcome.error = "Missing value for flag: " + flag.name;
        return outcome;
      }
      flag.value = args[++i];
    }
    if (std::string error = interpret(cl, flag); !error.empty()) {
      outcome.error = std::move(error);
      return outcome;
    }
    if (cl.show_help || cl.show_version) {
      outcome.exit_code = 0;
      outcome.command_line = std::move(cl);
      return outcome;
    }
  }
  add_default_proto_path(cl);
  apply_output_options(cl);
  if (std::string error = check_combination(cl); !error.empty()) {
    outcome.error = std::move(error);
    return outcome;
  }
  if (cl.include_imports && cl.descriptor_set_out.empty()) {
    cl.notices.push_back("--include_imports only makes sense when combined with --descriptor_set_out.");
  }
  if (cl.include_source_info && cl.descriptor_set_out.empty()) {
    cl.notices.push_back("--include_source_info only makes sense when combined with --descriptor_set_out.");
  }
  outcome.exit_code = 0;
  outcome.command_line = std::move(cl);
  return outcome;
}

std::string version_text() { return "libprotoc 3.21.12 (protoforge 0.1.0)\n"; }

std::string help_text() {
  return R"(Usage: protoforge [OPTION] PROTO_FILES
Parse PROTO_FILES and write what the options ask for; flags mean what they mean to protoc.
  -IPATH, --proto_path=PATH   Directory in which to search for imports; may be repeated and
                              holds a ':'-separated list; VIRTUAL=DIR maps a virtual prefix.
                              Default: the current directory. protoforge's own copies of
                              google/protobuf/*.proto are found after every -I path.
  -oFILE, --descriptor_set_out=FILE
                              Write a FileDescriptorSet of the input files to FILE.
  --include_imports           With -o: also include all dependencies of the input files.
  --include_source_info       With -o: keep SourceCodeInfo (locations and comments).
  --descriptor_set_in=FILES   ':'-separated FileDescriptorSet files to take files from.
  --dependency_out=FILE       Write a make-style dependency file (one input file only).
  --error_format=FORMAT       'gcc' (default) or 'msvs'.
  --fatal_warnings            Exit with a non-zero code if there are warnings.
  --print_free_field_numbers  Print the free field numbers of the input files' messages.
  --encode=MESSAGE_TYPE       Read a text-format MESSAGE_TYPE from standard input and write
                              it in binary to standard output.
  --deterministic_output      With --encode: write map entries sorted by key.
  --decode=MESSAGE_TYPE       Read a binary MESSAGE_TYPE from standard input and write it in
                              text format to standard output.
  --decode_raw                Read any binary message from standard input and write its
                              fields by number (no .proto files).
  --version                   Show version info and exit.
  -h, --help                  Show this text and exit.
  @FILE                       Read further arguments from FILE, one per line.
)";
}

CommandLine schema_search_command_line(const std::vector<std::string>& proto_path_values,
                                       const std::vector<std::string>& descriptor_set_in_values) {
  CommandLine cl;
  for (const auto& value : proto_path_values) add_proto_paths(cl, value);
  for (const auto& value : descriptor_set_in_values) {
    for (auto& set : split_path_list(value)) cl.descriptor_set_in.push_back(std::move(set));
  }
  add_default_proto_path(cl);
  return cl;
}

bool is_builtin_generator(std::string_view name) { return name == "cpp"; }

bool uses_plugins(const CommandLine& command_line) {
  for (const OutputDirective& out : command_line.outputs) {
    if (!is_builtin_generator(out.name)) return true;
  }
  return false;
}

}  // namespace protoforge::driver
