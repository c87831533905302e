// The text-format tokenizer: token kinds and extents, protoc's positions (tabs to multiples of 8), and protoc's
// lexical errors at protoc's columns; the literal decoders it shares with the .proto lexer.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "runtime/text/literals.h"
#include "runtime/text/tokenizer.h"

using namespace protoforge::text;

namespace {

std::vector<Token> tokens_of(std::string_view text) {
  Tokenizer tokenizer(text);
  std::vector<Token> out;
  while (tokenizer.current().type != TokenType::end) {
    out.push_back(tokenizer.current());
    tokenizer.next();
  }
  out.push_back(tokenizer.current());
  return out;
}

// Every error as "line:column message", zero-based as the tokenizer keeps them.
std::vector<std::string> errors_of(std::string_view text) {
  Tokenizer tokenizer(text);
  while (tokenizer.current().type != TokenType::end) tokenizer.next();
  std::vector<std::string> out;
  for (const auto& e : tokenizer.errors()) {
    out.push_back(std::to_string(e.line) + ":" + std::to_string(e.column) + " " + e.message);
  }
  return out;
}

}  // namespace

TEST_CASE("tokens: identifiers, numbers with the f suffix, strings with quotes kept, symbols, comments skipped") {
  const auto tokens = tokens_of("a : 1.5f [ t . ext ] \"s\\\"\" # comment\n 0x1F - 'q' .5 1e-3");
  std::vector<std::pair<TokenType, std::string>> seen;
  for (const auto& t : tokens) seen.emplace_back(t.type, std::string(t.text));
  const std::vector<std::pair<TokenType, std::string>> expected = {
      {TokenType::identifier, "a"}, {TokenType::symbol, ":"},      {TokenType::floating, "1.5f"},
      {TokenType::symbol, "["},     {TokenType::identifier, "t"},  {TokenType::symbol, "."},
      {TokenType::identifier, "ext"}, {TokenType::symbol, "]"},    {TokenType::string, "\"s\\\"\""},
      {TokenType::integer, "0x1F"}, {TokenType::symbol, "-"},      {TokenType::string, "'q'"},
      {TokenType::floating, ".5"},  {TokenType::floating, "1e-3"}, {TokenType::end, ""},
  };
  CHECK(seen == expected);
  CHECK(errors_of("a : 1.5f [ t . ext ] \"s\\\"\" # comment\n 0x1F -").empty());
}

TEST_CASE("positions count bytes, tabs advance to the next multiple of 8, newlines start a line") {
  const auto tokens = tokens_of("a:\t1\n  \"é\" b\r\n\tc");
  REQUIRE(tokens.size() == 7);
  CHECK((tokens[2].line == 0 && tokens[2].column == 8 && tokens[2].end_column == 9));  // 1 after the tab
  CHECK((tokens[3].line == 1 && tokens[3].column == 2 && tokens[3].end_column == 6));  // "é" is 4 bytes
  CHECK((tokens[4].line == 1 && tokens[4].column == 7));
  CHECK((tokens[5].line == 2 && tokens[5].column == 8));
  CHECK((tokens[6].type == TokenType::end && tokens[6].line == 2 && tokens[6].column == 9));
}

TEST_CASE("lexical errors carry protoc's wording at the column where protoc notices them") {
  struct Case {
    const char* text;
    std::vector<std::string> errors;
  };
  const Case cases[] = {
      {"a: 08", {"0:4 Numbers starting with leading zero must be in octal."}},
      {"a: 0x", {"0:5 \"0x\" must be followed by hex digits."}},
      {"a: 1e", {"0:5 \"e\" must be followed by exponent."}},
      {"a: 1x", {"0:4 Need space between number and identifier."}},
      {"a: 1.5.5", {"0:6 Already saw decimal point or exponent; can't have another one."}},
      {"a: 0x1.5", {"0:6 Hex and octal numbers must be integers."}},
      {"a.5", {"0:1 Need space between identifier and decimal point."}},
      {"s: \"abc", {"0:7 Unexpected end of string."}},
      {"s: \"a\nb\"", {"0:5 String literals cannot cross line boundaries.", "1:2 Unexpected end of string."}},
      {"s: \"\\q\"", {"0:5 Invalid escape sequence in string literal."}},
      {"s: \"\\x\"", {"0:6 Expected hex digits for escape sequence."}},
      {"s: \"\\u12\"", {"0:8 Expected four hex digits for \\u escape sequence."}},
      {"s: \"\\U00200000\"", {"0:8 Expected eight hex digits up to 10ffff for \\U escape sequence"}},
      {"a \x01\x02 b", {"0:2 Invalid control characters encountered in text."}},
      {"a \xc3\xa9", {"0:2 Interpreting non ascii codepoint 195.", "0:3 Interpreting non ascii codepoint 169."}},
      {"s: \"ok \\U0010ffff \\ud800 \\400\" # \x01 in a comment", {}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(errors_of(c.text) == c.errors);
  }
  // A NUL byte ends a string as the end of input does, and is then a control character (the quote after it
  // opens another string).
  CHECK(errors_of(std::string_view("s: \"a\0\" b", 9)) ==
        std::vector<std::string>{"0:5 Unexpected end of string.", "0:5 Invalid control characters encountered in text.",
                                 "0:9 Unexpected end of string."});
}

TEST_CASE("literals decode as protoc's tokenizer does") {
  uint64_t v = 0;
  CHECK(parse_integer("0x1F", UINT64_MAX, &v));
  CHECK(v == 31);
  CHECK(parse_integer("017", UINT64_MAX, &v));
  CHECK(v == 15);
  CHECK_FALSE(parse_integer("08", UINT64_MAX, &v));
  CHECK_FALSE(parse_integer("2147483648", INT32_MAX, &v));
  CHECK(parse_float("1.5f") == 1.5);
  CHECK(parse_float("2F") == 2.0);
  CHECK(parse_float("1e") == 1.0);
  CHECK(parse_float("1e+") == 1.0);
  CHECK(std::isinf(parse_float("1e400")));
  std::string s;
  append_string_literal("'a\\n\\x41\\101\\u00e9\\uD83D\\uDE00\\ud800\\U00110000'", &s);
  CHECK(s == "a\nAA\xc3\xa9\xf0\x9f\x98\x80\xed\xa0\x80\\U00110000");  // lone surrogates encoded; beyond Unicode as text
}

TEST_CASE("float fields narrow as protoc's text parser does: the exact tie above FLT_MAX stays finite") {
  const double max = std::numeric_limits<float>::max();
  const double tie = std::ldexp(1.0, 128) - std::ldexp(1.0, 103);
  CHECK(double_to_float(max) == std::numeric_limits<float>::max());
  CHECK(double_to_float(3.4028235e38) == std::numeric_limits<float>::max());
  CHECK(double_to_float(tie) == std::numeric_limits<float>::max());
  CHECK(double_to_float(-tie) == -std::numeric_limits<float>::max());
  CHECK(std::isinf(double_to_float(std::nextafter(tie, 1e300))));
  CHECK(std::isinf(double_to_float(-3.4028236e38)));
  CHECK(double_to_float(0.1) == 0.1f);
}
