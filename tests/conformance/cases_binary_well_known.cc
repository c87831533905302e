// Binary inputs of proto3's well-known-type fields, whose JSON forms are special (wrappers as bare values,
// Duration and Timestamp as strings, FieldMask as one string, Struct/Value/ListValue as plain JSON, Any with
// "@type"); values JSON cannot carry must give serialize_error. Also the JSON names of the fieldname* fields.
#include <cmath>
#include <cstdint>

#include "tests/conformance/cases.h"

namespace protoforge::conformance {

namespace {

constexpr uint64_t sext(int64_t v) { return static_cast<uint64_t>(v); }

class WellKnown {
 public:
  explicit WellKnown(CaseSet& cases) : cases_(cases) {}

  WirePayload top() const { return cases_.payload(kProto3); }
  // An empty value of the type of `field` of TestAllTypesProto3.
  WirePayload of(std::string_view field) const { return WirePayload(top().type_of(field)); }
  Input& add(std::string_view what, const WirePayload& p) { return cases_.binary(kProto3, what, p.str()); }
  // A message `field` of TestAllTypesProto3 holding `body`.
  Input& set(std::string_view what, std::string_view field, const WirePayload& body) {
    return add(what, top().message(field, body));
  }

 private:
  CaseSet& cases_;
};

void add_wrapper_cases(WellKnown& w) {
  struct Wrapper { std::string_view field; uint64_t bits; };
  const Wrapper wrappers[] = {
      {"optional_bool_wrapper", 1}, {"optional_int32_wrapper", sext(-5)}, {"optional_int64_wrapper", INT64_MAX},
      {"optional_uint32_wrapper", UINT32_MAX}, {"optional_uint64_wrapper", UINT64_MAX},
      {"optional_float_wrapper", float_bits(-1.5f)}, {"optional_double_wrapper", double_bits(1e-7)},
  };
  for (const Wrapper& x : wrappers) {
    w.set(std::string(x.field), x.field, w.of(x.field).scalar("value", x.bits));
    w.set(std::string(x.field) + ".default_value", x.field, w.of(x.field));
  }
  w.set("optional_string_wrapper", "optional_string_wrapper", w.of("optional_string_wrapper").bytes("value", "s\n"));
  w.set("optional_bytes_wrapper", "optional_bytes_wrapper", w.of("optional_bytes_wrapper").bytes("value", "\xff\x01"));
  w.set("optional_string_wrapper.default_value", "optional_string_wrapper", w.of("optional_string_wrapper"));
  w.add("repeated_wrappers",
        w.top()
            .message("repeated_int32_wrapper", w.of("repeated_int32_wrapper").scalar("value", 1))
            .message("repeated_int32_wrapper", w.of("repeated_int32_wrapper"))
            .message("repeated_bool_wrapper", w.of("repeated_bool_wrapper").scalar("value", 1))
            .message("repeated_bytes_wrapper", w.of("repeated_bytes_wrapper").bytes("value", "b")));
}

void add_time_cases(WellKnown& w) {
  struct Time { std::string_view what; int64_t seconds; int32_t nanos; };
  const Time durations[] = {
      {"zero", 0, 0}, {"fraction", 1, 500000000}, {"negative", -1, -500000000}, {"nanos", 0, 1},
      {"micros", 2, 3000}, {"max", 315576000000, 999999999}, {"min", -315576000000, -999999999},
      {"negative_fraction_only", 0, -100000000},
  };
  for (const Time& d : durations) {
    w.set("duration." + std::string(d.what), "optional_duration",
          w.of("optional_duration").scalar("seconds", sext(d.seconds)).scalar("nanos", sext(d.nanos)));
  }
  const Time bad_durations[] = {{"seconds_too_large", 315576000001, 0}, {"nanos_sign_mismatch", 1, -1},
                                {"nanos_too_large", 0, 1000000000}};
  for (const Time& d : bad_durations) {  // valid binary, but no JSON form
    Input& in = w.set("duration." + std::string(d.what), "optional_duration",
                      w.of("optional_duration").scalar("seconds", sext(d.seconds)).scalar("nanos", sext(d.nanos)));
    if (d.what == "nanos_sign_mismatch") {
      json_only_difference(in, "libprotobuf 3.21 prints a Duration whose seconds and nanos have opposite signs "
                               "(as \"1.294967295s\"); protoforge answers serialize_error");
    }
  }
  const Time timestamps[] = {
      {"epoch", 0, 0}, {"fraction", 1, 10000000}, {"before_epoch", -1, 999999000}, {"max", 253402300799, 999999999},
      {"min", -62135596800, 0}, {"seconds_too_large", 253402300800, 0}, {"seconds_too_small", -62135596801, 0},
      {"negative_nanos", 0, -1},
  };
  for (const Time& t : timestamps) {
    w.set("timestamp." + std::string(t.what), "optional_timestamp",
          w.of("optional_timestamp").scalar("seconds", sext(t.seconds)).scalar("nanos", sext(t.nanos)));
  }
  w.add("repeated_duration", w.top()
                                 .message("repeated_duration", w.of("repeated_duration").scalar("seconds", 5))
                                 .message("repeated_duration", w.of("repeated_duration")));
}

void add_field_mask_cases(WellKnown& w) {
  w.set("field_mask", "optional_field_mask",
        w.of("optional_field_mask").bytes("paths", "foo_bar").bytes("paths", "baz.qux_quux").bytes("paths", "a"));
  w.set("field_mask.empty", "optional_field_mask", w.of("optional_field_mask"));
  // No lowerCamelCase form round-trips to these paths: JSON output must fail.
  constexpr std::string_view no_round_trip =
      "libprotobuf 3.21 prints FieldMask paths whose JSON form reads back as other paths; protoforge answers "
      "serialize_error";
  json_only_difference(
      w.set("field_mask.upper_case_path", "optional_field_mask", w.of("optional_field_mask").bytes("paths", "fooBar")),
      no_round_trip);
  json_only_difference(w.set("field_mask.double_underscore", "optional_field_mask",
                             w.of("optional_field_mask").bytes("paths", "foo__bar")),
                       no_round_trip);
}

// google.protobuf.Value oneof kind: null_value 1, number_value 2, string_value 3, bool_value 4, struct_value 5,
// list_value 6.
void add_struct_cases(WellKnown& w) {
  auto value = [&] { return WirePayload(w.of("optional_value")); };
  auto list = [&] { return WirePayload(value().type_of("list_value")); };
  auto strukt = [&] { return WirePayload(w.of("optional_struct")); };
  auto field = [&](std::string_view key, const WirePayload& v) {
    WirePayload entry(strukt().type_of("fields"));
    return entry.bytes("key", key).message("value", v);
  };
  w.set("value.null", "optional_value", value().scalar("null_value", 0));
  w.set("value.number", "optional_value", value().scalar("number_value", double_bits(-2.5)));
  w.set("value.integral_number", "optional_value", value().scalar("number_value", double_bits(1e15)));
  w.set("value.string", "optional_value", value().bytes("string_value", "s\xc3\xa9"));
  w.set("value.bool", "optional_value", value().scalar("bool_value", 1));
  w.set("value.list", "optional_value",
        value().message("list_value", list().message("values", value().scalar("number_value", double_bits(1)))
                                          .message("values", value().bytes("string_value", "x"))
                                          .message("values", value().scalar("null_value", 0))));
  w.set("value.empty_list", "optional_value", value().message("list_value", list()));
  w.set("value.struct", "optional_value", value().message("struct_value", strukt().message("fields",
        field("inner", value().scalar("bool_value", 0)))));
  // No JSON form reads back as these Values: serialize_error.
  constexpr std::string_view no_json_form =
      "libprotobuf 3.21 prints a Value without a kind as nothing and a non-finite number_value as a string; "
      "protoforge answers serialize_error";
  json_only_difference(w.set("value.no_kind", "optional_value", value()), no_json_form);
  json_only_difference(w.set("value.nan", "optional_value", value().scalar("number_value", double_bits(NAN))),
                       no_json_form);
  json_only_difference(
      w.set("value.infinity", "optional_value", value().scalar("number_value", double_bits(INFINITY))), no_json_form);
  w.set("struct", "optional_struct",
        strukt().message("fields", field("a", value().scalar("number_value", double_bits(1))))
            .message("fields", field("b", value().message("list_value", list())))
            .message("fields", field("", value().scalar("null_value", 0))));
  w.set("struct.empty", "optional_struct", strukt());
  w.add("repeated_value_and_list", w.top()
            .message("repeated_value", value().bytes("string_value", "v"))
            .message("repeated_list_value", list().message("values", value().scalar("bool_value", 1)))
            .message("repeated_struct", strukt()));
}

// google.protobuf.Any: type_url 1, value 2.
void add_any_cases(WellKnown& w) {
  auto any = [&] { return WirePayload(w.of("optional_any")); };
  const std::string prefix = "type.googleapis.com/";
  const WirePayload message = w.top().scalar("optional_int32", 5).bytes("optional_string", "in any");
  w.set("any.message", "optional_any",
        any().bytes("type_url", prefix + std::string(kProto3)).bytes("value", message.str()));
  w.set("any.duration", "optional_any",
        any().bytes("type_url", prefix + "google.protobuf.Duration")
            .bytes("value", w.of("optional_duration").scalar("seconds", 3).str()));
  w.set("any.int32_wrapper", "optional_any",
        any().bytes("type_url", prefix + "google.protobuf.Int32Value")
            .bytes("value", w.of("optional_int32_wrapper").scalar("value", 9).str()));
  w.set("any.struct", "optional_any", any().bytes("type_url", prefix + "google.protobuf.Struct").bytes("value", ""));
  WirePayload inner_any = any().bytes("type_url", prefix + "google.protobuf.Int64Value").bytes("value", "\x08\x07");
  w.set("any.any", "optional_any",
        any().bytes("type_url", prefix + "google.protobuf.Any").bytes("value", inner_any.str()));
  const std::string other_prefix = "example.com/x/" + std::string(kProto3);
  json_only_difference(w.set("any.other_prefix", "optional_any",
                             any().bytes("type_url", other_prefix).bytes("value", message.str())),
                       "libprotobuf 3.21 prints only type URLs of the form type.googleapis.com/<name>; protoforge "
                       "resolves the name after the last '/'");
  w.set("any.unknown_type", "optional_any",  // no JSON form without the type: serialize_error
        any().bytes("type_url", prefix + "no.such.Type").bytes("value", "\x08\x01"));
  w.set("any.empty", "optional_any", any());
  // A well-known type at its default packs into no bytes at all (libprotobuf 3.21 then prints only "@type").
  for (std::string_view name : {"Timestamp", "Duration", "Int32Value", "StringValue", "FieldMask", "ListValue",
                                "Struct"}) {
    w.set("any.empty_" + std::string(name), "optional_any",
          any().bytes("type_url", prefix + "google.protobuf." + std::string(name)).bytes("value", ""));
  }
  json_only_difference(w.set("any.empty_Empty", "optional_any",
                             any().bytes("type_url", prefix + "google.protobuf.Empty").bytes("value", "")),
                       "the reference finds google.protobuf.Empty in libprotobuf's built-in pool though the "
                       "conformance schemas do not import empty.proto; protoforge looks only in the schemas' pool");
  json_only_difference(w.set("any.bad_value_bytes", "optional_any",
                             any().bytes("type_url", prefix + std::string(kProto3)).bytes("value", "\x08")),
                       "libprotobuf 3.21 prints what it can of an Any whose value bytes do not decode; protoforge "
                       "answers serialize_error");
}

void add_json_name_cases(WellKnown& w) {
  WirePayload p = w.top();
  for (int i = 1; i <= 18; ++i) p.raw(wire::testing::WireBuilder().tag(400 + i, 0).varint(i).str());
  w.add("json_names", p);
  w.add("null_value_field", w.top().scalar("optional_null_value", 0));
}

}  // namespace

void add_binary_well_known_cases(CaseSet& cases) {
  WellKnown w(cases);
  add_wrapper_cases(w);
  add_time_cases(w);
  add_field_mask_cases(w);
  add_struct_cases(w);
  add_any_cases(w);
  add_json_name_cases(w);
}

}  // namespace protoforge::conformance
