// The runtime schema resolves what each syntax and edition means for decoding: presence, packing, closed
// enums, group encoding, UTF-8 checks, defaults, JSON names, extensions and reserved numbers.
#include <doctest/doctest.h>

#include <cmath>

#include "tests/unit/message_test_schemas.h"

namespace protoforge {
namespace {

using testing::field;
using testing::message_type;

TEST_CASE("proto2 fields have explicit presence, closed enums and unpacked repeated fields") {
  const auto& holder = message_type("pf.msg.p2.Holder");
  CHECK(field(holder, "one").has_presence);
  CHECK_FALSE(field(holder, "unpacked").packed);
  CHECK(field(holder, "packed").packed);
  CHECK(field(holder, "colors").enum_type->closed);
  CHECK(field(holder, "grp").delimited);
  CHECK(field(holder, "grp").kind == schema::Kind::group);
  CHECK(field(holder, "counts").is_map());
  CHECK(field(holder, "must").is_required());
  CHECK(field(holder, "pick_text").oneof_index == 0);
  CHECK(holder.is_reserved(21));
  CHECK(holder.is_reserved(30));
  CHECK_FALSE(holder.is_reserved(23));
  CHECK(holder.is_reserved_name("gone"));
  CHECK(holder.is_extension_number(150));
  CHECK_FALSE(field(message_type("pf.msg.p2.Scalars"), "s").validate_utf8);
}

TEST_CASE("proto2 defaults are parsed by kind") {
  const auto& scalars = message_type("pf.msg.p2.Scalars");
  CHECK(field(scalars, "with_default").default_scalar.as_int32() == -42);
  CHECK(field(scalars, "text_default").default_string == "hi\n");
  CHECK(field(scalars, "bytes_default").default_string == std::string("\x01\xff", 2));
  CHECK(field(scalars, "color_default").default_scalar.as_int32() == -3);
  CHECK(field(scalars, "color").default_scalar.as_int32() == 1);  // first value of a closed enum
  CHECK(std::isinf(field(scalars, "inf_default").default_scalar.as_double()));
}

TEST_CASE("extensions are found by number on the extended type and by full name in the pool") {
  const auto& holder = message_type("pf.msg.p2.Holder");
  const schema::Field* ext = holder.find_extension(101);
  REQUIRE(ext != nullptr);
  CHECK(ext->full_name == "pf.msg.p2.ext_names");
  CHECK(ext->is_repeated());
  CHECK(testing::message_test_pool().find_extension("pf.msg.p2.ext_msg")->number == 102);
  CHECK(holder.extensions().size() == 3);
}

TEST_CASE("proto3 fields: implicit presence unless optional, packed unless asked, UTF-8 checked, open enums") {
  const auto& m = message_type("pf.msg.p3.Implicit");
  CHECK_FALSE(field(m, "n").has_presence);
  CHECK(field(m, "opt").has_presence);
  CHECK(m.oneofs.at(0).synthetic);
  CHECK(field(m, "packed").packed);
  CHECK_FALSE(field(m, "unpacked").packed);
  CHECK(field(m, "s").validate_utf8);
  CHECK_FALSE(field(m, "mode").enum_type->closed);
  CHECK(field(m, "child").has_presence);
  CHECK(field(m, "fl").json_name == "fl");
}

TEST_CASE("editions features decide presence, encoding, enum closedness and UTF-8 checks") {
  const auto& m = message_type("pf.msg.ed.Edition");
  CHECK(field(m, "explicit_n").has_presence);
  CHECK_FALSE(field(m, "implicit_n").has_presence);
  CHECK_FALSE(field(m, "expanded").packed);
  CHECK(field(m, "packed").packed);
  CHECK(field(m, "delimited").delimited);
  CHECK(field(m, "delimited").kind == schema::Kind::message);
  CHECK_FALSE(field(m, "raw").validate_utf8);
  CHECK(field(m, "closed").enum_type->closed);
  CHECK(field(m, "required_n").is_required());
}

TEST_CASE("fields are visited by number and found by number, name and JSON name") {
  const auto& m = message_type("pf.msg.p2.Scalars");
  const auto by_number = m.fields_by_number();
  REQUIRE(by_number.size() == m.fields.size());
  for (size_t i = 1; i < by_number.size(); ++i) CHECK(by_number[i - 1]->number < by_number[i]->number);
  CHECK(m.find_field(16)->name == "color");
  CHECK(m.find_field(99) == nullptr);
  CHECK(m.find_field_by_json_name("withDefault")->number == 17);
}

TEST_CASE("a descriptor set whose type names do not resolve is refused with the field named") {
  descriptor::FileDescriptorProto file;
  file.name = "broken.proto";
  auto& msg = file.message_type.emplace_back();
  msg.name = "M";
  auto& f = msg.field.emplace_back();
  f.name = "x";
  f.number = 1;
  f.label = descriptor::FieldLabel::optional;
  f.type = descriptor::FieldType::message;
  f.type_name = ".nowhere.T";
  schema::Pool pool;
  const std::string error = pool.add_files({file});
  CHECK(error.find("M.x") != std::string::npos);
  CHECK(error.find(".nowhere.T") != std::string::npos);
}

}  // namespace
}  // namespace protoforge
