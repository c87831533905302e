// The text printer: protoc 3.21's --decode layout (checked against protoc by encode_decode_parity; the expected
// texts here were printed by protoc), single-line mode, Any expansion, and the --decode_raw printer.
#include <doctest/doctest.h>

#include <string>

#include "tests/unit/text_test_util.h"

using namespace protoforge;
using namespace protoforge::text;
using text::testing::make;
using text::testing::parsed;

namespace {

std::string printed(std::string_view type, std::string_view text, PrintOptions options = {}) {
  return print(parsed(type, text), options);
}

std::string raw(std::string_view bytes) { return print_unknown_fields(bytes).value_or("<malformed>"); }

}  // namespace

TEST_CASE("scalars print in number order with protoc's number, bool, enum and string forms") {
  CHECK(printed("toolkit.Scalars", "color: NEGATIVE str: \"a\\\"\\n\\001\\377\" u64: 18446744073709551615 i32: -5 "
                                   "yes: true sf64: -1 raw: \"\\000\"") ==
        "i32: -5\nu64: 18446744073709551615\nsf64: -1\nyes: true\nstr: \"a\\\"\\n\\001\\377\"\nraw: \"\\000\"\n"
        "color: NEGATIVE\n");
  // UTF-8 is escaped byte by byte, as CEscape does.
  CHECK(printed("toolkit.Scalars", "str: \"é'\"") == "str: \"\\303\\251\\'\"\n");
  // Open enums print undeclared numbers as numbers.
  CHECK(printed("toolkit3.Lists3", "mood: [HAPPY, 7, -3]") == "mood: HAPPY\nmood: 7\nmood: -3\n");
}

TEST_CASE("floats and doubles print as SimpleFtoa/SimpleDtoa, not as the shortest round trip") {
  const char* text =
      "dbl: [0.1, 1e100, 1.0000000000000002, -0.0, nan, -nan, inf, -inf, 5e-324, 1e21, 123456789012, 0.3]"
      "flt: [3.4028235e38, 0.1, 16777217, 1e-45, 123456.7, -0.0, 1e10]";
  CHECK(printed("toolkit.Lists", text) ==
        "flt: 3.40282347e+38\nflt: 0.1\nflt: 16777216\nflt: 1.40129846e-45\nflt: 123456.703\nflt: -0\nflt: 1e+10\n"
        "dbl: 0.1\ndbl: 1e+100\ndbl: 1.0000000000000002\ndbl: -0\ndbl: nan\ndbl: nan\ndbl: inf\ndbl: -inf\n"
        "dbl: 4.94065645841247e-324\ndbl: 1e+21\ndbl: 123456789012\ndbl: 0.3\n");
}

TEST_CASE("messages nest by two spaces; groups go by type name, extensions by full name") {
  CHECK(printed("toolkit.Tree", "left { name: \"l\" left { } } Leaf { id: 1 } Item { count: 2 }") ==
        "left {\n  name: \"l\"\n  left {\n  }\n}\nLeaf {\n  id: 1\n}\nItem {\n  count: 2\n}\n");
  CHECK(printed("toolkit.Extendable", "[toolkit.Scope.scoped]: \"s\" base: 1 [toolkit.extgroup] { g: 2 } "
                                      "[toolkit.ext_packed]: [1, -1]") ==
        "base: 1\n[toolkit.extgroup] {\n  g: 2\n}\n[toolkit.ext_packed]: 1\n[toolkit.ext_packed]: -1\n"
        "[toolkit.Scope.scoped]: \"s\"\n");
}

TEST_CASE("map entries print sorted by key, stably, with key and value always shown") {
  CHECK(printed("toolkit3.Maps", "i32_str { key: 2 value: \"b\" } i32_str { key: -1 } i32_str { key: 2 value: \"c\" }"
                                 "bool_str { key: true } bool_str { key: false } str_sub { key: \"k\" }") ==
        "i32_str {\n  key: -1\n  value: \"\"\n}\ni32_str {\n  key: 2\n  value: \"b\"\n}\ni32_str {\n  key: 2\n"
        "  value: \"c\"\n}\nbool_str {\n  key: false\n  value: \"\"\n}\nbool_str {\n  key: true\n  value: \"\"\n}\n"
        "str_sub {\n  key: \"k\"\n  value {\n  }\n}\n");
  // Unsigned keys compare unsigned.
  CHECK(printed("toolkit3.Maps", "u64_dbl { key: 18446744073709551615 } u64_dbl { key: 1 }") ==
        "u64_dbl {\n  key: 1\n  value: 0\n}\nu64_dbl {\n  key: 18446744073709551615\n  value: 0\n}\n");
}

