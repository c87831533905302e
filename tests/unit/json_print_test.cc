// Printing: field names and order, every scalar kind at its edges, lists, maps with every key kind, oneofs,
// proto2 extensions and groups, and the options. Expected text is what libprotobuf 3.21's MessageToJsonString
// writes for the same message (checked with it), except where a comment says otherwise.
#include <doctest/doctest.h>

#include "tests/unit/json_test_util.h"

namespace protoforge {
namespace {

using message::Message;
using schema::Scalar;
using testing::field;
using testing::json_print_options;
using testing::message_type;
using testing::parsed;
using testing::printed;
using testing::reprinted;

constexpr std::string_view kScalars = "pf.jsontest.Scalars";

TEST_CASE("an empty message prints as {}") {
  CHECK(printed(Message(message_type(kScalars))) == "{}");
}

TEST_CASE("fields print in number order under their json names, with 64-bit integers as strings") {
  const auto& t = message_type(kScalars);
  Message m(t);
  m.set_string(field(t, "renamed_field"), "x");
  m.set_scalar(field(t, "i32"), Scalar::of_int(-5));
  m.set_scalar(field(t, "i64"), Scalar::of_int(9007199254740993));
  m.set_scalar(field(t, "u64"), Scalar::of_uint(UINT64_MAX));
  m.set_scalar(field(t, "flag"), Scalar::of_bool(true));
  m.set_scalar(field(t, "choice_int"), Scalar::of_int(0));
  m.mutable_message(field(t, "child"));
  CHECK(printed(m) ==
        R"({"i32":-5,"i64":"9007199254740993","u64":"18446744073709551615","flag":true,"child":{},)"
        R"("customName":"x","choiceInt":0})");
}

TEST_CASE("every integer kind at its limits") {
  CHECK(reprinted(kScalars, R"({"i32":-2147483648,"i64":"-9223372036854775808","u32":4294967295,)"
                            R"("u64":"18446744073709551615","s32":-1,"s64":"-9223372036854775808",)"
                            R"("f32":4294967295,"f64":"18446744073709551615","sf32":-2147483648,"sf64":"-1"})") ==
        R"({"i32":-2147483648,"i64":"-9223372036854775808","u32":4294967295,"u64":"18446744073709551615",)"
        R"("s32":-1,"s64":"-9223372036854775808","f32":4294967295,"f64":"18446744073709551615",)"
        R"("sf32":-2147483648,"sf64":"-1"})");
  CHECK(reprinted(kScalars, R"({"i32":2147483647,"i64":"9223372036854775807","s32":2147483647,)"
                            R"("s64":"9223372036854775807","sf32":2147483647,"sf64":"9223372036854775807"})") ==
        R"({"i32":2147483647,"i64":"9223372036854775807","s32":2147483647,"s64":"9223372036854775807",)"
        R"("sf32":2147483647,"sf64":"9223372036854775807"})");
}

TEST_CASE("floats and doubles print the shortest text that reads back; non-finite values as strings") {
  CHECK(reprinted(kScalars, R"({"listDbl":["NaN","Infinity","-Infinity",1e21,1e-7,0.30000000000000004,1e15,)"
                            R"(0.0001,-0.0,1.5,1.7976931348623157e308]})") ==
        R"({"listDbl":["NaN","Infinity","-Infinity",1e+21,1e-07,0.30000000000000004,1e+15,0.0001,-0,1.5,)"
        R"(1.7976931348623157e+308]})");
  CHECK(reprinted(kScalars, R"({"flt":0.1,"dbl":0.1,"listFlt":[1.5,"NaN",-0.0]})") ==
        R"({"flt":0.1,"dbl":0.1,"listFlt":[1.5,"NaN",-0]})");
  // libprotobuf 3.21 writes %.17g / %.9g digits here ("4.94065645841247e-324", "3.40282347e+38").
  CHECK(reprinted(kScalars, R"({"dbl":5e-324,"flt":3.4028235e38})") == R"({"flt":3.4028235e+38,"dbl":5e-324})");
  json::PrintOptions legacy = json_print_options();
  legacy.libprotobuf_float_digits = true;
  CHECK(reprinted(kScalars, R"({"dbl":5e-324,"flt":3.4028235e38,"listDbl":[0.1,-5.313341082365305e+128,"NaN"]})",
                  legacy) == R"({"flt":3.40282347e+38,"dbl":4.94065645841247e-324,)"
                             R"("listDbl":[0.1,-5.3133410823653048e+128,"NaN"]})");
}

TEST_CASE("strings are escaped, bytes are standard base64, enums are names (numbers when unknown)") {
  CHECK(reprinted(kScalars, R"({"text":"a<b>&\"\\\u0001\u007f é\u2028","data":"AP_-","color":"INFRARED",)"
                            R"("listColor":["RED",5,0],"listData":["","AQ"]})") ==
        R"({"text":"a\u003cb\u003e&\"\\\u0001\u007f é\u2028","data":"AP/+","color":"INFRARED",)"
        R"("listColor":["RED",5,"COLOR_UNSPECIFIED"],"listData":["","AQ=="]})");
}

