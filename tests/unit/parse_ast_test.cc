// AST shape tests: what the parser builds, and the spans SourceCodeInfo will be made from.
#include <doctest/doctest.h>

#include "tests/unit/parse_test_util.h"

using namespace protoforge;
using testing::element;
using testing::parse_text;

TEST_CASE("syntax, package, imports, options") {
  const auto p = parse_text(
      "syntax = \"proto3\";\npackage a.b;\nimport public \"x.proto\";\nimport weak 'y' \".proto\";\n"
      "option java_package = \"p\";\noption (my.ext).field = -12;\n");
  REQUIRE(p.errors.empty());
  CHECK(p.file.syntax.kind == ast::SyntaxKind::proto3);
  CHECK(p.file.syntax.has_declaration);
  CHECK(p.text(p.file.syntax.span) == "syntax = \"proto3\";");
  CHECK(p.text(p.file.syntax.value_span) == "\"proto3\"");
  const auto& package = element<ast::Package>(p.file.body, 0);
  CHECK(package.name.text == "a.b");
  CHECK(p.text(package.name.span) == "a.b");
  const auto& public_import = element<ast::Import>(p.file.body, 1);
  CHECK(public_import.kind == ast::ImportKind::public_);
  CHECK(p.text(public_import.kind_span) == "public");
  CHECK(public_import.path == "x.proto");
  const auto& weak_import = element<ast::Import>(p.file.body, 2);
  CHECK(weak_import.kind == ast::ImportKind::weak);
  CHECK(weak_import.path == "y.proto");
  CHECK(p.text(weak_import.path_span) == "'y' \".proto\"");
  const auto& option = element<ast::Option>(p.file.body, 4);
  REQUIRE(option.name.size() == 2);
  CHECK(option.name[0].name == "my.ext");
  CHECK(option.name[0].is_extension);
  CHECK(p.text(option.name[0].span) == "(my.ext)");
  CHECK(option.name[1].name == "field");
  CHECK(p.text(option.name_span) == "(my.ext).field");
  CHECK(option.value.kind == ast::OptionValue::Kind::integer);
  CHECK(option.value.negative);
  CHECK(option.value.unsigned_value == 12);
  CHECK(p.text(option.value.span) == "-12");
  CHECK(p.text(option.span) == "option (my.ext).field = -12;");
}

TEST_CASE("a file without syntax is proto2") {
  const auto p = parse_text("message A { optional int32 x = 1; }");
  REQUIRE(p.errors.empty());
  CHECK(p.file.syntax.kind == ast::SyntaxKind::proto2);
  CHECK_FALSE(p.file.syntax.has_declaration);
}

TEST_CASE("fields: labels, types, numbers, options and spans") {
  const auto p = parse_text(
      "syntax = \"proto2\";\nmessage M {\n  optional .a.B f = 1 [deprecated = true, default = B_X];\n"
      "  repeated int32 r = 0x10 [packed = true];\n  required string s = 3 [default = \"a\" \"b\", "
      "json_name = \"S\"];\n  map<string, M> m = 4;\n}\n");
  REQUIRE(p.errors.empty());
  const auto& message = *element<ast::Box<ast::Message>>(p.file.body, 0);
  CHECK(message.name.text == "M");
  CHECK(p.text(message.span).substr(0, 9) == "message M");
  CHECK(p.text(message.span).back() == '}');
  const auto& f = element<ast::Field>(message.body, 0);
  CHECK(f.label == ast::Label::optional);
  CHECK(p.text(f.label_span) == "optional");
  CHECK(f.type.text == ".a.B");
  CHECK(p.text(f.type.span) == ".a.B");
  CHECK(f.name.text == "f");
  CHECK(f.number == 1);
  CHECK(p.text(f.span) == "optional .a.B f = 1 [deprecated = true, default = B_X];");
  REQUIRE(f.options.has_value());
  CHECK(p.text(f.options->span) == "[deprecated = true, default = B_X]");
  REQUIRE(f.options->options.size() == 2);
  CHECK(f.options->options[1].name[0].name == "default");
  CHECK(f.options->options[1].value.text == "B_X");
  CHECK(p.text(f.options->options[1].span) == "default = B_X");
  const auto& r = element<ast::Field>(message.body, 1);
  CHECK(r.number == 16);
  CHECK(p.text(r.number_span) == "0x10");
  const auto& s = element<ast::Field>(message.body, 2);
  const auto& default_value = s.options->options[0].value;
  CHECK(default_value.kind == ast::OptionValue::Kind::string);
  CHECK(default_value.string_value == "ab");
  CHECK(p.text(default_value.span) == "\"a\" \"b\"");
  CHECK(s.options->options[1].name[0].name == "json_name");
  CHECK(s.options->options[1].value.string_value == "S");
  const auto& m = element<ast::Field>(message.body, 3);
  CHECK(m.is_map);
  CHECK(m.map_key.text == "string");
  CHECK(m.map_value.text == "M");
  CHECK(p.text(m.map_span) == "map<string, M>");
  CHECK(m.type.text.empty());
  CHECK(m.label == ast::Label::none);
}

