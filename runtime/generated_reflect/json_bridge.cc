// JSON for generated messages: bytes -> dynamic message -> runtime/json, and back.
#include "runtime/generated_reflect/decode_bytes.h"
#include "runtime/generated_reflect/reflect.h"
#include "runtime/generated_reflect/registry_pool.h"
#include "runtime/message/binary.h"

namespace protoforge::generated_reflect {

Result json_from_bytes(std::string_view type_name, std::string_view bytes, std::string* out,
                       const json::PrintOptions& options) {
  return with_registered_type(type_name, [&](const schema::Pool& pool, const schema::MessageType& type) -> Result {
    message::Message m(type);
    if (Result decoded = decode_bytes(bytes, m); !decoded.ok()) return decoded;
    json::PrintOptions print_options = options;
    if (!print_options.type_registry) print_options.type_registry = &pool;
    std::string text;
    const json::PrintResult printed = json::print(m, text, print_options);
    if (!printed.ok()) return {Status::print_error, printed.describe()};
    *out = std::move(text);
    return {};
  });
}

Result bytes_from_json(std::string_view type_name, std::string_view json, std::string* bytes,
                       const json::ParseOptions& options) {
  return with_registered_type(type_name, [&](const schema::Pool& pool, const schema::MessageType& type) -> Result {
    message::Message m(type);
    json::ParseOptions parse_options = options;
    if (!parse_options.type_registry) parse_options.type_registry = &pool;
    const json::ParseResult parsed = json::parse(json, m, parse_options);
    if (parsed.status == json::ParseStatus::missing_required) return {Status::missing_required, parsed.describe()};
    if (!parsed.ok()) return {Status::parse_error, parsed.describe()};
    *bytes = message::encode(m);
    return {};
  });
}

}  // namespace protoforge::generated_reflect
