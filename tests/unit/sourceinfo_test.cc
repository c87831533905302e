// SourceCodeInfo on hand-built ASTs: span forms, protoc's ordering quirks (groups, extension ranges, json_name,
// option statements) and the rewrite of interpreted options. Expected values were taken from protoc 3.21 output
// for the same text. The whole-pipeline comparison with protoc lives in testdata/sourceinfo (see
// tests/sourceinfo.cmake).
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "runtime/descriptor/serialize.h"
#include "compiler/sourceinfo/source_info.h"
#include "runtime/wire/wire_format.h"
#include "tests/unit/sourceinfo_decode.h"

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& lines) {
    std::ostringstream out;
    for (const auto& line : lines) out << "\n    " << line;
    return out.str().c_str();
  }
};
}  // namespace doctest

namespace {

using namespace protoforge;
using source::Span;

// A file's text plus spans found by searching it, so tests can build AST nodes whose spans are right.
struct Text {
  source::SourceFile file;
  explicit Text(std::string text) : file("t.proto", std::move(text)) {}

  // The `nth` occurrence of `needle`.
  Span at(std::string_view needle, int nth = 0) const {
    size_t pos = file.text().find(needle);
    while (nth-- > 0) pos = file.text().find(needle, pos + 1);
    REQUIRE(pos != std::string_view::npos);
    return {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + needle.size())};
  }
  // From the start of `first` to the end of the first `last` after it.
  Span from_to(std::string_view first, std::string_view last) const {
    const Span begin = at(first);
    const size_t pos = file.text().find(last, begin.begin);
    REQUIRE(pos != std::string_view::npos);
    return {begin.begin, static_cast<uint32_t>(pos + last.size())};
  }
};

ast::Option make_option(const Text& t, std::string_view statement, std::string_view name, std::string_view value) {
  ast::Option option;
  option.name.push_back({std::string(name), false, t.at(name)});
  option.name_span = t.at(name);
  option.value.span = t.at(value);
  option.span = t.at(statement);
  return option;
}

// One line per location; a vector of lines so that doctest prints both sides of a failed comparison.
std::vector<std::string> describe_all(const descriptor::SourceCodeInfo& info) {
  std::vector<std::string> lines;
  for (const auto& location : info.location) lines.push_back(sourceinfo::testing::describe(location));
  return lines;
}

// build_source_code_info's result, after checking that encode_source_code_info gives exactly its serialization.
descriptor::SourceCodeInfo build(const Text& t, const ast::File& file,
                                 std::unordered_map<const ast::Option*, std::vector<int32_t>> paths = {}) {
  link::LinkedFile linked;
  linked.source = &t.file;
  linked.ast = &file;
  linked.interpreted_option_paths = std::move(paths);
  descriptor::SourceCodeInfo info = sourceinfo::build_source_code_info(linked);
  std::string serialized;
  descriptor::append_file(serialized, descriptor::FileDescriptorProto{}, &info);
  std::string encoded;
  wire::append_tag(encoded, descriptor::field_numbers::file::source_code_info, wire::WireType::length_delimited);
  wire::append_bytes(encoded, sourceinfo::encode_source_code_info(linked));
  CHECK(encoded == serialized);
  return info;
}

}  // namespace

TEST_CASE("a file without tokens gets protoc's odd root span") {
  ast::File file;
  CHECK(describe_all(build(Text(""), file)) == std::vector<std::string>{"path [] span [0 0 0]"});
  CHECK(describe_all(build(Text("// hi\n\n"), file)) == std::vector<std::string>{"path [] span [2 0 0 0]"});
}

