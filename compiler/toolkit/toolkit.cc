#include "compiler/toolkit/toolkit.h"

#include <exception>
#include <new>

#include "compiler/toolkit/codec.h"
#include "compiler/toolkit/io.h"
#include "compiler/toolkit/options.h"
#include "compiler/toolkit/type_lookup.h"
#include "runtime/schema/pool.h"

namespace protoforge::toolkit {

namespace {

// Messages may quote input (a misspelt field name, a file name): control bytes are written as octal escapes so
// that each message stays one line and cannot drive the terminal.
void print_line(std::ostream& err, std::string_view prefix, std::string_view message) {
  std::string line(prefix);
  for (const char c : message) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte != 0x7f) {
      line.push_back(c);
      continue;
    }
    const char octal[] = {'\\', static_cast<char>('0' + (byte >> 6)), static_cast<char>('0' + ((byte >> 3) & 7)),
                          static_cast<char>('0' + (byte & 7))};
    line.append(octal, sizeof octal);
  }
  err << line << '\n';
}

int fail(std::ostream& err, const std::string& message) {
  print_line(err, "error: ", message);
  return 1;
}

ReadSettings read_settings(const Options& options, const schema::Pool* pool) {
  return {display_name(options.input), options.max_depth, options.reserved, options.ignore_unknown, pool};
}

int run_decode_raw(const Options& options, std::ostream& out, std::ostream& err) {
  std::string input;
  if (std::string error = read_input(options.input, input); !error.empty()) return fail(err, error);
  WriteOutcome printed = decode_raw(input, read_settings(options, nullptr));
  if (!printed.ok()) return fail(err, printed.error);
  if (std::string error = write_output(options.output, printed.bytes, out); !error.empty()) return fail(err, error);
  return 0;
}

// decode, encode and convert: schema, type, input, then one read and one write.
int run_typed(const Options& options, std::ostream& out, std::ostream& err) {
  schema::Pool pool;
  if (std::string error = load_schema(options.schema, pool, err); !error.empty()) return fail(err, error);
  const TypeLookup lookup = find_message_type(pool, options.type_name);
  if (!lookup.type) return fail(err, lookup.error);
  std::string input;
  if (std::string error = read_input(options.input, input); !error.empty()) return fail(err, error);

  message::Message message(*lookup.type);
  const ReadOutcome read = read_message(options.from, input, message, read_settings(options, &pool));
  for (const auto& warning : read.warnings) print_line(err, "warning: ", warning);
  if (!read.ok()) return fail(err, read.error);
  const WriteOutcome written = write_message(options.to, message, options.json, pool);
  if (!written.ok()) return fail(err, written.error);
  if (std::string error = write_output(options.output, written.bytes, out); !error.empty()) return fail(err, error);
  return 0;
}

int run_parsed(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.front() == "help") {
    if (args.size() == 1 || args[1] == "help") {
      out << overview_text();
      return 0;
    }
    return run_parsed({args[1], "--help"}, out, err);
  }
  ParsedOptions parsed = parse_options(args);
  if (!parsed.help.empty()) {
    out << parsed.help;
    return 0;
  }
  if (!parsed.options) return fail(err, parsed.error);
  const Options& options = *parsed.options;
  return options.command == Command::decode_raw ? run_decode_raw(options, out, err) : run_typed(options, out, err);
}

}  // namespace

bool handles(std::string_view first_argument) { return first_argument == "help" || is_subcommand(first_argument); }

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  // The layers below report problems as values; this is the last line of defence for what they cannot (memory
  // exhaustion, a library throwing), so that no input ends in an uncaught exception.
  try {
    if (args.empty() || !handles(args.front())) return fail(err, "no toolkit subcommand given");
    return run_parsed(args, out, err);
  } catch (const std::bad_alloc&) {
    return fail(err, "out of memory");
  } catch (const std::exception& e) {
    return fail(err, std::string("internal error: ") + e.what());
  } catch (...) {
    return fail(err, "internal error");
  }
}

}  // namespace protoforge::toolkit
