// Text-format inputs: every scalar kind in the spellings protobuf's text parser takes (hex and octal integers,
// float suffixes, inf/nan, bool words, adjacent and single-quoted strings with every escape), message syntax
// ({} and <>, optional colon), list syntax for repeated fields, map entries, oneofs, separators and comments,
// proto2's groups and extensions, Any in its expanded form; then what must be rejected.
#include "tests/conformance/cases.h"

namespace protoforge::conformance {

namespace {

constexpr Literal kValid[] = {
    {"empty", ""},
    {"whitespace_only", " \n\t "},
    {"int32.min", "optional_int32: -2147483648"},
    {"int32.hex", "optional_int32: 0x7fffffff"},
    {"int32.negative_hex", "optional_int32: -0x80000000"},
    {"int32.octal", "optional_int32: 017"},
    {"int64.min", "optional_int64: -9223372036854775808"},
    {"uint32.hex_upper", "optional_uint32: 0XFFFFFFFF"},
    {"uint64.max", "optional_uint64: 18446744073709551615"},
    {"sint", "optional_sint32: -1 optional_sint64: -9223372036854775808"},
    {"fixed", "optional_fixed32: 4294967295 optional_fixed64: 18446744073709551615"},
    {"sfixed", "optional_sfixed32: -2147483648 optional_sfixed64: -1"},
    {"float", "optional_float: 1.5"},
    {"float.suffix", "optional_float: 1.5f"},
    {"float.upper_suffix", "optional_float: 2F"},
    {"float.integer", "optional_float: 3"},
    {"float.exponent", "optional_float: 1e10"},
    {"float.leading_dot", "optional_float: .5"},
    {"float.inf", "optional_float: inf"},
    {"float.negative_infinity_word", "optional_float: -Infinity"},
    {"float.nan", "optional_float: nan"},
    {"float.out_of_range_is_infinity", "optional_float: 3.5e38"},
    {"float.tenth", "optional_float: 0.1"},
    {"double.max", "optional_double: 1.7976931348623157e308"},
    {"double.min_denormal", "optional_double: 5e-324"},
    {"double.negative_zero", "optional_double: -0"},
    {"double.hex_integer", "optional_double: 0x10"},
    {"bool.true", "optional_bool: true"},
    {"bool.t", "optional_bool: t"},
    {"bool.one", "optional_bool: 1"},
    {"bool.False", "optional_bool: False"},
    {"bool.f", "optional_bool: f"},
    {"string.escapes", R"(optional_string: "q\"b\\n\n\t\r\a\b\f\v\?\'\x41\101\u00e9\U0001F600")"},
    {"string.single_quotes", R"(optional_string: 'x"y\'')"},
    {"string.adjacent", R"(optional_string: "a" 'b' "c")"},
    {"string.raw_utf8", "optional_string: \"\xc3\xa9\xe4\xb8\xad\""},
    {"string.empty", "optional_string: \"\""},
    {"bytes.escapes", R"(optional_bytes: "\000\377\xff\x0a\n")"},
    {"bytes.unicode_escape", R"(optional_bytes: "\u00e9")"},
    {"enum.name", "optional_nested_enum: BAR"},
    {"enum.number", "optional_nested_enum: 2"},
    {"enum.negative_number", "optional_nested_enum: -1"},
    {"enum.foreign", "optional_foreign_enum: FOREIGN_BAZ"},
    {"nested", "optional_nested_message { a: 1 corecursive { optional_int32: 2 } }"},
    {"nested.colon", "optional_nested_message: { a: 1 }"},
    {"nested.angle_brackets", "optional_nested_message < a: 1 >"},
    {"nested.empty", "optional_nested_message {}"},
    {"nested.foreign", "optional_foreign_message { c: -1 }"},
    {"recursive", "recursive_message { recursive_message { optional_string: \"deep\" } }"},
    {"repeated.list", "repeated_int32: [1, -2, 3]"},
    {"repeated.fields", "repeated_int32: 1 repeated_int32: 2"},
    {"repeated.list_and_fields", "repeated_int32: [1] repeated_int32: 2 repeated_int32: [3, 4]"},
    {"repeated.empty_list", "repeated_int32: []"},
    {"repeated.strings", "repeated_string: [\"a\", 'b', \"\"]"},
    {"repeated.enums", "repeated_nested_enum: [FOO, 1, BAZ]"},
    {"repeated.messages", "repeated_nested_message [{a: 1}, {}] repeated_nested_message { a: 3 }"},
    {"repeated.packed_field", "packed_int32: [1, 2] unpacked_double: [0.5, inf]"},
    {"map.entries", "map_int32_int32 { key: 1 value: 2 } map_int32_int32 { key: -3 value: 4 }"},
    {"map.list", "map_int32_int32 [{ key: 1 value: 2 }, { key: 3 }]"},
    {"map.missing_key", "map_int32_int32 { value: 2 }"},
    {"map.duplicate_key", "map_int32_int32 { key: 1 value: 2 } map_int32_int32 { key: 1 value: 3 }"},
    {"map.value_first", "map_string_string { value: \"v\" key: \"k\" }"},
    {"map.message", "map_string_nested_message { key: \"k\" value { a: 1 } }"},
    {"map.bool", "map_bool_bool { key: true value: false } map_bool_bool { key: false value: true }"},
    {"map.enum", "map_string_nested_enum { key: \"e\" value: BAZ }"},
    {"map.unsorted", "map_string_string { key: \"b\" value: \"2\" } map_string_string { key: \"a\" value: \"1\" }"},
    {"oneof.uint32_zero", "oneof_uint32: 0"},
    {"oneof.message", "oneof_nested_message {}"},
    {"oneof.string", "oneof_string: \"\""},
    {"separators", "optional_int32: 1, optional_int64: 2; optional_uint32: 3"},
    {"comments", "# leading\noptional_int32: 1 # trailing\n# last"},
    {"int32.negative_zero", "optional_int32: -0"},
    {"int64.negative_hex_min", "optional_int64: -0x8000000000000000"},
    {"uint64.hex_max", "optional_uint64: 0xFFFFFFFFFFFFFFFF"},
    {"double.signed_exponent", "optional_double: 1e+10"},
    {"double.upper_case_nan", "optional_double: NaN"},
    {"double.upper_case_negative_inf", "optional_double: -INF"},
    {"float.upper_case_exponent_and_suffix", "optional_float: 1.5E-3F"},
    {"string.octal_zero", R"(optional_string: "\0")"},
    {"multi_line", "optional_nested_message {\n  # inside\n  a: 1\n}\nrepeated_int32: 1\n"},
    {"map.colon_before_entry", "map_string_string: { key: \"a\" value: \"b\" }"},
    {"repeated.messages_mixed_brackets", "repeated_foreign_message: [{c: 1}, <c: 2>]"},
    {"json_name_fields", "fieldname1: 1 field_name2: 2 _field_name3: 3 FIELD_NAME11: 11 Field_name18__: 18"},
};

constexpr Literal kProto3Only[] = {
    {"enum.unknown_number", "optional_nested_enum: 42"},
    {"enum.alias", "optional_aliased_enum: MOO"},
    {"well_known.duration", "optional_duration { seconds: 1 nanos: 2 }"},
    {"well_known.struct", R"(optional_struct { fields { key: "a" value { number_value: 1 } } })"},
    {"well_known.wrapper", "optional_int32_wrapper { value: 5 }"},
    {"any.expanded",
     "optional_any { [type.googleapis.com/protobuf_test_messages.proto3.TestAllTypesProto3] { optional_int32: 5 } }"},
    {"any.expanded_wkt", "optional_any { [type.googleapis.com/google.protobuf.Duration] { seconds: 3 } }"},
    {"any.fields", R"(optional_any { type_url: "type.googleapis.com/google.protobuf.Int32Value" value: "\010\007" })"},
};

constexpr Literal kProto2Only[] = {
    {"group", "Data { group_int32: 1 group_uint32: 2 }", kJsonGroups, kJsonOutput},
    {"group.colon", "Data: { group_int32: 1 }", kJsonGroups, kJsonOutput},
    {"extension", "[protobuf_test_messages.proto2.extension_int32]: 5", kJsonExtensions, kJsonOutput},
    {"extension.with_fields", "optional_int32: 1 [protobuf_test_messages.proto2.extension_int32]: 5 repeated_int32: 3",
     kJsonExtensions, kJsonOutput},
    {"defaults_set", "default_int32: 0 default_string: \"\" default_bool: false"},
    {"string.invalid_utf8_allowed", R"(optional_string: "\xff")", kJsonInvalidUtf8, kJsonOutput},
};

constexpr Literal kRejected[] = {
    {"unknown_field", "unknown_field: 1"},
    {"json_name", "optionalInt32: 1"},
    {"field_number", "1: 1"},
    {"missing_colon", "optional_int32 1"},
    {"missing_value", "optional_int32:"},
    {"duplicate_singular", "optional_int32: 1 optional_int32: 2"},
    {"duplicate_message", "optional_nested_message {} optional_nested_message {}"},
    {"oneof.two_members", "oneof_uint32: 1 oneof_string: \"x\""},
    {"int32.too_large", "optional_int32: 2147483648"},
    {"int32.hex_too_large", "optional_int32: 0x80000000"},
    {"int32.fraction", "optional_int32: 1.5"},
    {"int32.exponent", "optional_int32: 1e3"},
    {"uint32.negative", "optional_uint32: -1"},
    {"uint64.too_large", "optional_uint64: 18446744073709551616"},
    {"int64.too_small", "optional_int64: -9223372036854775809"},
    {"int32.word", "optional_int32: inf"},
    {"float.word", "optional_float: infinite"},
    {"float.suffix_on_exponent_only", "optional_float: 1e"},
    {"bool.two", "optional_bool: 2"},
    {"bool.yes", "optional_bool: yes"},
    {"bool.quoted", "optional_bool: \"true\""},
    {"string.number", "optional_string: 1"},
    {"string.unterminated", "optional_string: \"abc"},
    {"string.newline_inside", "optional_string: \"a\nb\""},
    {"string.bad_escape", R"(optional_string: "\q")"},
    {"string.hex_escape_without_digits", R"(optional_string: "\x")"},
    {"enum.unknown_name", "optional_nested_enum: QUUX"},
    {"enum.string", "optional_nested_enum: \"BAR\""},
    {"message.scalar_value", "optional_nested_message: 1"},
    {"message.unclosed", "optional_nested_message { a: 1"},
    {"message.mismatched_brackets", "optional_nested_message { a: 1 >"},
    {"message.extra_close", "optional_int32: 1 }"},
    {"repeated.unclosed_list", "repeated_int32: [1, 2"},
    {"repeated.trailing_comma", "repeated_int32: [1, ]"},
    {"repeated.list_for_singular", "optional_int32: [1]"},
    {"map.unknown_entry_field", "map_int32_int32 { key: 1 other: 2 }"},
    {"any.unknown_type", "optional_any { [type.googleapis.com/no.such.Type] { } }"},
    {"extension.unknown", "[no.such.extension]: 1"},
    {"separator_only", ","},
    {"double_separator", "optional_int32: 1;;"},
    {"number_then_identifier", "optional_int32:1optional_int64:2"},
    {"float.double_suffix", "optional_float: 1.5ff"},
    {"int64.hex_too_large", "optional_int64: 0x8000000000000000"},
};

}  // namespace

void add_text_cases(CaseSet& cases) {
  for (std::string_view type : {kProto3, kProto2}) {
    for (const Literal& t : kValid) cases.text(type, std::string(t.what), std::string(t.text));
    for (const Literal& t : type == kProto3 ? Literals(kProto3Only) : Literals(kProto2Only)) {
      Input& in = cases.text(type, std::string(t.what), std::string(t.text));
      in.known_difference = t.known_difference;
      in.known_outputs = t.known_outputs;
    }
    for (const Literal& t : kRejected) {
      cases.text(type, "reject." + std::string(t.what), std::string(t.text)).malformed = true;
    }
  }
  // An escape that spells bytes that are not UTF-8, in a proto3 string: libprotobuf 3.21 only logs it.
  json_only_difference(cases.text(kProto3, "string.invalid_utf8_escape", R"(optional_string: "\xff")"),
                       kJsonInvalidUtf8);
  cases.text(kProto2, "reject.group.field_name", "data { group_int32: 1 }").malformed = true;
  // Closed enums take only declared numbers.
  cases.text(kProto2, "reject.enum.unknown_number_closed", "optional_nested_enum: 42").malformed = true;
  cases.text(kProto2, "reject.enum.unknown_number_closed_in_list", "repeated_nested_enum: [1, 42]").malformed = true;
  cases.text(kProto3, "reject.extension_of_other_type", "[protobuf_test_messages.proto2.extension_int32]: 1")
      .malformed = true;
}

}  // namespace protoforge::conformance