TEST_CASE("implicit-presence defaults are not printed, explicit presence and oneof members are") {
  CHECK(reprinted(kScalars, R"({"i32":0,"text":"","maybeI32":0,"maybeText":"","choiceText":""})") ==
        R"({"maybeI32":0,"maybeText":"","choiceText":""})");
  CHECK(reprinted(kScalars, R"({"choiceChild":{}})") == R"({"choiceChild":{}})");
}

TEST_CASE("lists of every element kind") {
  CHECK(reprinted(kScalars, R"({"listI32":[1,-1],"listI64":["1",-1],"listText":["a",""],"listFlag":[true,false],)"
                            R"("listChild":[{"i32":1},{}]})") ==
        R"({"listI32":[1,-1],"listI64":["1","-1"],"listText":["a",""],"listChild":[{"i32":1},{}],)"
        R"("listFlag":[true,false]})");
}

TEST_CASE("maps print as objects with string keys, for every key kind, in stored order") {
  CHECK(reprinted("pf.jsontest.Maps",
                  R"({"byI32":{"-1":"a","1":"b"},"byI64":{"-9":"x"},"byU32":{"4294967295":""},)"
                  R"("byU64":{"18446744073709551615":"x"},"byS32":{"0":""},"byS64":{"-9223372036854775808":""},)"
                  R"("byF32":{"7":""},"byF64":{"18446744073709551615":""},"bySf32":{"-2147483648":""},)"
                  R"("bySf64":{"-1":""},"byBool":{"true":"t","false":"f"},"byText":{"k\"":"v","":""}})") ==
        R"({"byI32":{"-1":"a","1":"b"},"byI64":{"-9":"x"},"byU32":{"4294967295":""},)"
        R"("byU64":{"18446744073709551615":"x"},"byS32":{"0":""},"byS64":{"-9223372036854775808":""},)"
        R"("byF32":{"7":""},"byF64":{"18446744073709551615":""},"bySf32":{"-2147483648":""},)"
        R"("bySf64":{"-1":""},"byBool":{"true":"t","false":"f"},"byText":{"k\"":"v","":""}})");
  CHECK(reprinted("pf.jsontest.Maps", R"({"toMsg":{"m":{"i32":1},"empty":{}},"toColor":{"c":"RED","n":7},)"
                                      R"("toData":{"d":"AQ=="},"toDbl":{"n":"NaN"},"toValue":{"v":[null]},)"
                                      R"("i32ToI64":{"3":"4"}})") ==
        R"({"toMsg":{"m":{"i32":1},"empty":{}},"toColor":{"c":"RED","n":7},"toData":{"d":"AQ=="},)"
        R"("toDbl":{"n":"NaN"},"toValue":{"v":[null]},"i32ToI64":{"3":"4"}})");
}

TEST_CASE("a map entry without a value prints the value type's default") {
  const auto& t = message_type("pf.jsontest.Maps");
  Message m(t);
  Message& entry = m.add_message(field(t, "to_msg"));
  entry.set_string(entry.type().map_key(), "k");
  m.add_message(field(t, "by_i32"));
  CHECK(printed(m) == R"({"byI32":{"0":""},"toMsg":{"k":{}}})");
}

