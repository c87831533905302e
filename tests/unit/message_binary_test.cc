// Binary codec of dynamic messages: exact bytes for every kind, unknown fields kept byte for byte, protobuf's
// merge rules, and errors that name the byte offset and the field path.
#include <doctest/doctest.h>

#include "runtime/message/binary.h"
#include "tests/unit/message_test_schemas.h"
#include "tests/unit/wire_test_builder.h"

namespace protoforge {
namespace {

using message::Message;
using schema::Scalar;
using testing::field;
using testing::message_type;
using wire::testing::WireBuilder;

enum : unsigned { VARINT = 0, I64 = 1, LEN = 2, SGROUP = 3, EGROUP = 4, I32 = 5 };

Message decoded(std::string_view type, std::string_view bytes, message::DecodeOptions options = {}) {
  Message m(message_type(type));
  const auto result = message::decode(bytes, m, options);
  REQUIRE_MESSAGE(result.ok(), result.describe());
  return m;
}

TEST_CASE("every scalar kind encodes as libprotobuf writes it") {
  const auto& t = message_type("pf.msg.p2.Scalars");
  Message m(t);
  m.set_scalar(field(t, "i32"), Scalar::of_int(-1));
  m.set_scalar(field(t, "i64"), Scalar::of_int(-2));
  m.set_scalar(field(t, "u32"), Scalar::of_uint(0xffffffffu));
  m.set_scalar(field(t, "u64"), Scalar::of_uint(300));
  m.set_scalar(field(t, "s32"), Scalar::of_int(-3));
  m.set_scalar(field(t, "s64"), Scalar::of_int(INT64_MIN));
  m.set_scalar(field(t, "f32"), Scalar::of_uint(0x01020304));
  m.set_scalar(field(t, "f64"), Scalar::of_uint(0x0102030405060708ull));
  m.set_scalar(field(t, "sf32"), Scalar::of_int(-2));
  m.set_scalar(field(t, "sf64"), Scalar::of_int(-2));
  m.set_scalar(field(t, "fl"), Scalar::of_float(1.0f));
  m.set_scalar(field(t, "db"), Scalar::of_double(-2.0));
  m.set_scalar(field(t, "b"), Scalar::of_bool(true));
  m.set_string(field(t, "s"), "hé");
  m.set_string(field(t, "by"), std::string("\0\xff", 2));
  m.set_scalar(field(t, "color"), Scalar::of_int(-3));

  WireBuilder w;
  w.tag(1, VARINT).varint(~0ull);  // negative int32: ten bytes, sign-extended
  w.tag(2, VARINT).varint(static_cast<uint64_t>(-2));
  w.tag(3, VARINT).varint(0xffffffffu);
  w.tag(4, VARINT).varint(300);
  w.tag(5, VARINT).varint(5);  // zigzag(-3)
  w.tag(6, VARINT).varint(~0ull);  // zigzag(INT64_MIN)
  w.tag(7, I32).raw(std::string("\x04\x03\x02\x01", 4));
  w.tag(8, I64).raw(std::string("\x08\x07\x06\x05\x04\x03\x02\x01", 8));
  w.tag(9, I32).raw(std::string("\xfe\xff\xff\xff", 4));
  w.tag(10, I64).raw(std::string("\xfe\xff\xff\xff\xff\xff\xff\xff", 8));
  w.tag(11, I32).raw(std::string("\x00\x00\x80\x3f", 4));
  w.tag(12, I64).raw(std::string("\x00\x00\x00\x00\x00\x00\x00\xc0", 8));
  w.tag(13, VARINT).varint(1);
  w.tag(14, LEN).bytes("hé");
  w.tag(15, LEN).bytes(std::string("\0\xff", 2));
  w.tag(16, VARINT).varint(static_cast<uint64_t>(-3));
  CHECK(message::encode(m) == w.str());
  CHECK(message::encoded_size(m) == w.str().size());
  CHECK(decoded("pf.msg.p2.Scalars", w.str()) == m);
}

TEST_CASE("unknown fields and mismatched wire types are kept byte for byte, after the known fields") {
  WireBuilder in;
  in.tag(99, LEN).bytes("xyz");
  in.tag(1, LEN).bytes("ab");                    // i32 with the wrong wire type: unknown
  in.tag(98, SGROUP).tag(1, VARINT).varint(7).tag(98, EGROUP);
  in.tag(97, VARINT).varint(5, 3);               // an over-long varint stays as written
  in.tag(2, VARINT).varint(9);
  Message m = decoded("pf.msg.p2.Scalars", in.str());
  CHECK(m.scalar(field(m.type(), "i64")).as_int64() == 9);
  CHECK_FALSE(m.has(field(m.type(), "i32")));
  WireBuilder out;
  out.tag(2, VARINT).varint(9);
  out.raw(in.str().substr(0, in.str().size() - 2));
  CHECK(message::encode(m) == out.str());
}

TEST_CASE("closed enums keep unknown numbers as unknown varints; open enums keep them in the field") {
  WireBuilder in;
  in.tag(5, VARINT).varint(1).tag(5, VARINT).varint(7).tag(5, VARINT).varint(2);
  Message closed = decoded("pf.msg.p2.Holder", in.str());
  CHECK(closed.repeated_size(field(closed.type(), "colors")) == 2);
  CHECK(closed.unknown_fields() == WireBuilder().tag(5, VARINT).varint(7).str());

  WireBuilder open;
  open.tag(6, VARINT).varint(7);
  Message m = decoded("pf.msg.p3.Implicit", open.str());
  CHECK(m.scalar(field(m.type(), "mode")).as_int32() == 7);
  CHECK(m.unknown_fields().empty());
}

TEST_CASE("packed and unpacked forms are both accepted; each field is written in its own form") {
  std::string packed_payload = WireBuilder().varint(1).varint(2).varint(3).str();
  WireBuilder in;
  in.tag(3, LEN).bytes(packed_payload);      // `unpacked` sent packed
  in.tag(4, VARINT).varint(3);               // `packed` sent unpacked: zigzag(-2)
  in.tag(4, VARINT).varint(4);               // zigzag(2)
  Message m = decoded("pf.msg.p2.Holder", in.str());
  CHECK(m.repeated_size(field(m.type(), "unpacked")) == 3);
  WireBuilder out;
  out.tag(3, VARINT).varint(1).tag(3, VARINT).varint(2).tag(3, VARINT).varint(3);
  out.tag(4, LEN).bytes(WireBuilder().varint(3).varint(4).str());
  CHECK(message::encode(m) == out.str());
}

TEST_CASE("map keys stay unique (last wins) and entries are written sorted with key and value") {
  auto entry = [](std::string_view key, uint64_t value) {
    return WireBuilder().tag(1, LEN).bytes(key).tag(2, VARINT).varint(value).str();
  };
  WireBuilder in;
  in.tag(10, LEN).bytes(entry("b", 1));
  in.tag(10, LEN).bytes(entry("a", 2));
  in.tag(10, LEN).bytes(entry("b", 3));
  in.tag(10, LEN).bytes(WireBuilder().tag(1, LEN).bytes("c").str());  // value missing: 0
  Message m = decoded("pf.msg.p2.Holder", in.str());
  CHECK(m.repeated_size(field(m.type(), "counts")) == 3);
  WireBuilder out;
  out.tag(10, LEN).bytes(entry("a", 2));
  out.tag(10, LEN).bytes(entry("b", 3));
  out.tag(10, LEN).bytes(entry("c", 0));
  CHECK(message::encode(m) == out.str());
}

TEST_CASE("oneof: the last member read wins; a repeated singular message merges") {
  const auto sub1 = WireBuilder().tag(1, VARINT).varint(1).str();
  const auto sub2 = WireBuilder().tag(2, VARINT).varint(2).str();
  WireBuilder in;
  in.tag(12, VARINT).varint(5).tag(13, LEN).bytes("t");
  in.tag(1, LEN).bytes(sub1).tag(1, LEN).bytes(sub2);
  Message m = decoded("pf.msg.p2.Holder", in.str());
  CHECK_FALSE(m.has(field(m.type(), "pick_int")));
  CHECK(m.string(field(m.type(), "pick_text")) == "t");
  const Message* one = m.message(field(m.type(), "one"));
  REQUIRE(one != nullptr);
  CHECK(one->scalar(field(one->type(), "i32")).as_int32() == 1);
  CHECK(one->scalar(field(one->type(), "i64")).as_int64() == 2);
}

TEST_CASE("groups, delimited editions fields and extensions round-trip") {
  WireBuilder in;
  in.tag(7, SGROUP).tag(8, VARINT).varint(4).tag(9, LEN).bytes("n").tag(7, EGROUP);
  in.tag(100, VARINT).varint(11);
  in.tag(101, LEN).bytes("x").tag(101, LEN).bytes("y");
  in.tag(102, LEN).bytes(WireBuilder().tag(14, LEN).bytes("s").str());
  Message m = decoded("pf.msg.p2.Holder", in.str());
  CHECK(m.unknown_fields().empty());
  CHECK(message::encode(m) == in.str());

  WireBuilder ed;
  ed.tag(5, SGROUP).tag(1, VARINT).varint(3).tag(5, EGROUP);
  Message e = decoded("pf.msg.ed.Edition", ed.str());
  CHECK(e.unknown_fields().empty());
  CHECK(message::encode(e) == ed.str());
}

TEST_CASE("implicit presence: zero values are not set and not written; explicit ones are") {
  const auto& t = message_type("pf.msg.p3.Implicit");
  Message m(t);
  m.set_scalar(field(t, "n"), Scalar::of_int(0));
  m.set_scalar(field(t, "opt"), Scalar::of_int(0));
  m.set_string(field(t, "s"), "");
  CHECK_FALSE(m.has(field(t, "n")));
  CHECK(m.has(field(t, "opt")));
  CHECK(message::encode(m) == WireBuilder().tag(3, VARINT).varint(0).str());
  m.set_scalar(field(t, "fl"), Scalar::of_float(-0.0f));  // -0.0 is not the default bit pattern
  CHECK(m.has(field(t, "fl")));
}

TEST_CASE("errors name the byte offset and the field path") {
  SUBCASE("truncated inside a repeated sub-message") {
    WireBuilder inner;
    inner.tag(1, VARINT).varint(1).tag(14, LEN).varint(5).raw("ab");  // length 5, only 2 bytes
    WireBuilder in;
    in.tag(2, LEN).bytes(WireBuilder().str()).tag(2, LEN).bytes(inner.str());
    Message m(message_type("pf.msg.p2.Holder"));
    const auto r = message::decode(in.str(), m);
    CHECK(r.status == message::DecodeStatus::malformed);
    CHECK(r.wire_status == wire::Status::length_past_end);
    CHECK(r.path == "many[1]");
    CHECK(r.offset == 2 + 2 + 2 + 1);
    CHECK(r.describe() == "length past end of input at byte 7 in field many[1]");
  }
  SUBCASE("invalid UTF-8 in a proto3 string") {
    WireBuilder in;
    in.tag(9, LEN).bytes(WireBuilder().tag(2, LEN).bytes("\xc3(").str());
    Message m(message_type("pf.msg.p3.Implicit"));
    const auto r = message::decode(in.str(), m);
    CHECK(r.status == message::DecodeStatus::invalid_utf8);
    CHECK(r.path == "child.s");
    CHECK(r.offset == 2);
    message::DecodeOptions lax;
    lax.check_utf8 = false;
    Message again(message_type("pf.msg.p3.Implicit"));
    CHECK(message::decode(in.str(), again, lax).ok());
  }
  SUBCASE("nesting deeper than the limit") {
    std::string bytes;
    for (int i = 0; i < 120; ++i) bytes = WireBuilder().tag(9, LEN).bytes(bytes).str();
    Message m(message_type("pf.msg.p3.Implicit"));
    const auto r = message::decode(bytes, m);
    CHECK(r.wire_status == wire::Status::too_deep);
    message::DecodeOptions deep;
    deep.limits.max_depth = 200;
    Message ok(message_type("pf.msg.p3.Implicit"));
    CHECK(message::decode(bytes, ok, deep).ok());
  }
}

TEST_CASE("reserved numbers are reported with their path, or rejected") {
  WireBuilder inner;
  inner.tag(15, VARINT).varint(1);
  WireBuilder in;
  in.tag(9, LEN).bytes(inner.str());
  message::DecodeOptions report;
  report.reserved = message::ReservedPolicy::report;
  Message m(message_type("pf.msg.p3.Implicit"));
  auto r = message::decode(in.str(), m, report);
  CHECK(r.ok());
  REQUIRE(r.reserved.size() == 1);
  CHECK(r.reserved[0].path == "child");
  CHECK(r.reserved[0].number == 15);
  CHECK(r.reserved[0].offset == 2);
  CHECK(message::encode(m) == in.str());  // still kept as an unknown field

  message::DecodeOptions reject;
  reject.reserved = message::ReservedPolicy::reject;
  Message n(message_type("pf.msg.p3.Implicit"));
  r = message::decode(in.str(), n, reject);
  CHECK(r.status == message::DecodeStatus::reserved_field);
  CHECK(r.path == "child");
  CHECK(message::decode(in.str(), n).ok());  // ignored by default
}

TEST_CASE("missing required fields are listed with their paths") {
  WireBuilder in;
  in.tag(16, VARINT).varint(1);
  in.tag(11, LEN).bytes(WireBuilder().tag(1, VARINT).varint(5).str());
  Message m = decoded("pf.msg.p2.Holder", in.str());
  CHECK(message::missing_required_fields(m).empty());
  Message e(message_type("pf.msg.ed.Edition"));
  CHECK(message::missing_required_fields(e) == std::vector<std::string>{"required_n"});
}

TEST_CASE("copies are deep and equal; merge_from follows protobuf's rules") {
  WireBuilder in;
  in.tag(2, LEN).bytes(WireBuilder().tag(1, VARINT).varint(1).str());
  in.tag(15, LEN).bytes("a");
  in.tag(99, VARINT).varint(1);
  Message a = decoded("pf.msg.p2.Holder", in.str());
  Message b = a;
  CHECK(a == b);
  b.mutable_messages(field(b.type(), "many"))[0]->set_scalar(field(message_type("pf.msg.p2.Scalars"), "i32"),
                                                              Scalar::of_int(2));
  CHECK_FALSE(a == b);
  a.merge_from(b);
  CHECK(a.repeated_size(field(a.type(), "many")) == 2);
  CHECK(a.repeated_size(field(a.type(), "names")) == 2);
  CHECK(a.unknown_fields().size() == 6);  // tag 99 takes two bytes
}

TEST_CASE("map entries drop their own unknown fields; an unknown closed-enum value keeps the entry unknown") {
  const auto& t = message_type("pf.msg.p2.EnumMap");
  WireBuilder good, bad;
  good.tag(1, LEN).bytes(WireBuilder().tag(1, VARINT).varint(1).tag(2, VARINT).varint(2).tag(3, VARINT).varint(9).str());
  bad.tag(1, LEN).bytes(WireBuilder().tag(1, VARINT).varint(2).tag(2, VARINT).varint(7).str());
  Message m(t);
  REQUIRE(message::decode(good.str() + bad.str(), m).ok());
  CHECK(m.repeated_size(field(t, "by_key")) == 1);
  CHECK(m.unknown_fields() == bad.str());
  WireBuilder out;
  out.tag(1, LEN).bytes(WireBuilder().tag(1, VARINT).varint(1).tag(2, VARINT).varint(2).str());
  CHECK(message::encode(m) == out.str() + bad.str());
}

TEST_CASE("MessageSet: known items decode into their extension, unknown ones are kept and written back as items") {
  auto item = [](uint64_t type_id, std::string_view body) {
    return WireBuilder().tag(1, SGROUP).tag(2, VARINT).varint(type_id).tag(3, LEN).bytes(body).tag(1, EGROUP).str();
  };
  const std::string known = item(1000, WireBuilder().tag(1, LEN).bytes("x").str());
  const std::string other = item(77, "\x08\x01");
  Message m = decoded("pf.msg.p2.Set", known + other);
  const schema::Field* ext = m.type().find_extension(1000);
  REQUIRE(ext != nullptr);
  REQUIRE(m.message(*ext) != nullptr);
  CHECK(m.message(*ext)->string(field(message_type("pf.msg.p2.SetItem"), "s")) == "x");
  CHECK(m.unknown_fields() == WireBuilder().tag(77, LEN).bytes("\x08\x01").str());
  CHECK(message::encode(m) == known + other);
}

}  // namespace
}  // namespace protoforge