TEST_CASE("groups: field and body keep the written name (the linker lowercases the field's)") {
  const auto p = parse_text("message M {\n  repeated group Item = 1 [deprecated=true] {\n    optional int32 x = 2;\n  }\n}\n");
  REQUIRE(p.errors.empty());
  const auto& message = *element<ast::Box<ast::Message>>(p.file.body, 0);
  const auto& group = element<ast::Field>(message.body, 0);
  CHECK(group.is_group);
  CHECK(p.text(group.group_keyword_span) == "group");
  CHECK(group.name.text == "Item");
  CHECK(p.text(group.name.span) == "Item");
  REQUIRE(group.group_body.size() == 1);
  CHECK(group.group_body[0]->name.text == "Item");
  CHECK(group.group_body[0]->span == group.span);
  CHECK(p.text(group.span).substr(0, 14) == "repeated group");
  CHECK(p.text(group.span).back() == '}');
  CHECK(element<ast::Field>(group.group_body[0]->body, 0).name.text == "x");
}

TEST_CASE("oneofs, extensions, reserved, extend") {
  const auto p = parse_text(
      "syntax = \"proto2\";\nmessage M {\n  oneof o { int32 a = 1; option (x) = 2; group G = 3 {} }\n"
      "  extensions 100 to 199, 300 to max [(v) = 1];\n  reserved 2, 5 to 9;\n  reserved \"a\", \"b\";\n"
      "  extend M { optional int32 e = 100; }\n}\nenum E { reserved -5 to -1, 3 to max; reserved \"Z\"; V = -1; }\n");
  REQUIRE(p.errors.empty());
  const auto& message = *element<ast::Box<ast::Message>>(p.file.body, 0);
  const auto& oneof = element<ast::Oneof>(message.body, 0);
  CHECK(oneof.name.text == "o");
  REQUIRE(oneof.body.size() == 3);
  CHECK(std::get<ast::Field>(oneof.body[0].value).label == ast::Label::none);
  CHECK(std::get<ast::Field>(oneof.body[2].value).is_group);
  const auto& extensions = element<ast::ExtensionRanges>(message.body, 1);
  REQUIRE(extensions.ranges.size() == 2);
  CHECK(extensions.ranges[0].start == 100);
  CHECK(extensions.ranges[0].end == 199);
  CHECK(extensions.ranges[1].end_is_max);
  CHECK(p.text(extensions.ranges[1].span) == "300 to max");
  CHECK(p.text(extensions.ranges[1].end_span) == "max");
  REQUIRE(extensions.options.has_value());
  CHECK(p.text(extensions.span) == "extensions 100 to 199, 300 to max [(v) = 1];");
  const auto& reserved = element<ast::Reserved>(message.body, 2);
  REQUIRE(reserved.ranges.size() == 2);
  CHECK_FALSE(reserved.ranges[0].has_end);
  CHECK(reserved.ranges[0].end == 2);
  CHECK(reserved.ranges[0].end_span == reserved.ranges[0].start_span);
  const auto& names = element<ast::Reserved>(message.body, 3);
  REQUIRE(names.names.size() == 2);
  CHECK(names.names[1].text == "b");
  CHECK(p.text(names.names[1].span) == "\"b\"");
  const auto& extend = element<ast::Extend>(message.body, 4);
  CHECK(extend.extendee.text == "M");
  REQUIRE(extend.fields.size() == 1);
  const auto& enum_type = element<ast::Enum>(p.file.body, 1);
  const auto& enum_reserved = element<ast::Reserved>(enum_type.body, 0);
  CHECK(enum_reserved.ranges[0].start == -5);
  CHECK(p.text(enum_reserved.ranges[0].start_span) == "-5");
  CHECK(enum_reserved.ranges[1].end_is_max);
  const auto& value = element<ast::EnumValue>(enum_type.body, 2);
  CHECK(value.number == -1);
  CHECK(p.text(value.number_span) == "-1");
}

