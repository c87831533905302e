// Binary inputs of single values: every scalar kind at its edges, singular and repeated (packed and unpacked
// records both accepted whatever the declaration), varint encodings protobuf's writers never produce, strings
// (escapes, multi-byte and invalid UTF-8), bytes, and enums with known, negative and unknown numbers.
#include <cfloat>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <limits>

#include "tests/conformance/cases.h"

namespace protoforge::conformance {

namespace {

struct Edge {
  std::string_view what;
  uint64_t bits;
};

struct ScalarKind {
  std::string_view kind;  // the suffix of optional_<kind>, repeated_<kind>, packed_<kind>, unpacked_<kind>
  std::initializer_list<Edge> edges;
};

constexpr uint64_t sext(int64_t v) { return static_cast<uint64_t>(v); }

const std::initializer_list<ScalarKind>& scalar_kinds() {
  static const std::initializer_list<ScalarKind> kinds = {
      {"int32", {{"zero", 0}, {"one", 1}, {"minus_one", sext(-1)}, {"min", sext(INT32_MIN)}, {"max", INT32_MAX}}},
      {"int64", {{"zero", 0}, {"minus_one", sext(-1)}, {"min", sext(INT64_MIN)}, {"max", INT64_MAX}}},
      {"uint32", {{"zero", 0}, {"max", UINT32_MAX}}},
      {"uint64", {{"zero", 0}, {"max", UINT64_MAX}}},
      {"sint32", {{"minus_one", sext(-1)}, {"min", sext(INT32_MIN)}, {"max", INT32_MAX}}},
      {"sint64", {{"minus_one", sext(-1)}, {"min", sext(INT64_MIN)}, {"max", INT64_MAX}}},
      {"fixed32", {{"zero", 0}, {"max", UINT32_MAX}}},
      {"fixed64", {{"zero", 0}, {"max", UINT64_MAX}}},
      {"sfixed32", {{"minus_one", sext(-1) & UINT32_MAX}, {"min", sext(INT32_MIN) & UINT32_MAX}}},
      {"sfixed64", {{"minus_one", sext(-1)}, {"min", sext(INT64_MIN)}, {"max", INT64_MAX}}},
      {"float", {{"zero", float_bits(0.0f)}, {"negative_zero", float_bits(-0.0f)}, {"tenth", float_bits(0.1f)},
                 {"max", float_bits(FLT_MAX)}, {"min_normal", float_bits(FLT_MIN)},
                 {"min_denormal", float_bits(std::numeric_limits<float>::denorm_min())},
                 {"infinity", float_bits(INFINITY)}, {"negative_infinity", float_bits(-INFINITY)},
                 {"nan", float_bits(NAN)}, {"large", float_bits(1.5e30f)}}},
      {"double", {{"zero", double_bits(0.0)}, {"negative_zero", double_bits(-0.0)}, {"tenth", double_bits(0.1)},
                  {"max", double_bits(DBL_MAX)}, {"min_normal", double_bits(DBL_MIN)},
                  {"min_denormal", double_bits(std::numeric_limits<double>::denorm_min())},
                  {"infinity", double_bits(INFINITY)}, {"negative_infinity", double_bits(-INFINITY)},
                  {"nan", double_bits(NAN)}, {"digits", double_bits(123456789.123456789)},
                  {"large", double_bits(1e300)}, {"small", double_bits(-1.25e-300)}}},
      {"bool", {{"false", 0}, {"true", 1}}},
  };
  return kinds;
}

void add_scalar_kind(CaseSet& cases, std::string_view type, const ScalarKind& k) {
  const std::string kind(k.kind);
  for (const Edge& e : k.edges) {
    cases.binary(type, kind + "." + std::string(e.what), cases.payload(type).scalar("optional_" + kind, e.bits).str());
  }
  // Repeated fields take every element, in either record layout, whatever the declaration says.
  auto all = [&](WirePayload p, std::string_view field, bool packed) {
    for (const Edge& e : k.edges) {
      if (packed) p.packed(field, {e.bits});
      else p.scalar(field, e.bits);
    }
    return p.str();
  };
  cases.binary(type, "repeated_" + kind + ".packed_records", all(cases.payload(type), "repeated_" + kind, true));
  cases.binary(type, "repeated_" + kind + ".unpacked", all(cases.payload(type), "repeated_" + kind, false));
  if (type == kProto3) {  // the explicitly packed and unpacked fields exist in proto3 only
    cases.binary(type, "packed_" + kind + ".sent_unpacked", all(cases.payload(type), "packed_" + kind, false));
    cases.binary(type, "unpacked_" + kind + ".sent_packed", all(cases.payload(type), "unpacked_" + kind, true));
  }
  WirePayload mixed = cases.payload(type);
  mixed.packed("repeated_" + kind, {k.edges.begin()->bits, (k.edges.end() - 1)->bits});
  mixed.scalar("repeated_" + kind, k.edges.begin()->bits).packed("repeated_" + kind, {});
  cases.binary(type, "repeated_" + kind + ".mixed_records", mixed.str());
}

// Varint encodings that protobuf's writers never produce but its parsers accept.
void add_varint_encodings(CaseSet& cases, std::string_view type) {
  const schema::MessageType& t = cases.type(type);
  auto record = [&](std::string_view field, uint64_t v, size_t min_bytes) {
    WirePayload p(t);
    p.builder().tag(static_cast<uint64_t>(t.find_field(field)->number), 0).varint(v, min_bytes);
    return p.str();
  };
  cases.binary(type, "int32.negative_in_five_bytes", record("optional_int32", 0xffffffff, 1));
  cases.binary(type, "int32.truncates_64_bits", record("optional_int32", 0x100000001, 1));
  cases.binary(type, "uint32.truncates_64_bits", record("optional_uint32", 0xfffffffff0000005, 1));
  cases.binary(type, "int32.overlong_varint", record("optional_int32", 1, 10));
  cases.binary(type, "uint64.overlong_zero", record("optional_uint64", 0, 10));
  cases.binary(type, "bool.two_is_true", record("optional_bool", 2, 1));
  cases.binary(type, "bool.high_bits_are_true", record("optional_bool", uint64_t{1} << 40, 1));
  cases.binary(type, "sint32.truncates_64_bits", record("optional_sint32", 0xffffffff00000003, 1));
  cases.binary(type, "enum.truncates_64_bits", record("optional_nested_enum", 0x100000001, 1));
  cases.binary(type, "int32.last_record_wins",
               cases.payload(type).scalar("optional_int32", 7).scalar("optional_int32", 9).str());
}

void add_string_cases(CaseSet& cases, std::string_view type) {
  const std::pair<std::string_view, std::string_view> valid[] = {
      {"empty", ""}, {"ascii", "hello, world"}, {"escapes", "\"quoted\" \\ back\nnew\ttab\x01\x1f\x7f"},
      {"nul", std::string_view("a\0b", 3)}, {"two_byte", "\xc3\xa9t\xc3\xa9"},
      {"three_byte", "\xe4\xb8\xad\xe6\x96\x87"},
      {"four_byte", "\xf0\x9f\x98\x80"}, {"max_code_point", "\xf4\x8f\xbf\xbf"}, {"bom", "\xef\xbb\xbfx"},
  };
  for (const auto& [what, s] : valid) {
    cases.binary(type, "string." + std::string(what), cases.payload(type).bytes("optional_string", s).str());
  }
  cases.binary(type, "repeated_string", cases.payload(type).bytes("repeated_string", "a").bytes("repeated_string", "")
                                            .bytes("repeated_string", "\xc3\xa9").str());
  cases.binary(type, "string_piece_and_cord", cases.payload(type).bytes("optional_string_piece", "piece")
                                                  .bytes("optional_cord", "cord").str());
  // proto3 strings must be UTF-8; proto2 strings take any bytes.
  const std::pair<std::string_view, std::string_view> invalid[] = {
      {"lone_continuation", "a\x80"}, {"truncated_sequence", "\xe4\xb8"}, {"overlong_nul", "\xc0\x80"},
      {"surrogate", "\xed\xa0\x80"}, {"above_max", "\xf4\x90\x80\x80"}, {"byte_ff", "\xff"},
  };
  for (const auto& [what, s] : invalid) {
    Input& in = cases.binary(type, "string.invalid_utf8." + std::string(what),
                             cases.payload(type).bytes("optional_string", s).str());
    in.malformed = type == kProto3;
    json_only_difference(in, type == kProto2 ? kJsonInvalidUtf8 : "");
  }
  Input& in = cases.binary(type, "repeated_string.invalid_utf8_second",
                           cases.payload(type).bytes("repeated_string", "ok").bytes("repeated_string", "\xff").str());
  in.malformed = type == kProto3;
  json_only_difference(in, type == kProto2 ? kJsonInvalidUtf8 : "");
  std::string all_bytes;
  for (int b = 0; b < 256; ++b) all_bytes.push_back(static_cast<char>(b));
  cases.binary(type, "bytes.every_byte", cases.payload(type).bytes("optional_bytes", all_bytes).str());
  cases.binary(type, "bytes.empty", cases.payload(type).bytes("optional_bytes", "").str());
  cases.binary(type, "repeated_bytes", cases.payload(type).bytes("repeated_bytes", "\xff\xfe")
                                           .bytes("repeated_bytes", "").str());
}

// Open enums (proto3) keep unknown numbers in the field; closed ones (proto2) move them to unknown fields.
void add_enum_cases(CaseSet& cases, std::string_view type) {
  const std::pair<std::string_view, uint64_t> values[] = {
      {"zero", 0}, {"one", 1}, {"negative", sext(-1)}, {"unknown", 42}, {"unknown_negative", sext(-7)},
  };
  for (const auto& [what, bits] : values) {
    Input& in = cases.binary(type, "enum." + std::string(what),
                             cases.payload(type).scalar("optional_nested_enum", bits).str());
    in.has_unknown_fields = type == kProto2 && what.starts_with("unknown");
    json_only_difference(in, in.has_unknown_fields ? kJsonClosedEnum : "");
  }
  cases.binary(type, "foreign_enum", cases.payload(type).scalar("optional_foreign_enum", 2).str());
  Input& packed = cases.binary(type, "repeated_enum.packed_with_unknown",
                               cases.payload(type).packed("repeated_nested_enum", {1, 42, 2, sext(-1)}).str());
  packed.has_unknown_fields = type == kProto2;
  json_only_difference(packed, type == kProto2 ? kJsonClosedEnum : "");
  Input& unpacked = cases.binary(type, "repeated_enum.unpacked_with_unknown",
                                 cases.payload(type).unpacked("repeated_nested_enum", {0, 99, 1}).str());
  unpacked.has_unknown_fields = type == kProto2;
  json_only_difference(unpacked, type == kProto2 ? kJsonClosedEnum : "");
  if (type == kProto3) {
    cases.binary(type, "aliased_enum", cases.payload(type).scalar("optional_aliased_enum", 2).str());
    cases.binary(type, "packed_enum.sent_unpacked", cases.payload(type).unpacked("packed_nested_enum", {2, 77}).str());
  }
}

}  // namespace

void add_binary_scalar_cases(CaseSet& cases) {
  for (std::string_view type : {kProto3, kProto2}) {
    for (const ScalarKind& k : scalar_kinds()) add_scalar_kind(cases, type, k);
    add_varint_encodings(cases, type);
    add_string_cases(cases, type);
    add_enum_cases(cases, type);
  }
}

}  // namespace protoforge::conformance
