// The 10,000-field message of tests/cpp/wide_message.cmake: its generated code compiles (accessor bodies out of
// line past inline_accessor_limit), and fields at both ends of the table, of every kind, keep their values through
// a serialize/parse round trip.
#include <doctest/doctest.h>

#include <string>

#include "wide_message.pf.h"

namespace {

wide::Wide filled() {
  wide::Wide m;
  m.set_f1(-7);                        // int32
  m.set_f2("two");                     // string
  m.set_f3(std::string("\0\1", 2));    // bytes
  m.set_f4(0.25);                      // double
  m.add_f5(5);                         // repeated int64
  m.add_f5(-55);
  m.mutable_f6()->set_value(6);        // message
  m.mutable_f6()->set_label("six");
  m.set_f7(wide::COLOR_BLUE);          // enum
  m.set_f8(true);                      // bool
  m.set_f9(0);                         // proto3 optional: present even at zero
  m.set_f10(-10);                      // sint64
  m.add_f11("eleven");                 // repeated string
  (*m.mutable_f12())["twelve"] = 12;   // map
  m.set_f9985(99);                     // the far end of the table (9985 % 12 == 1: int32)
  m.set_f9986("end");                  // string
  m.set_f9995("picked");               // oneof member
  return m;
}

}  // namespace

TEST_CASE("a 10,000-field message keeps fields of every kind through a round trip") {
  const wide::Wide m = filled();
  std::string bytes;
  REQUIRE(m.SerializeToString(&bytes));
  CHECK(bytes.size() == m.ByteSizeLong());

  wide::Wide back;
  REQUIRE(back.ParseFromString(bytes));
  CHECK(back == m);
  CHECK(back.f1() == -7);
  CHECK(back.f2() == "two");
  CHECK(back.f3() == std::string_view("\0\1", 2));
  CHECK(back.f4() == 0.25);
  REQUIRE(back.f5_size() == 2);
  CHECK(back.f5(1) == -55);
  CHECK(back.f6().label() == "six");
  CHECK(back.f7() == wide::COLOR_BLUE);
  CHECK(back.f8());
  CHECK(back.has_f9());
  CHECK(back.f10() == -10);
  CHECK(back.f11(0) == "eleven");
  CHECK(back.f12().at("twelve") == 12);
  CHECK(back.f9985() == 99);
  CHECK(back.f9986() == "end");
  CHECK(back.choice_case() == wide::Wide::kF9995);
  CHECK(back.f9995() == "picked");
  CHECK_FALSE(back.has_f18());  // a message field never set

  back.set_f10000("last");  // another member of the oneof replaces it
  CHECK(back.choice_case() == wide::Wide::kF10000);
  CHECK_FALSE(back.has_f9995());
  back.Clear();
  CHECK(back.ByteSizeLong() == 0);
}

TEST_CASE("a 10,000-field message's bytes are in field-number order") {
  wide::Wide m;
  m.set_f9985(1);
  m.set_f1(1);
  // Tag of field 1 (varint): 0x08; tag of field 9985 (varint): (9985 << 3) = 79880 -> 0x88 0xf0 0x04.
  CHECK(m.SerializeAsString() == std::string("\x08\x01\x88\xf0\x04\x01", 6));
}
