// JSON through runtime/json (see formats.h): MessageToJsonString's defaults, Any resolved against the pool.
#include "runtime/json/json.h"
#include "tests/conformance/formats.h"

namespace protoforge::conformance {

FormatSupport json_support() { return {.parse = false, .print = true}; }

FormatResult parse_json(const schema::Pool&, std::string_view, bool, message::Message&) {
  return {false, "runtime/json has no parser yet"};
}

FormatResult print_json(const schema::Pool& pool, const message::Message& message, std::string& out) {
  json::PrintOptions options;
  options.type_registry = &pool;
  const json::PrintResult result = json::print(message, out, options);
  if (!result.ok()) return {false, result.describe()};
  return {};
}

}  // namespace protoforge::conformance
