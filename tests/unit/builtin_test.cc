#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "compiler/builtin/builtin_files.h"

using namespace protoforge;

namespace {

// The files protoc 3.21 resolves without -I, which user imports must find too.
const char* const kUserFiles[] = {
    "google/protobuf/any.proto",          "google/protobuf/api.proto",
    "google/protobuf/compiler/plugin.proto", "google/protobuf/descriptor.proto",
    "google/protobuf/duration.proto",     "google/protobuf/empty.proto",
    "google/protobuf/field_mask.proto",   "google/protobuf/source_context.proto",
    "google/protobuf/struct.proto",       "google/protobuf/timestamp.proto",
    "google/protobuf/type.proto",         "google/protobuf/wrappers.proto",
};

std::string read_source_file(std::string_view virtual_path) {
  std::ifstream in(std::string(PROTOFORGE_BUILTIN_PROTO_DIR) + "/" + std::string(virtual_path), std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("every user-visible built-in file is present, non-empty and visible to imports") {
  for (const char* path : kUserFiles) {
    CAPTURE(path);
    auto text = builtin::find_builtin_file(path);
    REQUIRE(text.has_value());
    CHECK(!text->empty());
    CHECK(text->find("syntax = \"proto") != std::string_view::npos);
    CHECK(builtin::find_user_builtin_file(path) == text);
  }
}

TEST_CASE("internal files are present but hidden from user imports") {
  for (std::string_view path : {builtin::kOptionsSchemaPath, builtin::kCppFeaturesPath, builtin::kJavaFeaturesPath}) {
    CAPTURE(path);
    auto text = builtin::find_builtin_file(path);
    REQUIRE(text.has_value());
    CHECK(!text->empty());
    CHECK(!builtin::find_user_builtin_file(path).has_value());
  }
  auto schema = builtin::find_builtin_file(builtin::kOptionsSchemaPath);
  CHECK(schema->find("message FeatureSet {") != std::string_view::npos);
  CHECK(schema->find("package google.protobuf;") != std::string_view::npos);
}

TEST_CASE("the table lists each file once and lookups miss cleanly") {
  std::set<std::string_view> seen;
  for (const auto& file : builtin::builtin_files()) {
    CHECK(seen.insert(file.path).second);
    CHECK(builtin::find_builtin_file(file.path) == file.text);
  }
  CHECK(seen.size() == std::size(kUserFiles) + 3);
  CHECK(!builtin::find_builtin_file("google/protobuf/nonexistent.proto").has_value());
  CHECK(!builtin::find_builtin_file("").has_value());
  CHECK(!builtin::find_builtin_file("/google/protobuf/any.proto").has_value());
  CHECK(!builtin::find_builtin_file("google/protobuf/any.proto ").has_value());
}

TEST_CASE("embedded texts equal the files in the source tree") {
  for (const auto& file : builtin::builtin_files()) {
    CAPTURE(file.path);
    CHECK(file.text == read_source_file(file.path));
  }
}
