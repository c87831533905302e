// JSON inputs of plain fields: every scalar kind in each spelling protobuf's JSON mapping allows (numbers as
// strings, exponents, NaN/Infinity, base64 and base64url), names both lowerCamel and as declared, null, enums,
// repeated fields, maps with every key kind, oneofs, proto2's groups and extensions; then what must be
// rejected: broken JSON syntax, values out of range or of the wrong JSON type, unknown names (accepted under
// JSON_IGNORE_UNKNOWN_PARSING_TEST). JSON text that is not UTF-8 is left out: json_payload is a proto3 string, so no
// valid ConformanceRequest carries it.
#include "tests/conformance/cases.h"

namespace protoforge::conformance {

namespace {

void add_all(CaseSet& cases, std::string_view type, std::string_view group, Literals list,
             bool malformed) {
  for (const Literal& j : list) {
    Input& in = cases.json(type, std::string(group) + "." + std::string(j.what), std::string(j.text));
    in.malformed = malformed;
    in.known_difference = j.known_difference;
    in.known_outputs = j.known_outputs;
  }
}

constexpr Literal kScalars[] = {
    {"empty", R"({})"},
    {"whitespace", " \t\n{ \r\n } \n"},
    {"int32.min", R"({"optionalInt32": -2147483648})"},
    {"int32.max_as_string", R"({"optionalInt32": "2147483647"})"},
    {"int32.exponent", R"({"optionalInt32": 1e5})"},
    {"int32.trailing_zero_fraction", R"({"optionalInt32": 100.000})"},
    {"int32.negative_zero", R"({"optionalInt32": -0})"},
    {"int32.proto_name", R"({"optional_int32": 7})"},
    {"int64.max_number", R"({"optionalInt64": 9223372036854775807})"},
    {"int64.min_string", R"({"optionalInt64": "-9223372036854775808"})"},
    {"uint32.max", R"({"optionalUint32": 4294967295})"},
    {"uint64.max_string", R"({"optionalUint64": "18446744073709551615"})"},
    {"sint32", R"({"optionalSint32": -123})"},
    {"sint64", R"({"optionalSint64": "-9223372036854775807"})"},
    {"fixed32", R"({"optionalFixed32": 4294967295})"},
    {"fixed64", R"({"optionalFixed64": "18446744073709551615"})"},
    {"sfixed32", R"({"optionalSfixed32": -2147483648})"},
    {"sfixed64", R"({"optionalSfixed64": "-9223372036854775808"})"},
    {"float", R"({"optionalFloat": 1.5})"},
    {"float.string", R"({"optionalFloat": "-2.5"})"},
    {"float.nan", R"({"optionalFloat": "NaN"})"},
    {"float.infinity", R"({"optionalFloat": "Infinity"})"},
    {"float.negative_infinity", R"({"optionalFloat": "-Infinity"})"},
    {"float.max", R"({"optionalFloat": 3.4028235e38})"},
    {"float.tenth", R"({"optionalFloat": 0.1})"},
    {"float.negative_zero", R"({"optionalFloat": -0.0})"},
    {"double.max", R"({"optionalDouble": 1.7976931348623157e308})"},
    {"double.min_denormal", R"({"optionalDouble": 5e-324})"},
    {"double.string_exponent", R"({"optionalDouble": "1e-300"})"},
    {"double.nan", R"({"optionalDouble": "NaN"})"},
    {"double.integral", R"({"optionalDouble": 12345678901234567890})"},
    {"bool.true", R"({"optionalBool": true})"},
    {"bool.false", R"({"optionalBool": false})"},
    {"bool.quoted", R"({"optionalBool": "true"})"},  // libprotobuf 3.21 takes it; later releases only as legacy
    {"string.escapes", R"({"optionalString": "\"\\\/\b\f\n\r\t\u0001\u001F\u00e9\ud83d\ude00"})"},
    {"string.raw_utf8", "{\"optionalString\": \"\xc3\xa9\xe4\xb8\xad\xf0\x9f\x98\x80\"}"},
    {"string.empty", R"({"optionalString": ""})"},
    {"bytes.standard", R"({"optionalBytes": "AAEC/w=="})"},
    {"bytes.url_safe_unpadded", R"({"optionalBytes": "AAEC_w"})"},
    {"bytes.empty", R"({"optionalBytes": ""})"},
    {"enum.name", R"({"optionalNestedEnum": "BAR"})"},
    {"enum.number", R"({"optionalNestedEnum": 2})"},
    {"enum.negative", R"({"optionalNestedEnum": "NEG"})"},
    {"enum.foreign", R"({"optionalForeignEnum": "FOREIGN_BAZ"})"},
    {"null.scalar", R"({"optionalInt32": null})"},
    {"null.message", R"({"optionalNestedMessage": null})"},
    {"null.repeated", R"({"repeatedInt32": null})"},
    {"null.map", R"({"mapInt32Int32": null})"},
    {"nested", R"({"optionalNestedMessage": {"a": 1, "corecursive": {"optionalInt32": 2}}})"},
    {"nested.empty", R"({"optionalNestedMessage": {}})"},
    {"nested.foreign", R"({"optionalForeignMessage": {"c": -1}})"},
    {"recursive", R"({"recursiveMessage": {"recursiveMessage": {"optionalString": "deep"}}})"},
    {"repeated.int32", R"({"repeatedInt32": [1, -2, 2147483647]})"},
    {"repeated.string", R"({"repeatedString": ["a", "", "\u00e9"]})"},
    {"repeated.bytes", R"({"repeatedBytes": ["AQ==", ""]})"},
    {"repeated.enum", R"({"repeatedNestedEnum": ["FOO", 1, "BAZ"]})"},
    {"repeated.message", R"({"repeatedNestedMessage": [{"a": 1}, {}]})"},
    {"repeated.empty", R"({"repeatedInt32": []})"},
    {"repeated.packed_and_unpacked", R"({"packedInt32": [1, 2], "unpackedDouble": [0.5, "NaN"]})"},
    {"map.int32", R"({"mapInt32Int32": {"1": 2, "-3": -4}})"},
    {"map.int64", R"({"mapInt64Int64": {"-9223372036854775808": "9223372036854775807"}})"},
    {"map.uint32", R"({"mapUint32Uint32": {"4294967295": 1}})"},
    {"map.uint64", R"({"mapUint64Uint64": {"18446744073709551615": "1"}})"},
    {"map.sint", R"({"mapSint32Sint32": {"-1": 1}, "mapSint64Sint64": {"-2": "2"}})"},
    {"map.fixed", R"({"mapFixed32Fixed32": {"3": 3}, "mapFixed64Fixed64": {"4": "4"}})"},
    {"map.sfixed", R"({"mapSfixed32Sfixed32": {"-5": -5}, "mapSfixed64Sfixed64": {"-6": "-6"}})"},
    {"map.float_double", R"({"mapInt32Float": {"1": "NaN"}, "mapInt32Double": {"2": -0.25}})"},
    {"map.bool", R"({"mapBoolBool": {"true": true, "false": false}})"},
    {"map.string", R"({"mapStringString": {"": "", "\u00e9": "x"}, "mapStringBytes": {"b": "AQI="}})"},
    {"map.message", R"({"mapStringNestedMessage": {"k": {"a": 1}, "e": {}}})"},
    {"map.enum", R"({"mapStringNestedEnum": {"k": "BAZ", "n": 1}, "mapStringForeignEnum": {"f": "FOREIGN_BAR"}})"},
    {"oneof.uint32_zero", R"({"oneofUint32": 0})"},
    {"oneof.empty_string", R"({"oneofString": ""})"},
    {"oneof.message", R"({"oneofNestedMessage": {}})"},
    {"oneof.enum", R"({"oneofEnum": "BAR"})"},
    {"oneof.null_then_member", R"({"oneofString": null, "oneofUint32": 5})"},
    {"json_names",
     R"({"fieldname1": 1, "fieldName2": 2, "FieldName3": 3, "fieldName4": 4, "field0name5": 5, "field0Name6": 6,
         "fieldName7": 7, "FieldName8": 8, "fieldName9": 9, "FieldName10": 10, "FIELDNAME11": 11, "FIELDName12": 12,
         "FieldName13": 13, "FieldName14": 14, "fieldName15": 15, "fieldName16": 16, "fieldName17": 17,
         "FieldName18": 18})"},
    {"proto_names",
     R"({"fieldname1": 1, "field_name2": 2, "_field_name3": 3, "field__name4_": 4, "field0name5": 5,
         "field_0_name6": 6, "fieldName7": 7, "FieldName8": 8, "field_Name9": 9, "Field_Name10": 10,
         "FIELD_NAME11": 11, "FIELD_name12": 12, "__field_name13": 13, "__Field_name14": 14, "field__name15": 15,
         "field__Name16": 16, "field_name17__": 17, "Field_name18__": 18})"},
};

