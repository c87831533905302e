#include "runtime/strings/simple_float.h"

#include <cerrno>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace protoforge::strings {

namespace {

// printf's %g honours the C locale's radix, which is '.' unless someone called setlocale; protoc "delocalizes"
// the same way, so replacing any other radix character keeps the output identical.
std::string format_g(int precision, double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*g", precision, value);
  std::string out(buffer);
  for (char& c : out) {
    if (c == ',') c = '.';
  }
  return out;
}

const char* special_text(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
  return nullptr;
}

}  // namespace

std::string simple_dtoa(double value) {
  if (const char* special = special_text(value)) return special;
  std::string text = format_g(DBL_DIG, value);
  if (std::strtod(text.c_str(), nullptr) != value) text = format_g(DBL_DIG + 2, value);
  return text;
}

std::string simple_ftoa(float value) {
  if (const char* special = special_text(value)) return special;
  std::string text = format_g(FLT_DIG, value);
  // protoc's safe_strtof also fails when strtof reports ERANGE (as it does for subnormal results), which
  // widens the output just like a failed round trip.
  errno = 0;
  const float parsed = std::strtof(text.c_str(), nullptr);
  if (errno != 0 || parsed != value) text = format_g(FLT_DIG + 3, value);
  return text;
}

}  // namespace protoforge::strings
