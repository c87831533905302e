// Parse and print errors as values: malformed JSON, byte offsets and field paths, the nesting limit, and inputs
// that must fail cleanly rather than crash or hang (truncations, deep nesting, random bytes).
#include <doctest/doctest.h>

#include <random>

#include "tests/unit/json_test_util.h"

namespace protoforge {
namespace {

using json::ParseStatus;
using message::Message;
using testing::json_parse_options;
using testing::message_type;
using testing::parse_failure;
using testing::parsed;
using testing::printed;

constexpr std::string_view kScalars = "pf.jsontest.Scalars";

TEST_CASE("malformed JSON is a syntax error") {
  const std::string_view cases[] = {
      "", "   ", "{", "}", "{\"i32\":1", "{\"i32\":1,}", "{\"i32\" 1}", "{i32:1}", "{'i32':1}", "{} {}", "{}]",
      "{\"i32\":01}", "{\"i32\":1.}", "{\"i32\":+1}", "{\"i32\":tru}", "{\"text\":\"a\\x\"}", "{\"text\":\"\\ud800\"}",
      "{\"i32\":1}x", "[{}]", "\"x\"",
  };
  for (std::string_view json : cases) {
    const ParseStatus status = parse_failure(kScalars, json).status;
    CHECK_MESSAGE((status == ParseStatus::syntax_error || status == ParseStatus::wrong_type), json);
  }
  CHECK(parse_failure(kScalars, "{} {}").status == ParseStatus::syntax_error);
  CHECK(parse_failure(kScalars, "{\"i32\":1}x").status == ParseStatus::syntax_error);
}

TEST_CASE("errors name the field path and the byte offset of the offending value") {
  struct Case { std::string_view json; ParseStatus status; std::string_view path; size_t offset; };
  const Case cases[] = {
      {R"({"i32": 1.5})", ParseStatus::invalid_value, "i32", 8},
      {R"({"listChild":[{},{"listI32":[1,"a"]}]})", ParseStatus::invalid_value, "list_child[1].list_i32[1]", 31},
      {R"({"child":{"child":{"text":5}}})", ParseStatus::wrong_type, "child.child.text", 26},
      {R"({"choiceInt":1,"choiceText":"x"})", ParseStatus::oneof_conflict, "choice_text", 15},
      {R"({"i32":1,"i32":2})", ParseStatus::duplicate_field, "i32", 9},
  };
  for (const Case& c : cases) {
    const json::ParseResult r = parse_failure(kScalars, c.json);
    CHECK_MESSAGE(r.status == c.status, c.json);
    CHECK_MESSAGE(r.path == c.path, c.json);
    CHECK_MESSAGE(r.offset == c.offset, c.json);
  }
  const json::ParseResult map = parse_failure("pf.jsontest.Order", R"({"byName":{"k":{"price":"x"}}})");
  CHECK(map.path == "by_name[\"k\"].price");
  CHECK(map.describe() == "invalid value at byte 24 in field by_name[\"k\"].price: \"x\" is not a number");
  const json::ParseResult list = parse_failure("pf.jsontest.Order", R"({"items":[{},{},{"price":1.5}]})");
  CHECK(list.path == "items[2].price");
  CHECK(list.describe() == "invalid value at byte 25 in field items[2].price: 1.5 is not an integer");
}

std::string nested_children(int depth) {
  std::string json;
  for (int i = 0; i < depth; ++i) json += "{\"child\":";
  json += "{}";
  for (int i = 0; i < depth; ++i) json += "}";
  return json;
}

TEST_CASE("nesting is limited by max_depth (100 by default)") {
  CHECK(printed(parsed(kScalars, nested_children(99))).size() == nested_children(99).size());
  CHECK(parse_failure(kScalars, nested_children(100)).status == ParseStatus::too_deep);
  json::ParseOptions options = json_parse_options();
  options.max_depth = 3;
  CHECK(parsed(kScalars, R"({"listChild":[{"i32":1}]})", options).repeated_size(*message_type(kScalars).find_field(24)) == 1);
  options.max_depth = 2;
  CHECK(parse_failure(kScalars, R"({"listChild":[{"i32":1}]})", options).status == ParseStatus::too_deep);
  options.ignore_unknown_fields = true;  // skipped values count too
  CHECK(parse_failure(kScalars, R"({"nope":[[[1]]]})", options).status == ParseStatus::too_deep);
  CHECK(parse_failure("pf.jsontest.Wkt", "{\"value\":" + std::string(200, '[') + std::string(200, ']') + "}")
            .status == ParseStatus::too_deep);
}

TEST_CASE("very deep input fails without exhausting the stack") {
  const std::string arrays = "{\"nope\":" + std::string(100000, '[') + std::string(100000, ']') + "}";
  json::ParseOptions options = json_parse_options();
  options.ignore_unknown_fields = true;
  CHECK(parse_failure(kScalars, arrays, options).status == ParseStatus::too_deep);
  options.max_depth = 1 << 20;  // counts as json::kMaxParseDepth
  CHECK(parse_failure(kScalars, nested_children(100000), options).status == ParseStatus::too_deep);
  CHECK(parsed(kScalars, nested_children(json::kMaxParseDepth - 1), options).has(*message_type(kScalars).find_field(30)));
}

TEST_CASE("the printer stops at 1000 levels of nesting") {
  const auto& t = message_type(kScalars);
  const schema::Field& child = *t.find_field(30);
  Message root(t);
  Message* m = &root;
  for (int i = 0; i < 999; ++i) m = &m->mutable_message(child);
  CHECK(printed(root).size() == nested_children(999).size());
  m->mutable_message(child);
  const json::PrintResult result = testing::print_failure(root);
  CHECK(result.status == json::PrintStatus::too_deep);
  CHECK(result.path.size() == 1000 * 6 - 1);  // "child" a thousand times, joined by dots
}

TEST_CASE("every truncation of a valid document fails cleanly") {
  const std::string json =
      R"({"i32":-1,"text":"a\u00e9\n","listChild":[{"data":"AQ=="}],"child":{"color":"RED","listDbl":[1.5e3,"NaN"]}})";
  REQUIRE(json::parse(json, *std::make_unique<Message>(message_type(kScalars)), json_parse_options()).ok());
  for (size_t n = 0; n < json.size(); ++n) {
    Message m(message_type(kScalars));
    CHECK_FALSE(json::parse(json.substr(0, n), m, json_parse_options()).ok());
  }
}

TEST_CASE("random bytes and random JSON-ish text never crash the parser") {
  std::mt19937 rng(7);
  const std::string alphabet = "{}[]:,\"\\ 0123456789.eE+-truefalsnul@type\xc3\xa9\xff";
  const char* types[] = {"pf.jsontest.Scalars", "pf.jsontest.Maps", "pf.jsontest.Wkt", "google.protobuf.Value"};
  json::ParseOptions options = json_parse_options();
  for (int i = 0; i < 3000; ++i) {
    std::string text;
    const size_t length = rng() % 64;
    for (size_t k = 0; k < length; ++k) text.push_back(alphabet[rng() % alphabet.size()]);
    options.ignore_unknown_fields = i % 2 == 0;
    Message m(message_type(types[i % 4]));
    const json::ParseResult r = json::parse(text, m, options);
    if (r.ok()) {
      std::string out;
      (void)json::print(m, out, testing::json_print_options());
    } else {
      CHECK(r.offset <= text.size());
    }
  }
}

}  // namespace
}  // namespace protoforge
