#include <doctest/doctest.h>

#include "runtime/wire/wire_format.h"

using namespace protoforge::wire;

TEST_CASE("varints round-trip with exact bytes") {
  struct Case { uint64_t value; std::string bytes; };
  const Case cases[] = {
      {0, std::string("\x00", 1)},
      {1, "\x01"},
      {127, "\x7f"},
      {128, "\x80\x01"},
      {300, "\xac\x02"},
      {~0ull, "\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01"},
  };
  for (const auto& c : cases) {
    std::string out;
    append_varint(out, c.value);
    CHECK(out == c.bytes);
    CHECK(size_varint(c.value) == c.bytes.size());
    uint64_t back = 0;
    CHECK(consume_varint(out, back) == out.size());
    CHECK(back == c.value);
  }
}

TEST_CASE("malformed varints are rejected") {
  uint64_t v = 0;
  CHECK(consume_varint("\x80", v) == 0);                                          // truncated
  CHECK(consume_varint("\xff\xff\xff\xff\xff\xff\xff\xff\xff\x02", v) == 0);      // overflows 64 bits
  CHECK(consume_varint("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01", v) == 0);  // 11 bytes
}

TEST_CASE("tags reject field 0 and wire types 6 and 7") {
  FieldNumber n = 0;
  WireType t{};
  CHECK(consume_tag("\x08", n, t) == 1);
  CHECK(n == 1);
  CHECK(t == WireType::varint);
  CHECK(consume_tag("\x00", n, t) == 0);
  CHECK(consume_tag("\x0e", n, t) == 0);
  CHECK(consume_tag("\x0f", n, t) == 0);
}

TEST_CASE("zigzag") {
  CHECK(encode_zigzag(0) == 0);
  CHECK(encode_zigzag(-1) == 1);
  CHECK(encode_zigzag(1) == 2);
  CHECK(decode_zigzag(encode_zigzag(-123456789)) == -123456789);
  CHECK(decode_zigzag(encode_zigzag(INT64_MIN)) == INT64_MIN);
}

TEST_CASE("length-delimited bytes") {
  std::string out;
  append_bytes(out, "abc");
  std::string_view bytes;
  CHECK(consume_bytes(out, bytes) == 4);
  CHECK(bytes == "abc");
  CHECK(consume_bytes("\x05" "ab", bytes) == 0);
}
