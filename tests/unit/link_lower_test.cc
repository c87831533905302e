// Lowering: descriptor shape and element order as protoc's parser and CopyTo produce them.
#include <doctest/doctest.h>

#include "tests/unit/link_test_util.h"

namespace protoforge::link {
namespace {

using descriptor::FieldLabel;
using descriptor::FieldType;
using testing::LinkFixture;

TEST_CASE("map fields get a nested entry message in declaration order") {
  LinkFixture fx;
  const LinkedFile* file = fx.add("m.proto", R"(syntax = "proto3";
package p;
message M {
  message Before {}
  map<string, int32> snake_case = 1;
  message After {}
})");
  REQUIRE(file);
  CHECK(fx.text() == "");
  const auto& m = file->proto.message_type.at(0);
  REQUIRE(m.nested_type.size() == 3);
  CHECK(m.nested_type[0].name == "Before");
  CHECK(m.nested_type[1].name == "SnakeCaseEntry");
  CHECK(m.nested_type[2].name == "After");
  const auto& entry = m.nested_type[1];
  CHECK(entry.options->bytes == std::string("\x38\x01", 2));
  REQUIRE(entry.field.size() == 2);
  CHECK(entry.field[0].name == "key");
  CHECK(entry.field[0].type == FieldType::string);
  CHECK(entry.field[1].json_name == "value");
  const auto& field = m.field.at(0);
  CHECK(field.label == FieldLabel::repeated);
  CHECK(field.type == FieldType::message);
  CHECK(field.type_name == ".p.M.SnakeCaseEntry");
  CHECK(field.json_name == "snakeCase");
}

TEST_CASE("groups become a lower-case field and a nested message") {
  LinkFixture fx;
  const LinkedFile* file = fx.add("g.proto", R"(syntax = "proto2";
message M {
  optional group MyGroup = 1 { optional int32 a = 2; }
  oneof o { group Pick = 3 { optional int32 b = 4; } }
})");
  REQUIRE(file);
  CHECK(fx.text() == "");
  const auto& m = file->proto.message_type.at(0);
  REQUIRE(m.field.size() == 2);
  CHECK(m.field[0].name == "mygroup");
  CHECK(m.field[0].type == FieldType::group);
  CHECK(m.field[0].type_name == ".M.MyGroup");
  CHECK(m.field[1].oneof_index == 0);
  REQUIRE(m.nested_type.size() == 2);
  CHECK(m.nested_type[1].name == "Pick");
  CHECK(!file->proto.syntax);  // proto2 leaves syntax unset
}

TEST_CASE("proto3 optional fields get synthetic oneofs after the real ones, renamed on collision") {
  LinkFixture fx;
  const LinkedFile* file = fx.add("o.proto", R"(syntax = "proto3";
message M {
  optional int32 a = 1;
  oneof real { int32 b = 2; }
  optional int32 _c = 3;
  oneof _a { int32 d = 4; }
})");
  REQUIRE(file);
  CHECK(fx.text() == "");
  const auto& m = file->proto.message_type.at(0);
  REQUIRE(m.oneof_decl.size() == 4);
  CHECK(m.oneof_decl[0].name == "real");
  CHECK(m.oneof_decl[1].name == "_a");
  CHECK(m.oneof_decl[2].name == "X_a");
  CHECK(m.oneof_decl[3].name == "X_c");
  CHECK(m.field[0].oneof_index == 2);
  CHECK(m.field[0].proto3_optional == true);
  CHECK(m.field[2].oneof_index == 3);
  CHECK(file->proto.syntax == "proto3");
}

TEST_CASE("ranges: message reserved ends are exclusive, enum reserved ends inclusive, max per message set") {
  LinkFixture fx;
  const LinkedFile* file = fx.add("r.proto", R"(syntax = "proto2";
message M {
  reserved 2, 5 to 7, 100 to max;
  extensions 10 to 20, 30 to 40;
}
message N { extensions 30 to max; }
message S {
  option message_set_wire_format = true;
  extensions 4 to max;
}
enum E { A = 0; reserved 3, 5 to 9, 20 to max; })");
  REQUIRE(file);
  CHECK(fx.text() == "");
  const auto& m = file->proto.message_type[0];
  CHECK(m.reserved_range[0] == descriptor::Range{2, 3});
  CHECK(m.reserved_range[1] == descriptor::Range{5, 8});
  CHECK(m.reserved_range[2] == descriptor::Range{100, 536870912});
  CHECK(m.extension_range[0].end == 21);
  CHECK(m.extension_range[1].end == 41);
  CHECK(file->proto.message_type[1].extension_range[0].end == 536870912);
  CHECK(file->proto.message_type[2].extension_range[0].end == 2147483647);
  const auto& e = file->proto.enum_type[0];
  CHECK(e.reserved_range[0] == descriptor::Range{3, 3});
  CHECK(e.reserved_range[1] == descriptor::Range{5, 9});
  CHECK(e.reserved_range[2] == descriptor::Range{20, 2147483647});
}

TEST_CASE("defaults are written as protoc's CopyTo writes them") {
  LinkFixture fx;
  const LinkedFile* file = fx.add("d.proto", R"(syntax = "proto2";
enum E { A = 0; B = 1; }
message M {
  optional int32 i = 1 [default = -0];
  optional uint64 u = 2 [default = 0x10];
  optional float f = 3 [default = 0.1];
  optional double d = 4 [default = -inf];
  optional float n = 5 [default = -nan];
  optional bytes b = 6 [default = "a\001\"\377"];
  optional string s = 7 [default = "\t"];
  optional E e = 8 [default = B];
  optional double big = 9 [default = 1e100];
})");
  REQUIRE(file);
  CHECK(fx.text() == "");
  const auto& f = file->proto.message_type[0].field;
  CHECK(f[0].default_value == "0");
  CHECK(f[1].default_value == "16");
  CHECK(f[2].default_value == "0.1");
  CHECK(f[3].default_value == "-inf");
  CHECK(f[4].default_value == "nan");
  CHECK(f[5].default_value == "a\\001\\\"\\377");
  CHECK(f[6].default_value == "\t");
  CHECK(f[7].default_value == "B");
  CHECK(f[7].type == FieldType::enum_);
  CHECK(f[7].type_name == ".E");
  CHECK(f[8].default_value == "1e+100");
}

TEST_CASE("services: resolved types, streaming flags only when set, options for bodies") {
  LinkFixture fx;
  const LinkedFile* file = fx.add("s.proto", R"(syntax = "proto3";
package p.q;
message Req {}
service S {
  rpc A(Req) returns (stream .p.q.Req);
  rpc B(stream q.Req) returns (Req) {}
})");
  REQUIRE(file);
  CHECK(fx.text() == "");
  const auto& methods = file->proto.service[0].method;
  CHECK(methods[0].input_type == ".p.q.Req");
  CHECK(!methods[0].client_streaming);
  CHECK(methods[0].server_streaming == true);
  CHECK(!methods[0].options);
  CHECK(methods[1].client_streaming == true);
  CHECK(methods[1].options == descriptor::EncodedOptions{});
}

}  // namespace
}  // namespace protoforge::link