TEST_CASE("preserve_proto_field_names and enums_as_ints") {
  json::PrintOptions options = json_print_options();
  options.preserve_proto_field_names = true;
  options.enums_as_ints = true;
  CHECK(reprinted(kScalars, R"({"color":"RED","customName":"x","maybeI32":0,"listColor":["GREEN"]})", options) ==
        R"({"color":1,"maybe_i32":0,"list_color":[2],"renamed_field":"x"})");
}

TEST_CASE("always_print_fields_with_no_presence prints defaults, empty lists and maps, not fields with presence") {
  json::PrintOptions options = json_print_options();
  options.always_print_fields_with_no_presence = true;
  CHECK(printed(Message(message_type(kScalars)), options) ==
        R"({"i32":0,"i64":"0","u32":0,"u64":"0","s32":0,"s64":"0","f32":0,"f64":"0","sf32":0,"sf64":"0",)"
        R"("flt":0,"dbl":0,"flag":false,"text":"","data":"","color":"COLOR_UNSPECIFIED","listI32":[],)"
        R"("listI64":[],"listText":[],"listColor":[],"listChild":[],"listDbl":[],"listData":[],"listFlt":[],)"
        R"("listFlag":[],"customName":""})");
  // Set fields keep their number order among the defaults (libprotobuf 3.21 moves proto3 `optional` ones last).
  const std::string out = reprinted(kScalars, R"({"maybeI32":3})", options);
  CHECK(out.find(R"("color":"COLOR_UNSPECIFIED","maybeI32":3,"listI32":[])") != std::string::npos);
  CHECK(printed(Message(message_type("pf.jsontest.Maps")), options).find(R"("byI32":{},"byI64":{})") == 1);
}

TEST_CASE("pretty printing: one member or element per line, empty containers inline, a final newline") {
  json::PrintOptions options = json_print_options();
  options.pretty = true;
  options.indent = 1;  // libprotobuf's add_whitespace
  CHECK(reprinted(kScalars, R"({"i32":-5,"listI32":[1,2],"child":{"i32":1},"listChild":[{},{"listI32":[1]}]})",
                  options) == "{\n \"i32\": -5,\n \"listI32\": [\n  1,\n  2\n ],\n \"listChild\": [\n  {},\n  {\n"
                              "   \"listI32\": [\n    1\n   ]\n  }\n ],\n \"child\": {\n  \"i32\": 1\n }\n}\n");
  options.indent = 2;
  CHECK(reprinted(kScalars, R"({"listI32":[],"child":{}})", options) == "{\n  \"child\": {}\n}\n");
  CHECK(printed(Message(message_type(kScalars)), options) == "{}\n");
}

TEST_CASE("proto2: extensions print as [full.name] among the fields by number; groups by their field name") {
  constexpr std::string_view kBase = "pf.jsontest2.Base";
  CHECK(reprinted(kBase, R"({"needed":1,"[pf.jsontest2.ext_int]":5,"[pf.jsontest2.Scope.scoped_text]":"x",)"
                         R"("inner":{"depth":2},"state":"CLOSED_ONE","[pf.jsontest2.ext_base]":{"needed":2},)"
                         R"("[pf.jsontest2.ext_texts]":["a","b"],"[pf.jsontest2.ext_state]":"CLOSED_ZERO"})") ==
        R"({"state":"CLOSED_ONE","needed":1,"inner":{"depth":2},"[pf.jsontest2.ext_int]":5,)"
        R"("[pf.jsontest2.ext_texts]":["a","b"],"[pf.jsontest2.ext_base]":{"needed":2},)"
        R"("[pf.jsontest2.ext_state]":"CLOSED_ZERO","[pf.jsontest2.Scope.scoped_text]":"x"})");
  // Fields with presence hold their value even when it is the default.
  CHECK(reprinted(kBase, R"({"needed":0,"count":7,"label":"none"})") == R"({"count":7,"label":"none","needed":0})");
}

TEST_CASE("printing appends to the output") {
  std::string out = "prefix:";
  const Message m = parsed(kScalars, R"({"i32":1})");
  CHECK(json::print(m, out).ok());
  CHECK(out == R"(prefix:{"i32":1})");
}

}  // namespace
}  // namespace protoforge