TEST_CASE("services and methods") {
  const auto p = parse_text(
      "service S {\n  rpc A(stream .x.In) returns (stream Out);\n  rpc B(In) returns (Out) { option deprecated = "
      "true; ; }\n}\n");
  REQUIRE(p.errors.empty());
  const auto& service = element<ast::Service>(p.file.body, 0);
  const auto& a = element<ast::Method>(service.body, 0);
  CHECK(a.client_streaming);
  CHECK(p.text(a.client_streaming_span) == "stream");
  CHECK(a.input_type.text == ".x.In");
  CHECK(a.server_streaming);
  CHECK(a.output_type.text == "Out");
  CHECK_FALSE(a.has_body);
  CHECK(p.text(a.span) == "rpc A(stream .x.In) returns (stream Out);");
  const auto& b = element<ast::Method>(service.body, 1);
  CHECK(b.has_body);
  CHECK(b.body.size() == 2);
  CHECK(p.text(b.span).back() == '}');
}

TEST_CASE("option values keep what was written") {
  const auto p = parse_text(
      "option a = inf;\noption b = -1.5e3;\noption c = 18446744073709551615;\noption d = -9223372036854775808;\n"
      "option e = { x: 1 y: [\"s\", 'q'] z { w: -2 } };\noption f = \"\\x41\\101\";\n");
  REQUIRE(p.errors.empty());
  using Kind = ast::OptionValue::Kind;
  const auto value = [&](size_t i) { return element<ast::Option>(p.file.body, i).value; };
  CHECK(value(0).kind == Kind::identifier);
  CHECK(value(0).text == "inf");
  CHECK(value(1).kind == Kind::floating);
  CHECK(value(1).negative);
  CHECK(value(1).float_value == 1.5e3);
  CHECK(value(1).text == "1.5e3");
  CHECK(value(2).unsigned_value == UINT64_MAX);
  CHECK(value(3).negative);
  CHECK(value(3).unsigned_value == uint64_t{1} << 63);
  CHECK(value(4).kind == Kind::aggregate);
  CHECK(value(4).text == "x : 1 y : [ \"s\" , 'q' ] z { w : - 2 }");
  CHECK(p.text(value(4).span).front() == '{');
  CHECK(p.text(value(4).span).back() == '}');
  CHECK(value(5).string_value == "AA");
}

