#include "compiler/driver/encode_decode.h"

#include <sstream>
#include <string>

#include "compiler/diag/render.h"
#include "compiler/driver/compilation.h"
#include "compiler/driver/protoc_logs.h"
#include "compiler/driver/runtime_schema.h"
#include "runtime/message/binary.h"
#include "runtime/text/parser.h"
#include "runtime/text/printer.h"

namespace protoforge::driver {

namespace {

std::string read_all(std::istream& in) {
  std::ostringstream bytes;
  bytes << in.rdbuf();  // sets failbit on `bytes` for empty input, which is fine: the string is just empty
  return std::move(bytes).str();
}

void warn_missing_required(const message::Message& m, std::ostream& err) {
  const std::vector<std::string> missing = message::missing_required_fields(m);
  if (missing.empty()) return;
  err << "warning:  Input message is missing required fields:  ";
  for (size_t i = 0; i < missing.size(); ++i) err << (i == 0 ? "" : ", ") << missing[i];
  err << '\n';
}

// Text on stdin, binary on stdout. Parse errors are reported as protoc's ErrorPrinter does for the file "input".
bool encode(const CommandLine& cl, const schema::Pool& pool, const schema::MessageType& type, std::string_view input,
            std::ostream& out, std::ostream& err) {
  message::Message m(type);
  text::ParseOptions options;
  options.pool = &pool;
  options.on_any_value = [&](const message::Message& value) { log_serializing(err, value, false); };
  const text::ParseResult parsed = text::parse(input, m, options);
  for (const auto& e : parsed.errors) {
    const diag::Diagnostic d{diag::Severity::error, "input", e.line - 1, e.column - 1, e.message, {}};
    err << diag::render(d, cl.error_format) << '\n';
  }
  if (!parsed.ok()) {
    err << "Failed to parse input.\n";
    return false;
  }
  warn_missing_required(m, err);
  log_serializing(err, m, cl.deterministic_output);
  message::EncodeOptions encoding;
  encoding.deterministic = cl.deterministic_output;
  const std::string bytes = message::encode(m, encoding);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  return true;
}

// Binary on stdin, text on stdout, with map entries kept as read (duplicate keys and their own unknown fields
// included), as protoc's DynamicMessage keeps them.
bool decode(const schema::MessageType& type, std::string_view input, std::ostream& out, std::ostream& err) {
  message::Message m(type);
  message::DecodeOptions options;
  options.plain_map_entries = true;
  options.note_unchecked_utf8 = true;
  const message::DecodeResult decoded = message::decode(input, m, options);
  for (const schema::Field* f : decoded.unchecked_utf8) log_invalid_utf8(err, f->full_name, false);
  if (!decoded.ok()) {
    if (decoded.status == message::DecodeStatus::invalid_utf8 && decoded.field != nullptr) {
      log_invalid_utf8(err, decoded.field->full_name, false);
    }
    err << "Failed to parse input.\n";
    return false;
  }
  warn_missing_required(m, err);
  out << text::print(m);
  return true;
}

bool decode_raw(std::string_view input, std::ostream& out, std::ostream& err) {
  const std::optional<std::string> text = text::print_unknown_fields(input);
  if (!text) {
    err << "Failed to parse input.\n";
    return false;
  }
  out << *text;
  return true;
}

}  // namespace

int run_codec(const CommandLine& cl, std::istream& in, std::ostream& out, std::ostream& err) {
  // Never destroyed: main ends the process with _Exit once the output is written.
  Compilation& compilation = *new Compilation(cl, err);
  if (!compilation.run()) return 1;
  const int success = compilation.warnings_are_fatal() ? 1 : 0;
  if (cl.codec == Codec::decode_raw) return decode_raw(read_all(in), out, err) ? success : 1;
  auto& pool = *new schema::Pool();  // never destroyed either: tearing a large schema down would only cost time
  if (std::string error = add_to_runtime_pool(compilation, pool); !error.empty()) {
    err << error << '\n';
    return 1;
  }
  // protoc looks the name up as written: a leading dot names no type.
  const schema::MessageType* type = cl.codec_type.starts_with('.') ? nullptr : pool.find_message(cl.codec_type);
  if (type == nullptr) {
    err << "Type not defined: " << cl.codec_type << '\n';
    return 1;
  }
  const std::string input = read_all(in);
  const bool ok = cl.codec == Codec::encode ? encode(cl, pool, *type, input, out, err) : decode(*type, input, out, err);
  return ok ? success : 1;
}

}  // namespace protoforge::driver
