#include <doctest/doctest.h>

#include "runtime/descriptor/deserialize.h"
#include "runtime/descriptor/serialize.h"

using namespace protoforge::descriptor;

TEST_CASE("a descriptor survives serialize -> deserialize -> serialize byte for byte") {
  FileDescriptorProto file;
  file.name = "a.proto";
  file.package = "pkg";
  file.dependency = {"b.proto", "c.proto"};
  file.public_dependency = {1};
  file.syntax = "proto3";
  auto& message = file.message_type.emplace_back();
  message.name = "M";
  auto& field = message.field.emplace_back();
  field.name = "f";
  field.number = -1;  // negative int32: a ten-byte varint
  field.label = FieldLabel::optional;
  field.type = FieldType::message;
  field.type_name = ".pkg.N";
  field.json_name = "f";
  field.options = EncodedOptions{std::string("\x10\x01", 2)};
  field.proto3_optional = true;
  message.oneof_decl.push_back({"_f", std::nullopt});
  message.reserved_range.push_back({5, 6});
  message.extension_range.push_back({100, 200, EncodedOptions{}});
  auto& nested_enum = file.enum_type.emplace_back();
  nested_enum.name = "E";
  nested_enum.value.push_back({"E_ZERO", 0, std::nullopt});
  auto& service = file.service.emplace_back();
  service.name = "S";
  service.method.push_back({"Call", ".pkg.M", ".pkg.M", std::nullopt, std::nullopt, true});
  file.source_code_info.emplace();
  file.source_code_info->location.push_back({{4, 0}, {1, 0, 5, 1}, "lead", std::nullopt, {"detached"}});

  const std::string bytes = serialize_file_set({{&file, nullptr}});
  std::vector<FileDescriptorProto> back;
  REQUIRE(parse_file_set(bytes, back));
  REQUIRE(back.size() == 1);
  CHECK(back[0] == file);
  CHECK(serialize_file_set({{&back[0], nullptr}}) == bytes);
}

TEST_CASE("malformed input is rejected") {
  std::vector<FileDescriptorProto> files;
  CHECK_FALSE(parse_file_set(std::string_view("\x0a\x05\x0a\x01", 4), files));
}
