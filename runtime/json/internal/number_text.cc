#include "runtime/json/internal/number_text.h"

#include <charconv>
#include <cmath>
#include <string>

namespace protoforge::json::internal {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A number's decimal parts: the value is (-1 if negative) * digits * 10^exponent, with `digits` free of leading and
// trailing zeros (empty for zero). Exponents are clamped far beyond any representable value, so huge ones cannot
// overflow.
struct Decimal {
  bool negative = false;
  std::string digits;
  int64_t exponent = 0;
};

constexpr int64_t kExponentClamp = 100000;

bool scan(std::string_view text, Decimal& d) {
  size_t i = 0;
  d.negative = i < text.size() && text[i] == '-';
  if (d.negative) ++i;
  if (i >= text.size() || !is_digit(text[i])) return false;
  if (text[i] == '0' && i + 1 < text.size() && is_digit(text[i + 1])) return false;  // no leading zeros
  for (; i < text.size() && is_digit(text[i]); ++i) d.digits.push_back(text[i]);
  if (i < text.size() && text[i] == '.') {
    if (++i >= text.size() || !is_digit(text[i])) return false;
    for (; i < text.size() && is_digit(text[i]); ++i, --d.exponent) d.digits.push_back(text[i]);
  }
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    const bool negative_exponent = i < text.size() && text[i] == '-';
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    if (i >= text.size() || !is_digit(text[i])) return false;
    int64_t e = 0;
    for (; i < text.size() && is_digit(text[i]); ++i) e = std::min(e * 10 + (text[i] - '0'), kExponentClamp);
    d.exponent += negative_exponent ? -e : e;
  }
  if (i != text.size()) return false;
  const size_t first = d.digits.find_first_not_of('0');
  if (first == std::string::npos) {
    d.digits.clear();
    d.exponent = 0;
    return true;
  }
  const size_t last = d.digits.find_last_not_of('0');
  d.exponent += static_cast<int64_t>(d.digits.size() - 1 - last);
  d.digits = d.digits.substr(first, last + 1 - first);
  return true;
}

// The magnitude of a whole number, or an error.
NumberError magnitude(std::string_view text, Decimal& d, uint64_t& out) {
  if (!scan(text, d)) return NumberError::syntax;
  if (d.exponent < 0) return NumberError::not_integer;
  if (static_cast<int64_t>(d.digits.size()) + d.exponent > 20) return NumberError::out_of_range;
  uint64_t v = 0;
  for (int64_t i = 0; i < static_cast<int64_t>(d.digits.size()) + d.exponent; ++i) {
    const uint64_t digit = i < static_cast<int64_t>(d.digits.size()) ? static_cast<uint64_t>(d.digits[i] - '0') : 0;
    if (v > (UINT64_MAX - digit) / 10) return NumberError::out_of_range;
    v = v * 10 + digit;
  }
  out = v;
  return NumberError::none;
}

template <typename T>
NumberError parse_floating(std::string_view text, T& out) {
  Decimal d;
  if (!scan(text, d)) return NumberError::syntax;
  T value{};
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  // Out of range either way: below the smallest subnormal (the value is under 1) reads as zero.
  const int64_t decimal_magnitude = static_cast<int64_t>(d.digits.size()) + d.exponent;
  if (ec == std::errc::result_out_of_range && decimal_magnitude <= 0) {
    out = d.negative ? -T(0) : T(0);
    return NumberError::none;
  }
  if (ec != std::errc() || end != text.data() + text.size()) {
    return ec == std::errc::result_out_of_range ? NumberError::out_of_range : NumberError::syntax;
  }
  if (std::isinf(value)) return NumberError::out_of_range;
  out = value;
  return NumberError::none;
}

}  // namespace

bool is_json_number(std::string_view text) {
  Decimal d;
  return scan(text, d);
}

NumberError parse_signed(std::string_view text, int64_t min, int64_t max, int64_t& out) {
  Decimal d;
  uint64_t m = 0;
  if (const NumberError e = magnitude(text, d, m); e != NumberError::none) return e;
  if (d.negative) {
    if (m > static_cast<uint64_t>(-(min + 1)) + 1) return NumberError::out_of_range;
    out = m == 0 ? 0 : -static_cast<int64_t>(m - 1) - 1;
  } else {
    if (m > static_cast<uint64_t>(max)) return NumberError::out_of_range;
    out = static_cast<int64_t>(m);
  }
  return NumberError::none;
}

NumberError parse_unsigned(std::string_view text, uint64_t max, uint64_t& out) {
  Decimal d;
  uint64_t m = 0;
  if (const NumberError e = magnitude(text, d, m); e != NumberError::none) return e;
  if ((d.negative && m != 0) || m > max) return NumberError::out_of_range;
  out = m;
  return NumberError::none;
}

NumberError parse_double(std::string_view text, double& out) { return parse_floating(text, out); }
NumberError parse_float(std::string_view text, float& out) { return parse_floating(text, out); }

}  // namespace protoforge::json::internal
