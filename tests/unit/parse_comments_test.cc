// Comment attachment, as protoc's Tokenizer::NextWithComments + Parser do it (checked against libprotoc on the
// whole googleapis corpus by parse_oracle --comments; these cases pin the rules down).
#include <doctest/doctest.h>

#include "tests/unit/parse_test_util.h"

using namespace protoforge;
using testing::element;
using testing::parse_text;

namespace {

const ast::Message& first_message(const testing::Parsed& p) { return *element<ast::Box<ast::Message>>(p.file.body, 0); }

}  // namespace

TEST_CASE("leading, trailing and detached comments") {
  const auto p = parse_text(
      "// detached 1\n\n/* detached 2 */\n\n// leading\n// more\nmessage A { // trailing\n"
      "  /* field lead\n   * second line */\n  optional int32 x = 1; /* x trail */\n\n  // dangling\n}\n");
  REQUIRE(p.errors.empty());
  const auto& message = first_message(p);
  CHECK(message.comments.detached == std::vector<std::string>{" detached 1\n", " detached 2 "});
  CHECK(message.comments.leading == " leading\n more\n");
  CHECK(message.comments.trailing == " trailing\n");
  const auto& field = element<ast::Field>(message.body, 0);
  CHECK(field.comments.leading == " field lead\n second line ");
  CHECK(field.comments.trailing == " x trail ");
  CHECK(field.comments.detached.empty());
}

TEST_CASE("a comment on the next line is trailing; after a blank line, before '}', it belongs to nothing") {
  const auto trailing = parse_text("message A {\n  optional int32 x = 1;\n  // next line\n}\n");
  CHECK(element<ast::Field>(first_message(trailing).body, 0).comments.trailing == " next line\n");
  const auto lost = parse_text("message A {\n  optional int32 x = 1;\n\n  // lost\n}\n");
  const auto& field = element<ast::Field>(first_message(lost).body, 0);
  CHECK_FALSE(field.comments.trailing.has_value());
  CHECK_FALSE(field.comments.leading.has_value());
}

TEST_CASE("a block comment followed by a token on the same line is dropped") {
  const auto p = parse_text("syntax = \"proto2\"; /* dropped */ message A {}\n");
  CHECK_FALSE(p.file.syntax.comments.trailing.has_value());
  CHECK_FALSE(first_message(p).comments.leading.has_value());
}

TEST_CASE("a trailing line comment, then a leading one") {
  const auto p = parse_text("syntax = \"proto3\"; // t\n// l\nmessage A {}\n");
  CHECK(p.file.syntax.comments.trailing == " t\n");
  CHECK(first_message(p).comments.leading == " l\n");
}

TEST_CASE("comments of a group go to the group's message") {
  const auto p = parse_text("message A {\n  // g\n  optional group G = 1 { // t\n  }\n}\n");
  const auto& group = element<ast::Field>(first_message(p).body, 0);
  CHECK_FALSE(group.comments.leading.has_value());
  CHECK(group.group_body[0]->comments.leading == " g\n");
  CHECK(group.group_body[0]->comments.trailing == " t\n");
}

TEST_CASE("comments after an empty statement are kept for the next declaration") {
  const auto p = parse_text("syntax = \"proto3\";\n\n// d\n\n;\n// l\nmessage A {}\n");
  const auto& message = *element<ast::Box<ast::Message>>(p.file.body, 1);
  CHECK(message.comments.leading == " l\n");
  CHECK(message.comments.detached == std::vector<std::string>{" d\n"});
}

TEST_CASE("comments inside a statement are not collected") {
  const auto p = parse_text("message A {\n  optional int32 x // inside\n   = 1;\n}\n");
  const auto& field = element<ast::Field>(first_message(p).body, 0);
  CHECK_FALSE(field.comments.leading.has_value());
  CHECK_FALSE(field.comments.trailing.has_value());
}

TEST_CASE("the first comment of a file is never trailing") {
  const auto p = parse_text("/* c */ message Foo {}\n");
  CHECK(first_message(p).comments.leading == " c ");
}
