#include <doctest/doctest.h>

#include "compiler/driver/command_line.h"

using namespace protoforge::driver;

namespace {
ParseOutcome parse(std::vector<std::string> args) { return parse_command_line(args); }
}  // namespace

TEST_CASE("protoc flag forms") {
  auto out = parse({"-I.", "--proto_path", "a:b", "-Iv=disk", "-o", "x.pb", "--include_imports", "f.proto"});
  REQUIRE(out.command_line);
  const auto& cl = *out.command_line;
  CHECK(cl.proto_paths == std::vector<ProtoPath>{{"", "."}, {"", "a"}, {"", "b"}, {"v", "disk"}});
  CHECK(cl.descriptor_set_out == "x.pb");
  CHECK(cl.include_imports);
  CHECK(cl.input_files == std::vector<std::string>{"f.proto"});
}

TEST_CASE("default proto path is the current directory") {
  auto out = parse({"--descriptor_set_out=x.pb", "f.proto"});
  REQUIRE(out.command_line);
  CHECK(out.command_line->proto_paths == std::vector<ProtoPath>{{"", "."}});
}

TEST_CASE("protoc's errors, word for word") {
  CHECK(parse({"--foo", "a.proto"}).error == "Unknown flag: --foo");
  CHECK(parse({"-o"}).error == "Missing value for flag: -o");
  CHECK(parse({"-I", "-o", "x", "a.proto"}).error == "Missing value for flag: -I");
  CHECK(parse({"-o", "out.pb"}).error == "Missing input file.");
  CHECK(parse({"a.proto"}).error == "Missing output directives.");
  CHECK(parse({"-o", "x", "-o", "y", "a.proto"}).error == "-o may only be passed once.");
  CHECK(parse({"--error_format=xx", "-o", "x", "a.proto"}).error == "Unknown error format: xx");
  CHECK(parse({"-o", "x", "--dependency_out=d", "a.proto", "b.proto"}).error ==
        "Can only process one input file when using --dependency_out=FILE.");
  CHECK(parse({"-o", "x", "--print_free_field_numbers", "a.proto"}).error ==
        "Cannot use --print_free_field_numbers and generate code or descriptors at the same time.");
}

TEST_CASE("generator directives keep parameters for the plugin seam") {
  auto out = parse({"--cpp_out=lite:gen", "--cpp_opt=x=1", "a.proto"});
  REQUIRE(out.command_line);
  REQUIRE(out.command_line->outputs.size() == 1);
  CHECK(out.command_line->outputs[0].name == "cpp");
  CHECK(out.command_line->outputs[0].parameter == "lite,x=1");
  CHECK(out.command_line->outputs[0].output_dir == "gen");
  // As protoc: an option given before its output directive still applies, after the directive's own parameter.
  out = parse({"--cpp_opt=x=1", "--cpp_out=lite:gen", "--cpp_opt=y", "a.proto"});
  REQUIRE(out.command_line);
  CHECK(out.command_line->outputs[0].parameter == "lite,x=1,y");
}

TEST_CASE("help and version stop parsing") {
  CHECK(parse({"--version"}).command_line->show_version);
  CHECK(parse({"-h"}).command_line->show_help);
}