constexpr Literal kProto3Only[] = {
    {"enum.unknown_number", R"({"optionalNestedEnum": 42})"},
    {"enum.alias_names", R"({"optionalAliasedEnum": "MOO", "repeatedNestedEnum": []})"},
    {"enum.alias_lower", R"({"optionalAliasedEnum": "moo"})"},
    {"enum.alias_mixed_case", R"({"optionalAliasedEnum": "bAz"})"},
    {"oneof.null_value", R"({"oneofNullValue": null})"},
};

constexpr Literal kProto2Only[] = {
    {"group", R"({"data": {"groupInt32": 1, "groupUint32": 2}})", kJsonGroups},
    {"extension", R"({"[protobuf_test_messages.proto2.extension_int32]": 5})", kJsonExtensions},
    {"defaults_set", R"({"defaultInt32": 0, "defaultString": "", "defaultBool": false})"},
    {"enum.unknown_number", R"({"optionalNestedEnum": 42})",
     "libprotobuf 3.21 accepts a number a closed enum lacks (keeping it as an unknown field); protoforge rejects it"},
};

constexpr Literal kMalformed[] = {
    {"syntax.empty_input", ""},
    {"syntax.unclosed", R"({"optionalInt32": 1)"},
    {"syntax.extra_close", R"({"optionalInt32": 1}})"},
    {"syntax.top_level_array", R"([])"},
    {"syntax.top_level_null", R"(null)"},
    {"syntax.trailing_comma", R"({"optionalInt32": 1,})", kLenientJsonSyntax},
    {"syntax.leading_comma", R"({,"optionalInt32": 1})"},
    {"syntax.missing_comma", R"({"optionalInt32": 1 "optionalInt64": 2})"},
    {"syntax.missing_colon", R"({"optionalInt32" 1})"},
    {"syntax.single_quotes", R"({'optionalInt32': 1})", kLenientJsonSyntax},
    {"syntax.unquoted_key", R"({optionalInt32: 1})", kLenientJsonSyntax},
    {"syntax.trailing_garbage", R"({"optionalInt32": 1} x)"},
    {"syntax.comment", R"({/* c */ "optionalInt32": 1})"},
    {"syntax.leading_zero", R"({"optionalInt32": 01})"},
    {"syntax.plus_sign", R"({"optionalInt32": +1})"},
    {"syntax.bare_fraction", R"({"optionalDouble": .5})"},
    {"syntax.unterminated_string", R"({"optionalString": "abc})"},
    {"syntax.raw_control_character", "{\"optionalString\": \"a\x01" "b\"}", kLenientJsonSyntax},
    {"syntax.bad_escape", R"({"optionalString": "\x41"})", kLenientJsonSyntax},
    {"syntax.lone_high_surrogate", R"({"optionalString": "\ud800"})"},
    {"syntax.lone_low_surrogate", R"({"optionalString": "\udc00x"})"},
    {"syntax.single_quoted_value", R"({"optionalString": 'x'})", kLenientJsonSyntax},
    {"syntax.true_misspelt", R"({"optionalBool": tru})"},
    {"unknown_field", R"({"unknownField": 1})"},
    {"unknown_field_nested", R"({"optionalNestedMessage": {"b": 1}})"},
    {"int32.too_large", R"({"optionalInt32": 2147483648})"},
    {"int32.too_small", R"({"optionalInt32": -2147483649})"},
    {"int32.fraction", R"({"optionalInt32": 1.5})"},
    {"int32.string_fraction", R"({"optionalInt32": "1.5"})"},
    {"int32.exponent_too_large", R"({"optionalInt32": 1e10})"},
    {"int32.infinity", R"({"optionalInt32": "Infinity"})"},
    {"int32.string_with_spaces", R"({"optionalInt32": " 1"})"},
    {"uint32.negative", R"({"optionalUint32": -1})"},
    {"uint64.negative_string", R"({"optionalUint64": "-1"})"},
    {"int64.too_large_string", R"({"optionalInt64": "9223372036854775808"})"},
    {"uint64.too_large", R"({"optionalUint64": "18446744073709551616"})"},
    {"float.too_large", R"({"optionalFloat": 3.5e38})"},
    {"float.lower_case_nan", R"({"optionalFloat": "nan"})"},
    {"float.bad_string", R"({"optionalFloat": "1.5x"})"},
    {"double.too_large", R"({"optionalDouble": 1e400})"},
    {"bool.as_number", R"({"optionalBool": 1})"},
    {"string.as_number", R"({"optionalString": 1})"},
    {"bytes.bad_base64", R"({"optionalBytes": "!!!!"})"},
    {"enum.unknown_name", R"({"optionalNestedEnum": "QUUX"})"},
    {"enum.as_bool", R"({"optionalNestedEnum": true})"},
    {"message.as_number", R"({"optionalNestedMessage": 1})"},
    {"message.as_array", R"({"optionalNestedMessage": []})"},
    {"repeated.not_an_array", R"({"repeatedInt32": 1})", kLenientJsonMapping},
    {"repeated.null_element", R"({"repeatedInt32": [1, null]})", kLenientJsonMapping},
    {"repeated.nested_array", R"({"repeatedInt32": [[1]]})", kLenientJsonMapping},
    {"repeated.bad_element", R"({"repeatedString": ["a", 1]})"},
    {"map.not_an_object", R"({"mapInt32Int32": [1, 2]})"},
    {"map.bad_int_key", R"({"mapInt32Int32": {"a": 1}})"},
    {"map.int_key_with_fraction", R"({"mapInt32Int32": {"1.0": 1}})"},
    {"map.bad_bool_key", R"({"mapBoolBool": {"1": true}})", kLenientJsonMapping},
    {"map.null_value", R"({"mapInt32Int32": {"1": null}})", kLenientJsonMapping},
    {"oneof.two_members", R"({"oneofUint32": 1, "oneofString": "x"})"},
    {"duplicate.same_name", R"({"optionalInt32": 1, "optionalInt32": 2})", kLenientJsonMapping},
    {"duplicate.json_and_proto_name", R"({"optionalInt32": 1, "optional_int32": 2})", kLenientJsonMapping},
    {"duplicate.message", R"({"optionalNestedMessage": {"a": 1}, "optionalNestedMessage": {}})", kLenientJsonMapping},
};

