// JSON inputs of proto3's well-known types: wrappers as bare values, Duration and Timestamp strings at their
// limits, FieldMask, Struct / Value / ListValue as free JSON (null included), NullValue, and Any holding messages
// and well-known types; then the spellings each of them must reject.
#include <span>

#include "tests/conformance/cases.h"

namespace protoforge::conformance {

namespace {

// Equal messages, different bytes: the value bytes of an Any are compared as bytes. With no bytes at all
// (protoforge's Timestamp at the epoch), libprotobuf 3.21 prints the Any as "@type" alone, so the JSON differs too.
constexpr std::string_view kAnyZeros =
    "libprotobuf 3.21's JSON converter writes the zero-valued fields of a well-known type packed into an Any "
    "(nanos: 0); protoforge writes none";

constexpr Literal kValid[] = {
    {"wrapper.bool", R"({"optionalBoolWrapper": false})"},
    {"wrapper.int32", R"({"optionalInt32Wrapper": 0})"},
    {"wrapper.int64", R"({"optionalInt64Wrapper": "-9223372036854775808"})"},
    {"wrapper.uint32", R"({"optionalUint32Wrapper": 4294967295})"},
    {"wrapper.uint64", R"({"optionalUint64Wrapper": "18446744073709551615"})"},
    {"wrapper.float", R"({"optionalFloatWrapper": "NaN"})"},
    {"wrapper.double", R"({"optionalDoubleWrapper": -1e-300})"},
    {"wrapper.string", R"({"optionalStringWrapper": ""})"},
    {"wrapper.bytes", R"({"optionalBytesWrapper": "AQ=="})"},
    {"wrapper.null", R"({"optionalInt32Wrapper": null})"},
    {"wrapper.repeated", R"({"repeatedInt32Wrapper": [1, 0], "repeatedStringWrapper": ["a"]})"},
    {"duration.fraction", R"({"optionalDuration": "1.5s"})"},
    {"duration.negative", R"({"optionalDuration": "-1.5s"})"},
    {"duration.negative_fraction_only", R"({"optionalDuration": "-0.1s"})"},
    {"duration.zero", R"({"optionalDuration": "0s"})"},
    {"duration.nanos", R"({"optionalDuration": "1.000000001s"})"},
    {"duration.max", R"({"optionalDuration": "315576000000.999999999s"})"},
    {"duration.min", R"({"optionalDuration": "-315576000000.999999999s"})"},
    {"duration.repeated", R"({"repeatedDuration": ["1s", "-2.25s"]})"},
    {"timestamp.epoch", R"({"optionalTimestamp": "1970-01-01T00:00:00Z"})"},
    {"timestamp.fraction", R"({"optionalTimestamp": "1970-01-01T00:00:00.1Z"})"},
    {"timestamp.nanos", R"({"optionalTimestamp": "2020-02-29T12:34:56.123456789Z"})"},
    {"timestamp.positive_offset", R"({"optionalTimestamp": "2000-01-01T08:00:00+08:00"})"},
    {"timestamp.negative_offset", R"({"optionalTimestamp": "1969-12-31T23:30:00-00:30"})"},
    {"timestamp.min", R"({"optionalTimestamp": "0001-01-01T00:00:00Z"})"},
    {"timestamp.max", R"({"optionalTimestamp": "9999-12-31T23:59:59.999999999Z"})"},
    {"timestamp.repeated", R"({"repeatedTimestamp": ["1970-01-01T00:00:01Z"]})"},
    {"field_mask", R"({"optionalFieldMask": "fooBar,baz.quxQuux,a"})"},
    {"field_mask.empty", R"({"optionalFieldMask": ""})"},
    {"field_mask.snake_case", R"({"optionalFieldMask": "foo_bar"})"},
    {"field_mask.repeated", R"({"repeatedFieldmask": ["a,b", ""]})"},
    {"struct", R"({"optionalStruct": {"a": 1, "b": [true, null, "s", {"c": {}}], "d": -0.5, "": "empty key"}})"},
    {"struct.empty", R"({"optionalStruct": {}})"},
    {"struct.repeated", R"({"repeatedStruct": [{}, {"x": null}]})"},
    {"value.number", R"({"optionalValue": 1.25})"},
    {"value.large_integer", R"({"optionalValue": 12345678901234567890})"},
    {"value.string", R"({"optionalValue": "s"})"},
    {"value.nan_is_just_a_string", R"({"optionalValue": "NaN"})"},
    {"value.bool", R"({"optionalValue": true})"},
    {"value.null", R"({"optionalValue": null})"},
    {"value.list", R"({"optionalValue": [1, [2], {"three": 3}]})"},
    {"value.object", R"({"optionalValue": {"k": "v"}})"},
    {"value.repeated", R"({"repeatedValue": [1, null, "x", []]})"},
    {"list_value.repeated", R"({"repeatedListValue": [[1, "a"], []]})"},
    {"null_value.null", R"({"optionalNullValue": null})"},
    {"null_value.name", R"({"optionalNullValue": "NULL_VALUE"})"},
    {"null_value.unknown_number", R"({"optionalNullValue": 1})"},
    {"any.message",
     R"({"optionalAny": {"@type": "type.googleapis.com/protobuf_test_messages.proto3.TestAllTypesProto3",
         "optionalInt32": 12, "optionalNestedMessage": {"a": 1}}})"},
    {"any.type_not_first",
     R"({"optionalAny": {"optionalInt32": 12,
         "@type": "type.googleapis.com/protobuf_test_messages.proto3.TestAllTypesProto3"}})"},
    {"any.nested_any",
     R"({"optionalAny": {"@type": "type.googleapis.com/protobuf_test_messages.proto3.TestAllTypesProto3",
         "optionalAny": {"@type": "type.googleapis.com/google.protobuf.Duration", "value": "2s"}}})",
     kAnyZeros, kProtobufOutput | kTextOutput},
    {"any.duration", R"({"optionalAny": {"@type": "type.googleapis.com/google.protobuf.Duration", "value": "1.5s"}})"},
    {"any.timestamp",
     R"({"optionalAny": {"@type": "type.googleapis.com/google.protobuf.Timestamp", "value": "1970-01-01T00:00:00Z"}})",
     kAnyZeros},
    {"any.wrapper", R"({"optionalAny": {"@type": "type.googleapis.com/google.protobuf.Int64Value", "value": "5"}})"},
    {"any.field_mask",
     R"({"optionalAny": {"@type": "type.googleapis.com/google.protobuf.FieldMask", "value": "a,b"}})"},
    {"any.struct", R"({"optionalAny": {"@type": "type.googleapis.com/google.protobuf.Struct", "value": {"a": [1]}}})"},
    {"any.value", R"({"optionalAny": {"@type": "type.googleapis.com/google.protobuf.Value", "value": null}})"},
    {"any.any",
     R"({"optionalAny": {"@type": "type.googleapis.com/google.protobuf.Any",
         "value": {"@type": "type.googleapis.com/google.protobuf.BoolValue", "value": true}}})"},
    {"any.empty_message",
     R"({"optionalAny": {"@type": "type.googleapis.com/protobuf_test_messages.proto3.TestAllTypesProto3"}})"},
    {"any.empty", R"({"optionalAny": {}})"},
    {"any.repeated", R"({"repeatedAny": [{"@type": "type.googleapis.com/google.protobuf.Empty"}, {}]})"},
};

