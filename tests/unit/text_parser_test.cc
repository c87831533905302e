// The text parser: what it reads (checked as the bytes libprotobuf would write), protoc's errors at protoc's
// line:column, reserved-name policies, the recursion limit and the Any hook. encode_decode_parity checks the same
// rules against protoc itself on larger inputs.
#include <doctest/doctest.h>

#include <string>

#include "tests/unit/text_test_util.h"

using namespace protoforge;
using namespace protoforge::text;
using text::testing::hex;
using text::testing::make;
using text::testing::parse_errors;
using text::testing::parsed;

namespace {

std::string encoded(std::string_view type, std::string_view text, bool deterministic = false) {
  message::EncodeOptions options;
  options.deterministic = deterministic;
  return hex(message::encode(parsed(type, text), options));
}

}  // namespace

TEST_CASE("values of every kind, in every spelling protoc accepts") {
  struct Case {
    const char* type;
    const char* text;
    const char* bytes;
  };
  const Case cases[] = {
      {"toolkit.Scalars", "i32: -1", "08ffffffffffffffffff01"},
      {"toolkit.Scalars", "i32: 0x7fffffff u32: 037777777777", "08ffffffff0718ffffffff0f"},
      {"toolkit.Scalars", "i64: -0x8000000000000000", "10808080808080808080" "01"},
      {"toolkit.Scalars", "s32: -1 s64: 1", "2801" "3002"},
      {"toolkit.Scalars", "f32: 1 sf64: -2", "3d01000000" "51feffffffffffffff"},
      {"toolkit.Scalars", "flt: 1.5f", "5d0000c03f"},
      {"toolkit.Scalars", "flt: -nan", "5d0000c0ff"},  // the sign of NaN is kept
      {"toolkit.Scalars", "dbl: -Infinity", "61000000000000f0ff"},
      {"toolkit.Scalars", "dbl: 18446744073709551616", "61000000000000f043"},
      {"toolkit.Scalars", "yes: t", "6801"},
      {"toolkit.Scalars", "yes: 0", "6800"},
      {"toolkit.Scalars", "color: BLUE", "8001" "02"},
      {"toolkit.Scalars", "color: -1", "8001" "ffffffffffffffffff01"},
      {"toolkit.Scalars", "str: \"a\" 'b' \"\\x41\\u00e9\"", "7205" "6162" "41c3a9"},
      {"toolkit.Scalars", "raw: \"\\400\"", "7a0100"},
      {"toolkit3.Scalars3", "i32: 0 i32: 0 maybe: 0 str: \"\"", "8801" "00"},  // implicit defaults are not set
      {"toolkit3.Lists3", "mood: [1, 9, -3]", "42" "0c" "0109fdffffffffffffffff01"},
      {"toolkit.Lists", "p_i32: [] i32: [1, 2] i32: 3", "0801" "0802" "0803"},
      {"toolkit.Tree", "Leaf < id: 1 >; Item: { count: 2 }, Item {}",
       "23" "2801" "24" "3b" "4002" "3c" "3b" "3c"},
      {"toolkit.Extendable", "[toolkit.extgroup] { g: 1 } [toolkit.Scope.scoped]: \"x\"",
       "bb06" "0801" "bc06" "f206" "0178"},
      {"toolkit.Holder", "any { [type.googleapis.com/toolkit3.Sub]: { v: 1 } }",
       "0a" "26" "0a20" "747970652e676f6f676c65617069732e636f6d2f746f6f6c6b6974332e537562" "1202" "0801"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(encoded(c.type, c.text) == c.bytes);
  }
}

TEST_CASE("map entries are kept as written; deterministic encoding sorts them stably") {
  const char* text = "i32_str { key: 2 value: \"b\" } i32_str { key: 1 } i32_str { key: 2 value: \"c\" }";
  CHECK(encoded("toolkit3.Maps", text) == "0a05" "0802" "120162" "0a04" "0801" "1200" "0a05" "0802" "120163");
  CHECK(encoded("toolkit3.Maps", text, true) == "0a04" "0801" "1200" "0a05" "0802" "120162" "0a05" "0802" "120163");
}

TEST_CASE("errors: protoc's words at the token the parser was looking at") {
  struct Case {
    const char* type;
    const char* text;
    const char* errors;
  };
  const Case cases[] = {
      {"toolkit.Scalars", "i32: 1\n  nope: 2", "2:7: Message type \"toolkit.Scalars\" has no field named \"nope\".\n"},
      {"toolkit.Scalars", "i32: 1 i32: 2", "1:11: Non-repeated field \"i32\" is specified multiple times.\n"},
      {"toolkit3.Choice", "num: 1 text: \"x\"",
       "1:12: Field \"text\" is specified along with field \"num\", another member of oneof \"pick\".\n"},
      {"toolkit.Scalars", "i32: 2147483648", "1:6: Integer out of range (2147483648)\n"},
      {"toolkit.Scalars", "u32: -1", "1:6: Expected integer, got: -\n"},
      {"toolkit.Scalars", "i32: 1.0", "1:6: Expected integer, got: 1.0\n"},
      {"toolkit.Scalars", "flt: 010", "1:6: Expect a decimal number, got: 010\n"},
      {"toolkit.Scalars", "dbl: Infinit", "1:6: Expected double, got: infinit\n"},
      {"toolkit.Scalars", "yes: TRUE", "1:10: Invalid value for boolean field \"yes\". Value: \"TRUE\".\n"},
      {"toolkit.Scalars", "color: 5", "1:9: Unknown enumeration value of \"5\" for field \"color\".\n"},
      {"toolkit.Scalars", "color: \"RED\"", "1:8: Expected integer or identifier, got: \"RED\"\n"},
      {"toolkit.Scalars", "str: 5", "1:6: Expected string, got: 5\n"},
      {"toolkit.Scalars", "i32 5", "1:5: Expected \":\", found \"5\".\n"},
      {"toolkit.Scalars", "i32: 08", "1:7: Numbers starting with leading zero must be in octal.\n"
                                     "1:6: Integer out of range (08)\n"},
      {"toolkit.Tree", "left { name: \"x\"", "1:17: Expected identifier, got: \n"},
      {"toolkit.Tree", "left < name: \"x\" }", "1:18: Expected \">\", found \"}\".\n"},
      {"toolkit.Tree", "leaf { }", "1:6: Message type \"toolkit.Tree\" has no field named \"leaf\".\n"},
      {"toolkit.Lists", "i32: [1, 2,]", "1:12: Expected integer, got: ]\n"},
      {"toolkit.Extendable", "[toolkit.ExtGroup] { }",
       "1:20: Extension \"toolkit.ExtGroup\" is not defined or is not an extension of \"toolkit.Extendable\".\n"},
      {"toolkit.Holder", "any { [type.googleapis.com/toolkit.Nope] { } }",
       "1:42: Could not find type \"type.googleapis.com/toolkit.Nope\" stored in google.protobuf.Any.\n"},
      {"toolkit.Holder", "any { [toolkit.Scalars] { } }", "1:23: Expected \"/\", found \"]\".\n"},
      {"toolkit.Holder", "any { [type.googleapis.com/toolkit3.Sub] { } [type.googleapis.com/toolkit3.Sub] { } }",
       "1:85: Non-repeated Any specified multiple times.\n"},
      {"toolkit.Holder", "any { [type.googleapis.com/toolkit3.Sub] { }; }", "1:45: Expected identifier, got: ;\n"},
      {"toolkit.Reserved", "gone: -huge", "1:8: Invalid float number: huge\n"},
      {"toolkit.Reserved", "gone: 1; kept: 2", "1:8: Expected identifier, got: ;\n"},
      {"toolkit.Reserved", "gone: []", "1:8: Cannot skip field value, unexpected token: ]\n"},
      {"toolkit.Scalars", "i32:\t\t1 \x01 str: \"\\q\" nope: 1",
       "1:19: Invalid control characters encountered in text.\n1:28: Invalid escape sequence in string literal.\n"
       "1:35: Message type \"toolkit.Scalars\" has no field named \"nope\".\n"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(parse_errors(c.type, c.text) == c.errors);
  }
}

TEST_CASE("reserved names: skipped silently, reported, or rejected") {
  const char* text = "kept: 1 gone: { a: [1, {b: 2}] [x.y/z]: -inf } old_name: \"s\" 'x'";
  ParseOptions options;
  options.pool = &text::testing::pool();
  message::Message m = make("toolkit.Reserved");
  CHECK(parse(text, m, options).ok());
  CHECK(hex(message::encode(m)) == "0801");

  options.reserved = message::ReservedPolicy::report;
  message::Message reported = make("toolkit.Reserved");
  const ParseResult result = parse(text, reported, options);
  CHECK(result.ok());
  REQUIRE(result.reserved.size() == 2);
  CHECK(result.reserved[0] == ParseError{1, 13, "field \"gone\" of message type \"toolkit.Reserved\" is reserved; "
                                                "its value is ignored"});
  CHECK(result.reserved[1].column == 56);

  options.reserved = message::ReservedPolicy::reject;
  CHECK(parse_errors("toolkit.Reserved", text, options) ==
        "1:13: Field \"gone\" is reserved in message type \"toolkit.Reserved\".\n");
}

TEST_CASE("nesting past the recursion limit is an error, not a crash") {
  ParseOptions options;
  options.recursion_limit = 3;
  CHECK(parse_errors("toolkit.Tree", "left { left { left { } } }", options).empty());
  CHECK(parse_errors("toolkit.Tree", "left { left { left { left { } } } }", options) ==
        "1:27: Message is too deep, the parser exceeded the configured recursion limit of 3.\n");
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "left {";
  CHECK(parse_errors("toolkit.Tree", deep).find("recursion limit of 1000") != std::string::npos);
  std::string skipped = "gone: ";
  for (int i = 0; i < 100000; ++i) skipped += "[";
  CHECK(parse_errors("toolkit.Reserved", skipped).find("recursion limit of 1000") != std::string::npos);
}

TEST_CASE("expanded Any values are shown to the hook before they are serialized") {
  std::vector<std::string> seen;
  ParseOptions options;
  options.pool = &text::testing::pool();
  options.on_any_value = [&](const message::Message& value) { seen.push_back(value.type().full_name); };
  message::Message m = make("toolkit.Holder");
  CHECK(parse("anys { [type.googleapis.com/google.protobuf.Any] { [type.googleapis.com/toolkit3.Sub] { } } }", m,
              options)
            .ok());
  CHECK(seen == std::vector<std::string>{"toolkit3.Sub", "google.protobuf.Any"});
}

TEST_CASE("without a pool, Any values cannot be expanded; a failed parse keeps what it read") {
  message::Message m = make("toolkit.Holder");
  const ParseResult result = parse("lists { i32: 1 } any { [type.googleapis.com/toolkit3.Sub] { } }", m);
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].message ==
        "Could not find type \"type.googleapis.com/toolkit3.Sub\" stored in google.protobuf.Any.");
  CHECK(hex(message::encode(m)) == "0a00" "2202" "0801");
}