TEST_CASE("spans use 3 numbers on one line, 4 across lines, and expand tabs to multiples of 8") {
  const Text t("syntax = \"proto3\";\nmessage\tM {\n}\n");
  ast::File file;
  file.syntax = {ast::SyntaxKind::proto3, true, "proto3", t.at("\"proto3\""), t.at("syntax = \"proto3\";"), {}};
  file.syntax.comments.leading = " lead\n";
  file.syntax.comments.trailing = "";  // empty comments are not attached, as in protoc
  ast::Message message;
  message.name = {"M", t.at("M")};
  message.span = t.from_to("message", "}");
  file.body.emplace_back(ast::Box<ast::Message>(std::move(message)));
  CHECK(describe_all(build(t, file)) == std::vector<std::string>{
                                            "path [] span [0 0 2 1]",
                                            "path [12] span [0 0 18] leading \" lead\\n\"",
                                            "path [4 0] span [1 0 2 1]",
                                            "path [4 0 1] span [1 8 9]",
                                        });
}

TEST_CASE("an interpreted option statement keeps one location, at the option field's path") {
  const Text t("option java_package = \"x\";\n");
  ast::File file;
  file.body.emplace_back(make_option(t, "option java_package = \"x\";", "java_package", "\"x\""));
  const ast::Option* option = &std::get<ast::Option>(file.body[0]);
  CHECK(describe_all(build(t, file, {{option, {1}}})) == std::vector<std::string>{
                                                            "path [] span [0 0 26]",
                                                            "path [8] span [0 0 26]",
                                                            "path [8 1] span [0 0 26]",
                                                        });
  // Without an interpretation the parser's uninterpreted_option locations stay.
  CHECK(describe_all(build(t, file)) == std::vector<std::string>{
                                            "path [] span [0 0 26]",
                                            "path [8] span [0 0 26]",
                                            "path [8 999 0] span [0 0 26]",
                                            "path [8 999 0 2] span [0 7 19]",
                                            "path [8 999 0 2 0] span [0 7 19]",
                                            "path [8 999 0 2 0 1] span [0 7 19]",
                                            "path [8 999 0] span [0 22 25]",
                                        });
}

TEST_CASE("extension range options are recorded once per range of the statement, after all ranges") {
  const Text t("message M { extensions 100 to 200, 300 [(er) = 3]; }");
  ast::ExtensionRanges ranges;
  ranges.span = t.from_to("extensions", ";");
  ranges.ranges.push_back({100, 200, false, true, t.at("100 to 200"), t.at("100"), t.at("200")});
  ranges.ranges.push_back({300, 300, false, false, t.at("300"), t.at("300"), t.at("300")});
  ast::CompactOptions options;
  options.span = t.at("[(er) = 3]");
  ast::Option option = make_option(t, "(er) = 3", "(er)", "3");
  option.name[0] = {"er", true, t.at("(er)")};
  options.options.push_back(option);
  ranges.options = options;
  ast::Message message;
  message.name = {"M", t.at("M")};
  message.span = t.from_to("message", "}");
  message.body.emplace_back(std::move(ranges));
  ast::File file;
  file.body.emplace_back(ast::Box<ast::Message>(std::move(message)));
  const auto& stored = std::get<ast::ExtensionRanges>(std::get<ast::Box<ast::Message>>(file.body[0])->body[0]);
  CHECK(describe_all(build(t, file, {{&stored.options->options[0], {50000}}})) ==
        std::vector<std::string>{
            "path [] span [0 0 52]",
            "path [4 0] span [0 0 52]",
            "path [4 0 1] span [0 8 9]",
            "path [4 0 5] span [0 12 50]",
            "path [4 0 5 0] span [0 23 33]",
            "path [4 0 5 0 1] span [0 23 26]",
            "path [4 0 5 0 2] span [0 30 33]",
            "path [4 0 5 1] span [0 35 38]",
            "path [4 0 5 1 1] span [0 35 38]",
            "path [4 0 5 1 2] span [0 35 38]",
            "path [4 0 5 0 3] span [0 39 49]",
            "path [4 0 5 0 3 50000] span [0 40 48]",
            "path [4 0 5 1 3] span [0 39 49]",
            "path [4 0 5 1 3 50000] span [0 40 48]",
        });
}

