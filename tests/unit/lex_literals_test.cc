// Literal decoding: integers with protoc's range checks, floats, and string escapes (to UTF-8).
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "compiler/lex/literals.h"

using namespace protoforge;

namespace {

std::string decode(std::string_view literal) {
  std::string out;
  lex::append_string_literal(literal, &out);
  return out;
}

}  // namespace

TEST_CASE("parse_integer: bases and limits") {
  uint64_t value = 7;
  CHECK(lex::parse_integer("0", UINT64_MAX, &value));
  CHECK(value == 0);
  CHECK(lex::parse_integer("0x7fffffff", INT32_MAX, &value));
  CHECK(value == INT32_MAX);
  CHECK_FALSE(lex::parse_integer("2147483648", INT32_MAX, &value));
  CHECK(lex::parse_integer("2147483648", uint64_t{INT32_MAX} + 1, &value));
  CHECK(lex::parse_integer("017", UINT64_MAX, &value));
  CHECK(value == 15);
  CHECK_FALSE(lex::parse_integer("08", UINT64_MAX, &value));
  CHECK(lex::parse_integer("18446744073709551615", UINT64_MAX, &value));
  CHECK(value == UINT64_MAX);
  CHECK_FALSE(lex::parse_integer("18446744073709551616", UINT64_MAX, &value));
  CHECK(lex::parse_integer("0x", UINT64_MAX, &value));  // an error token; protoc reads it as 0
  CHECK(value == 0);
}

TEST_CASE("parse_float") {
  CHECK(lex::parse_float("1.5") == 1.5);
  CHECK(lex::parse_float(".5") == 0.5);
  CHECK(lex::parse_float("5.") == 5.0);
  CHECK(lex::parse_float("1e5") == 1e5);
  CHECK(lex::parse_float("1E-2") == 1e-2);
  CHECK(lex::parse_float("1e") == 1.0);
  CHECK(std::isinf(lex::parse_float("1e999")));
  CHECK(lex::parse_float("1e-999") == 0.0);
}

TEST_CASE("string escapes") {
  CHECK(decode(R"("abc")") == "abc");
  CHECK(decode(R"('a"b')") == "a\"b");
  CHECK(decode(R"("\a\b\f\n\r\t\v\\\'\"\?")") == "\a\b\f\n\r\t\v\\'\"?");
  CHECK(decode(R"("\0\12\123\1234")") == std::string("\0\nSS4", 5));
  CHECK(decode(R"("\x41\x4a\x4")") == "AJ\x04");
  CHECK(decode(R"("\u00e9")") == "\xc3\xa9");
  CHECK(decode(R"("\u20AC")") == "\xe2\x82\xac");
  CHECK(decode(R"("\U0001F600")") == "\xf0\x9f\x98\x80");
  CHECK(decode(R"("\ud83d\ude00")") == "\xf0\x9f\x98\x80");  // a surrogate pair becomes one code point
  CHECK(decode(R"("\ud83d")") == "\xed\xa0\xbd");             // a lone surrogate is encoded as is
  CHECK(decode(R"("\u12")") == "u12");                        // an error token: protoc keeps the letter
  CHECK(decode(R"("\u12ro")") == "\xe1\x8f\x88");               // protoc reads any four characters as digits
  CHECK(decode(R"("\u123")") == "\xe1\x89\x94");                // ... and values a non-alphanumeric one as 36
  CHECK(decode(R"("abc)") == "abc");                          // unterminated
  CHECK(decode(R"("\U00110000")") == "\\U00110000");          // beyond Unicode: protoc writes the escape back
}