TEST_CASE("unknown fields print after the known ones, by number and wire type") {
  message::Message m = make("toolkit.Scalars");
  const std::string bytes = std::string("\x08\x01", 2) +                   // i32: 1
                            std::string("\xf8\x02\x96\x01", 4) +           // 47: 150
                            std::string("\xfd\x02\x01\x00\x00\x00", 6) +   // 47: fixed32
                            std::string("\xf9\x02\x01\x00\x00\x00\x00\x00\x00\x80", 10) +
                            std::string("\xfa\x02\x02\x08\x01", 5) +       // 47: a message
                            std::string("\xfa\x02\x02\x1c\x00", 5) +       // 47: not a message
                            std::string("\xfb\x02\x08\x02\xfc\x02", 6);     // 47: group
  REQUIRE(message::decode(bytes, m).ok());
  CHECK(print(m) ==
        "i32: 1\n47: 150\n47: 0x00000001\n47: 0x8000000000000001\n47 {\n  1: 1\n}\n47: \"\\034\\000\"\n47 {\n"
        "  1: 2\n}\n");
}

TEST_CASE("single-line mode is ShortDebugString's layout") {
  PrintOptions one_line;
  one_line.single_line = true;
  CHECK(printed("toolkit.Tree", "name: \"r\" left { name: \"l\" left { } } Item { count: 1 }", one_line) ==
        "name: \"r\" left { name: \"l\" left { } } Item { count: 1 }");
  CHECK(printed("toolkit.Tree", "", one_line).empty());
  std::string out = "prefix ";
  append_text(make("toolkit.Tree"), out, one_line);
  CHECK(out == "prefix ");  // nothing of the caller's is trimmed
}

TEST_CASE("Any is expanded only when asked, for known types whose value decodes") {
  const char* text = "any { [type.googleapis.com/toolkit3.Sub] { v: 1 } } "
                     "anys { type_url: \"type.googleapis.com/toolkit.Missing\" value: \"\\010\\001\" } "
                     "anys { type_url: \"example.com/toolkit3.Sub\" value: \"\" } "
                     "anys { type_url: \"type.googleapis.com/toolkit3.Sub\" value: \"\\377\" }";
  CHECK(printed("toolkit.Holder", text) ==
        "any {\n  type_url: \"type.googleapis.com/toolkit3.Sub\"\n  value: \"\\010\\001\"\n}\n"
        "anys {\n  type_url: \"type.googleapis.com/toolkit.Missing\"\n  value: \"\\010\\001\"\n}\n"
        "anys {\n  type_url: \"example.com/toolkit3.Sub\"\n}\n"
        "anys {\n  type_url: \"type.googleapis.com/toolkit3.Sub\"\n  value: \"\\377\"\n}\n");
  PrintOptions expand;
  expand.expand_any = true;
  expand.pool = &text::testing::pool();
  expand.single_line = true;
  CHECK(printed("toolkit.Holder", text, expand) ==
        "any { [type.googleapis.com/toolkit3.Sub] { v: 1 } } "
        "anys { type_url: \"type.googleapis.com/toolkit.Missing\" value: \"\\010\\001\" } "
        "anys { type_url: \"example.com/toolkit3.Sub\" } "
        "anys { type_url: \"type.googleapis.com/toolkit3.Sub\" value: \"\\377\" }");
}

