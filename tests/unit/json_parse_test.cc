// Parsing: both field names, numbers as numbers or strings with exact range checks, enums by name or number,
// base64 in both alphabets, null as "unset", map keys of every kind, oneofs, extensions, unknown and reserved
// members, and round trips through the printer.
#include <doctest/doctest.h>

#include <cmath>

#include "runtime/message/binary.h"
#include "tests/unit/json_test_util.h"

namespace protoforge {
namespace {

using json::ParseStatus;
using message::Message;
using testing::field;
using testing::json_parse_options;
using testing::message_type;
using testing::parse_failure;
using testing::parsed;
using testing::printed;
using testing::reprinted;

constexpr std::string_view kScalars = "pf.jsontest.Scalars";

TEST_CASE("fields are found by json_name and by proto name") {
  const auto& t = message_type(kScalars);
  CHECK(parsed(kScalars, R"({"customName":"a"})").string(field(t, "renamed_field")) == "a");
  CHECK(parsed(kScalars, R"({"renamed_field":"b"})").string(field(t, "renamed_field")) == "b");
  CHECK(parsed(kScalars, R"({"list_i32":[1],"maybeText":"x"})").repeated_size(field(t, "list_i32")) == 1);
  // The default lowerCamel form is not a name when json_name says otherwise.
  CHECK(parse_failure(kScalars, R"({"renamedField":"x"})").status == ParseStatus::unknown_field);
}

TEST_CASE("integers: numbers in any form whose value is whole, or integer literals in strings, within range") {
  struct Case { std::string_view json; std::string_view printed; };
  const Case cases[] = {
      {R"({"i32":1e2})", R"({"i32":100})"},
      {R"({"i32":"12"})", R"({"i32":12})"},
      {R"({"i32":1.0})", R"({"i32":1})"},
      {R"({"i32":-0})", R"({})"},
      {R"({"i32":-2147483648,"u32":4294967295})", R"({"i32":-2147483648,"u32":4294967295})"},
      {R"({"i64":9223372036854775807})", R"({"i64":"9223372036854775807"})"},
      {R"({"i64":"-9223372036854775808"})", R"({"i64":"-9223372036854775808"})"},
      {R"({"i64":9007199254740993})", R"({"i64":"9007199254740993"})"},
      {R"({"i64":9.007199254740993e15})", R"({"i64":"9007199254740993"})"},  // libprotobuf 3.21 rounds this
      {R"({"u64":18446744073709551615,"f64":1e19})", R"({"u64":"18446744073709551615","f64":"10000000000000000000"})"},
      {R"({"i64":"-0","u32":"-0"})", R"({})"},
      {R"({"s64":-9223372036854775808,"sf64":"9223372036854775807"})",
       R"({"s64":"-9223372036854775808","sf64":"9223372036854775807"})"},
      {R"({"s32":-2147483648,"sf32":2147483647,"f32":"4294967295"})", R"({"s32":-2147483648,"f32":4294967295,"sf32":2147483647})"},
  };
  for (const Case& c : cases) CHECK_MESSAGE(reprinted(kScalars, c.json) == c.printed, c.json);
}

TEST_CASE("integers out of range, fractional, or not numbers are invalid values") {
  const std::string_view bad[] = {
      R"({"i32":1.5})", R"({"i32":2147483648})", R"({"i32":-2147483649})", R"({"u32":-1})", R"({"u32":4294967296})",
      R"({"i64":9223372036854775808})", R"({"u64":18446744073709551616})", R"({"u64":"-1"})",
      R"({"i64":12345678901234567890123})", R"({"i32":"0x10"})", R"({"i32":" 12"})", R"({"i32":"+1"})",
      R"({"i32":""})", R"({"i32":"1.0.0"})", R"({"sf64":1e-5})", R"({"f32":1e10})", R"({"i32":"1e2"})",
      R"({"i32":"1.0"})", R"({"i64":"01"})", R"({"u64":"-"})",
  };
  for (std::string_view json : bad) CHECK_MESSAGE(parse_failure(kScalars, json).status == ParseStatus::invalid_value, json);
  CHECK(parse_failure(kScalars, R"({"i32":true})").status == ParseStatus::wrong_type);
  CHECK(parse_failure(kScalars, R"({"i64":[1]})").status == ParseStatus::wrong_type);
  CHECK(parse_failure(kScalars, R"({"u32":{}})").status == ParseStatus::wrong_type);
}

TEST_CASE("floats and doubles: numbers, strings, and the NaN and infinity spellings") {
  const auto& t = message_type(kScalars);
  const Message m = parsed(kScalars, R"({"flt":"NaN","dbl":"-Infinity","listDbl":["Infinity",-0,"1.5",1e-400],)"
                                     R"("listFlt":[3.4028235e38,1e-50,"-0"]})");
  CHECK(std::isnan(m.scalar(field(t, "flt")).as_float()));
  CHECK(m.scalar(field(t, "dbl")).as_double() == -INFINITY);
  CHECK(printed(m) == R"({"flt":"NaN","dbl":"-Infinity","listDbl":["Infinity",-0,1.5,0],)"
                      R"("listFlt":[3.4028235e+38,0,-0]})");
  CHECK(parse_failure(kScalars, R"({"flt":3.4028236e38})").status == ParseStatus::invalid_value);
  CHECK(parse_failure(kScalars, R"({"dbl":1e309})").status == ParseStatus::invalid_value);
  CHECK(parse_failure(kScalars, R"({"dbl":"nan"})").status == ParseStatus::invalid_value);
  CHECK(parse_failure(kScalars, R"({"dbl":"1e309"})").status == ParseStatus::invalid_value);
  CHECK(parse_failure(kScalars, R"({"dbl":NaN})").status == ParseStatus::syntax_error);
}

TEST_CASE("bools: true and false, also as strings") {
  CHECK(reprinted(kScalars, R"({"flag":"true","listFlag":[false,"false",true]})") ==
        R"({"flag":true,"listFlag":[false,false,true]})");
  CHECK(parse_failure(kScalars, R"({"flag":1})").status == ParseStatus::wrong_type);
  CHECK(parse_failure(kScalars, R"({"flag":"True"})").status == ParseStatus::invalid_value);
}

TEST_CASE("enums: names, or numbers (any int32 for open enums)") {
  CHECK(reprinted(kScalars, R"({"color":1,"listColor":["GREEN",-3,99,0.2e1]})") ==
        R"({"color":"RED","listColor":["GREEN","INFRARED",99,"GREEN"]})");
  CHECK(parse_failure(kScalars, R"({"color":"BLUE"})").status == ParseStatus::unknown_enum_value);
  CHECK(parse_failure(kScalars, R"({"color":"red"})").status == ParseStatus::unknown_enum_value);
  CHECK(parse_failure(kScalars, R"({"color":1.5})").status == ParseStatus::invalid_value);
  CHECK(parse_failure(kScalars, R"({"color":2147483648})").status == ParseStatus::invalid_value);
  CHECK(parse_failure(kScalars, R"({"color":true})").status == ParseStatus::wrong_type);
}

TEST_CASE("closed enums accept only their declared numbers") {
  CHECK(reprinted("pf.jsontest2.Base", R"({"needed":1,"state":1,"states":[0,"CLOSED_ONE"]})") ==
        R"({"state":"CLOSED_ONE","needed":1,"states":["CLOSED_ZERO","CLOSED_ONE"]})");
  CHECK(parse_failure("pf.jsontest2.Base", R"({"needed":1,"state":5})").status == ParseStatus::unknown_enum_value);
}

TEST_CASE("ignore_unknown_fields skips unknown members and enum values, dropping list elements and map entries") {
  json::ParseOptions options = json_parse_options();
  options.ignore_unknown_fields = true;
  const Message m = parsed(kScalars, R"({"nope":{"a":[1,{"b":null}]},"color":"NOPE","listColor":["RED","NOPE",2],)"
                                     R"("i32":3,"[pf.unknown.ext]":1})", options);
  CHECK(printed(m) == R"({"i32":3,"listColor":["RED","GREEN"]})");
  CHECK(printed(parsed("pf.jsontest.Maps", R"({"toColor":{"a":"NOPE","b":"RED"}})", options)) ==
        R"({"toColor":{"b":"RED"}})");
  CHECK(printed(parsed("pf.jsontest2.Base", R"({"needed":1,"state":5,"states":[1,9]})", options)) ==
        R"({"needed":1,"states":["CLOSED_ONE"]})");
  // Skipped values must still be JSON.
  CHECK(parse_failure(kScalars, R"({"nope":[1,,2]})", options).status == ParseStatus::syntax_error);
  CHECK(parse_failure(kScalars, R"({"nope":01})", options).status == ParseStatus::syntax_error);
  CHECK(parse_failure(kScalars, R"({"nope":"\x"})", options).status == ParseStatus::syntax_error);
}

TEST_CASE("strings must be valid UTF-8; bytes are base64 in either alphabet, padded or not") {
  const auto& t = message_type(kScalars);
  CHECK(parsed(kScalars, R"({"text":"\ud83d\ude00 \u00e9"})").string(field(t, "text")) == "😀 é");
  CHECK(parsed(kScalars, R"({"data":"AP_-"})").string(field(t, "data")) == std::string("\x00\xff\xfe", 3));
  CHECK(parsed(kScalars, R"({"data":"AQ"})").string(field(t, "data")) == "\x01");
  CHECK(parse_failure(kScalars, R"({"data":"AQ="})").status == ParseStatus::invalid_value);
  CHECK(parse_failure(kScalars, R"({"data":"AR=="})").status == ParseStatus::invalid_value);
  CHECK(parse_failure(kScalars, R"({"text":5})").status == ParseStatus::wrong_type);
  CHECK(parse_failure(kScalars, R"({"data":null,"text":"\ud800"})").status == ParseStatus::syntax_error);
  CHECK(parse_failure(kScalars, "{\"text\":\"\xc3\x28\"}").status == ParseStatus::invalid_utf8);
  CHECK(parse_failure(kScalars, "{\"te\xff\":1}").status == ParseStatus::invalid_utf8);
}

TEST_CASE("null leaves a field unset, except where it is a value") {
  CHECK(printed(parsed(kScalars, R"({"i32":null,"child":null,"listI32":null,"color":null,"choiceInt":null,)"
                                 R"("choiceText":"x"})")) == R"({"choiceText":"x"})");
  CHECK(reprinted("pf.jsontest.Wkt", R"({"value":null,"pickNull":null,"listNull":[null,"NULL_VALUE",0],)"
                                     R"("listValue":[null],"nullValue":null})") ==
        R"({"value":null,"listValue":[null],"listNull":[null,null,null],"pickNull":null})");
  CHECK(parse_failure(kScalars, R"({"listI32":[1,null]})").status == ParseStatus::wrong_type);
  CHECK(parse_failure(kScalars, R"({"listChild":[null]})").status == ParseStatus::wrong_type);
  CHECK(parse_failure("pf.jsontest.Maps", R"({"byText":{"a":null}})").status == ParseStatus::wrong_type);
  CHECK(reprinted("pf.jsontest.Maps", R"({"toValue":{"a":null}})") == R"({"toValue":{"a":null}})");
}

TEST_CASE("a repeated field takes a list, a map an object, a message an object") {
  CHECK(parse_failure(kScalars, R"({"listI32":1})").status == ParseStatus::wrong_type);
  CHECK(parse_failure(kScalars, R"({"i32":[1]})").status == ParseStatus::wrong_type);
  CHECK(parse_failure(kScalars, R"({"child":1})").status == ParseStatus::wrong_type);
  CHECK(parse_failure("pf.jsontest.Maps", R"({"byI32":[]})").status == ParseStatus::wrong_type);
  CHECK(parse_failure(kScalars, "[]").status == ParseStatus::wrong_type);
}

TEST_CASE("map keys of every kind are read from their string form") {
  const std::string_view json =
      R"({"byI32":{"1":"a","-2":"b"},"byI64":{"-9223372036854775808":""},"byU32":{"4294967295":""},)"
      R"("byU64":{"18446744073709551615":""},"byS32":{"-5":""},"byS64":{"0":"z"},"byF32":{"7":""},)"
      R"("byF64":{"8":""},"bySf32":{"-1":""},"bySf64":{"-1":""},"byBool":{"true":"t","false":"f"},)"
      R"("byText":{"":"x","\u00e9":"y"}})";
  CHECK(reprinted("pf.jsontest.Maps", json) ==
        R"({"byI32":{"1":"a","-2":"b"},"byI64":{"-9223372036854775808":""},"byU32":{"4294967295":""},)"
        R"("byU64":{"18446744073709551615":""},"byS32":{"-5":""},"byS64":{"0":"z"},"byF32":{"7":""},)"
        R"("byF64":{"8":""},"bySf32":{"-1":""},"bySf64":{"-1":""},"byBool":{"true":"t","false":"f"},)"
        R"("byText":{"":"x","é":"y"}})");
  for (std::string_view bad : {R"({"byI32":{"2147483648":""}})", R"({"byU32":{"-1":""}})", R"({"byI32":{"1.5":""}})",
                               R"({"byI32":{" 1":""}})", R"({"byBool":{"True":""}})", R"({"byBool":{"1":""}})",
                               R"({"byI64":{"x":""}})", R"({"byI32":{"1.0":""}})", R"({"byI32":{"1e2":""}})"}) {
    CHECK_MESSAGE(parse_failure("pf.jsontest.Maps", bad).status == ParseStatus::invalid_value, bad);
  }
}

TEST_CASE("a field given twice, by either name, or a map key given twice, is an error") {
  CHECK(parse_failure(kScalars, R"({"i32":1,"i32":2})").status == ParseStatus::duplicate_field);
  CHECK(parse_failure(kScalars, R"({"i32":1,"i32":null})").status == ParseStatus::duplicate_field);
  CHECK(parse_failure(kScalars, R"({"customName":"x","renamed_field":"y"})").status == ParseStatus::duplicate_field);
  CHECK(parse_failure(kScalars, R"({"listI32":[1],"list_i32":[2]})").status == ParseStatus::duplicate_field);
  CHECK(parse_failure("pf.jsontest.Maps", R"({"byI32":{"1":"a","1":"b"}})").status == ParseStatus::duplicate_field);
  CHECK(parse_failure("pf.jsontest.Maps", R"({"byI32":{"1":"a","-0":"b","0":"c"}})").status == ParseStatus::duplicate_field);
  CHECK(parse_failure("pf.jsontest2.Base", R"({"needed":1,"[pf.jsontest2.ext_int]":1,"[pf.jsontest2.ext_int]":2})")
            .status == ParseStatus::duplicate_field);
}

TEST_CASE("two members of a oneof are an error; a null member does not count") {
  CHECK(parse_failure(kScalars, R"({"choiceInt":1,"choiceText":"x"})").status == ParseStatus::oneof_conflict);
  CHECK(parse_failure(kScalars, R"({"choiceChild":{},"choice_int":0})").status == ParseStatus::oneof_conflict);
  CHECK(parse_failure("pf.jsontest.Wkt", R"({"pickNull":null,"pickValue":1})").status == ParseStatus::oneof_conflict);
  CHECK(reprinted(kScalars, R"({"choiceText":null,"choiceInt":0})") == R"({"choiceInt":0})");
  CHECK(reprinted(kScalars, R"({"maybeI32":0,"maybeText":""})") == R"({"maybeI32":0,"maybeText":""})");
}

TEST_CASE("unknown members are errors") {
  const json::ParseResult result = parse_failure(kScalars, R"({"child":{"nope":1}})");
  CHECK(result.status == ParseStatus::unknown_field);
  CHECK(result.path == "child.nope");
  CHECK(result.offset == 10);
  CHECK(parse_failure(kScalars, R"({"I32":1})").status == ParseStatus::unknown_field);
  CHECK(parse_failure(kScalars, R"({"[pf.jsontest2.ext_int]":1})").status == ParseStatus::unknown_field);
}

TEST_CASE("reserved names: unknown under ignore, listed under report, an error under reject") {
  constexpr std::string_view json = R"({"child":{"old_field":1,"i32":2},"legacyName":[1]})";
  CHECK(parse_failure(kScalars, json).status == ParseStatus::unknown_field);

  json::ParseOptions options = json_parse_options();
  options.reserved = message::ReservedPolicy::report;
  Message m(message_type(kScalars));
  const json::ParseResult reported = json::parse(json, m, options);
  REQUIRE(reported.ok());
  REQUIRE(reported.reserved.size() == 2);
  CHECK(reported.reserved[0].path == "child");
  CHECK(reported.reserved[0].name == "old_field");
  CHECK(reported.reserved[0].offset == 10);
  CHECK(reported.reserved[1].path == "");
  CHECK(reported.reserved[1].name == "legacyName");
  CHECK(printed(m) == R"({"child":{"i32":2}})");

  options.reserved = message::ReservedPolicy::reject;
  const json::ParseResult rejected = parse_failure(kScalars, json, options);
  CHECK(rejected.status == ParseStatus::reserved_field);
  CHECK(rejected.path == "child.old_field");
  CHECK(rejected.reserved.size() == 1);
}

TEST_CASE("proto2: extensions by [full.name], groups by field name, required fields checked") {
  constexpr std::string_view kBase = "pf.jsontest2.Base";
  const Message m = parsed(kBase, R"({"needed":1,"[pf.jsontest2.ext_int]":-1,"[pf.jsontest2.ext_texts]":["a"],)"
                                  R"("[pf.jsontest2.Scope.scoped_text]":"s","inner":{"depth":3}})");
  const schema::Field* ext = m.type().find_extension(100);
  REQUIRE(ext != nullptr);
  CHECK(m.scalar(*ext).as_int32() == -1);
  CHECK(printed(m) == R"({"needed":1,"inner":{"depth":3},"[pf.jsontest2.ext_int]":-1,)"
                      R"("[pf.jsontest2.ext_texts]":["a"],"[pf.jsontest2.Scope.scoped_text]":"s"})");
  const json::ParseResult missing = parse_failure(kBase, R"({"[pf.jsontest2.ext_base]":{"needed":1}})");
  CHECK(missing.status == ParseStatus::missing_required);
  CHECK(missing.path == "needed");
  CHECK(parse_failure(kBase, R"({"needed":1,"[pf.jsontest2.ext_base]":{}})").path ==
        "(pf.jsontest2.ext_base).needed");  // message::missing_required_fields names extensions this way
  json::ParseOptions partial = json_parse_options();
  partial.allow_partial = true;
  CHECK(printed(parsed(kBase, R"({"count":2})", partial)) == R"({"count":2})");
}

TEST_CASE("parse clears the message first") {
  Message m = parsed(kScalars, R"({"i32":1,"listI32":[1]})");
  REQUIRE(json::parse(R"({"i64":"2"})", m, json_parse_options()).ok());
  CHECK(printed(m) == R"({"i64":"2"})");
}

TEST_CASE("print then parse gives the same message back") {
  const std::string_view cases[] = {
      R"({"i32":-5,"i64":"-1","u32":1,"u64":"2","s32":-3,"s64":"4","f32":5,"f64":"6","sf32":-7,"sf64":"-8",)"
      R"("flt":1.25,"dbl":-2.5e-300,"flag":true,"text":"t\u0000\n","data":"AAEC","color":"GREEN","maybeI32":0,)"
      R"("listI32":[1,2],"listText":["","x"],"listColor":["RED",7],"listChild":[{},{"i32":1}],"listDbl":["NaN"],)"
      R"("listData":["AA=="],"listFlt":["-Infinity"],"listFlag":[false],"child":{"child":{"text":"deep"}},)"
      R"("customName":"c","choiceChild":{"u32":3}})",
  };
  for (std::string_view json : cases) {
    const Message first = parsed(kScalars, json);
    const Message second = parsed(kScalars, printed(first));
    CHECK(first == second);
    CHECK(message::encode(first) == message::encode(second));
  }
}

}  // namespace
}  // namespace protoforge
