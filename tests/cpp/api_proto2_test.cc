// The generated C++ API over testdata/cpp/api_test.proto (proto2): explicit defaults, presence, closed enums,
// required fields, groups, oneofs, repeated fields, extensions and keyword names.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

#include "api_test.pf.h"

using namespace pfapi::p2;

TEST_CASE("proto2 fields return their declared defaults until set, and has_ tracks presence") {
  Everything m;
  CHECK(m.count() == 7);
  CHECK(m.text() == "hi \"there\"");
  CHECK(m.blob() == std::string_view("\0\1\377", 3));
  CHECK(m.shade() == SHADE_MINUS);
  CHECK(m.ratio() == -1.5);
  CHECK(m.flag());
  CHECK(m.big() == std::numeric_limits<uint64_t>::max());
  CHECK(std::isinf(m.small()));
  CHECK(m.level() == Everything::LEVEL_HIGH);
  CHECK_FALSE(m.has_count());
  CHECK_FALSE(m.has_text());
  CHECK_FALSE(m.has_item());
  CHECK(m.item().label() == "unnamed");  // an unset message field reads as its default instance

  m.set_count(0);  // zero is a value under explicit presence
  CHECK(m.has_count());
  CHECK(m.count() == 0);
  m.set_text("set");
  *m.mutable_text() += "!";
  CHECK(m.text() == "set!");
  m.clear_count();
  m.clear_text();
  CHECK_FALSE(m.has_count());
  CHECK(m.count() == 7);
  CHECK(m.text() == "hi \"there\"");
  CHECK(m.ByteSizeLong() == 0);
}

TEST_CASE("a set field is written even when it holds its default") {
  Everything m;
  m.set_count(7);
  CHECK(m.SerializeAsString() == std::string("\x08\x07", 2));
}

TEST_CASE("message fields: mutable_ creates, release_ hands over, set_allocated_ takes") {
  Everything m;
  m.mutable_item()->set_id(3);
  CHECK(m.has_item());
  CHECK(m.item().id() == 3);
  Item* released = m.release_item();
  REQUIRE(released != nullptr);
  CHECK_FALSE(m.has_item());
  CHECK(released->id() == 3);
  m.set_allocated_item(released);
  CHECK(m.item().id() == 3);
  m.set_allocated_item(nullptr);
  CHECK_FALSE(m.has_item());
}

TEST_CASE("required fields: IsInitialized, SerializeToString and ParseFromString refuse a missing one") {
  Item item;
  CHECK_FALSE(item.IsInitialized());
  std::string bytes;
  CHECK_FALSE(item.SerializeToString(&bytes));
  CHECK(item.SerializePartialToString(&bytes));
  Item back;
  CHECK_FALSE(back.ParseFromString(bytes));
  CHECK(back.ParsePartialFromString(bytes));

  Everything holder;
  holder.add_items();  // transitively: a repeated element without its id
  CHECK_FALSE(holder.IsInitialized());
  holder.mutable_items(0)->set_id(1);
  CHECK(holder.IsInitialized());
  CHECK(holder.SerializeToString(&bytes));
}

TEST_CASE("closed enums keep unknown numbers as unknown fields") {
  // field 4 (shade) = 99 (not a Shade), then field 1 (count) = 1
  const std::string bytes("\x20\x63\x08\x01", 4);
  Everything m;
  REQUIRE(m.ParseFromString(bytes));
  CHECK_FALSE(m.has_shade());
  CHECK(m.count() == 1);
  CHECK(m.unknown_fields() == std::string_view("\x20\x63", 2));
  CHECK(m.SerializeAsString() == std::string("\x08\x01\x20\x63", 4));  // known fields first, unknown last
}

TEST_CASE("enum helpers: IsValid, Name, Parse, limits, aliases") {
  CHECK(Shade_IsValid(1));
  CHECK_FALSE(Shade_IsValid(3));
  CHECK(Shade_Name(SHADE_DARK) == "SHADE_DARK");
  CHECK(Shade_Name(SHADE_PALE) == "SHADE_LIGHT");  // an alias names its first value
  Shade parsed{};
  CHECK(Shade_Parse("SHADE_PALE", &parsed));
  CHECK(parsed == SHADE_LIGHT);
  CHECK_FALSE(Shade_Parse("SHADE_NONE", &parsed));
  CHECK(Shade_MIN == SHADE_MINUS);
  CHECK(Shade_MAX == SHADE_DARK);
  CHECK(Shade_ARRAYSIZE == SHADE_DARK + 1);
  CHECK(Everything::Level_MIN == Everything::LEVEL_LOW);
  CHECK(Everything_Level_Level_MAX == Everything::LEVEL_HIGH);
  CHECK(Everything::Level_Name(Everything::LEVEL_HIGH) == "LEVEL_HIGH");
}

