// Whole-element interpretation on hand-built option ASTs: name resolution, sub-field paths, repeated-option
// SourceCodeInfo indexes, "already set" checks, and protoc's stop-at-first-error rule.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <vector>

#include "compiler/options/element_interpreter.h"
#include "options_fixture.h"

using namespace protoforge;
using namespace protoforge::options;

namespace {

const testing::FixtureSymbols& fixture() {
  static const testing::FixtureSymbols symbols(PROTOFORGE_OPTIONS_TESTDATA "/unit/schema.pb");
  return symbols;
}

// `name` like "(outer).inner.x" or "java_package"; `value` an integer, identifier, "quoted string" or {aggregate}.
ast::Option option(const std::string& name, const std::string& value) {
  ast::Option result;
  size_t i = 0;
  while (i < name.size()) {
    ast::OptionNamePart part;
    if (name[i] == '(') {
      size_t close = name.find(')', i);
      part.name = name.substr(i + 1, close - i - 1);
      part.is_extension = true;
      i = close + 1;
    } else {
      size_t dot = name.find('.', i);
      part.name = name.substr(i, dot == std::string::npos ? std::string::npos : dot - i);
      i = dot == std::string::npos ? name.size() : dot;
    }
    if (i < name.size() && name[i] == '.') ++i;
    result.name.push_back(part);
  }
  ast::OptionValue& v = result.value;
  if (value.front() == '{') {
    v.kind = ast::OptionValue::Kind::aggregate;
    v.text = value.substr(1, value.size() - 2);
  } else if (value.front() == '"') {
    v.kind = ast::OptionValue::Kind::string;
    v.string_value = value.substr(1, value.size() - 2);
  } else if (value.front() == '-' || (value.front() >= '0' && value.front() <= '9')) {
    v.kind = ast::OptionValue::Kind::integer;
    v.negative = value.front() == '-';
    v.unsigned_value = std::stoull(value.substr(v.negative ? 1 : 0));
  } else {
    v.kind = ast::OptionValue::Kind::identifier;
    v.text = value;
  }
  return result;
}

struct Run {
  std::vector<ast::Option> options;
  ElementResult result;
};

Run interpret(std::vector<ast::Option> options) {
  Run run{std::move(options), {}};
  Schema schema(fixture());
  ScopedNameLookup lookup(fixture(), fixture().file("schema.proto"));
  ElementContext context{schema, schema, lookup, &fixture(), true};
  std::vector<const ast::Option*> pointers;
  for (const auto& o : run.options) pointers.push_back(&o);
  run.result = interpret_element(context, "google.protobuf.FileOptions", "t", pointers);
  return run;
}

std::string hex(std::string_view bytes) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (unsigned char c : bytes) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

}  // namespace

TEST_CASE("paths: field numbers below the options, with an index for repeated options") {
  Run run = interpret({option("(rep)", "1"), option("java_package", "\"x\""), option("(rep)", "2"),
                       option("(outer).inner.x", "3"), option("(outers)", "{i32: 1}"), option("(outer).nums", "4"),
                       option("(outer).nums", "5")});
  REQUIRE(run.result.errors.empty());
  const std::vector<std::vector<int32_t>> expected = {
      {50001, 0}, {1}, {50001, 1}, {50000, 17, 1}, {50005, 0}, {50000, 19, 0}, {50000, 19, 1}};
  REQUIRE(run.result.paths.size() == expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    CHECK(run.result.paths[i].first == &run.options[i]);
    CHECK(run.result.paths[i].second == expected[i]);
  }
  // java_package first (known field), then the custom options in the order written, sub-paths not merged.
  CHECK(hex(run.result.bytes) ==
        "0a0178"
        "88b51801"
        "88b51802"
        "82b518058a01020803"
        "aab518020801"
        "82b51803980104"
        "82b51803980105");
}

TEST_CASE("group options wrap sub-fields in start/end group tags") {
  Run run = interpret({option("(grp).a", "7")});
  REQUIRE(run.result.errors.empty());
  CHECK(hex(run.result.bytes) == "b3b5180807b4b518");
}

TEST_CASE("errors stop the element at the first bad option") {
  Run run = interpret({option("(i32)", "1"), option("(i32)", "2"), option("(nope)", "3")});
  REQUIRE(run.result.errors.size() == 1);
  CHECK(run.result.errors[0].option == &run.options[1]);
  CHECK_FALSE(run.result.errors[0].at_value);
  CHECK(run.result.errors[0].message == "Option \"(i32)\" was already set.");
  CHECK(run.result.paths.size() == 1);
}

TEST_CASE("name errors") {
  struct Case {
    const char* name;
    const char* value;
    const char* error;
  };
  const Case cases[] = {
      {"(nope)", "1",
       "Option \"(nope)\" unknown. Ensure that your proto definition file imports the proto which defines the "
       "option."},
      {"uninterpreted_option", "1", "Option must not use reserved name \"uninterpreted_option\"."},
      {"(i32).x", "1", "Option \"(i32)\" is an atomic type, not a message."},
      {"(outers).i32", "1",
       "Option field \"(outers)\" is a repeated message. Repeated message options must be initialized using an "
       "aggregate value."},
      {"(ext_i)", "1", "Option field \"(ext_i)\" is not a field or extension of message \"FileOptions\"."},
      {"(Outer.nope)", "1",
       "Option \"(Outer.nope)\" is resolved to \"(t.Outer.nope)\", which is not defined. The innermost scope is "
       "searched first in name resolution. Consider using a leading '.'(i.e., \"(.Outer.nope)\") to start from "
       "the outermost scope."},
      {"(outer).(ext_i).x", "1", "Option \"(outer).(ext_i)\" is an atomic type, not a message."},
  };
  for (const auto& c : cases) {
    std::string name = c.name;
    CAPTURE(name);
    Run run = interpret({option(c.name, c.value)});
    REQUIRE(run.result.errors.size() == 1);
    CHECK(run.result.errors[0].message == c.error);
  }
}

TEST_CASE("value errors are reported at the value, aggregate errors with protoc's prefix") {
  Run run = interpret({option("(outer)", "{zz: 1}")});
  REQUIRE(run.result.errors.size() == 1);
  CHECK(run.result.errors[0].at_value);
  CHECK(run.result.errors[0].message ==
        "Error while parsing option value for \"outer\": Message type \"t.Outer\" has no field named \"zz\".");
}