TEST_CASE("editions") {
  const auto p = parse_text(
      "edition = \"2024\";\nimport option \"o.proto\";\nmessage M { int32 a = 1; reserved x, y; }\n"
      "export enum E { reserved Z; A = 0; }\n");
  REQUIRE(p.errors.empty());
  CHECK(p.file.syntax.kind == ast::SyntaxKind::editions);
  CHECK(p.file.syntax.value == "2024");
  CHECK(element<ast::Import>(p.file.body, 0).kind == ast::ImportKind::option_);
  const auto& message = *element<ast::Box<ast::Message>>(p.file.body, 1);
  const auto& reserved = element<ast::Reserved>(message.body, 1);
  CHECK(reserved.names_are_identifiers);
  REQUIRE(reserved.names.size() == 2);
  CHECK(reserved.names[1].text == "y");
  CHECK(p.text(reserved.names[1].span) == "y");
  const auto& exported = element<ast::Enum>(p.file.body, 2);
  CHECK(exported.visibility == ast::Visibility::export_);
  CHECK(p.text(exported.visibility_span) == "export");
  CHECK(p.text(exported.span).substr(0, 6) == "enum E");
  const auto nested = parse_text("edition = \"2024\";\nmessage M { local message N {} local message = 1; }\n");
  REQUIRE(nested.errors.empty());
  const auto& outer = *element<ast::Box<ast::Message>>(nested.file.body, 0);
  CHECK(element<ast::Box<ast::Message>>(outer.body, 0)->visibility == ast::Visibility::local);
  CHECK(element<ast::Field>(outer.body, 1).type.text == "local");  // a field of a type named `local`
  CHECK_FALSE(parse_text("edition = \"2023\";\nlocal message M {}\n").errors.empty());
  // Newer protoc's parser rules for editions.
  CHECK(parse_text("edition = \"2023\";\nmessage M { required int32 a = 1; optional int32 b = 2; }").errors ==
        std::vector<std::string>{
            "t.proto:2:13: Label \"required\" is not supported in editions, use features.field_presence = "
            "LEGACY_REQUIRED.",
            "t.proto:2:35: Label \"optional\" is not supported in editions. By default, all singular fields have "
            "presence unless features.field_presence is set."});
  CHECK(parse_text("edition = \"2023\";\nmessage M { repeated group G = 1 {} int32 x = 2; }").errors ==
        std::vector<std::string>{
            "t.proto:2:22: Group syntax is no longer supported in editions. To get group behavior you can specify "
            "features.message_encoding = DELIMITED on a message field."});
  CHECK(parse_text("edition = \"2024\";").errors.empty());
  CHECK(parse_text("edition = \"2022\";").errors == std::vector<std::string>{"t.proto:1:11: Unknown edition \"2022\"."});
  CHECK(parse_text("edition = \"2023\"; message M { reserved \"a\"; }").errors ==
        std::vector<std::string>{"t.proto:1:40: Reserved names must be identifiers in editions, not string literals."});
}

TEST_CASE("robustness: deep nesting is an error, never a crash") {
  std::string deep;
  for (int i = 0; i < 10000; ++i) deep += "message M {";
  for (int i = 0; i < 10000; ++i) deep += "}";
  deep += "\nmessage After { optional int32 x = 1; }\n";
  const auto p = parse_text("syntax = \"proto2\";\n" + deep);
  // Exactly protoc's output for this file (its descriptor builder stops at 32 levels).
  CHECK(p.errors == std::vector<std::string>{"t.proto: Reached maximum recursion limit for nested messages."});
  CHECK(std::holds_alternative<ast::Box<ast::Message>>(p.file.body.back()));
  // With a parse error elsewhere, protoc never reaches its descriptor builder: only the parse error is reported.
  const auto with_error = parse_text("syntax = \"proto2\";\n" + deep + "message {}\n");
  CHECK(with_error.errors == std::vector<std::string>{"t.proto:4:9: Expected message name."});
  std::string unclosed;
  for (int i = 0; i < 10000; ++i) unclosed += "message M {";
  CHECK(parse_text(unclosed).errors.size() > 1);
  CHECK_FALSE(parse_text(std::string(1 << 20, '{')).errors.empty());
  CHECK_FALSE(parse_text("option x = " + std::string(100000, '{')).errors.empty());
  CHECK_FALSE(parse_text("message A { optional int32 x = 99999999999999999999999999999; }").errors.empty());
}
