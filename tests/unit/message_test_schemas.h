// Test support: the runtime schema of testdata/message/*.proto, compiled at build time by protoforge into the
// descriptor set at MESSAGE_TEST_SCHEMAS, loaded once per test binary.
#pragma once

#include <doctest/doctest.h>

#include <string>

#include "runtime/schema/pool.h"
#include "tests/unit/read_file.h"

namespace protoforge::testing {

inline const schema::Pool& message_test_pool() {
  static const schema::Pool* pool = [] {
    auto* p = new schema::Pool;
    const std::string error = p->add_file_set(read_file(MESSAGE_TEST_SCHEMAS));
    REQUIRE_MESSAGE(error.empty(), error);
    return p;
  }();
  return *pool;
}

inline const schema::MessageType& message_type(std::string_view name) {
  const schema::MessageType* type = message_test_pool().find_message(name);
  REQUIRE_MESSAGE(type != nullptr, std::string(name));
  return *type;
}

inline const schema::Field& field(const schema::MessageType& type, std::string_view name) {
  const schema::Field* f = type.find_field(name);
  REQUIRE_MESSAGE(f != nullptr, std::string(name));
  return *f;
}

}  // namespace protoforge::testing
