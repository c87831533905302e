// The generated C++ API over testdata/cpp/api_test3.proto (proto3): implicit presence and `optional`, open enums,
// oneofs of every member kind, and maps of every key kind.
#include <doctest/doctest.h>

#include <string>

#include "api_test3.pf.h"

using namespace pfapi::p3;

TEST_CASE("implicit presence: zero values are not written, optional ones are") {
  Presence m;
  m.set_plain(0);
  m.set_text("");
  m.set_real(0.0);
  CHECK(m.ByteSizeLong() == 0);
  m.set_opt(0);
  m.set_opt_text("");
  CHECK(m.has_opt());
  CHECK(m.has_opt_text());
  CHECK(m.SerializeAsString() == std::string("\x10\x00\x22\x00", 4));
  m.clear_opt();
  CHECK_FALSE(m.has_opt());
  m.set_plain(3);
  CHECK(m.plain() == 3);
  CHECK_FALSE(m.has_sub());
  m.mutable_sub()->set_v(1);
  CHECK(m.has_sub());
}

TEST_CASE("open enums keep unknown numbers in the field") {
  Presence m;
  REQUIRE(m.ParseFromString(std::string("\x30\x07", 2)));  // mode = 7, not a declared value
  CHECK(static_cast<int>(m.mode()) == 7);
  CHECK(m.unknown_fields().empty());
  CHECK(m.SerializeAsString() == std::string("\x30\x07", 2));
  CHECK_FALSE(Mode_IsValid(7));
  CHECK(Mode_IsValid(-2));
  CHECK(Mode_Name(MODE_ENABLED) == "MODE_ON");
  m.set_mode(MODE_OFF);  // negative: ten bytes on the wire, as libprotobuf writes int32 -2
  CHECK(m.ByteSizeLong() == 11);
}

TEST_CASE("repeated scalars are packed by default in proto3") {
  Presence m;
  m.add_nums(1);
  m.add_nums(300);
  m.add_modes(MODE_ON);
  m.add_words("w");
  m.add_subs()->set_s("x");
  CHECK(m.SerializeAsString().substr(0, 5) == std::string("\x52\x03\x01\xac\x02", 5));
  Presence back;
  REQUIRE(back.ParseFromString(m.SerializeAsString()));
  CHECK(back == m);
  CHECK(back.subs(0).s() == "x");
  CHECK(back.modes(0) == MODE_ON);
}

TEST_CASE("oneof members of every kind") {
  Presence m;
  m.set_k_bytes(std::string("\0", 1));
  CHECK(m.kind_case() == Presence::kKBytes);
  m.set_k_mode(MODE_OFF);
  CHECK(m.kind_case() == Presence::kKMode);
  CHECK(m.k_bytes().empty());
  m.mutable_k_sub()->set_v(8);
  CHECK(m.kind_case() == Presence::kKSub);
  CHECK(m.k_sub().v() == 8);
  m.set_k_int(0);  // a oneof member is present even at zero
  CHECK(m.kind_case() == Presence::kKInt);
  CHECK(m.SerializeAsString() == std::string("\xa0\x01\x00", 3));
  Presence back;
  REQUIRE(back.ParseFromString(m.SerializeAsString()));
  CHECK(back.kind_case() == Presence::kKInt);
  back.clear_kind();
  CHECK(back.kind_case() == Presence::KIND_NOT_SET);
}

TEST_CASE("maps: insert, look up, erase, key order on the wire, round trip") {
  Maps m;
  (*m.mutable_m_int32())[2] = "two";
  (*m.mutable_m_int32())[1] = "one";
  (*m.mutable_m_int64())[-1] = -1;
  (*m.mutable_m_uint32())[7] = 7;
  (*m.mutable_m_uint64())[8] = 0.5;
  (*m.mutable_m_sint32())[-3] = 1.5f;
  (*m.mutable_m_sint64())[-4] = true;
  (*m.mutable_m_fixed32())[5] = std::string("\xff", 1);
  (*m.mutable_m_fixed64())[6] = MODE_OFF;
  (*m.mutable_m_sfixed32())[-7].set_v(7);
  (*m.mutable_m_sfixed64())[-8] = -8;
  (*m.mutable_m_bool())[true] = "yes";
  (*m.mutable_m_string())["k"].set_s("v");
  (*m.mutable_m_mode())["m"] = MODE_ON;
  CHECK(m.m_int32_size() == 2);
  CHECK(m.m_int32().at(1) == "one");
  CHECK(m.m_int32().contains(2));
  CHECK(m.m_int32().count(3) == 0);

  // Entries are written in key order: key 1 before key 2.
  const std::string bytes = m.SerializeAsString();
  CHECK(bytes.substr(0, 9) == std::string("\x0a\x07\x08\x01\x12\x03one", 9));

  Maps back;
  REQUIRE(back.ParseFromString(bytes));
  CHECK(back == m);
  CHECK(back.m_sfixed32().at(-7).v() == 7);
  CHECK(back.m_string().at("k").s() == "v");
  CHECK(back.m_fixed64().at(6) == MODE_OFF);

  back.mutable_m_int32()->erase(1);
  CHECK(back.m_int32_size() == 1);
  int keys = 0;
  for (const auto& [key, value] : back.m_int32()) keys += key;
  CHECK(keys == 2);
  back.clear_m_int32();
  CHECK(back.m_int32_size() == 0);
}

TEST_CASE("a map entry repeated on the wire keeps the last value; a missing key or value is its default") {
  Maps m;
  // m_int32 entries {1: "a"} then {1: "b"}, then an entry with no key and no value.
  REQUIRE(m.ParseFromString(std::string("\x0a\x05\x08\x01\x12\x01" "a" "\x0a\x05\x08\x01\x12\x01" "b" "\x0a\x00", 16)));
  CHECK(m.m_int32_size() == 2);
  CHECK(m.m_int32().at(1) == "b");
  CHECK(m.m_int32().at(0).empty());
}

TEST_CASE("proto3 strings must be UTF-8") {
  Presence m;
  CHECK_FALSE(m.ParseFromString(std::string("\x1a\x01\xff", 3)));
  CHECK(m.ParseFromString(std::string("\x42\x01\xff", 3)));  // bytes need not be
}
