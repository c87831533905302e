#include "runtime/strings/float_text.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace protoforge::strings {

namespace {

// Lays out the shortest scientific form that std::to_chars gave ("-1.2345e+20") as %g would with `precision`
// significant digits, where `precision` is `short_precision` when the digits fit it and `long_precision` if not.
std::string layout_like_g(std::string_view scientific, int short_precision, int long_precision) {
  std::string out;
  if (scientific.front() == '-') {
    out.push_back('-');
    scientific.remove_prefix(1);
  }
  const size_t e = scientific.find('e');
  std::string digits;
  for (const char c : scientific.substr(0, e)) {
    if (c != '.') digits.push_back(c);
  }
  const int exponent = std::atoi(std::string(scientific.substr(e + 1)).c_str());
  const int count = static_cast<int>(digits.size());
  const int precision = count <= short_precision ? short_precision : long_precision;
  if (exponent < -4 || exponent >= precision) {
    out.push_back(digits[0]);
    if (count > 1) out.append(".").append(digits, 1);
    out.push_back('e');
    out.push_back(exponent < 0 ? '-' : '+');
    const int magnitude = std::abs(exponent);
    if (magnitude < 10) out.push_back('0');
    out += std::to_string(magnitude);
  } else if (exponent < 0) {
    out.append("0.").append(static_cast<size_t>(-exponent - 1), '0').append(digits);
  } else if (count <= exponent + 1) {
    out.append(digits).append(static_cast<size_t>(exponent + 1 - count), '0');
  } else {
    out.append(digits, 0, static_cast<size_t>(exponent + 1)).append(".").append(digits, static_cast<size_t>(exponent + 1));
  }
  return out;
}

template <typename T>
std::string format_shortest(T value, int short_precision, int long_precision) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
  return layout_like_g(std::string_view(buffer, static_cast<size_t>(result.ptr - buffer)), short_precision,
                       long_precision);
}

}  // namespace

std::string format_double_shortest(double value) { return format_shortest(value, 15, 17); }
std::string format_float_shortest(float value) { return format_shortest(value, 6, 9); }

}  // namespace protoforge::strings
