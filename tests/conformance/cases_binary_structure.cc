// Binary inputs of message structure: nested and recursive messages (and how repeated records of one merge),
// maps of every key and value kind with the entry shapes parsers must accept, oneofs (the last member on the
// wire wins), unknown fields of every wire type (kept, and printed on request), and proto2's groups,
// extensions, explicit defaults and MessageSet.
#include <cstdint>

#include "tests/conformance/cases.h"

namespace protoforge::conformance {

namespace {

constexpr uint64_t sext(int64_t v) { return static_cast<uint64_t>(v); }

// A map entry of `field` with a scalar key and value (bits as WirePayload::scalar takes them).
WirePayload& entry(WirePayload& p, std::string_view field, uint64_t key, uint64_t value) {
  WirePayload e(p.type_of(field));
  return p.message(field, e.scalar("key", key).scalar("value", value));
}

void add_nested_cases(CaseSet& cases, std::string_view type) {
  auto nested = [&] { return WirePayload(cases.payload(type).type_of("optional_nested_message")); };
  auto top = [&] { return cases.payload(type); };
  cases.binary(type, "empty", "");
  cases.binary(type, "nested.one_field", top().message("optional_nested_message", nested().scalar("a", 1)).str());
  cases.binary(type, "nested.present_but_empty", top().message("optional_nested_message", nested()).str());
  cases.binary(type, "nested.corecursive",
               top().message("optional_nested_message",
                             nested().scalar("a", sext(-3)).message("corecursive", top().scalar("optional_int32", 2)
                                 .message("optional_nested_message", nested().scalar("a", 4)))).str());
  cases.binary(type, "nested.foreign",
               top().message("optional_foreign_message", WirePayload(top().type_of("optional_foreign_message"))
                                                             .scalar("c", sext(-5))).str());
  cases.binary(type, "nested.records_merge",
               top().message("optional_nested_message", nested().scalar("a", 1))
                   .message("optional_nested_message",
                            nested().message("corecursive", top().scalar("optional_int32", 5)))
                   .str());
  cases.binary(type, "nested.later_scalar_wins",
               top().message("optional_nested_message", nested().scalar("a", 1))
                   .message("optional_nested_message", nested().scalar("a", 2)).str());
  cases.binary(type, "repeated_nested",
               top().message("repeated_nested_message", nested().scalar("a", 1))
                   .message("repeated_nested_message", nested())
                   .message("repeated_nested_message", nested().scalar("a", 3)).str());
  cases.binary(type, "repeated_foreign",
               top().message("repeated_foreign_message", WirePayload(top().type_of("repeated_foreign_message"))
                                                             .scalar("c", 9)).str());
  // Nesting within protobuf's default recursion limit (100) parses; far beyond it, both must refuse.
  for (int depth : {30, 90, 200}) {
    WirePayload p = top().scalar("optional_int32", static_cast<uint64_t>(depth));
    for (int i = 0; i < depth; ++i) p = top().message("recursive_message", p);
    Input& in = cases.binary(type, "recursive.depth_" + std::to_string(depth), p.str());
    in.malformed = depth > 100;
    if (depth > 64 && depth <= 100) {
      json_only_difference(in, "libprotobuf 3.21's JSON converter refuses to print more than 64 levels of nesting; "
                               "protoforge prints them");
    }
  }
}

void add_map_entry_kinds(CaseSet& cases, std::string_view type) {
  struct Entry { std::string_view field; uint64_t key; uint64_t value; };
  const Entry entries[] = {
      {"map_int32_int32", sext(-1), sext(-2)}, {"map_int64_int64", sext(INT64_MIN), INT64_MAX},
      {"map_uint32_uint32", UINT32_MAX, 0}, {"map_uint64_uint64", UINT64_MAX, 1},
      {"map_sint32_sint32", sext(INT32_MIN), INT32_MAX}, {"map_sint64_sint64", sext(-9), sext(INT64_MIN)},
      {"map_fixed32_fixed32", 7, UINT32_MAX}, {"map_fixed64_fixed64", UINT64_MAX, 8},
      {"map_sfixed32_sfixed32", sext(-5), sext(INT32_MIN)}, {"map_sfixed64_sfixed64", sext(-6), INT64_MAX},
      {"map_int32_float", 1, float_bits(1.5f)}, {"map_int32_double", 2, double_bits(-0.25)},
      {"map_bool_bool", 1, 0}, {"map_string_nested_enum", 0, 2}, {"map_string_foreign_enum", 0, 1},
  };
  for (const Entry& e : entries) {
    WirePayload p = cases.payload(type);
    if (e.field.starts_with("map_string")) {
      WirePayload body(p.type_of(e.field));
      p.message(e.field, body.bytes("key", "k\xc3\xa9y").scalar("value", e.value));
    } else {
      entry(p, e.field, e.key, e.value);
    }
    cases.binary(type, std::string(e.field), p.str());
  }
  WirePayload p = cases.payload(type);
  WirePayload strings(p.type_of("map_string_string"));
  WirePayload bytes(p.type_of("map_string_bytes"));
  WirePayload message(p.type_of("map_string_nested_message"));
  WirePayload foreign(p.type_of("map_string_foreign_message"));
  p.message("map_string_string", strings.bytes("key", "b").bytes("value", "x\n\"y\""))
      .message("map_string_bytes", bytes.bytes("key", "").bytes("value", "\xff\x00"))
      .message("map_string_nested_message",
               message.bytes("key", "m").message("value", WirePayload(message.type_of("value")).scalar("a", 1)))
      .message("map_string_foreign_message",
               foreign.bytes("key", "f").message("value", WirePayload(foreign.type_of("value")).scalar("c", 2)));
  cases.binary(type, "map_string_values", p.str());
}

// libprotobuf's DynamicMessage (the reference) parses map entries as plain messages; its generated classes, the
// conformance suite's model, treat them as maps. protoforge does what the generated classes do.
constexpr std::string_view kDynamicMaps =
    "the reference's DynamicMessage keeps map entries as read (duplicate keys, an entry's unknown fields, a closed "
    "enum's unknown value); libprotobuf's generated maps and protoforge keep one entry per key, drop the entry's "
    "unknown fields and move an entry with an unknown closed-enum value to the unknown fields";

void add_map_entry_shapes(CaseSet& cases, std::string_view type) {
  auto with = [&](auto&& build) {
    WirePayload p = cases.payload(type);
    WirePayload e(p.type_of("map_int32_int32"));
    build(e);
    return p.message("map_int32_int32", e).str();
  };
  cases.binary(type, "map.missing_key", with([](WirePayload& e) { e.scalar("value", 5); }));
  cases.binary(type, "map.missing_value", with([](WirePayload& e) { e.scalar("key", 5); }));
  cases.binary(type, "map.empty_entry", with([](WirePayload&) {}));
  cases.binary(type, "map.value_before_key", with([](WirePayload& e) { e.scalar("value", 1).scalar("key", 2); }));
  cases.binary(type, "map.key_twice",
               with([](WirePayload& e) { e.scalar("key", 1).scalar("key", 2).scalar("value", 3); }));
  cases.binary(type, "map.unknown_field_in_entry",
               with([](WirePayload& e) { e.scalar("key", 1).scalar("value", 2).raw("\x18\x07"); }))
      .known_difference = kDynamicMaps;
  WirePayload dup = cases.payload(type);
  entry(entry(entry(dup, "map_int32_int32", 1, 1), "map_int32_int32", 2, 2), "map_int32_int32", 1, 3);
  cases.binary(type, "map.duplicate_key_last_wins", dup.str()).known_difference = kDynamicMaps;
  WirePayload unsorted = cases.payload(type);
  entry(entry(entry(unsorted, "map_int32_int32", 3, 30), "map_int32_int32", sext(-1), 10), "map_int32_int32", 2, 20);
  entry(entry(unsorted, "map_bool_bool", 1, 1), "map_bool_bool", 0, 1);
  cases.binary(type, "map.unsorted_keys", unsorted.str());
  WirePayload message = cases.payload(type);
  WirePayload key_only(message.type_of("map_string_nested_message"));
  message.message("map_string_nested_message", key_only.bytes("key", "x"));
  cases.binary(type, "map.message_value_missing", message.str());
  // An unknown number for a closed enum (proto2) sends the whole entry to the unknown fields.
  WirePayload unknown_enum = cases.payload(type);
  WirePayload enum_entry(unknown_enum.type_of("map_string_nested_enum"));
  unknown_enum.message("map_string_nested_enum", enum_entry.bytes("key", "e").scalar("value", 42));
  Input& closed = cases.binary(type, "map.unknown_enum_value", unknown_enum.str());
  closed.has_unknown_fields = type == kProto2;
  if (type == kProto2) closed.known_difference = kDynamicMaps;
  WirePayload bad_key = cases.payload(type);
  WirePayload bad_entry(bad_key.type_of("map_string_string"));
  bad_key.message("map_string_string", bad_entry.bytes("key", "\xff").bytes("value", "v"));
  Input& bad_utf8 = cases.binary(type, "map.invalid_utf8_key", bad_key.str());
  bad_utf8.malformed = type == kProto3;
  json_only_difference(bad_utf8, type == kProto2 ? kJsonInvalidUtf8 : "");
}

void add_oneof_cases(CaseSet& cases, std::string_view type) {
  auto top = [&] { return cases.payload(type); };
  auto nested = [&] { return WirePayload(top().type_of("oneof_nested_message")); };
  cases.binary(type, "oneof.uint32_zero", top().scalar("oneof_uint32", 0).str());
  cases.binary(type, "oneof.uint32", top().scalar("oneof_uint32", 7).str());
  cases.binary(type, "oneof.message", top().message("oneof_nested_message", nested().scalar("a", 1)).str());
  cases.binary(type, "oneof.empty_message", top().message("oneof_nested_message", nested()).str());
  cases.binary(type, "oneof.string", top().bytes("oneof_string", "s\xc3\xa9").str());
  cases.binary(type, "oneof.empty_string", top().bytes("oneof_string", "").str());
  cases.binary(type, "oneof.bytes", top().bytes("oneof_bytes", std::string_view("\0\xff", 2)).str());
  cases.binary(type, "oneof.bool_false", top().scalar("oneof_bool", 0).str());
  cases.binary(type, "oneof.uint64", top().scalar("oneof_uint64", UINT64_MAX).str());
  cases.binary(type, "oneof.float_zero", top().scalar("oneof_float", float_bits(0.0f)).str());
  cases.binary(type, "oneof.double", top().scalar("oneof_double", double_bits(-2.5)).str());
  cases.binary(type, "oneof.enum", top().scalar("oneof_enum", 1).str());
  if (type == kProto3) cases.binary(type, "oneof.null_value", top().scalar("oneof_null_value", 0).str());
  cases.binary(type, "oneof.last_wins_string", top().scalar("oneof_uint32", 1).bytes("oneof_string", "b").str());
  cases.binary(type, "oneof.last_wins_uint32", top().bytes("oneof_string", "b").scalar("oneof_uint32", 1).str());
  cases.binary(type, "oneof.message_records_merge",
               top().message("oneof_nested_message", nested().scalar("a", 1))
                   .message("oneof_nested_message", nested().message("corecursive", top().scalar("optional_int32", 2)))
                   .str());
  cases.binary(type, "oneof.message_after_other_member_is_fresh",
               top().message("oneof_nested_message", nested().scalar("a", 1)).scalar("oneof_uint32", 3)
                   .message("oneof_nested_message", nested().message("corecursive", top().scalar("optional_int32", 2)))
                   .str());
}

void add_unknown_field_cases(CaseSet& cases, std::string_view type) {
  auto unknown = [&](std::string_view what, std::string bytes) {
    cases.binary(type, "unknown." + std::string(what), std::move(bytes)).has_unknown_fields = true;
  };
  auto raw = [] { return wire::testing::WireBuilder(); };
  unknown("varint", raw().tag(12345, 0).varint(UINT64_MAX).str());
  unknown("fixed32", raw().tag(12346, 5).raw("\x01\x02\x03\x04").str());
  unknown("fixed64", raw().tag(12347, 1).raw("\x01\x02\x03\x04\x05\x06\x07\x08").str());
  unknown("length_delimited", raw().tag(12348, 2).bytes("h\xffi").str());
  unknown("group", raw().tag(12349, 3).tag(1, 0).varint(5).tag(2, 2).bytes("x").tag(12349, 4).str());
  unknown("nested_groups", raw().tag(12349, 3).tag(7, 3).tag(8, 5).raw("abcd").tag(7, 4).tag(12349, 4).str());
  unknown("empty_group", raw().tag(12349, 3).tag(12349, 4).str());
  unknown("max_field_number", raw().tag(536870911, 0).varint(1).str());
  unknown("reserved_number", raw().tag(type == kProto3 ? 501 : 1001, 0).varint(3).str());
  unknown("several_in_order", raw().tag(12350, 0).varint(2).tag(12345, 0).varint(1).tag(12350, 0).varint(3).str());
  unknown("between_known", cases.payload(type).scalar("optional_int32", 1).raw(raw().tag(12345, 0).varint(9).str())
                               .scalar("optional_int64", 2).str());
  WirePayload nested(cases.payload(type).type_of("optional_nested_message"));
  unknown("inside_nested",
          cases.payload(type)
              .message("optional_nested_message", nested.scalar("a", 1).raw(raw().tag(99, 0).varint(4).str()))
              .str());
  // A known field number with the wrong wire type is data the schema does not describe.
  unknown("int32_as_fixed32", raw().tag(1, 5).raw("\x05\x00\x00\x00").str());
  unknown("string_as_varint", raw().tag(14, 0).varint(1).str());
  unknown("message_as_fixed64", raw().tag(18, 1).raw("\x01\x00\x00\x00\x00\x00\x00\x00").str());
}

void add_proto2_cases(CaseSet& cases) {
  auto top = [&] { return cases.payload(kProto2); };
  auto data = [&] { return WirePayload(top().type_of("data")); };
  json_only_difference(
      cases.binary(kProto2, "group",
                   top().message("data", data().scalar("group_int32", sext(-5)).scalar("group_uint32", 6)).str()),
      kJsonGroups);
  json_only_difference(cases.binary(kProto2, "group.empty", top().message("data", data()).str()), kJsonGroups);
  Input& group_unknown = cases.binary(kProto2, "group.with_unknown",
                                      top().message("data", data().scalar("group_int32", 1).raw("\x08\x02")).str());
  group_unknown.has_unknown_fields = true;
  json_only_difference(group_unknown, kJsonGroups);
  cases.binary(kProto2, "group.as_length_delimited", top().bytes("data", "\xd0\x0c\x01").str())
      .has_unknown_fields = true;
  const std::string extension = wire::testing::WireBuilder().tag(120, 0).varint(sext(-4)).str();
  json_only_difference(cases.binary(kProto2, "extension", extension), kJsonExtensions);
  json_only_difference(
      cases.binary(kProto2, "extension.and_fields",
                   top().scalar("optional_int32", 1).raw(wire::testing::WireBuilder().tag(120, 0).varint(5).str())
                       .scalar("repeated_int32", 3).str()),
      kJsonExtensions);
  WirePayload defaults = top();
  defaults.scalar("default_int32", sext(-123456789)).scalar("default_uint64", 10123456789123456789u)
      .scalar("default_float", float_bits(9e9f)).scalar("default_double", double_bits(7e22))
      .scalar("default_bool", 1).bytes("default_string", "Rosebud").bytes("default_bytes", "joshua");
  cases.binary(kProto2, "defaults_set_explicitly", defaults.str());
  cases.binary(kProto2, "defaults_set_to_other_values",
               top().scalar("default_int32", 0).bytes("default_string", "").scalar("default_bool", 0).str());
  const std::string set_type = "protobuf_test_messages.proto2.TestAllTypesProto2.MessageSetCorrect";
  const std::string ext1 = "protobuf_test_messages.proto2.TestAllTypesProto2.MessageSetCorrectExtension1";
  auto item = [](uint64_t type_id, std::string_view body) {
    return wire::testing::WireBuilder().tag(1, 3).tag(2, 0).varint(type_id).tag(3, 2).bytes(body).tag(1, 4).str();
  };
  json_only_difference(
      cases.binary(set_type, "message_set.known_item", item(1547769, cases.payload(ext1).bytes("str", "foo").str())),
      kJsonExtensions);
  cases.binary(set_type, "message_set.unknown_item", item(4135313, "\x08\x01")).has_unknown_fields = true;
  const std::string unknown_type = "protobuf_test_messages.proto2.UnknownToTestAllTypes";
  WirePayload u = cases.payload(unknown_type);
  u.scalar("optional_int32", 5).bytes("optional_string", "s").scalar("optional_bool", 1)
      .message("optionalgroup", WirePayload(u.type_of("optionalgroup")).scalar("a", 7))
      .unpacked("repeated_int32", {1, 2});
  json_only_difference(cases.binary(unknown_type, "group_named_field", u.str()), kJsonGroups);
  cases.binary(kProto2, "from_unknown_to_test_all_types", u.str()).has_unknown_fields = true;
  json_only_difference(cases.binary("protobuf_test_messages.proto2.OneStringProto2", "invalid_utf8_allowed",
                                    wire::testing::WireBuilder().tag(1, 2).bytes("\xff\xfe").str()),
                       kJsonInvalidUtf8);
  cases.binary("protobuf_test_messages.proto3.NullHypothesisProto3", "all_unknown",
               cases.payload(kProto3).scalar("optional_int32", 1).bytes("optional_string", "x").str())
      .has_unknown_fields = true;
}

}  // namespace

void add_binary_structure_cases(CaseSet& cases) {
  for (std::string_view type : {kProto3, kProto2}) {
    add_nested_cases(cases, type);
    add_map_entry_kinds(cases, type);
    add_map_entry_shapes(cases, type);
    add_oneof_cases(cases, type);
    add_unknown_field_cases(cases, type);
  }
  add_proto2_cases(cases);
}

}  // namespace protoforge::conformance
