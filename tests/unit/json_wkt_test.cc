// The well-known types in their special forms, both ways: Timestamp, Duration, FieldMask, Struct, Value,
// ListValue, NullValue, Empty, the nine wrappers and Any, as fields, in lists, at the root and inside Any.
#include <doctest/doctest.h>

#include <cmath>

#include "tests/unit/json_test_util.h"

namespace protoforge {
namespace {

using json::ParseStatus;
using json::PrintStatus;
using message::Message;
using schema::Scalar;
using testing::field;
using testing::json_parse_options;
using testing::json_print_options;
using testing::message_type;
using testing::parse_failure;
using testing::parsed;
using testing::print_failure;
using testing::printed;
using testing::reprinted;

constexpr std::string_view kWkt = "pf.jsontest.Wkt";

// Round trips that print exactly what they read.
TEST_CASE("canonical forms read and print back unchanged") {
  const std::string_view cases[] = {
      R"({"ts":"1970-01-01T00:00:00Z"})",
      R"({"ts":"1969-12-31T23:59:59.999999999Z"})",
      R"({"ts":"0001-01-01T00:00:00Z","listTs":["9999-12-31T23:59:59.999999999Z","2000-02-29T12:34:56.789Z"]})",
      R"({"dur":"0s"})", R"({"dur":"-1.500s"})", R"({"dur":"-0.000001s"})", R"({"dur":"315576000000.999999999s"})",
      R"({"mask":""})", R"({"mask":"fooBar,a.bC,x"})",
      R"({"object":{}})", R"({"object":{"a":1.5,"b":{},"c":[],"d":null,"e":"s","f":true}})",
      R"({"value":null})", R"({"value":1e+300})", R"({"value":"x"})", R"({"value":false})",
      R"({"value":[1,"a",null,{"x":[[]]}]})", R"({"value":{}})",
      R"({"list":[]})", R"({"list":[3,null,{"k":[]}]})",
      R"({"empty":{}})",
      R"({"wDouble":"NaN","wFloat":0.1,"wInt64":"-5","wUint64":"0","wInt32":3,"wUint32":0,"wBool":false,)"
      R"("wString":"","wBytes":"AQ=="})",
      R"({"listValue":[null,1,"x"],"listWInt32":[0,3],"listNull":[null]})",
      R"({"pickValue":null})", R"({"pickNull":null})",
  };
  for (std::string_view json : cases) CHECK(reprinted(kWkt, json) == json);
}

TEST_CASE("Timestamp and Duration accept offsets and other digit counts, and print canonically") {
  CHECK(reprinted(kWkt, R"({"ts":"1970-01-01T00:00:00+01:00"})") == R"({"ts":"1969-12-31T23:00:00Z"})");
  CHECK(reprinted(kWkt, R"({"ts":"1970-01-01T00:00:00.5-01:30"})") == R"({"ts":"1970-01-01T01:30:00.500Z"})");
  CHECK(reprinted(kWkt, R"({"ts":"1970-01-01T00:00:00.0000001Z"})") == R"({"ts":"1970-01-01T00:00:00.000000100Z"})");
  CHECK(reprinted(kWkt, R"({"dur":"1.5s"})") == R"({"dur":"1.500s"})");
  CHECK(reprinted(kWkt, R"({"dur":"-0s"})") == R"({"dur":"0s"})");
  CHECK(reprinted(kWkt, R"({"dur":"0.12345s"})") == R"({"dur":"0.123450s"})");
}

TEST_CASE("invalid Timestamp, Duration and FieldMask text") {
  const std::string_view invalid[] = {
      R"({"ts":"1970-01-01T00:00:00"})", R"({"ts":"0000-12-31T23:59:59Z"})", R"({"ts":"1970-02-30T00:00:00Z"})",
      R"({"ts":"9999-12-31T23:59:59-01:00"})", R"({"ts":"1970-01-01T00:00:00.1234567891Z"})",
      R"({"dur":"1"})", R"({"dur":"315576000001s"})", R"({"dur":"1.0000000001s"})", R"({"dur":"+1s"})",
      R"({"listTs":["x"]})",
  };
  for (std::string_view json : invalid) CHECK_MESSAGE(parse_failure(kWkt, json).status == ParseStatus::invalid_value, json);
  const std::string_view wrong_type[] = {R"({"ts":0})", R"({"dur":1})", R"({"mask":["a"]})", R"({"object":[1]})",
                                         R"({"list":{}})", R"({"empty":[]})", R"({"wInt32":{"value":5}})",
                                         R"({"wString":1})", R"({"any":"x"})"};
  for (std::string_view json : wrong_type) CHECK_MESSAGE(parse_failure(kWkt, json).status == ParseStatus::wrong_type, json);
  CHECK(parse_failure(kWkt, R"({"empty":{"a":1}})").status == ParseStatus::unknown_field);
  CHECK(parse_failure(kWkt, R"({"object":{"a":1,"a":2}})").status == ParseStatus::duplicate_field);
  CHECK(parse_failure(kWkt, R"({"value":1e400})").status == ParseStatus::invalid_value);
}

TEST_CASE("FieldMask paths: lowerCamel in JSON, snake_case in the message; empty paths dropped") {
  const Message m = parsed(kWkt, R"({"mask":"fooBar,,a.bC"})");
  const Message* mask = m.message(field(m.type(), "mask"));
  REQUIRE(mask != nullptr);
  const auto* paths = std::get_if<std::vector<std::string>>(mask->find(*mask->type().find_field(1)));
  REQUIRE(paths != nullptr);
  CHECK(*paths == std::vector<std::string>{"foo_bar", "a.b_c"});
}

TEST_CASE("the special forms are also the root value") {
  CHECK(reprinted("google.protobuf.Duration", R"("3s")") == R"("3s")");
  CHECK(reprinted("google.protobuf.Timestamp", R"( "2020-01-01T00:00:00Z" )") == R"("2020-01-01T00:00:00Z")");
  CHECK(reprinted("google.protobuf.Value", "null") == "null");
  CHECK(reprinted("google.protobuf.Value", "[1,2]") == "[1,2]");
  CHECK(reprinted("google.protobuf.ListValue", "[]") == "[]");
  CHECK(reprinted("google.protobuf.Int64Value", "7") == R"("7")");
  CHECK(reprinted("google.protobuf.BoolValue", "true") == "true");
  CHECK(reprinted("google.protobuf.Empty", "{}") == "{}");
  CHECK(reprinted("google.protobuf.FieldMask", R"("a,b")") == R"("a,b")");
  CHECK(parse_failure("google.protobuf.Duration", R"("3s" "4s")").status == ParseStatus::syntax_error);
}

TEST_CASE("values with no JSON form are print errors") {
  const auto& t = message_type(kWkt);
  Message out_of_range(t);
  out_of_range.mutable_message(field(t, "ts")).set_scalar(*message_type("google.protobuf.Timestamp").find_field(1),
                                                          Scalar::of_int(253402300800));
  const json::PrintResult ts = print_failure(out_of_range);
  CHECK(ts.status == PrintStatus::out_of_range);
  CHECK(ts.path == "ts");

  Message mixed(t);
  Message& d = mixed.mutable_message(field(t, "dur"));
  d.set_scalar(*d.type().find_field(1), Scalar::of_int(1));
  d.set_scalar(*d.type().find_field(2), Scalar::of_int(-5));
  CHECK(print_failure(mixed).status == PrintStatus::out_of_range);

  Message mask(t);
  Message& m = mask.mutable_message(field(t, "mask"));
  m.mutable_strings(*m.type().find_field(1)).push_back("fooBar");  // would read back as foo_bar
  CHECK(print_failure(mask).status == PrintStatus::invalid_value);

  Message empty_value(t);
  empty_value.add_message(field(t, "list_value"));
  const json::PrintResult no_kind = print_failure(empty_value);
  CHECK(no_kind.status == PrintStatus::invalid_value);
  CHECK(no_kind.path == "list_value[0]");

  Message nan(t);
  Message& v = nan.mutable_message(field(t, "object")).add_message(*message_type("google.protobuf.Struct").find_field(1));
  v.set_string(v.type().map_key(), "k");
  Message& number = v.mutable_message(v.type().map_value());
  number.set_scalar(*number.type().find_field(2), Scalar::of_double(NAN));
  const json::PrintResult nan_result = print_failure(nan);
  CHECK(nan_result.status == PrintStatus::invalid_value);
  CHECK(nan_result.path == "object[\"k\"]");
}

constexpr std::string_view kItemUrl = "type.googleapis.com/pf.jsontest.Item";

TEST_CASE("Any: message fields beside @type, wherever @type is; well-known types under \"value\"") {
  CHECK(reprinted(kWkt, R"({"any":{"price":"3","@type":"type.googleapis.com/pf.jsontest.Item","name":"x"}})") ==
        R"({"any":{"@type":"type.googleapis.com/pf.jsontest.Item","name":"x","price":"3"}})");
  const std::string_view canonical[] = {
      R"({"any":{}})",
      R"({"any":{"@type":"type.googleapis.com/pf.jsontest.Item"}})",
      R"({"any":{"@type":"type.googleapis.com/google.protobuf.Duration","value":"1s"}})",
      R"({"any":{"@type":"type.googleapis.com/google.protobuf.Value","value":null}})",
      R"({"any":{"@type":"type.googleapis.com/google.protobuf.Struct","value":{"a":[1]}}})",
      R"({"any":{"@type":"type.googleapis.com/google.protobuf.Int32Value","value":5}})",
      R"({"any":{"@type":"type.googleapis.com/google.protobuf.Empty"}})",
      R"({"any":{"@type":"type.googleapis.com/google.protobuf.Any",)"
      R"("value":{"@type":"type.googleapis.com/pf.jsontest.Item","name":"n"}}})",
      R"({"listAny":[{"@type":"type.googleapis.com/pf.jsontest.Wkt","any":{"@type":)"
      R"("type.googleapis.com/google.protobuf.Timestamp","value":"1970-01-01T00:00:01Z"},)"
      R"("ts":"1970-01-01T00:00:02Z"},{}]})",
      R"({"any":{"@type":"example.com/a/b/pf.jsontest.Item","name":"any prefix"}})",
  };
  for (std::string_view json : canonical) CHECK(reprinted(kWkt, json) == json);
  // The value of an empty well-known type, or of "value": null, is empty.
  CHECK(reprinted(kWkt, R"({"any":{"@type":"type.googleapis.com/google.protobuf.Empty","value":{}}})") ==
        R"({"any":{"@type":"type.googleapis.com/google.protobuf.Empty"}})");
  CHECK(reprinted(kWkt, R"({"any":{"value":null,"@type":"type.googleapis.com/google.protobuf.Duration"}})") ==
        R"({"any":{"@type":"type.googleapis.com/google.protobuf.Duration"}})");
}

TEST_CASE("Any holds the type URL and the encoded message") {
  const Message m = parsed(kWkt, R"({"any":{"name":"x","@type":"type.googleapis.com/pf.jsontest.Item"}})");
  const Message* any = m.message(field(m.type(), "any"));
  REQUIRE(any != nullptr);
  CHECK(any->string(*any->type().find_field(1)) == kItemUrl);
  CHECK(any->string(*any->type().find_field(2)) == "\n\x01x");
}

TEST_CASE("invalid Any") {
  struct Case { std::string_view json; ParseStatus status; };
  const Case cases[] = {
      {R"({"any":{"name":"x"}})", ParseStatus::invalid_value},
      {R"({"any":{"@type":"type.googleapis.com/pf.Nope"}})", ParseStatus::unknown_type},
      {R"({"any":{"@type":"pf.jsontest.Item"}})", ParseStatus::unknown_type},
      {R"({"any":{"@type":"type.googleapis.com/"}})", ParseStatus::unknown_type},
      {R"({"any":{"@type":1}})", ParseStatus::wrong_type},
      {R"({"any":{"@type":null}})", ParseStatus::wrong_type},
      {R"({"any":{"@type":"type.googleapis.com/pf.jsontest.Item","@type":"type.googleapis.com/pf.jsontest.Item"}})",
       ParseStatus::duplicate_field},
      {R"({"any":{"@type":"type.googleapis.com/pf.jsontest.Item","nope":1}})", ParseStatus::unknown_field},
      {R"({"any":{"@type":"type.googleapis.com/pf.jsontest.Item","value":"1s"}})", ParseStatus::unknown_field},
      {R"({"any":{"@type":"type.googleapis.com/google.protobuf.Duration","value":"1s","x":1}})",
       ParseStatus::unknown_field},
      {R"({"any":{"@type":"type.googleapis.com/google.protobuf.Duration","value":"1s","value":"2s"}})",
       ParseStatus::duplicate_field},
      {R"({"any":{"@type":"type.googleapis.com/google.protobuf.Duration","value":"1x"}})", ParseStatus::invalid_value},
      {R"({"any":{"@type":"type.googleapis.com/pf.jsontest.Item","price":"1.5"}})", ParseStatus::invalid_value},
  };
  for (const Case& c : cases) CHECK_MESSAGE(parse_failure(kWkt, c.json).status == c.status, c.json);
  const json::ParseResult nested = parse_failure(kWkt, R"({"listAny":[{},{"@type":"type.googleapis.com/pf.jsontest.Item",)"
                                                       R"("parts":[{"price":true}]}]})");
  CHECK(nested.path == "list_any[1].parts[0].price");
}

TEST_CASE("Any needs a type registry both ways") {
  json::ParseOptions no_registry;
  CHECK(parse_failure(kWkt, R"({"any":{"@type":"type.googleapis.com/pf.jsontest.Item"}})", no_registry).status ==
        ParseStatus::unknown_type);
  CHECK(reprinted(kWkt, R"({"any":{}})", json::PrintOptions{}) == R"({"any":{}})");
  const Message m = parsed(kWkt, R"({"any":{"@type":"type.googleapis.com/pf.jsontest.Item","name":"x"}})");
  CHECK(print_failure(m, json::PrintOptions{}).status == PrintStatus::unresolved_any);
}

TEST_CASE("Any values that cannot print") {
  const auto& t = message_type(kWkt);
  auto with_any = [&](std::string_view url, std::string_view bytes) {
    Message m(t);
    Message& any = m.mutable_message(field(t, "any"));
    any.set_string(*any.type().find_field(1), std::string(url));
    any.set_string(*any.type().find_field(2), std::string(bytes));
    return m;
  };
  CHECK(print_failure(with_any("", "\x08")).status == PrintStatus::unresolved_any);
  CHECK(print_failure(with_any("pf.jsontest.Item", "")).status == PrintStatus::unresolved_any);
  CHECK(print_failure(with_any("type.googleapis.com/pf.jsontest.Nope", "")).status == PrintStatus::unresolved_any);
  CHECK(print_failure(with_any(kItemUrl, "\xff")).status == PrintStatus::malformed_any);
  // A Duration of 1s and -5ns: mixed signs.
  const json::PrintResult inner = print_failure(
      with_any("type.googleapis.com/google.protobuf.Duration", "\x08\x01\x10\xfb\xff\xff\xff\xff\xff\xff\xff\xff\x01"));
  CHECK(inner.status == PrintStatus::out_of_range);
  CHECK(inner.path == "any.value");
}

}  // namespace
}  // namespace protoforge
