// The text pieces under the JSON mapping: base64, shortest float text, Timestamp/Duration text, exact number
// text, FieldMask paths and JSON string escaping. Expected strings are what libprotobuf 3.21 writes.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "runtime/json/internal/field_mask.h"
#include "runtime/json/internal/number_text.h"
#include "runtime/json/internal/time_text.h"
#include "runtime/json/internal/writer.h"
#include "runtime/strings/base64.h"
#include "runtime/strings/float_text.h"

namespace protoforge {
namespace {

using json::internal::NumberError;
using json::internal::SecondsNanos;

std::string base64(std::string_view bytes) {
  std::string out;
  strings::append_base64(out, bytes);
  return out;
}

TEST_CASE("base64 writes the standard alphabet with padding") {
  CHECK(base64("") == "");
  CHECK(base64("\x01") == "AQ==");
  CHECK(base64("ab") == "YWI=");
  CHECK(base64("abc") == "YWJj");
  CHECK(base64(std::string("\x00\xff\xfe", 3)) == "AP/+");
}

TEST_CASE("base64 reads both alphabets, padded or not, and only canonical text") {
  struct Case { std::string_view text; bool ok; std::string_view bytes; };
  const Case cases[] = {
      {"AP/+", true, std::string_view("\x00\xff\xfe", 3)}, {"AP_-", true, std::string_view("\x00\xff\xfe", 3)},
      {"AQ==", true, "\x01"}, {"AQ", true, "\x01"}, {"YWI=", true, "ab"}, {"YWI", true, "ab"}, {"", true, ""},
      {"AQ=", false, ""},     // partial padding
      {"A", false, ""},       // a lone final character
      {"AR==", false, ""},    // unused bits set
      {"AP/", false, ""},     // unused bits set, unpadded
      {"AQ==AQ==", false, ""}, {"A Q==", false, ""}, {"AP/-", false, ""},  // mixed alphabets
      {"====", false, ""}, {"AQ\n", false, ""},
  };
  for (const Case& c : cases) {
    std::string out;
    CHECK_MESSAGE(strings::decode_base64(c.text, out) == c.ok, c.text);
    if (c.ok) CHECK(out == c.bytes);
  }
}

TEST_CASE("floats print as the shortest text that reads back, laid out as %g") {
  CHECK(strings::format_double_shortest(0.0) == "0");
  CHECK(strings::format_double_shortest(-0.0) == "-0");
  CHECK(strings::format_double_shortest(0.1) == "0.1");
  CHECK(strings::format_double_shortest(1e21) == "1e+21");
  CHECK(strings::format_double_shortest(1e-7) == "1e-07");
  CHECK(strings::format_double_shortest(1e15) == "1e+15");
  CHECK(strings::format_double_shortest(123456789012345.0) == "123456789012345");
  CHECK(strings::format_double_shortest(0.0001) == "0.0001");
  CHECK(strings::format_double_shortest(0.30000000000000004) == "0.30000000000000004");
  CHECK(strings::format_double_shortest(1.2345678901234568e20) == "1.2345678901234568e+20");
  CHECK(strings::format_double_shortest(5e-324) == "5e-324");  // libprotobuf: 4.94065645841247e-324
  CHECK(strings::format_double_shortest(std::numeric_limits<double>::max()) == "1.7976931348623157e+308");
  CHECK(strings::format_double_shortest(std::numeric_limits<double>::infinity()) == "inf");
  CHECK(strings::format_float_shortest(0.1f) == "0.1");
  CHECK(strings::format_float_shortest(1.5f) == "1.5");
  CHECK(strings::format_float_shortest(1e-45f) == "1e-45");
  CHECK(strings::format_float_shortest(16777216.0f) == "16777216");
  CHECK(strings::format_float_shortest(std::numeric_limits<float>::max()) == "3.4028235e+38");
}

std::string timestamp(int64_t seconds, int32_t nanos) {
  std::string out;
  if (!json::internal::append_timestamp(out, {seconds, nanos})) return "out of range";
  return out;
}

std::string duration(int64_t seconds, int32_t nanos) {
  std::string out;
  if (!json::internal::append_duration(out, {seconds, nanos})) return "out of range";
  return out;
}

TEST_CASE("Timestamps print in UTC with 0, 3, 6 or 9 fractional digits") {
  CHECK(timestamp(0, 0) == "1970-01-01T00:00:00Z");
  CHECK(timestamp(1, 10000000) == "1970-01-01T00:00:01.010Z");
  CHECK(timestamp(-1, 999999999) == "1969-12-31T23:59:59.999999999Z");
  CHECK(timestamp(0, 1000) == "1970-01-01T00:00:00.000001Z");
  CHECK(timestamp(0, 1) == "1970-01-01T00:00:00.000000001Z");
  CHECK(timestamp(951782400, 0) == "2000-02-29T00:00:00Z");
  CHECK(timestamp(-2208988800, 0) == "1900-01-01T00:00:00Z");
  CHECK(timestamp(json::internal::kMinTimestampSeconds, 0) == "0001-01-01T00:00:00Z");
  CHECK(timestamp(json::internal::kMaxTimestampSeconds, 999999999) == "9999-12-31T23:59:59.999999999Z");
  CHECK(timestamp(json::internal::kMaxTimestampSeconds + 1, 0) == "out of range");
  CHECK(timestamp(json::internal::kMinTimestampSeconds - 1, 0) == "out of range");
  CHECK(timestamp(0, -1) == "out of range");
  CHECK(timestamp(0, 1000000000) == "out of range");
}

TEST_CASE("Durations print signed seconds with the same digit rule") {
  CHECK(duration(0, 0) == "0s");
  CHECK(duration(5, 0) == "5s");
  CHECK(duration(1, 500000000) == "1.500s");
  CHECK(duration(-1, -500000000) == "-1.500s");
  CHECK(duration(0, -500000000) == "-0.500s");
  CHECK(duration(0, 1000) == "0.000001s");
  CHECK(duration(315576000000, 999999999) == "315576000000.999999999s");
  CHECK(duration(-315576000000, -999999999) == "-315576000000.999999999s");
  CHECK(duration(315576000001, 0) == "out of range");
  CHECK(duration(1, -5) == "out of range");  // mixed signs (libprotobuf 3.21 prints garbage)
  CHECK(duration(-1, 5) == "out of range");
  CHECK(duration(0, 1000000000) == "out of range");
}

TEST_CASE("Timestamp text: RFC 3339 with offsets, within 0001..9999") {
  struct Case { std::string_view text; bool ok; int64_t seconds; int32_t nanos; };
  const Case cases[] = {
      {"1970-01-01T00:00:00Z", true, 0, 0},
      {"1970-01-01T00:00:00.5Z", true, 0, 500000000},
      {"1970-01-01T00:00:00.123456789Z", true, 0, 123456789},
      {"1970-01-01T00:00:00+01:00", true, -3600, 0},
      {"1970-01-01T00:00:00-01:30", true, 5400, 0},
      {"1972-02-29T00:00:00Z", true, 68169600, 0},
      {"0001-01-01T00:00:00Z", true, -62135596800, 0},
      {"9999-12-31T23:59:59.999999999Z", true, 253402300799, 999999999},
      {"1970-01-01T00:00:00.1234567891Z", false, 0, 0},  // ten digits
      {"1970-01-01T00:00:00.Z", false, 0, 0},
      {"1970-01-01t00:00:00z", false, 0, 0},
      {"1970-01-01 00:00:00Z", false, 0, 0},
      {"1970-01-01T00:00:00", false, 0, 0},
      {"1970-1-01T00:00:00Z", false, 0, 0},
      {"0000-12-31T23:59:59Z", false, 0, 0},
      {"9999-12-31T23:59:59-01:00", false, 0, 0},  // past the end once the offset applies
      {"0001-01-01T00:30:00+01:00", false, 0, 0},
      {"1970-02-30T00:00:00Z", false, 0, 0},
      {"1900-02-29T00:00:00Z", false, 0, 0},
      {"1970-13-01T00:00:00Z", false, 0, 0},
      {"1970-01-01T24:00:00Z", false, 0, 0},
      {"1970-01-01T23:60:00Z", false, 0, 0},
      {"1970-01-01T23:59:60Z", false, 0, 0},
      {"1970-01-01T00:00:00+24:00", false, 0, 0},
      {"1970-01-01T00:00:00+0100", false, 0, 0},
      {"1970-01-01T00:00:00Zx", false, 0, 0},
      {"", false, 0, 0},
  };
  for (const Case& c : cases) {
    SecondsNanos t;
    CHECK_MESSAGE(json::internal::parse_timestamp(c.text, t) == c.ok, c.text);
    if (c.ok) {
      CHECK(t.seconds == c.seconds);
      CHECK(t.nanos == c.nanos);
    }
  }
}

TEST_CASE("Duration text: optional minus, up to nine fractional digits, an s, within 10,000 years") {
  struct Case { std::string_view text; bool ok; int64_t seconds; int32_t nanos; };
  const Case cases[] = {
      {"1s", true, 1, 0}, {"1.5s", true, 1, 500000000}, {"-1.5s", true, -1, -500000000},
      {"-0.5s", true, 0, -500000000}, {"0.000000001s", true, 0, 1}, {"-0s", true, 0, 0}, {"01s", true, 1, 0},
      {"315576000000.999999999s", true, 315576000000, 999999999},
      {"-315576000000.999999999s", true, -315576000000, -999999999},
      {"315576000001s", false, 0, 0}, {"99999999999999999999999s", false, 0, 0}, {"1.0000000001s", false, 0, 0},
      {"1", false, 0, 0}, {"1S", false, 0, 0}, {"1.s", false, 0, 0}, {".5s", false, 0, 0}, {"+1s", false, 0, 0},
      {" 1s", false, 0, 0}, {"1e2s", false, 0, 0}, {"s", false, 0, 0}, {"-s", false, 0, 0}, {"", false, 0, 0},
  };
  for (const Case& c : cases) {
    SecondsNanos d;
    CHECK_MESSAGE(json::internal::parse_duration(c.text, d) == c.ok, c.text);
    if (c.ok) {
      CHECK(d.seconds == c.seconds);
      CHECK(d.nanos == c.nanos);
    }
  }
}

TEST_CASE("integers come from any JSON number form whose value is whole and in range, exactly") {
  int64_t i = 0;
  uint64_t u = 0;
  using json::internal::parse_signed;
  using json::internal::parse_unsigned;
  CHECK(parse_signed("1e2", INT32_MIN, INT32_MAX, i) == NumberError::none);
  CHECK(i == 100);
  CHECK(parse_signed("100e-2", INT32_MIN, INT32_MAX, i) == NumberError::none);
  CHECK(i == 1);
  CHECK(parse_signed("-0", INT32_MIN, INT32_MAX, i) == NumberError::none);
  CHECK(i == 0);
  CHECK(parse_signed("9.007199254740993e15", INT64_MIN, INT64_MAX, i) == NumberError::none);
  CHECK(i == 9007199254740993);  // not rounded through a double
  CHECK(parse_signed("-9223372036854775808", INT64_MIN, INT64_MAX, i) == NumberError::none);
  CHECK(i == INT64_MIN);
  CHECK(parse_signed("9223372036854775808", INT64_MIN, INT64_MAX, i) == NumberError::out_of_range);
  CHECK(parse_signed("2147483648", INT32_MIN, INT32_MAX, i) == NumberError::out_of_range);
  CHECK(parse_signed("-2147483649", INT32_MIN, INT32_MAX, i) == NumberError::out_of_range);
  CHECK(parse_signed("1.5", INT32_MIN, INT32_MAX, i) == NumberError::not_integer);
  CHECK(parse_signed("1e-1", INT32_MIN, INT32_MAX, i) == NumberError::not_integer);
  CHECK(parse_signed("1e999999999999999999999", INT32_MIN, INT32_MAX, i) == NumberError::out_of_range);
  CHECK(parse_signed("0e999999999999999999999", INT32_MIN, INT32_MAX, i) == NumberError::none);
  CHECK(parse_unsigned("18446744073709551615", UINT64_MAX, u) == NumberError::none);
  CHECK(u == UINT64_MAX);
  CHECK(parse_unsigned("1.8446744073709551615e19", UINT64_MAX, u) == NumberError::none);
  CHECK(u == UINT64_MAX);
  CHECK(parse_unsigned("18446744073709551616", UINT64_MAX, u) == NumberError::out_of_range);
  CHECK(parse_unsigned("-1", UINT64_MAX, u) == NumberError::out_of_range);
  CHECK(parse_unsigned("-0", UINT32_MAX, u) == NumberError::none);
  for (std::string_view bad : {"", "-", "01", "1.", ".5", "+1", "1e", "1e+", "0x10", " 1", "1 ", "NaN", "--1"}) {
    CHECK_MESSAGE(parse_signed(bad, INT64_MIN, INT64_MAX, i) == NumberError::syntax, bad);
  }
}

TEST_CASE("floating-point numbers round once from the decimal text; underflow is zero, overflow an error") {
  double d = 0;
  float f = 0;
  CHECK(json::internal::parse_double("0.1", d) == NumberError::none);
  CHECK(d == 0.1);
  CHECK(json::internal::parse_double("5e-324", d) == NumberError::none);
  CHECK(d == std::numeric_limits<double>::denorm_min());
  CHECK(json::internal::parse_double("-1e-400", d) == NumberError::none);
  CHECK((d == 0 && std::signbit(d)));
  CHECK(json::internal::parse_double("1e309", d) == NumberError::out_of_range);
  CHECK(json::internal::parse_double("1.7976931348623157e308", d) == NumberError::none);
  CHECK(json::internal::parse_float("3.4028235e38", f) == NumberError::none);  // rounds to FLT_MAX
  CHECK(f == std::numeric_limits<float>::max());
  CHECK(json::internal::parse_float("3.4028236e38", f) == NumberError::out_of_range);
  CHECK(json::internal::parse_float("1e-50", f) == NumberError::none);
  CHECK(f == 0);
  CHECK(json::internal::parse_float("16777217", f) == NumberError::none);
  CHECK(f == 16777216.0f);
  CHECK(json::internal::parse_double("1.", d) == NumberError::syntax);
}

TEST_CASE("FieldMask paths convert between snake_case and lowerCamel; non-round-tripping paths are flagged") {
  std::string out;
  CHECK(json::internal::append_camel_path(out, "user.display_name"));
  CHECK(out == "user.displayName");
  for (std::string_view bad : {"fooBar", "foo__bar", "foo_3", "a_"}) {
    std::string ignored;
    CHECK_FALSE_MESSAGE(json::internal::append_camel_path(ignored, bad), bad);
  }
  out.clear();
  json::internal::append_snake_path(out, "user.displayName");
  CHECK(out == "user.display_name");
}

std::string escaped(std::string_view text) {
  std::string out;
  if (!json::internal::append_escaped(out, text)) return "invalid";
  return out;
}

TEST_CASE("strings are escaped as libprotobuf 3.21 escapes them") {
  CHECK(escaped("plain é 😀") == "plain é 😀");
  CHECK(escaped("\"\\/") == "\\\"\\\\/");
  CHECK(escaped("\b\f\n\r\t") == "\\b\\f\\n\\r\\t");
  CHECK(escaped(std::string("\x00\x1f", 2)) == "\\u0000\\u001f");
  CHECK(escaped("<a>&") == "\\u003ca\\u003e&");
  CHECK(escaped("\x7f") == "\\u007f");
  CHECK(escaped("\xc2\x80\xc2\x9f\xc2\xa0") == "\\u0080\\u009f\xc2\xa0");
  CHECK(escaped("\xc2\xad") == "\\u00ad");                      // soft hyphen
  CHECK(escaped("\xe2\x80\xa8\xe2\x80\xa9") == "\\u2028\\u2029");  // line and paragraph separators
  CHECK(escaped("\xef\xbb\xbf") == "\\ufeff");
  CHECK(escaped("\xf0\x9d\x85\xb3") == "\\ud834\\udd73");  // U+1D173, as a surrogate pair
  CHECK(escaped("\xf3\xa0\x80\x81") == "\\udb40\\udc01");  // U+E0001
  CHECK(escaped("\xc3\x28") == "invalid");
  CHECK(escaped("\xed\xa0\x80") == "invalid");  // an encoded surrogate
}

}  // namespace
}  // namespace protoforge
