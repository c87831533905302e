// Test support for runtime/text: testdata/toolkit's schemas (compiled by protoforge at build time into the
// descriptor set at TEXT_TEST_SCHEMAS) and short ways to go between text, messages and bytes.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "runtime/message/binary.h"
#include "runtime/schema/pool.h"
#include "runtime/text/parser.h"
#include "runtime/text/printer.h"
#include "tests/unit/read_file.h"

namespace protoforge::text::testing {

inline const schema::Pool& pool() {
  static const schema::Pool* loaded = [] {
    auto* p = new schema::Pool;
    const std::string bytes = protoforge::testing::read_file(TEXT_TEST_SCHEMAS);
    REQUIRE_MESSAGE(p->add_file_set(bytes).empty(), "cannot load " TEXT_TEST_SCHEMAS);
    return p;
  }();
  return *loaded;
}

inline message::Message make(std::string_view type_name) {
  const schema::MessageType* type = pool().find_message(type_name);
  REQUIRE_MESSAGE(type != nullptr, std::string(type_name));
  return message::Message(*type);
}

// The message `text` describes; the parse must succeed.
inline message::Message parsed(std::string_view type_name, std::string_view text) {
  message::Message m = make(type_name);
  ParseOptions options;
  options.pool = &pool();
  const ParseResult result = parse(text, m, options);
  REQUIRE_MESSAGE(result.ok(), result.errors.front().message);
  return m;
}

// Every error of a failed parse as "LINE:COL: message" lines.
inline std::string parse_errors(std::string_view type_name, std::string_view text, ParseOptions options = {}) {
  message::Message m = make(type_name);
  if (options.pool == nullptr) options.pool = &pool();
  std::string out;
  for (const auto& e : parse(text, m, options).errors) {
    out += std::to_string(e.line) + ":" + std::to_string(e.column) + ": " + e.message + "\n";
  }
  return out;
}

inline std::string hex(std::string_view bytes) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (const unsigned char c : bytes) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

}  // namespace protoforge::text::testing