// Accepted only under JSON_IGNORE_UNKNOWN_PARSING_TEST.
constexpr Literal kIgnoreUnknown[] = {
    {"unknown_field", R"({"unknownField": 1, "optionalInt32": 3})"},
    {"unknown_field_complex", R"({"unknown": {"nested": [1, {"x": null}], "s": "\u00e9"}, "optionalString": "s"})"},
    {"unknown_field_nested", R"({"optionalNestedMessage": {"a": 1, "b": [true]}})"},
    {"unknown_enum_name", R"({"optionalNestedEnum": "QUUX", "optionalInt32": 1})"},
    {"unknown_enum_name_in_repeated", R"({"repeatedNestedEnum": ["FOO", "QUUX", "BAR"]})"},
    {"unknown_enum_name_in_map", R"({"mapStringNestedEnum": {"a": "QUUX", "b": "BAZ"}})",
     "libprotobuf 3.21 keeps a map entry whose enum name is unknown, with the enum's default value; protoforge "
     "drops the entry"},
};

}  // namespace

void add_json_value_cases(CaseSet& cases) {
  for (std::string_view type : {kProto3, kProto2}) {
    add_all(cases, type, "value", kScalars, false);
    add_all(cases, type, "value", type == kProto3 ? Literals(kProto3Only) : Literals(kProto2Only), false);
    add_all(cases, type, "reject", kMalformed, true);
    for (const Literal& j : kIgnoreUnknown) {
      Input& in = cases.json(type, "ignore_unknown." + std::string(j.what), std::string(j.text));
      in.category = TestCategory::json_ignore_unknown_parsing;
      in.known_difference = j.known_difference;
      Input& strict = cases.json(type, "reject.strict." + std::string(j.what), std::string(j.text));
      strict.malformed = true;
    }
  }
}

}  // namespace protoforge::conformance
