#include <doctest/doctest.h>

#include <cstdint>
#include <functional>
#include <string>

#include "runtime/wire/reader.h"
#include "runtime/wire/writer.h"

using namespace protoforge::wire;

namespace {

std::string bytes_of(std::initializer_list<int> list) {
  std::string s;
  for (int b : list) s.push_back(static_cast<char>(b));
  return s;
}

}  // namespace

TEST_CASE("every field kind: exact bytes and matching size") {
  struct Case {
    const char* name;
    std::function<void(Writer&)> write;
    size_t size;
    std::string bytes;
  };
  const Case cases[] = {
      {"varint 150", [](Writer& w) { w.varint(1, 150); }, size_varint_field(1, 150), bytes_of({0x08, 0x96, 0x01})},
      {"varint field 16", [](Writer& w) { w.varint(16, 0); }, size_varint_field(16, 0), bytes_of({0x80, 0x01, 0x00})},
      {"max field number", [](Writer& w) { w.varint(kMaxFieldNumber, 1); }, size_varint_field(kMaxFieldNumber, 1),
       bytes_of({0xf8, 0xff, 0xff, 0xff, 0x0f, 0x01})},
      {"zigzag -1", [](Writer& w) { w.zigzag(1, -1); }, size_zigzag_field(1, -1), bytes_of({0x08, 0x01})},
      {"zigzag 1", [](Writer& w) { w.zigzag(1, 1); }, size_zigzag_field(1, 1), bytes_of({0x08, 0x02})},
      {"zigzag min", [](Writer& w) { w.zigzag(1, INT64_MIN); }, size_zigzag_field(1, INT64_MIN),
       bytes_of({0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01})},
      {"fixed32", [](Writer& w) { w.fixed32(2, 0x01020304); }, size_fixed32_field(2),
       bytes_of({0x15, 0x04, 0x03, 0x02, 0x01})},
      {"fixed64", [](Writer& w) { w.fixed64(3, 1); }, size_fixed64_field(3),
       bytes_of({0x19, 0x01, 0, 0, 0, 0, 0, 0, 0})},
      {"bytes", [](Writer& w) { w.bytes(2, "testing"); }, size_bytes_field(2, 7),
       bytes_of({0x12, 0x07, 't', 'e', 's', 't', 'i', 'n', 'g'})},
      {"empty bytes", [](Writer& w) { w.bytes(1, ""); }, size_bytes_field(1, 0), bytes_of({0x0a, 0x00})},
      {"group", [](Writer& w) { w.begin_group(1); w.varint(2, 1); w.end_group(1); }, size_group_field(1, 2),
       bytes_of({0x0b, 0x10, 0x01, 0x0c})},
      {"sub-message", [](Writer& w) { w.begin_message(1, 3); w.varint(1, 150); }, size_bytes_field(1, 3),
       bytes_of({0x0a, 0x03, 0x08, 0x96, 0x01})},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    std::string out;
    Writer w(out, c.size);
    c.write(w);
    CHECK(out == c.bytes);
    CHECK(w.done());
  }
}

TEST_CASE("float and double bit patterns, little-endian") {
  std::string out;
  append_float(out, 1.0f);
  append_double(out, 1.0);
  CHECK(out == bytes_of({0x00, 0x00, 0x80, 0x3f, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f}));
}

TEST_CASE("size grid") {
  CHECK(size_fixed32() == 4);
  CHECK(size_fixed64() == 8);
  CHECK(size_zigzag(0) == 1);
  CHECK(size_zigzag(-64) == 1);
  CHECK(size_zigzag(64) == 2);
  CHECK(size_tag(15) == 1);
  CHECK(size_tag(16) == 2);
  CHECK(size_tag(kMaxFieldNumber) == 5);
  CHECK(size_group(16, 10) == 12);
  CHECK(size_bytes(127) == 128);
  CHECK(size_bytes(128) == 130);
  std::string g;
  append_group(g, 1, bytes_of({0x10, 0x01}));
  CHECK(g == bytes_of({0x10, 0x01, 0x0c}));
}

TEST_CASE("written messages read back field by field") {
  const std::string blob(300, 'x');
  const size_t inner = size_zigzag_field(1, -5) + size_bytes_field(2, blob.size());
  const size_t total = size_varint_field(1, ~0ull) + size_fixed32_field(2) + size_fixed64_field(3) +
                       size_bytes_field(4, inner) + size_group_field(5, size_varint_field(6, 7));
  std::string out;
  Writer w(out, total);
  w.varint(1, ~0ull);
  w.fixed32(2, 0xdeadbeef);
  w.fixed64(3, 0x0123456789abcdefull);
  w.begin_message(4, inner);
  w.zigzag(1, -5);
  w.bytes(2, blob);
  w.begin_group(5);
  w.varint(6, 7);
  w.end_group(5);
  REQUIRE(w.done());

  Reader r(out);
  Field f;
  REQUIRE(r.next(f));
  CHECK((f.number == 1 && f.value == ~0ull));
  REQUIRE(r.next(f));
  CHECK((f.number == 2 && f.type == WireType::fixed32 && f.value == 0xdeadbeef));
  REQUIRE(r.next(f));
  CHECK((f.number == 3 && f.value == 0x0123456789abcdefull));
  REQUIRE(r.next(f));
  REQUIRE(f.type == WireType::length_delimited);
  Reader sub;
  REQUIRE(r.enter_message(f, sub));
  Field g;
  REQUIRE(sub.next(g));
  CHECK(decode_zigzag(g.value) == -5);
  REQUIRE(sub.next(g));
  CHECK(g.bytes == blob);
  CHECK_FALSE(sub.next(g));
  REQUIRE(r.leave(sub));
  REQUIRE(r.next(f));
  REQUIRE(f.type == WireType::start_group);
  Reader group;
  REQUIRE(r.enter_group(f, group));
  REQUIRE(group.next(g));
  CHECK((g.number == 6 && g.value == 7));
  CHECK_FALSE(group.next(g));
  CHECK(group.status() == Status::ok);
  REQUIRE(r.leave(group));
  CHECK_FALSE(r.next(f));
  CHECK(r.status() == Status::ok);
  CHECK(r.offset() == out.size());
}