TEST_CASE("repeated fields: add, index, set, size, packed and expanded encodings") {
  Everything m;
  m.add_ints(1);
  m.add_ints(-1);
  m.set_ints(0, 2);
  CHECK(m.ints_size() == 2);
  CHECK(m.ints(0) == 2);
  m.add_packed_sint64(-1);
  m.add_packed_sint64(1);
  m.add_names("a");
  *m.add_names() = "b";
  m.add_blobs(std::string("\0", 1));
  m.add_items()->set_id(9);
  m.add_shades(SHADE_DARK);
  m.add_packed_shades(SHADE_LIGHT);
  CHECK(m.names(1) == "b");
  CHECK(m.items(0).id() == 9);
  int sum = 0;
  for (int v : m.ints()) sum += v;
  CHECK(sum == 1);

  const std::string bytes = m.SerializeAsString();
  // ints unpacked (proto2 default): 58 02 58 ff..01; packed_sint64: 62 02 01 02
  CHECK(bytes.substr(0, 2) == std::string("\x58\x02", 2));
  CHECK(bytes.find(std::string("\x62\x02\x01\x02", 4)) != std::string::npos);
  Everything back;
  REQUIRE(back.ParseFromString(bytes));
  CHECK(back == m);

  // A packed encoding of an unpacked field is accepted too.
  Everything packed;
  REQUIRE(packed.ParseFromString(std::string("\x5a\x02\x03\x04", 4)));
  REQUIRE(packed.ints_size() == 2);
  CHECK(packed.ints(1) == 4);

  m.clear_ints();
  CHECK(m.ints_size() == 0);
  m.mutable_names()->Clear();
  CHECK(m.names_size() == 0);
}

TEST_CASE("groups: singular and repeated") {
  Everything m;
  m.mutable_settings()->set_width(3);
  m.add_entry()->set_key("k");
  m.mutable_entry(0)->set_value(-2);
  CHECK(m.has_settings());
  const std::string bytes = m.SerializeAsString();
  // Settings: start group 20 (a3 01), width 21 (a8 01 03), end group 20 (a4 01)
  CHECK(bytes.substr(0, 7) == std::string("\xa3\x01\xa8\x01\x03\xa4\x01", 7));
  Everything back;
  REQUIRE(back.ParseFromString(bytes));
  CHECK(back.settings().width() == 3);
  CHECK(back.entry(0).key() == "k");
  CHECK(back.entry(0).value() == -2);
}

TEST_CASE("oneofs: setting one member clears the others") {
  Everything m;
  CHECK(m.pick_case() == Everything::PICK_NOT_SET);
  m.set_pick_int(5);
  CHECK(m.pick_case() == Everything::kPickInt);
  CHECK(m.has_pick_int());
  m.set_pick_text("t");
  CHECK(m.pick_case() == Everything::kPickText);
  CHECK_FALSE(m.has_pick_int());
  CHECK(m.pick_int() == 0);
  m.mutable_pick_item()->set_id(2);
  CHECK(m.pick_case() == Everything::kPickItem);
  CHECK(m.pick_text().empty());
  m.set_pick_shade(SHADE_DARK);
  CHECK(m.pick_shade() == SHADE_DARK);
  m.clear_pick();
  CHECK(m.pick_case() == Everything::PICK_NOT_SET);
  CHECK(Everything::kPickIntFieldNumber == 30);
}

TEST_CASE("extensions: defaults, set, repeated, messages, round trip") {
  Everything m;
  CHECK_FALSE(m.HasExtension(ext_count));
  CHECK(m.GetExtension(ext_count) == 11);
  CHECK(m.GetExtension(ext_text) == "ext");
  m.SetExtension(ext_count, 12);
  m.SetExtension(ext_text, std::string("x"));
  m.SetExtension(ext_shade, SHADE_DARK);
  m.MutableExtension(ext_item)->set_id(4);
  m.AddExtension(ext_ints, 1);
  m.AddExtension(ext_ints, 2);
  m.AddExtension(ext_packed, -3);
  m.AddExtension(ext_names, std::string("n"));
  m.AddExtension(ext_items)->set_id(5);
  m.SetExtension(ext_ratio, 0.5);
  CHECK(m.HasExtension(ext_count));
  CHECK(m.ExtensionSize(ext_ints) == 2);
  CHECK(m.GetExtension(ext_ints, 1) == 2);

  Everything back;
  REQUIRE(back.ParseFromString(m.SerializeAsString()));
  CHECK(back == m);
  CHECK(back.GetExtension(ext_count) == 12);
  CHECK(back.GetExtension(ext_text) == "x");
  CHECK(back.GetExtension(ext_shade) == SHADE_DARK);
  CHECK(back.GetExtension(ext_item).id() == 4);
  CHECK(back.GetExtension(ext_packed, 0) == -3);
  CHECK(back.GetExtension(ext_names, 0) == "n");
  CHECK(back.GetExtension(ext_items, 0).id() == 5);
  CHECK(back.GetExtension(ext_ratio) == 0.5);
  CHECK(back.unknown_fields().empty());

  back.ClearExtension(ext_count);
  CHECK_FALSE(back.HasExtension(ext_count));
  CHECK(back.GetExtension(ext_count) == 11);
}

TEST_CASE("nesting deeper than 100 messages fails to parse") {
  auto nested = [](int depth) {
    Chain root;
    Chain* at = &root;
    for (int i = 0; i < depth; ++i) at = at->mutable_next();
    at->set_depth(depth);
    return root.SerializeAsString();
  };
  Chain m;
  CHECK(m.ParseFromString(nested(99)));
  CHECK_FALSE(m.ParseFromString(nested(150)));
}

TEST_CASE("C++ keywords as field names get a trailing underscore") {
  Keywords k;
  k.set_class_(1);
  k.set_default_(2);
  k.set_namespace_("ns");
  CHECK(k.class_() == 1);
  CHECK(k.default_() == 2);
  CHECK(k.namespace_() == "ns");
  CHECK(Keywords::GetTypeName() == "pfapi.p2.Keywords");
}
