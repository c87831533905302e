#include <doctest/doctest.h>

#include <algorithm>
#include <iterator>
#include <string>

#include "runtime/wire/reader.h"
#include "tests/unit/wire_test_builder.h"

using namespace protoforge::wire;
using protoforge::wire::testing::WireBuilder;

namespace {

struct Outcome {
  Status status;
  size_t offset;
  int fields;
};

// Reads every top-level field, skipping groups; the offset is the error offset, or the end position on success.
Outcome read_all(std::string_view in, Limits limits = {}) {
  Reader reader(in, limits);
  Field f;
  int count = 0;
  while (reader.next(f)) {
    ++count;
    if (!reader.skip(f)) break;
  }
  const bool ok = reader.status() == Status::ok;
  return {reader.status(), ok ? reader.offset() : reader.error_offset(), count};
}

// Descends into every length-delimited field as a sub-message, to exercise the depth limit on messages.
bool walk_messages(Reader& reader) {
  Field f;
  while (reader.next(f)) {
    if (f.type == WireType::length_delimited) {
      Reader child;
      if (!reader.enter_message(f, child)) return false;
      walk_messages(child);
      if (!reader.leave(child)) return false;
    } else if (!reader.skip(f)) {
      return false;
    }
  }
  return reader.status() == Status::ok;
}

std::string nested_groups(int depth) {
  WireBuilder b;
  for (int i = 0; i < depth; ++i) b.tag(1, 3);
  for (int i = 0; i < depth; ++i) b.tag(1, 4);
  return b.str();
}

std::string nested_messages(int depth) {
  std::string inner;
  for (int i = 0; i < depth; ++i) inner = WireBuilder().tag(1, 2).bytes(inner).str();
  return inner;
}

}  // namespace

TEST_CASE("malformed input reports the exact status and offset") {
  struct Case { const char* name; std::string in; Status status; size_t offset; };
  const std::string nine_ff(9, '\xff');
  const Case cases[] = {
      {"truncated tag", WireBuilder().raw("\x80").str(), Status::truncated, 0},
      {"tag of 11 bytes", WireBuilder().tag(1, 0, 11).str(), Status::varint_too_long, 0},
      {"tag overflowing 64 bits", WireBuilder().raw(nine_ff).raw("\x02").str(), Status::varint_too_long, 0},
      {"truncated varint value", WireBuilder().tag(1, 0).raw("\x80\x80").str(), Status::truncated, 1},
      {"varint value of 11 bytes", WireBuilder().tag(1, 0).varint(5, 11).str(), Status::varint_too_long, 1},
      {"value overflow after a field", WireBuilder().tag(1, 0).varint(1).tag(2, 0).raw(nine_ff).raw("\x7f").str(),
       Status::varint_too_long, 3},
      {"wire type 6", WireBuilder().tag(1, 6).str(), Status::bad_wire_type, 0},
      {"wire type 7 after a field", WireBuilder().tag(1, 0).varint(1).tag(2, 7).str(), Status::bad_wire_type, 2},
      {"wire type checked before number", WireBuilder().tag(0, 7).str(), Status::bad_wire_type, 0},
      {"field number 0", WireBuilder().tag(0, 0).varint(1).str(), Status::bad_field_number, 0},
      {"field number 2^29", WireBuilder().tag(kMaxFieldNumber + 1ull, 0).varint(1).str(), Status::bad_field_number, 0},
      {"field number beyond 32 bits", WireBuilder().tag(1ull << 40, 0).varint(1).str(), Status::bad_field_number, 0},
      {"length past end", WireBuilder().tag(1, 2).varint(5).raw("abc").str(), Status::length_past_end, 1},
      {"length of 2^64-1", WireBuilder().tag(1, 2).varint(~0ull).str(), Status::length_past_end, 1},
      {"truncated length", WireBuilder().tag(1, 2).raw("\x80").str(), Status::truncated, 1},
      {"truncated fixed32", WireBuilder().tag(1, 5).raw("\x01\x02\x03").str(), Status::truncated, 1},
      {"truncated fixed64", WireBuilder().tag(1, 1).raw("1234567").str(), Status::truncated, 1},
      {"end group at top level", WireBuilder().tag(1, 4).str(), Status::unmatched_end_group, 0},
      {"mismatched end group", WireBuilder().tag(1, 3).tag(2, 4).str(), Status::mismatched_end_group, 1},
      {"mismatch two levels down", WireBuilder().tag(1, 3).tag(2, 3).tag(1, 4).str(), Status::mismatched_end_group, 2},
      {"group never closed", WireBuilder().tag(1, 3).tag(2, 0).varint(1).str(), Status::truncated, 3},
      {"error inside a group", WireBuilder().tag(1, 3).tag(2, 6).tag(1, 4).str(), Status::bad_wire_type, 1},
      {"101 nested groups", nested_groups(101), Status::too_deep, 100},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    const Outcome got = read_all(c.in);
    CHECK(got.status == c.status);
    CHECK(got.offset == c.offset);
  }
}

TEST_CASE("well-formed input reads to the end") {
  struct Case { const char* name; std::string in; int fields; };
  const Case cases[] = {
      {"empty", "", 0},
      {"padded tag and value", WireBuilder().tag(1, 0, 5).varint(7, 10).str(), 1},
      {"10-byte max varint", WireBuilder().tag(1, 0).raw(std::string(9, '\xff')).raw("\x01").str(), 1},
      {"max field number", WireBuilder().tag(kMaxFieldNumber, 5).raw("abcd").str(), 1},
      {"all wire types", WireBuilder().tag(1, 0).varint(1).tag(2, 1).raw("12345678").tag(3, 2).bytes("xy")
                             .tag(4, 3).tag(5, 0).varint(9).tag(4, 4).tag(6, 5).raw("1234").str(), 5},
      {"100 nested groups", nested_groups(100), 1},
  };
  for (const auto& c : cases) {
    CAPTURE(c.name);
    const Outcome got = read_all(c.in);
    CHECK(got.status == Status::ok);
    CHECK(got.offset == c.in.size());
    CHECK(got.fields == c.fields);
  }
}