constexpr Literal kRejected[] = {
    {"wrapper.as_object", R"({"optionalInt32Wrapper": {"value": 1}})", kLenientJsonMapping},
    {"wrapper.wrong_type", R"({"optionalBoolWrapper": 1})"},
    {"wrapper.repeated_null_element", R"({"repeatedInt32Wrapper": [1, null]})", kLenientJsonMapping},
    {"duration.no_unit", R"({"optionalDuration": "1"})"},
    {"duration.double_unit", R"({"optionalDuration": "1ss"})"},
    {"duration.too_large", R"({"optionalDuration": "315576000001s"})"},
    {"duration.too_many_digits", R"({"optionalDuration": "1.0000000001s"})"},
    {"duration.as_number", R"({"optionalDuration": 1})"},
    {"duration.as_object", R"({"optionalDuration": {"seconds": 1}})", kLenientJsonMapping},
    {"duration.space", R"({"optionalDuration": " 1s"})", kLenientJsonMapping},
    {"timestamp.space_separator", R"({"optionalTimestamp": "1970-01-01 00:00:00Z"})"},
    {"timestamp.no_zone", R"({"optionalTimestamp": "1970-01-01T00:00:00"})"},
    {"timestamp.lower_case_z", R"({"optionalTimestamp": "1970-01-01T00:00:00z"})"},
    {"timestamp.lower_case_t", R"({"optionalTimestamp": "1970-01-01t00:00:00Z"})"},
    {"timestamp.year_zero", R"({"optionalTimestamp": "0000-01-01T00:00:00Z"})"},
    {"timestamp.month_13", R"({"optionalTimestamp": "1970-13-01T00:00:00Z"})"},
    {"timestamp.ten_digit_fraction", R"({"optionalTimestamp": "1970-01-01T00:00:00.1234567890Z"})",
     kLenientJsonMapping},
    {"timestamp.as_number", R"({"optionalTimestamp": 0})"},
    {"field_mask.as_array", R"({"optionalFieldMask": ["a"]})"},
    {"struct.as_array", R"({"optionalStruct": [1]})"},
    {"struct.as_number", R"({"optionalStruct": 1})"},
    {"list_value.as_object", R"({"repeatedListValue": [{}]})", kLenientJsonMapping},
    {"any.no_type", R"({"optionalAny": {"optionalInt32": 1}})"},
    {"any.unknown_type", R"({"optionalAny": {"@type": "type.googleapis.com/no.such.Type"}})"},
    {"any.type_not_string", R"({"optionalAny": {"@type": 1}})"},
    {"any.no_slash", R"({"optionalAny": {"@type": "protobuf_test_messages.proto3.TestAllTypesProto3"}})"},
    {"any.wkt_without_value", R"({"optionalAny": {"@type": "type.googleapis.com/google.protobuf.Duration", "x": 1}})"},
    {"any.unknown_field_in_message",
     R"({"optionalAny": {"@type": "type.googleapis.com/protobuf_test_messages.proto3.TestAllTypesProto3", "x": 1}})"},
};

}  // namespace

void add_json_well_known_cases(CaseSet& cases) {
  for (const Literal& j : kValid) {
    Input& in = cases.json(kProto3, "well_known." + std::string(j.what), std::string(j.text));
    in.known_difference = j.known_difference;
    in.known_outputs = j.known_outputs;
  }
  for (const Literal& j : kRejected) {
    Input& in = cases.json(kProto3, "reject.well_known." + std::string(j.what), std::string(j.text));
    in.malformed = true;
    in.known_difference = j.known_difference;
  }
}

}  // namespace protoforge::conformance
