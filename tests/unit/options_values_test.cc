// Option value checking and encoding (protoc's SetOptionValue) and the byte order of options messages.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "compiler/options/message_builder.h"
#include "compiler/options/value_encoder.h"
#include "options_fixture.h"

using namespace protoforge;
using namespace protoforge::options;
using Kind = ast::OptionValue::Kind;

namespace {

const testing::FixtureSymbols& fixture() {
  static const testing::FixtureSymbols symbols(PROTOFORGE_OPTIONS_TESTDATA "/unit/schema.pb");
  return symbols;
}

ast::OptionValue integer(uint64_t magnitude, bool negative = false) {
  ast::OptionValue v;
  v.kind = Kind::integer;
  v.unsigned_value = magnitude;
  v.negative = negative;
  return v;
}
ast::OptionValue floating(double magnitude, bool negative = false) {
  ast::OptionValue v;
  v.kind = Kind::floating;
  v.float_value = magnitude;
  v.negative = negative;
  return v;
}
ast::OptionValue ident(std::string text) {
  ast::OptionValue v;
  v.kind = Kind::identifier;
  v.text = std::move(text);
  return v;
}
ast::OptionValue string_value(std::string bytes) {
  ast::OptionValue v;
  v.kind = Kind::string;
  v.string_value = std::move(bytes);
  return v;
}

FieldInfo outer_field(const char* name) {
  Schema schema(fixture());
  auto field = schema.field_by_name("t.Outer", name);
  REQUIRE(field.has_value());
  return *field;
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

TEST_CASE("fixture loads") { REQUIRE(fixture().ok()); }

TEST_CASE("scalar option values encode like protoc") {
  Schema schema(fixture());
  struct Case {
    const char* field;
    ast::OptionValue value;
    const char* payload_hex;
  };
  const Case cases[] = {
      {"i32", integer(1), "01"},
      {"i32", integer(1, true), "ffffffffffffffffff01"},  // int32 sign-extends to ten bytes
      {"i32", integer(2147483648ull, true), "80808080f8ffffffff01"},
      {"i64", integer(9223372036854775808ull, true), "80808080808080808001"},
      {"u32", integer(4294967295ull), "ffffffff0f"},
      {"u64", integer(~0ull), "ffffffffffffffffff01"},
      {"s32", integer(1, true), "01"},
      {"s32", integer(2147483648ull, true), "ffffffff0f"},
      {"s64", integer(2), "04"},
      {"f32", integer(1), "01000000"},
      {"f64", integer(1), "0100000000000000"},
      {"sf32", integer(2, true), "feffffff"},
      {"sf64", integer(2, true), "feffffffffffffff"},
      {"f", floating(1.5), "0000c03f"},
      {"f", integer(3, true), "000040c0"},
      {"d", floating(0.0, true), "0000000000000080"},
      {"d", integer(7), "0000000000001c40"},
      {"b", ident("true"), "01"},
      {"b", ident("false"), "00"},
      {"c", ident("BLUE"), "ffffffffffffffffff01"},
      {"s", string_value("hi"), "6869"},
      {"by", string_value(std::string("\0\xff", 2)), "00ff"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.field);
    EncodedValue encoded = encode_option_value(outer_field(c.field), c.value, schema, true);
    CHECK(encoded.error == "");
    CHECK(hex(encoded.payload) == c.payload_hex);
  }
}

TEST_CASE("option value errors use protoc's wording") {
  Schema schema(fixture());
  struct Case {
    const char* field;
    ast::OptionValue value;
    const char* error;
  };
  const Case cases[] = {
      {"i32", integer(2147483648ull), "Value out of range for int32 option \"t.Outer.i32\"."},
      {"i32", integer(2147483649ull, true), "Value out of range for int32 option \"t.Outer.i32\"."},
      {"i32", floating(1.5), "Value must be integer for int32 option \"t.Outer.i32\"."},
      {"i64", integer(9223372036854775808ull), "Value out of range for int64 option \"t.Outer.i64\"."},
      {"u32", integer(4294967296ull), "Value out of range for uint32 option \"u32\"."},
      {"u32", integer(0, true), "Value must be non-negative integer for uint32 option \"t.Outer.u32\"."},
      {"u64", integer(1, true), "Value must be non-negative integer for uint64 option \"t.Outer.u64\"."},
      {"f", ident("inf"), "Value must be number for float option \"t.Outer.f\"."},
      {"d", string_value("1"), "Value must be number for double option \"t.Outer.d\"."},
      {"b", integer(1), "Value must be identifier for boolean option \"t.Outer.b\"."},
      {"b", ident("yes"), "Value must be \"true\" or \"false\" for boolean option \"t.Outer.b\"."},
      {"c", integer(1), "Value must be identifier for enum-valued option \"t.Outer.c\"."},
      {"c", ident("NOPE"), "Enum type \"t.Color\" has no value named \"NOPE\" for option \"t.Outer.c\"."},
      {"c", ident("PINK"),
       "Enum type \"t.Color\" has no value named \"PINK\" for option \"t.Outer.c\". This appears to be a value "
       "from a sibling type."},
      {"s", integer(1), "Value must be quoted string for string option \"t.Outer.s\"."},
      {"inner", integer(1),
       "Option \"t.Outer.inner\" is a message. To set the entire message, use syntax like \"inner = { <proto text "
       "format> }\". To set fields within it, use syntax like \"inner.foo = value\"."},
  };
  for (const auto& c : cases) {
    CAPTURE(c.field);
    CHECK(encode_option_value(outer_field(c.field), c.value, schema, true).error == c.error);
  }
}

TEST_CASE("canonicalize puts known fields first by number and keeps unknown ones in order") {
  Schema schema(fixture());
  std::string bytes;
  append_record(bytes, 50001, descriptor::FieldType::int32, encode_signed(descriptor::FieldType::int32, 1));
  append_record(bytes, 9, descriptor::FieldType::enum_, encode_signed(descriptor::FieldType::enum_, 2));
  append_record(bytes, 50001, descriptor::FieldType::int32, encode_signed(descriptor::FieldType::int32, 2));
  append_record(bytes, 1, descriptor::FieldType::string, "x");
  std::string expected;
  append_record(expected, 1, descriptor::FieldType::string, "x");
  append_record(expected, 9, descriptor::FieldType::enum_, encode_signed(descriptor::FieldType::enum_, 2));
  append_record(expected, 50001, descriptor::FieldType::int32, encode_signed(descriptor::FieldType::int32, 1));
  append_record(expected, 50001, descriptor::FieldType::int32, encode_signed(descriptor::FieldType::int32, 2));
  CHECK(hex(canonicalize(bytes, schema, "google.protobuf.FileOptions")) == hex(expected));
}

TEST_CASE("canonicalize merges repeated occurrences of a known sub-message") {
  Schema schema(fixture());
  std::string a;
  append_record(a, 1, descriptor::FieldType::int32, encode_signed(descriptor::FieldType::int32, 5));
  std::string b;
  append_record(b, 17, descriptor::FieldType::message, "");
  append_record(b, 1, descriptor::FieldType::int32, encode_signed(descriptor::FieldType::int32, 6));
  // Outer.i32 (1) twice: last wins; Outer.inner (17) kept; result in number order.
  std::string merged = canonicalize(a + b, schema, "t.Outer");
  std::string expected;
  append_record(expected, 1, descriptor::FieldType::int32, encode_signed(descriptor::FieldType::int32, 6));
  append_record(expected, 17, descriptor::FieldType::message, "");
  CHECK(hex(merged) == hex(expected));
}

TEST_CASE("canonicalize's scalar fast path (protoc 3.21 mode) agrees with the general path") {
  using descriptor::FieldType;
  Schema schema(fixture());
  auto record = [](int32_t number, FieldType type, std::string payload) {
    std::string out;
    append_record(out, number, type, payload);
    return out;
  };
  std::string i32_5 = record(1, FieldType::int32, encode_signed(FieldType::int32, 5));
  std::string s_a = record(14, FieldType::string, "a");
  std::string s_b = record(14, FieldType::string, "b");
  std::string d = record(12, FieldType::double_, encode_double(1.5));
  std::string unknown = record(150, FieldType::int32, encode_signed(FieldType::int32, 7));
  std::vector<std::string> cases = {
      "",
      s_a + unknown + i32_5 + s_b + d,                        // out of order, a duplicate, an unknown between
      unknown + i32_5,                                        // unknown first
      record(22, FieldType::int32, encode_signed(FieldType::int32, 1)) + record(23, FieldType::string, "x"),  // oneof
      record(19, FieldType::int32, encode_signed(FieldType::int32, 1)) + i32_5,          // repeated
      record(17, FieldType::message, i32_5) + record(17, FieldType::message, d),        // sub-message merge
      std::string("\x88\x00\x05", 3) + d,                      // non-minimal tag
      record(1, FieldType::fixed32, encode_unsigned(FieldType::fixed32, 5)) + d,       // wrong wire type
      i32_5 + std::string("\x0a\x05", 2),                       // malformed tail
  };
  for (const std::string& bytes : cases) {
    CAPTURE(hex(bytes));
    CHECK(hex(canonicalize(bytes, schema, "t.Outer", 0, true)) == hex(canonicalize(bytes, schema, "t.Outer", 0, false)));
  }
}

TEST_CASE("proto3 implicit-presence fields are not written when default") {
  Schema schema(fixture());
  auto a = schema.field_by_name("t3.P3", "a");
  auto o = schema.field_by_name("t3.P3", "o");
  auto r = schema.field_by_name("t3.P3", "r");
  REQUIRE(a);
  REQUIRE(o);
  REQUIRE(r);
  CHECK_FALSE(a->has_presence);
  CHECK(o->has_presence);
  CHECK(r->packed);
  MessageBuilder builder;
  builder.set(*a, encode_signed(a->type, 0), true);
  builder.set(*o, encode_signed(o->type, 0), true);
  builder.set(*r, encode_signed(r->type, 1));
  builder.set(*r, encode_signed(r->type, 2));
  CHECK(hex(builder.serialize()) == "12020102" "2000");
}
