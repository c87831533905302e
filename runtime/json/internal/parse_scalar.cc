// Parsing scalars: numbers (from JSON numbers or strings, exactly), bools, enums by name or number, strings and
// base64 bytes, and map keys (which JSON always writes as strings).
#include <cmath>
#include <limits>

#include "runtime/json/internal/number_text.h"
#include "runtime/json/internal/parser.h"
#include "runtime/strings/base64.h"
#include "runtime/strings/utf8.h"

namespace protoforge::json::internal {

using schema::Kind;

namespace {

bool is_json_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// -?[0-9]+ (leading zeros are left to the number grammar to reject)
bool is_integer_literal(std::string_view text) {
  if (!text.empty() && text.front() == '-') text.remove_prefix(1);
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

std::string describe_number_error(NumberError error, std::string_view text, const Field& f) {
  const std::string quoted = "\"" + std::string(text) + "\"";
  switch (error) {
    case NumberError::not_integer: return std::string(text) + " is not an integer";
    case NumberError::out_of_range: return std::string(text) + " is out of range for " + std::string(to_string(f.kind));
    default: return quoted + " is not a number";
  }
}

// Integers of `kind`: the range it holds and how the Scalar stores it.
NumberError parse_integer(std::string_view text, Kind kind, Scalar& out) {
  int64_t i = 0;
  uint64_t u = 0;
  NumberError error;
  switch (kind) {
    case Kind::uint32: case Kind::fixed32:
      error = parse_unsigned(text, UINT32_MAX, u);
      out = Scalar::of_uint(u);
      return error;
    case Kind::uint64: case Kind::fixed64:
      error = parse_unsigned(text, UINT64_MAX, u);
      out = Scalar::of_uint(u);
      return error;
    case Kind::int64: case Kind::sint64: case Kind::sfixed64:
      error = parse_signed(text, INT64_MIN, INT64_MAX, i);
      break;
    default:  // int32, sint32, sfixed32, enum
      error = parse_signed(text, INT32_MIN, INT32_MAX, i);
      break;
  }
  out = Scalar::of_int(i);
  return error;
}

// Doubles and floats, with the spellings JSON strings may use for the values JSON numbers cannot hold.
NumberError parse_floating(std::string_view text, bool quoted, Kind kind, Scalar& out) {
  double d = 0;
  if (quoted && text == "NaN") d = std::numeric_limits<double>::quiet_NaN();
  else if (quoted && text == "Infinity") d = std::numeric_limits<double>::infinity();
  else if (quoted && text == "-Infinity") d = -std::numeric_limits<double>::infinity();
  else if (kind == Kind::float_) {
    float f = 0;
    const NumberError error = parse_float(text, f);
    out = Scalar::of_float(f);
    return error;
  } else if (const NumberError error = parse_double(text, d); error != NumberError::none) {
    return error;
  }
  out = kind == Kind::float_ ? Scalar::of_float(static_cast<float>(d)) : Scalar::of_double(d);
  return NumberError::none;
}

}  // namespace

std::string_view Parser::token(od::value& v) {
  std::string_view t = v.raw_json_token();
  while (!t.empty() && is_json_space(t.back())) t.remove_suffix(1);
  return t;
}

Parser::Outcome Parser::scalar(od::value& v, const Field& f, Scalar& out) {
  if (f.kind == Kind::enum_) return enum_value(v, f, out);
  const bool ok = f.kind == Kind::bool_ ? boolean(v, f, out) : number(v, f, out);
  return ok ? Outcome::ok : Outcome::failed;
}

bool Parser::number(od::value& v, const Field& f, Scalar& out) {
  const char* at = position(v);
  od::json_type type;
  if (!type_of(v, type)) return false;
  if (type == od::json_type::number) return number_text(token(v), f, at, false, out);
  if (type == od::json_type::string) {
    std::string_view s;
    return string(v, s) && number_text(s, f, at, true, out);
  }
  return fail(ParseStatus::wrong_type, at, "expected a number for " + std::string(to_string(f.kind)) + " field");
}

bool Parser::number_text(std::string_view text, const Field& f, const char* at, bool quoted, Scalar& out) {
  const bool floating = f.kind == Kind::float_ || f.kind == Kind::double_;
  // Integers in strings (values and map keys) are plain integer literals, as libprotobuf reads them: "12" and
  // "-0" but not "1e2" or "1.0", which only JSON numbers may use.
  const bool literal = floating || !quoted || is_integer_literal(text);
  const NumberError error = !literal ? NumberError::syntax
                            : floating ? parse_floating(text, quoted, f.kind, out)
                                       : parse_integer(text, f.kind, out);
  if (error == NumberError::none) return true;
  // A JSON number token that is not in JSON's grammar ("01", "1.") is malformed JSON, not a bad value.
  const ParseStatus status = error == NumberError::syntax && !quoted ? ParseStatus::syntax_error : ParseStatus::invalid_value;
  return fail(status, at, describe_number_error(error, text, f));
}

bool Parser::boolean(od::value& v, const Field& f, Scalar& out) {
  const char* at = position(v);
  od::json_type type;
  if (!type_of(v, type)) return false;
  if (type == od::json_type::boolean) {
    bool b;
    if (auto e = v.get_bool().get(b)) return fail(e, at);
    out = Scalar::of_bool(b);
    return true;
  }
  if (type != od::json_type::string) return fail(ParseStatus::wrong_type, at, "expected true or false");
  std::string_view s;
  if (!string(v, s)) return false;
  if (s != "true" && s != "false") return fail(ParseStatus::invalid_value, at, "\"" + std::string(s) + "\" is not a bool");
  out = Scalar::of_bool(s == "true");
  return true;
}

Parser::Outcome Parser::unknown_enum(const char* at, std::string message) {
  if (options_.ignore_unknown_fields) return Outcome::skipped;
  fail(ParseStatus::unknown_enum_value, at, std::move(message));
  return Outcome::failed;
}

Parser::Outcome Parser::enum_value(od::value& v, const Field& f, Scalar& out) {
  const char* at = position(v);
  const schema::EnumType& type = *f.enum_type;
  od::json_type json_type;
  if (!type_of(v, json_type)) return Outcome::failed;
  if (json_type == od::json_type::null && type.well_known == schema::WellKnown::null_value) {
    out = Scalar::of_int(0);
    return Outcome::ok;
  }
  if (json_type == od::json_type::string) {
    std::string_view name;
    if (!string(v, name)) return Outcome::failed;
    const schema::EnumValue* value = type.find(name);
    if (value == nullptr) return unknown_enum(at, type.full_name + " has no value named " + std::string(name));
    out = Scalar::of_int(value->number);
    return Outcome::ok;
  }
  if (json_type != od::json_type::number) {
    fail(ParseStatus::wrong_type, at, "expected a name or number of enum " + type.full_name);
    return Outcome::failed;
  }
  if (!number_text(token(v), f, at, false, out)) return Outcome::failed;
  if (type.closed && type.find(out.as_int32()) == nullptr) {
    return unknown_enum(at, "closed enum " + type.full_name + " has no value " + std::to_string(out.as_int32()));
  }
  return Outcome::ok;
}

bool Parser::string(od::value& v, std::string_view& out) {
  const char* at = position(v);
  if (auto e = v.get_string().get(out)) return fail(e, at);
  if (strings::is_valid_utf8(out)) return true;
  return fail(ParseStatus::invalid_utf8, at, "string escapes do not form valid UTF-8");
}

bool Parser::text(od::value& v, const Field& f, std::string& out) {
  const char* at = position(v);
  const bool bytes = f.kind == Kind::bytes;
  if (!expect(v, od::json_type::string, bytes ? "a base64 string" : "a string")) return false;
  std::string_view s;
  if (!string(v, s)) return false;
  if (!bytes) {
    out.assign(s);
    return true;
  }
  if (strings::decode_base64(s, out)) return true;
  return fail(ParseStatus::invalid_value, at, "\"" + std::string(s) + "\" is not valid base64");
}

bool Parser::map_key(std::string_view key, const char* at, const Field& key_field, Message& entry) {
  if (key_field.kind == Kind::string) {
    if (!strings::is_valid_utf8(key)) return fail(ParseStatus::invalid_utf8, at, "map key is not valid UTF-8");
    entry.set_string(key_field, std::string(key));
    return true;
  }
  Scalar s;
  if (key_field.kind == Kind::bool_) {
    if (key != "true" && key != "false") return fail(ParseStatus::invalid_value, at, "map key must be true or false");
    s = Scalar::of_bool(key == "true");
  } else if (!number_text(key, key_field, at, true, s)) {
    return false;
  }
  entry.set_scalar(key_field, s);
  return true;
}

}  // namespace protoforge::json::internal
