// Test support for runtime/json: messages of testdata/json/*.proto read from JSON, printed back, and the
// results of failing calls. The pool doubles as the type registry for Any.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "runtime/json/json.h"
#include "tests/unit/message_test_schemas.h"

namespace protoforge::testing {

inline json::ParseOptions json_parse_options() {
  json::ParseOptions options;
  options.type_registry = &message_test_pool();
  return options;
}

inline json::PrintOptions json_print_options() {
  json::PrintOptions options;
  options.type_registry = &message_test_pool();
  return options;
}

// `json` read into a message of `type`; the test fails if it does not parse.
inline message::Message parsed(std::string_view type, std::string_view json,
                               const json::ParseOptions& options = json_parse_options()) {
  message::Message m(message_type(type));
  const json::ParseResult result = json::parse(json, m, options);
  REQUIRE_MESSAGE(result.ok(), (result.describe() + " for " + std::string(json)));
  return m;
}

inline std::string printed(const message::Message& m, const json::PrintOptions& options = json_print_options()) {
  std::string out;
  const json::PrintResult result = json::print(m, out, options);
  REQUIRE_MESSAGE(result.ok(), result.describe());
  return out;
}

// Parse, then print with the default options.
inline std::string reprinted(std::string_view type, std::string_view json,
                             const json::PrintOptions& options = json_print_options()) {
  return printed(parsed(type, json), options);
}

inline json::ParseResult parse_failure(std::string_view type, std::string_view json,
                                       const json::ParseOptions& options = json_parse_options()) {
  message::Message m(message_type(type));
  json::ParseResult result = json::parse(json, m, options);
  CHECK_MESSAGE(!result.ok(), ("expected a failure for " + std::string(json)));
  return result;
}

inline json::PrintResult print_failure(const message::Message& m,
                                       const json::PrintOptions& options = json_print_options()) {
  std::string out = "kept";
  json::PrintResult result = json::print(m, out, options);
  CHECK_MESSAGE(!result.ok(), ("expected a failure, got " + out));
  CHECK(out == "kept");  // a failed print leaves the output as it was
  return result;
}

}  // namespace protoforge::testing
