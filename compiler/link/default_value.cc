#include "compiler/link/default_value.h"

#include <cfloat>
#include <cmath>
#include <charconv>
#include <cstdlib>
#include <limits>

#include "runtime/strings/escape.h"

namespace protoforge::link {

namespace {

using descriptor::FieldType;
using Kind = ast::OptionValue::Kind;

std::optional<std::string> special_float_text(double value) {
  if (std::isnan(value)) return "nan";
  if (value == std::numeric_limits<double>::infinity()) return "inf";
  if (value == -std::numeric_limits<double>::infinity()) return "-inf";
  return std::nullopt;
}

// The position protoc blames for a number after a '-': the number token itself.
source::Span number_token(const ast::OptionValue& value, const source::SourceFile& source) {
  source::Span span = value.span;
  if (!value.negative) return span;
  const std::string_view text = source.text();
  uint32_t at = span.begin;
  if (at < text.size() && text[at] == '-') ++at;
  while (at < span.end && at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\n' ||
                                              text[at] == '\r' || text[at] == '\f' || text[at] == '\v')) {
    ++at;
  }
  return {at, span.end};
}

std::optional<std::string> integer_default(FieldType type, const ast::OptionValue& value, Reporter& reporter) {
  const bool is_signed = type == FieldType::int32 || type == FieldType::int64 || type == FieldType::sint32 ||
                         type == FieldType::sint64 || type == FieldType::sfixed32 || type == FieldType::sfixed64;
  const bool is_32 = type == FieldType::int32 || type == FieldType::sint32 || type == FieldType::sfixed32 ||
                     type == FieldType::uint32 || type == FieldType::fixed32;
  uint64_t max_value = is_signed ? (is_32 ? INT32_MAX : INT64_MAX) : (is_32 ? UINT32_MAX : UINT64_MAX);
  if (value.negative) {
    if (is_signed) {
      ++max_value;  // two's complement has one more negative value
    } else {
      reporter.error(number_token(value, reporter.source()), "Unsigned field can't have negative default value.");
    }
  }
  if (value.kind != Kind::integer) {
    reporter.error(number_token(value, reporter.source()), "Expected integer for field default value.");
    return std::nullopt;
  }
  if (value.overflow || value.unsigned_value > max_value) {
    reporter.error(number_token(value, reporter.source()), "Integer out of range.");
    return std::nullopt;
  }
  // CopyTo prints the parsed integer, so "-0" comes back as "0".
  if (value.negative && is_signed) {
    if (value.unsigned_value == 0) return std::string("0");
    return "-" + std::to_string(value.unsigned_value);
  }
  return std::to_string(value.unsigned_value);
}

std::optional<double> number_value(const ast::OptionValue& value) {
  switch (value.kind) {
    case Kind::floating: return value.float_value;
    case Kind::integer: return static_cast<double>(value.unsigned_value);
    case Kind::identifier:
      if (value.text == "inf") return std::numeric_limits<double>::infinity();
      if (value.text == "nan") return std::numeric_limits<double>::quiet_NaN();
      return std::nullopt;
    default: return std::nullopt;
  }
}

std::optional<std::string> floating_default(FieldType type, const ast::OptionValue& value, Reporter& reporter,
                                            FloatStyle style) {
  std::optional<double> magnitude = number_value(value);
  if (!magnitude) {
    reporter.error(number_token(value, reporter.source()), "Expected number.");
    return std::nullopt;
  }
  if (value.kind == Kind::integer && value.overflow) {
    reporter.error(number_token(value, reporter.source()), "Integer out of range.");
  }
  // protoc's parser writes "-" + SimpleDtoa(magnitude); the builder parses that back (as float for float fields)
  // and CopyTo prints it again. Reproducing the round trip keeps every corner (e.g. -nan -> nan) identical.
  std::string parser_text = (value.negative ? "-" : "") + simple_dtoa(*magnitude);
  double parsed = 0;
  if (parser_text == "inf") parsed = std::numeric_limits<double>::infinity();
  else if (parser_text == "-inf") parsed = -std::numeric_limits<double>::infinity();
  else if (parser_text == "nan") parsed = std::numeric_limits<double>::quiet_NaN();
  else parsed = std::strtod(parser_text.c_str(), nullptr);
  if (type == FieldType::double_) return style == FloatStyle::buf ? go_format_shortest(parsed) : simple_dtoa(parsed);
  float narrowed = 0;
  if (parsed > FLT_MAX) narrowed = std::numeric_limits<float>::infinity();
  else if (parsed < -FLT_MAX) narrowed = -std::numeric_limits<float>::infinity();
  else narrowed = static_cast<float>(parsed);
  return style == FloatStyle::buf ? go_format_shortest(narrowed) : simple_ftoa(narrowed);
}

}  // namespace

std::string go_format_shortest(double value) {
  if (auto special = special_float_text(value)) return *special;
  char buffer[64];
  // Shortest round-trip digits in scientific form: [-]d[.ddd]e(+|-)xx
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
  std::string_view text(buffer, static_cast<size_t>(result.ptr - buffer));
  const bool negative = !text.empty() && text[0] == '-';
  if (negative) text.remove_prefix(1);
  const size_t e = text.find('e');
  std::string digits;
  for (char c : text.substr(0, e)) {
    if (c != '.') digits.push_back(c);
  }
  const int exponent = std::atoi(std::string(text.substr(e + 1)).c_str());
  std::string out = negative ? "-" : "";
  if (exponent < -4 || exponent >= 6) {
    out += digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    out += exponent < 0 ? "e-" : "e+";
    const int magnitude = exponent < 0 ? -exponent : exponent;
    if (magnitude < 10) out += "0";
    out += std::to_string(magnitude);
  } else if (exponent < 0) {
    out += "0." + std::string(static_cast<size_t>(-exponent - 1), '0') + digits;
  } else {
    const size_t integer_digits = static_cast<size_t>(exponent) + 1;
    if (digits.size() <= integer_digits) {
      out += digits + std::string(integer_digits - digits.size(), '0');
    } else {
      out += digits.substr(0, integer_digits) + "." + digits.substr(integer_digits);
    }
  }
  return out;
}

std::optional<std::string> convert_scalar_default(FieldType type, const ast::OptionValue& value, Reporter& reporter,
                                                  FloatStyle style) {
  switch (type) {
    case FieldType::double_:
    case FieldType::float_:
      return floating_default(type, value, reporter, style);
    case FieldType::bool_:
      if (value.kind == Kind::identifier && !value.negative && (value.text == "true" || value.text == "false")) {
        return value.text;
      }
      reporter.error(value.span, "Expected \"true\" or \"false\".");
      return std::nullopt;
    case FieldType::string:
      if (value.kind == Kind::string && !value.negative) return value.string_value;
      reporter.error(value.span, "Expected string for field default value.");
      return std::nullopt;
    case FieldType::bytes:
      if (value.kind == Kind::string && !value.negative) return strings::c_escape(value.string_value);
      reporter.error(value.span, "Expected string.");
      return std::nullopt;
    case FieldType::group:
    case FieldType::message:
      reporter.error(value.span, "Messages can't have default values.");
      return std::nullopt;
    case FieldType::enum_:
      return raw_named_default(value, reporter.source());
    default:
      return integer_default(type, value, reporter);
  }
}

std::string raw_named_default(const ast::OptionValue& value, const source::SourceFile& source) {
  if (!value.text.empty()) return value.text;  // the parser keeps the raw token here for named types
  if (value.negative) return "-";  // protoc keeps only the first token
  return std::string(source.slice(value.span));
}

}  // namespace protoforge::link
