// Text format for generated messages: bytes -> dynamic message -> runtime/text, and back.
#include "runtime/generated_reflect/decode_bytes.h"
#include "runtime/generated_reflect/reflect.h"
#include "runtime/generated_reflect/registry_pool.h"
#include "runtime/message/binary.h"
#include "runtime/message/discard_unknown.h"
#include "runtime/text/parser.h"
#include "runtime/text/printer.h"

namespace protoforge::generated_reflect {

Result text_from_bytes(std::string_view type_name, std::string_view bytes, std::string* out,
                       const TextPrintOptions& options) {
  return with_registered_type(type_name, [&](const schema::Pool& pool, const schema::MessageType& type) -> Result {
    message::Message m(type);
    if (Result decoded = decode_bytes(bytes, m); !decoded.ok()) return decoded;
    if (!options.print_unknown_fields) message::discard_unknown_fields(m);
    text::PrintOptions print_options;
    print_options.single_line = options.single_line;
    print_options.expand_any = options.expand_any;
    print_options.pool = &pool;
    *out = text::print(m, print_options);
    return {};
  });
}

Result bytes_from_text(std::string_view type_name, std::string_view text, std::string* bytes,
                       const TextParseOptions& options) {
  return with_registered_type(type_name, [&](const schema::Pool& pool, const schema::MessageType& type) -> Result {
    message::Message m(type);
    text::ParseOptions parse_options;
    parse_options.pool = &pool;
    const text::ParseResult parsed = text::parse(text, m, parse_options);
    if (!parsed.ok()) {
      Result failure{Status::parse_error, ""};
      for (const text::ParseError& e : parsed.errors) {
        if (!failure.message.empty()) failure.message += "; ";
        failure.message += std::to_string(e.line) + ":" + std::to_string(e.column) + ": " + e.message;
      }
      return failure;
    }
    if (!options.allow_partial) {
      if (Result required = missing_required(m); !required.ok()) return required;
    }
    *bytes = message::encode(m);
    return {};
  });
}

}  // namespace protoforge::generated_reflect