TEST_CASE("depth limit is set by the caller, for groups and messages") {
  CHECK(read_all(nested_groups(3), Limits{3}).status == Status::ok);
  const Outcome deep = read_all(nested_groups(4), Limits{3});
  CHECK(deep.status == Status::too_deep);
  CHECK(deep.offset == 3);

  const std::string ok = nested_messages(3);
  Reader fine(ok, Limits{3});
  CHECK(walk_messages(fine));
  const std::string bad = nested_messages(4);
  Reader reader(bad, Limits{3});
  CHECK_FALSE(walk_messages(reader));
  CHECK(reader.status() == Status::too_deep);
  CHECK(reader.error_offset() == 6);  // the fourth tag: three (tag, 1-byte length) pairs precede it
}

TEST_CASE("total size limit") {
  const std::string in = WireBuilder().tag(1, 0).varint(300).str();  // 3 bytes
  CHECK(read_all(in, Limits{100, 3}).status == Status::ok);
  const Outcome big = read_all(in, Limits{100, 2});
  CHECK(big.status == Status::too_large);
  CHECK(big.offset == 2);
  CHECK(big.fields == 0);
}

TEST_CASE("fields carry number, type, value and offset") {
  const std::string in = WireBuilder().tag(1, 0).varint(300).tag(2, 5).raw("\x01\x02\x03\x04")
                             .tag(3, 1).raw(std::string("\x01\0\0\0\0\0\0\x80", 8)).tag(4, 2).bytes("hi").str();
  Reader reader(in);
  Field f;
  REQUIRE(reader.next(f));
  CHECK((f.number == 1 && f.type == WireType::varint && f.value == 300 && f.offset == 0));
  REQUIRE(reader.next(f));
  CHECK((f.number == 2 && f.type == WireType::fixed32 && f.value == 0x04030201u && f.offset == 3));
  REQUIRE(reader.next(f));
  CHECK((f.number == 3 && f.type == WireType::fixed64 && f.value == 0x8000000000000001ull && f.offset == 8));
  REQUIRE(reader.next(f));
  CHECK((f.number == 4 && f.type == WireType::length_delimited && f.bytes == "hi" && f.offset == 17));
  CHECK_FALSE(reader.next(f));
  CHECK(reader.status() == Status::ok);
  CHECK(reader.at_end());
}

TEST_CASE("fast and checked varint paths agree") {
  const uint64_t values[] = {0, 1, 127, 128, 300, 16383, 16384, 1ull << 35, 1ull << 63, ~0ull};
  for (uint64_t v : values) {
    CAPTURE(v);
    const std::string short_in = WireBuilder().tag(1, 0).varint(v).str();      // fewer than 10 bytes left
    const std::string long_in = short_in + WireBuilder().tag(2, 2).bytes("0123456789").str();
    for (const std::string* in : {&short_in, &long_in}) {
      Reader reader(*in);
      Field f;
      REQUIRE(reader.next(f));
      CHECK(f.value == v);
    }
    std::string padded = WireBuilder().varint(v).str();
    const size_t used = padded.size();
    padded.resize(used + kMaxVarintBytes, '\xff');
    uint64_t back = 0;
    CHECK(decode_varint_unchecked(padded.data(), back) == used);
    CHECK(back == v);
  }
  uint64_t v = 0;
  CHECK(decode_varint_unchecked(WireBuilder().varint(0, 11).str().data(), v) == 0);
  CHECK(decode_varint_unchecked((std::string(9, '\xff') + "\x02").data(), v) == 0);
}

TEST_CASE("every status has a name") {
  for (int s = 0; s <= static_cast<int>(Status::too_large); ++s) {
    CHECK(to_string(static_cast<Status>(s)) != "unknown status");
  }
  CHECK(to_string(Status::too_deep) == "nesting too deep");
}

TEST_CASE("every truncation and every one-byte corruption fails cleanly") {
  const std::string msg = WireBuilder().tag(1, 0).varint(300).tag(2, 1).raw("12345678").tag(3, 2).bytes("xyz")
                              .tag(4, 3).tag(5, 0).varint(9).tag(4, 4).tag(6, 5).raw("1234").str();
  const size_t boundaries[] = {0, 3, 12, 17, 21};  // prefix lengths that end on a field boundary
  for (size_t len = 0; len < msg.size(); ++len) {
    CAPTURE(len);
    const Outcome got = read_all(std::string_view(msg).substr(0, len));
    const bool at_boundary = std::find(std::begin(boundaries), std::end(boundaries), len) != std::end(boundaries);
    CHECK((got.status == Status::ok) == at_boundary);
    if (!at_boundary) {
      CHECK((got.status == Status::truncated || got.status == Status::length_past_end));
    }
    CHECK(got.offset <= len);
  }
  for (size_t pos = 0; pos < msg.size(); ++pos) {
    for (int byte = 0; byte < 256; ++byte) {
      std::string bad = msg;
      bad[pos] = static_cast<char>(byte);
      const Outcome got = read_all(bad);
      CHECK(got.offset <= bad.size());
    }
  }
}
