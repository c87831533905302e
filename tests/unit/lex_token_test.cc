// Table-driven tokenizer tests: token kinds and extents, and protoc's lexical errors with their positions.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "compiler/lex/token.h"

using namespace protoforge;
using lex::TokenKind;

namespace {

struct Expected {
  TokenKind kind;
  std::string text;
};

std::vector<Expected> tokens_of(std::string_view text) {
  std::vector<Expected> out;
  const lex::LexResult result = lex::lex(text);
  for (const lex::Token& token : result.tokens) {
    if (token.kind == TokenKind::start || token.kind == TokenKind::end) continue;
    out.push_back({token.kind, std::string(token.text(text))});
  }
  return out;
}

std::vector<std::string> errors_of(std::string_view text) {
  std::vector<std::string> out;
  for (const lex::LexError& error : lex::lex(text).errors) {
    out.push_back(std::to_string(error.offset) + ": " + error.message);
  }
  return out;
}

bool operator==(const Expected& a, const Expected& b) { return a.kind == b.kind && a.text == b.text; }

}  // namespace

TEST_CASE("token kinds and extents") {
  struct Case {
    std::string input;
    std::vector<Expected> tokens;
  };
  const std::vector<Case> cases = {
      {"foo _bar9 B_1", {{TokenKind::identifier, "foo"}, {TokenKind::identifier, "_bar9"}, {TokenKind::identifier, "B_1"}}},
      {"0 123 0x1F 0X0 017", {{TokenKind::integer, "0"}, {TokenKind::integer, "123"}, {TokenKind::integer, "0x1F"},
                              {TokenKind::integer, "0X0"}, {TokenKind::integer, "017"}}},
      {"1.5 .5 5. 1e5 1E-5 2e+3 0.0", {{TokenKind::floating, "1.5"}, {TokenKind::floating, ".5"},
                                       {TokenKind::floating, "5."}, {TokenKind::floating, "1e5"},
                                       {TokenKind::floating, "1E-5"}, {TokenKind::floating, "2e+3"},
                                       {TokenKind::floating, "0.0"}}},
      {R"("a\"b" 'c\'d' "")", {{TokenKind::string, R"("a\"b")"}, {TokenKind::string, R"('c\'d')"},
                               {TokenKind::string, R"("")"}}},
      {"{}[]()<>=;,.-+/", {{TokenKind::symbol, "{"}, {TokenKind::symbol, "}"}, {TokenKind::symbol, "["},
                           {TokenKind::symbol, "]"}, {TokenKind::symbol, "("}, {TokenKind::symbol, ")"},
                           {TokenKind::symbol, "<"}, {TokenKind::symbol, ">"}, {TokenKind::symbol, "="},
                           {TokenKind::symbol, ";"}, {TokenKind::symbol, ","}, {TokenKind::symbol, "."},
                           {TokenKind::symbol, "-"}, {TokenKind::symbol, "+"}, {TokenKind::symbol, "/"}}},
      {"a // line\nb /* block\n */ c", {{TokenKind::identifier, "a"}, {TokenKind::identifier, "b"},
                                        {TokenKind::identifier, "c"}}},
      {"foo.bar", {{TokenKind::identifier, "foo"}, {TokenKind::symbol, "."}, {TokenKind::identifier, "bar"}}},
      {"1f", {{TokenKind::integer, "1"}, {TokenKind::identifier, "f"}}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.input);
    CHECK(tokens_of(c.input) == c.tokens);
  }
}

TEST_CASE("the token list starts with start and ends with end") {
  const lex::LexResult result = lex::lex("a");
  REQUIRE(result.tokens.size() == 3);
  CHECK(result.tokens[0].kind == TokenKind::start);
  CHECK(result.tokens[2] == lex::Token{TokenKind::end, 1, 0});
}

TEST_CASE("comments are kept") {
  const lex::LexResult result = lex::lex("a // x\n/* y */ b");
  REQUIRE(result.comments.size() == 2);
  CHECK(result.comments[0] == lex::Token{TokenKind::line_comment, 2, 5});
  CHECK(result.comments[1] == lex::Token{TokenKind::block_comment, 7, 7});
}

TEST_CASE("lexical errors: protoc's wording and positions") {
  struct Case {
    std::string input;
    std::vector<std::string> errors;
  };
  const std::vector<Case> cases = {
      {"\"abc\n\"", {"4: String literals cannot cross line boundaries.", "6: Unexpected end of string."}},
      {"\"abc", {"4: Unexpected end of string."}},
      {R"("\q")", {"2: Invalid escape sequence in string literal."}},
      {R"("\x")", {"3: Expected hex digits for escape sequence."}},
      {R"("\u12")", {"5: Expected four hex digits for \\u escape sequence."}},
      {R"("\U00200000")", {"5: Expected eight hex digits up to 10ffff for \\U escape sequence"}},
      {R"("\a\b\f\n\r\t\v\\\'\"\?\0\12\123\x1\xAb\u00e9\U0010ffff")", {}},
      {"08", {"1: Numbers starting with leading zero must be in octal."}},
      {"0x", {"2: \"0x\" must be followed by hex digits."}},
      {"1e", {"2: \"e\" must be followed by exponent."}},
      {"1abc", {"1: Need space between number and identifier."}},
      {"1.2.3", {"3: Already saw decimal point or exponent; can't have another one."}},
      {"0x1.5", {"3: Hex and octal numbers must be integers."}},
      {"foo.5", {"3: Need space between identifier and decimal point."}},
      {"/* a /* b */", {"6: \"/*\" inside block comment.  Block comments cannot be nested."}},
      {"/* a", {"4: End-of-file inside block comment.", "0:   Comment started here."}},
      {"a\x01\x02 b", {"1: Invalid control characters encountered in text."}},
      {std::string("a\0b", 3), {"1: Invalid control characters encountered in text."}},
      {"\xc3\xa9", {"0: Interpreting non ascii codepoint 195.", "1: Interpreting non ascii codepoint 169."}},
      {"\xef\xbb x", {"2: Proto file starts with 0xEF but not UTF-8 BOM. Only UTF-8 is accepted for proto file."}},
      {"\xef\xbb\xbfx", {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.input);
    CHECK(errors_of(c.input) == c.errors);
  }
}

TEST_CASE("lexical errors are tagged with the token being produced") {
  const lex::LexResult result = lex::lex("a 08 b");
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].token_index == 2);  // start, a, 08
}

TEST_CASE("binary garbage and huge inputs terminate") {
  std::string garbage;
  for (int i = 0; i < 200000; ++i) garbage.push_back(static_cast<char>((i * 7919) & 0xFF));
  const lex::LexResult result = lex::lex(garbage);
  CHECK(result.tokens.back().kind == TokenKind::end);
  const std::string braces(1 << 20, '{');
  CHECK(lex::lex(braces).tokens.size() == braces.size() + 2);
}