// libprotobuf's PrintAny parses the value into a DynamicMessage, which keeps map entries as the repeated messages
// they are on the wire. Reading the value as a map instead dropped all but the last entry of a key, so the text
// no longer parsed back to the Any's bytes (found by fuzz-text-parse).
TEST_CASE("an expanded Any prints its map entries as written, duplicate keys included, sorted stably") {
  PrintOptions expand;
  expand.expand_any = true;
  expand.pool = &text::testing::pool();
  expand.single_line = true;
  CHECK(printed("toolkit3.Envelope",
                "payload { [type.googleapis.com/toolkit3.Maps] { str_str { key: \"k\" value: \"b\" } "
                "str_str { key: \"a\" value: \"1\" } str_str { key: \"k\" value: \"c\" } } }",
                expand) ==
        "payload { [type.googleapis.com/toolkit3.Maps] { str_str { key: \"a\" value: \"1\" } "
        "str_str { key: \"k\" value: \"b\" } str_str { key: \"k\" value: \"c\" } } }");
  // Entries already in key order print as read, so the text gives back the same bytes.
  const message::Message first = parsed("toolkit3.Envelope", "payload { [type.googleapis.com/toolkit3.Maps] { "
                                                             "str_str { } str_str { } } }");
  const message::Message second = parsed("toolkit3.Envelope", print(first, expand));
  CHECK(message::encode(second) == message::encode(first));
}

TEST_CASE("--decode_raw: every field by number; length-delimited values expand at most 10 levels deep") {
  CHECK(raw(std::string("\x08\x96\x01\x1a\x03\x61\x62\x63\x22\x00", 10)) == "1: 150\n3: \"abc\"\n4: \"\"\n");
  std::string nested = "\x08\x01";
  for (int i = 0; i < 11; ++i) nested = "\x0a" + std::string(1, static_cast<char>(nested.size())) + nested;
  const std::string text = raw(nested);
  CHECK(text.find("1: \"\\010\\001\"") != std::string::npos);  // the 11th level stays a string
  CHECK(text.find("1: 1\n") == std::string::npos);
  // Groups count against the budget too, and a value whose groups nest deeper than it is a string.
  std::string groups = std::string(10, '\x0b') + "\x08\x01" + std::string(10, '\x0c');
  CHECK(raw("\x0a" + std::string(1, static_cast<char>(groups.size())) + groups).find("1: 1\n") != std::string::npos);
  groups = "\x0b" + groups + "\x0c";
  CHECK(raw("\x0a" + std::string(1, static_cast<char>(groups.size())) + groups).starts_with("1: \"\\013"));
}

TEST_CASE("--decode_raw refuses what is not a message") {
  CHECK_FALSE(print_unknown_fields("\x08").has_value());           // truncated
  CHECK_FALSE(print_unknown_fields("\x0c").has_value());           // end-group outside a group
  CHECK_FALSE(print_unknown_fields("\x0b\x08\x01").has_value());   // open group
  CHECK_FALSE(print_unknown_fields(std::string("\x00\x01", 2)).has_value());  // field number 0
  CHECK(print_unknown_fields(std::string(100, '\x0b') + std::string(100, '\x0c')).has_value());
  CHECK_FALSE(print_unknown_fields(std::string(101, '\x0b') + std::string(101, '\x0c')).has_value());
  CHECK(print_unknown_fields("") == std::string());
  // The input itself is read by protoc's message parser: tags of at most five bytes, taken modulo 2^32.
  CHECK_FALSE(print_unknown_fields(std::string("\x88\x80\x80\x80\x80\x00\x05", 7)).has_value());
  CHECK_FALSE(print_unknown_fields(std::string("\x0b\x88\x80\x80\x80\x80\x00\x05\x0c", 9)).has_value());
  CHECK(print_unknown_fields("\x88\x80\x80\x80\x10\x05") == "1: 5\n");
}

TEST_CASE("values are read as libprotobuf reads unknown fields: long tags modulo 2^32, overflowing varints") {
  // A six-byte tag for field 1 (its high bits fall off at 32) and a ten-byte varint whose last byte overflows:
  // libprotobuf expands the value as a message, so protoc prints a block, not a string.
  const std::string long_tag = std::string("\x88\x80\x80\x80\x80\x01", 6) + "\x05";
  const std::string overflow = std::string("\x08", 1) + std::string(9, '\xff') + "\x7f";
  for (const std::string& payload : {long_tag, overflow}) {
    const std::string text = raw("\x0a" + std::string(1, static_cast<char>(payload.size())) + payload);
    CHECK(text.starts_with("1 {\n  1: "));
  }
  CHECK(raw(std::string("\x0a\x02\x05\x01", 4)) == "1: \"\\005\\001\"\n");  // field number 0: not a message
}
