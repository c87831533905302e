#include "compiler/toolkit/options.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <map>

namespace protoforge::toolkit {

namespace {

struct Subcommand {
  std::string_view name;
  Command command;
  std::string_view summary;
};

constexpr Subcommand kSubcommands[] = {
    {"decode", Command::decode, "binary message -> text (or --to json|binary)"},
    {"encode", Command::encode, "text (or --from json) -> binary message"},
    {"convert", Command::convert, "any of binary, json, text -> any other (--from, --to)"},
    {"decode-raw", Command::decode_raw, "binary message without a schema -> protoc --decode_raw's text"},
};

const std::map<std::string, Format> kFormats = {{"binary", Format::binary}, {"json", Format::json}, {"text", Format::text}};
const std::map<std::string, ReservedMode> kReservedModes = {
    {"ignore", ReservedMode::ignore}, {"warn", ReservedMode::warn}, {"error", ReservedMode::error}};

// Raw option values; CLI11 writes into these (checking words against their lists), then finish() converts them.
struct Values {
  Options options;
  std::vector<std::string> proto_files;  // --proto (the words after `--` are added later)
  std::string from, to;                  // empty: the subcommand's default
  std::string reserved = "warn";
  std::string json_names = "json";
  bool compact = false;
};

void add_input_output(CLI::App& app, Values& v) {
  app.add_option("FILE", v.options.input, "input file; standard input when absent or -");
  app.add_option("-o,--output", v.options.output, "write here instead of standard output");
  app.add_option("--max-depth", v.options.max_depth, "deepest message nesting accepted")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
}

void add_schema(CLI::App& app, Values& v) {
  const char* group = "Schema (.proto files, descriptor sets, or both)";
  app.add_option("-I,--proto_path", v.options.schema.proto_paths,
                 "directory searched for .proto imports (repeatable; DIR, VIRTUAL=DIR, :-lists)")
      ->allow_extra_args(false)
      ->group(group);
  app.add_option("--proto", v.proto_files, "a .proto file to compile (repeatable; also any words after --)")
      ->allow_extra_args(false)
      ->group(group);
  app.add_option("--descriptor_set_in,--descriptor-set-in", v.options.schema.descriptor_sets,
                 "FileDescriptorSet file (repeatable, or :-separated)")
      ->allow_extra_args(false)
      ->group(group);
}

void add_json_style(CLI::App& app, Values& v) {
  const char* group = "JSON output";
  app.add_option("--json-names", v.json_names, "field names: json (lowerCamelCase) or proto")
      ->check(CLI::IsMember({"json", "proto"}))
      ->capture_default_str()
      ->group(group);
  app.add_flag("--emit-defaults", v.options.json.emit_defaults, "also print fields holding default values")
      ->group(group);
  app.add_flag("--enums-as-ints", v.options.json.enums_as_ints, "print enum values as numbers")->group(group);
  app.add_flag("--pretty", v.options.json.pretty, "indent, one field per line")->group(group);
  app.add_flag("--compact", v.compact, "everything on one line (the default)")->group(group);
}

void add_reading(CLI::App& app, Values& v, bool json_input) {
  app.add_option("--reserved", v.reserved,
                 "fields the schema reserves (data from an older schema): ignore, warn (to stderr), or error")
      ->check(CLI::IsMember({"ignore", "warn", "error"}))
      ->capture_default_str();
  if (json_input) app.add_flag("--ignore-unknown", v.options.ignore_unknown, "JSON input: skip unknown fields");
}

// `fallback` is the subcommand's default; null makes the option required.
void add_format(CLI::App& app, const char* name, std::string& format, const char* help, const char* fallback,
                std::vector<std::string> allowed) {
  CLI::Option* option = app.add_option(name, format, help)->check(CLI::IsMember(std::move(allowed)));
  if (fallback) {
    format = fallback;
    option->capture_default_str();
  } else {
    option->required();
  }
}

void build(CLI::App& app, Command command, Values& v) {
  Options& o = v.options;
  if (command != Command::decode_raw) {
    app.add_option("TYPE", o.type_name, "message type, with or without its package")->required();
  }
  add_input_output(app, v);
  if (command == Command::decode_raw) return;
  add_schema(app, v);
  switch (command) {
    case Command::decode:
      v.from = "binary";
      add_format(app, "--to", v.to, "output format", "text", {"text", "json", "binary"});
      break;
    case Command::encode:
      v.to = "binary";
      add_format(app, "--from", v.from, "input format", "text", {"text", "json"});
      break;
    default:
      add_format(app, "--from", v.from, "input format", nullptr, {"binary", "json", "text"});
      add_format(app, "--to", v.to, "output format", nullptr, {"binary", "json", "text"});
      break;
  }
  add_reading(app, v, command != Command::decode);
  if (command != Command::encode) add_json_style(app, v);
}

std::string_view description(Command command) {
  switch (command) {
    case Command::decode:
      return "Reads a binary TYPE message and prints it in text format (or --to json, or binary to re-encode it\n"
             "canonically). Unknown fields are kept and shown by number.";
    case Command::encode:
      return "Reads a TYPE message in text format (or --from json) and writes its binary encoding.";
    case Command::convert:
      return "Reads a TYPE message in one format and writes it in another.";
    case Command::decode_raw:
      return "Prints a binary message without any schema, as protoc --decode_raw does: field numbers with their\n"
             "values; length-delimited values that parse as messages are shown nested, the rest as strings.";
  }
  return "";
}

constexpr std::string_view kFooter =
    "Words after a lone -- are .proto files to compile, as with --proto.\n\n"
    "Examples:\n"
    "  protoforge decode -I protos shop.v1.Order order.bin -- shop/v1/order.proto\n"
    "  protoforge convert Order --descriptor_set_in api.pb --from json --to binary -o order.bin order.json\n"
    "  protoforge decode-raw < order.bin\n"
    "Bad input exits with status 1 and one line naming the byte offset (or line:column) and the field path.";

const Subcommand* find_subcommand(std::string_view word) {
  for (const auto& sub : kSubcommands) {
    if (sub.name == word) return &sub;
  }
  return nullptr;
}

// Checks that need more than one option, once CLI11 has filled `v`.
std::string finish(Values& v, const std::vector<std::string>& after_dashes) {
  Options& o = v.options;
  if (o.command != Command::decode_raw) {  // the words were checked against these maps' keys
    o.from = kFormats.at(v.from);
    o.to = kFormats.at(v.to);
  }
  o.reserved = kReservedModes.at(v.reserved);
  o.json.proto_names = v.json_names == "proto";
  if (v.compact && o.json.pretty) return "--pretty and --compact contradict each other";
  o.schema.proto_files = std::move(v.proto_files);
  o.schema.proto_files.insert(o.schema.proto_files.end(), after_dashes.begin(), after_dashes.end());
  if (o.command == Command::decode_raw && !after_dashes.empty()) return "decode-raw takes no .proto files";
  if (o.command == Command::convert && o.from == o.to && o.from != Format::binary) {
    return "--from and --to are both " + std::string(to_string(o.from));  // binary -> binary re-encodes
  }
  return "";
}

}  // namespace

std::string_view to_string(Format format) {
  switch (format) {
    case Format::binary: return "binary";
    case Format::text: return "text";
    case Format::json: return "json";
  }
  return "?";
}

bool is_subcommand(std::string_view word) { return find_subcommand(word) != nullptr; }

ParsedOptions parse_options(const std::vector<std::string>& args) {
  ParsedOptions result;
  const Subcommand* sub = args.empty() ? nullptr : find_subcommand(args.front());
  if (!sub) {
    result.error = "unknown subcommand \"" + (args.empty() ? std::string() : args.front()) +
                   "\" (decode, encode, convert, decode-raw)";
    return result;
  }
  const auto dashes = std::find(args.begin() + 1, args.end(), "--");
  std::vector<std::string> words(args.begin() + 1, dashes);
  const std::vector<std::string> after_dashes(dashes == args.end() ? dashes : dashes + 1, args.end());

  Values values;
  values.options.command = sub->command;
  CLI::App app{std::string(description(sub->command)), "protoforge " + std::string(sub->name)};
  app.footer(std::string(kFooter));
  build(app, sub->command, values);
  std::reverse(words.begin(), words.end());  // CLI11 consumes its vector from the back
  try {
    app.parse(words);
  } catch (const CLI::CallForHelp&) {
    result.help = app.help();
    return result;
  } catch (const CLI::ParseError& e) {
    result.error = std::string(sub->name) + ": " + e.what() + " (see protoforge " + std::string(sub->name) + " --help)";
    return result;
  }
  if (std::string error = finish(values, after_dashes); !error.empty()) {
    result.error = std::string(sub->name) + ": " + error;
    return result;
  }
  result.options = std::move(values.options);
  return result;
}

std::string overview_text() {
  std::string out = "Usage: protoforge SUBCOMMAND [OPTIONS] ...   (or protoforge [protoc flags] PROTO_FILES)\n\n";
  out += "Subcommands:\n";
  for (const auto& sub : kSubcommands) {
    std::string name(sub.name);
    out += "  " + name + std::string(12 - name.size(), ' ') + std::string(sub.summary) + "\n";
  }
  out += "\nRun protoforge SUBCOMMAND --help for its options.\n";
  return out;
}

}  // namespace protoforge::toolkit
