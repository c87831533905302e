// JSON through runtime/json (see formats.h): JsonStringToMessage and MessageToJsonString with their defaults,
// Any resolved against the pool.
#include "runtime/json/json.h"
#include "tests/conformance/formats.h"

namespace protoforge::conformance {

FormatSupport json_support() { return {.parse = true, .print = true}; }

FormatResult parse_json(const schema::Pool& pool, std::string_view json, bool ignore_unknown,
                        message::Message& into) {
  json::ParseOptions options;
  options.ignore_unknown_fields = ignore_unknown;
  options.type_registry = &pool;
  const json::ParseResult result = json::parse(json, into, options);
  if (!result.ok()) return {false, result.describe()};
  return {};
}

FormatResult print_json(const schema::Pool& pool, const message::Message& message, std::string& out) {
  json::PrintOptions options;
  options.type_registry = &pool;
  const json::PrintResult result = json::print(message, out, options);
  if (!result.ok()) return {false, result.describe()};
  return {};
}

}  // namespace protoforge::conformance
