// libprotobuf 3.21's SimpleDtoa / SimpleFtoa: printf's %g with DBL_DIG (15) or FLT_DIG (6) significant digits,
// widened to 17 or 9 when that text does not read back as the same value. protoc 3.21 prints floating-point
// numbers this way in text format (--decode) and in descriptor default values; it is not the shortest round-trip
// form (see float_text.h for that): 0.1f prints as "0.1", 123456.7f as "123456.703", 1e-45f as "1.40129846e-45".
#pragma once

#include <string>

namespace protoforge::strings {

// Non-finite values come out as "inf", "-inf" and "nan" (whatever the NaN's sign); negative zero as "-0".
std::string simple_dtoa(double value);
std::string simple_ftoa(float value);

}  // namespace protoforge::strings