TEST_CASE("a group overlaps its field; json_name gets two locations; default is outside the options") {
  const Text t("message M { optional group G = 1 [default = 5, json_name = \"g\"] {} }");
  ast::Field field;
  field.label = ast::Label::optional;
  field.label_span = t.at("optional");
  field.is_group = true;
  field.group_keyword_span = t.at("group");
  field.name = {"G", t.at("G")};
  field.number = 1;
  field.number_span = t.at("1");
  ast::CompactOptions options;
  options.span = t.from_to("[", "]");
  options.options.push_back(make_option(t, "default = 5", "default", "5"));
  options.options.push_back(make_option(t, "json_name = \"g\"", "json_name", "\"g\""));
  field.options = options;
  field.group_body.emplace_back(ast::Message{});
  field.group_body[0]->comments.leading = " group\n";
  field.span = t.from_to("optional", "{}");
  ast::Message message;
  message.name = {"M", t.at("M")};
  message.span = t.from_to("message", " }");
  message.body.emplace_back(std::move(field));
  ast::File file;
  file.body.emplace_back(ast::Box<ast::Message>(std::move(message)));
  CHECK(describe_all(build(t, file)) == std::vector<std::string>{
                                            "path [] span [0 0 68]",
                                            "path [4 0] span [0 0 68]",
                                            "path [4 0 1] span [0 8 9]",
                                            "path [4 0 2 0] span [0 12 66]",
                                            "path [4 0 2 0 4] span [0 12 20]",
                                            "path [4 0 2 0 5] span [0 21 26]",
                                            "path [4 0 2 0 1] span [0 27 28]",
                                            "path [4 0 2 0 3] span [0 31 32]",
                                            "path [4 0 2 0 8] span [0 33 63]",
                                            "path [4 0 2 0 7] span [0 44 45]",
                                            "path [4 0 2 0 10] span [0 47 62]",
                                            "path [4 0 2 0 10] span [0 59 62]",
                                            "path [4 0 3 0] span [0 12 66] leading \" group\\n\"",
                                            "path [4 0 3 0 1] span [0 27 28]",
                                            "path [4 0 2 0 6] span [0 27 28]",
                                        });
}

TEST_CASE("a single negative reserved enum number ends at its sign, as in protoc") {
  const Text t("enum E { Z = 0; reserved -5; }");
  ast::Enum enum_type;
  enum_type.name = {"E", t.at("E")};
  enum_type.span = t.from_to("enum", "}");
  ast::EnumValue value;
  value.name = {"Z", t.at("Z")};
  value.number_span = t.at("0");
  value.span = t.at("Z = 0;");
  enum_type.body.emplace_back(value);
  ast::Reserved reserved;
  reserved.span = t.at("reserved -5;");
  reserved.ranges.push_back({-5, -5, false, false, t.at("-5"), t.at("-5"), t.at("-5")});
  enum_type.body.emplace_back(reserved);
  ast::File file;
  file.body.emplace_back(std::move(enum_type));
  const auto lines = describe_all(build(t, file));
  REQUIRE(lines.size() == 10);
  CHECK(lines[6] == "path [5 0 4] span [0 16 28]");
  CHECK(lines[8] == "path [5 0 4 0 1] span [0 25 27]");
  CHECK(lines[9] == "path [5 0 4 0 2] span [0 25 26]");
}

TEST_CASE("decoding a serialized FileDescriptorSet gives the source info back") {
  descriptor::FileDescriptorProto proto;
  proto.name = "a.proto";
  descriptor::SourceCodeInfo info;
  info.location.push_back({{4, 0, 2, 1}, {1, 2, 3, 4}, "lead\n", std::nullopt, {"a", ""}});
  info.location.push_back({{}, {0, 0, 7}, std::nullopt, "trail", {}});
  const std::string bytes = descriptor::serialize_file_set({{&proto, &info}});
  const auto files = sourceinfo::testing::decode_file_set(bytes);
  REQUIRE(files.has_value());
  REQUIRE(files->size() == 1);
  CHECK((*files)[0].name == "a.proto");
  REQUIRE((*files)[0].source_code_info.has_value());
  CHECK(*(*files)[0].source_code_info == info);
  CHECK(sourceinfo::testing::first_difference(info, info).empty());
}
