// What every generated message shares (runtime/generated/message_base.h): copy and move, CopyFrom/MergeFrom,
// Swap, Clear and reuse, equality, unknown fields byte for byte, the zero-copy parse, and the buffer forms.
#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "api_test.pf.h"
#include "api_test3.pf.h"

using pfapi::p2::Everything;
using pfapi::p3::Presence;
using pfapi::p3::Sub;

namespace {

Presence sample() {
  Presence m;
  m.set_plain(1);
  m.set_text("text");
  m.mutable_sub()->set_s("sub");
  m.add_nums(2);
  m.add_words("w");
  m.set_k_text("k");
  return m;
}

}  // namespace

TEST_CASE("copy and move construct equal messages; a moved-from message stays usable") {
  const Presence original = sample();
  Presence copy(original);
  CHECK(copy == original);
  copy.mutable_sub()->set_s("changed");  // deep: the original keeps its sub-message
  CHECK(original.sub().s() == "sub");
  CHECK_FALSE(copy == original);

  Presence moved(std::move(copy));
  CHECK(moved.sub().s() == "changed");
  copy = original;  // NOLINT(bugprone-use-after-move): assignment gives it a value again
  CHECK(copy == original);
}

TEST_CASE("MergeFrom: singular fields overwrite, repeated append, messages merge, oneofs switch") {
  Presence to = sample();
  Presence from;
  from.set_plain(5);
  from.mutable_sub()->set_v(9);
  from.add_nums(3);
  from.set_k_int(4);
  to.MergeFrom(from);
  CHECK(to.plain() == 5);
  CHECK(to.text() == "text");
  CHECK(to.sub().s() == "sub");
  CHECK(to.sub().v() == 9);
  REQUIRE(to.nums_size() == 2);
  CHECK(to.nums(1) == 3);
  CHECK(to.kind_case() == Presence::kKInt);

  // The same as parsing both serializations one after the other.
  Presence parsed;
  REQUIRE(parsed.ParseFromString(sample().SerializeAsString() + from.SerializeAsString()));
  CHECK(parsed == to);
  Presence merged = sample();
  REQUIRE(merged.MergeFromString(from.SerializeAsString()));
  CHECK(merged == to);
}

TEST_CASE("CopyFrom replaces, Swap exchanges, Clear empties") {
  Presence a = sample();
  Presence b;
  b.set_plain(2);
  b.CopyFrom(a);
  CHECK(b == a);
  Presence c;
  c.set_real(1.5);
  c.Swap(&b);
  CHECK(c == a);
  CHECK(b.real() == 1.5);
  c.Clear();
  CHECK(c.ByteSizeLong() == 0);
  CHECK(c == Presence());
  CHECK(c.kind_case() == Presence::KIND_NOT_SET);
  REQUIRE(c.ParseFromString(a.SerializeAsString()));  // a cleared message is reused
  CHECK(c == a);
}

TEST_CASE("unknown fields are kept byte for byte and written back last") {
  // field 99 varint 1, field 100 fixed32, field 101 length-delimited, then known field plain = 1
  const std::string unknown("\x98\x06\x01\xa5\x06\x01\x02\x03\x04\xaa\x06\x02hi", 14);
  Presence m;
  REQUIRE(m.ParseFromString(unknown + std::string("\x08\x01", 2)));
  CHECK(m.plain() == 1);
  CHECK(m.unknown_fields() == unknown);
  CHECK(m.SerializeAsString() == std::string("\x08\x01", 2) + unknown);
  Presence copy;
  copy.CopyFrom(m);
  CHECK(copy.unknown_fields() == unknown);
  m.mutable_unknown_fields()->clear();
  CHECK(m.ByteSizeLong() == 2);
}

TEST_CASE("ParseFromStringAliased gives views into the input; a write through mutable_ copies first") {
  const std::string bytes = sample().SerializeAsString();
  Presence m;
  REQUIRE(m.ParseFromStringAliased(bytes));
  CHECK(m.text() == "text");
  const char* at = m.text().data();
  CHECK(at >= bytes.data());
  CHECK(at < bytes.data() + bytes.size());
  CHECK(m.sub().s().data() >= bytes.data());
  m.mutable_text()->append("!");
  CHECK(m.text() == "text!");
  CHECK((m.text().data() < bytes.data() || m.text().data() >= bytes.data() + bytes.size()));
  CHECK(bytes.find("text!") == std::string::npos);  // the input is untouched
  Presence owned;
  owned.CopyFrom(m);  // a copy owns its strings
  CHECK(owned.words(0) == "w");
}

TEST_CASE("buffer forms: SerializeToArray, ParseFromArray, AppendToString, GetCachedSize") {
  const Presence m = sample();
  const size_t size = m.ByteSizeLong();
  CHECK(m.GetCachedSize() == static_cast<int>(size));
  std::string buffer(size, '\0');
  REQUIRE(m.SerializeToArray(buffer.data(), static_cast<int>(size)));
  CHECK(buffer == m.SerializeAsString());
  CHECK_FALSE(m.SerializeToArray(buffer.data(), static_cast<int>(size) - 1));  // too small: refused, not overrun
  Presence back;
  REQUIRE(back.ParseFromArray(buffer.data(), static_cast<int>(size)));
  CHECK(back == m);
  std::string appended = "prefix";
  REQUIRE(m.AppendToString(&appended));
  CHECK(appended == "prefix" + buffer);
}

TEST_CASE("malformed input fails to parse and leaves no crash behind") {
  Presence m;
  CHECK_FALSE(m.ParseFromString(std::string("\x1a\x05" "ab", 4)));  // length past the end
  CHECK_FALSE(m.ParseFromString(std::string("\x08", 1)));         // varint cut short
  CHECK_FALSE(m.ParseFromString(std::string("\x00\x01", 2)));     // field number 0
  CHECK_FALSE(m.ParseFromString(std::string("\x0f", 1)));         // wire type 7
  CHECK_FALSE(m.ParseFromString(std::string("\x0c", 1)));         // end group with none open
  CHECK(m.ParseFromString(""));
}

TEST_CASE("equality compares fields, not bytes") {
  Everything a;
  Everything b;
  a.set_count(7);
  CHECK_FALSE(a == b);  // presence differs though the value reads the same
  b.set_count(7);
  CHECK(a == b);
  a.add_ints(1);
  b.add_ints(2);
  CHECK_FALSE(a == b);
  Sub s;
  CHECK(Sub::GetTypeName() == "pfapi.p3.Sub");
  CHECK(s == Sub());
}
