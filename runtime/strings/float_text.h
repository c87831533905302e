// Floating-point numbers as the shortest decimal text that reads back as the same value, for the text and JSON
// printers. The digits are the fewest that round-trip (std::to_chars); the layout is printf's %g, which is what
// libprotobuf's SimpleDtoa/SimpleFtoa produce: fixed notation for exponents from -4 up to below 15 (double) or
// 6 (float) when the digits fit that precision, 17 or 9 otherwise; scientific with a signed two-digit exponent
// beyond ("1e+21", "1e-07"). So 0.1 is "0.1", 1e21 is "1e+21", 0.1f is "0.1" and the output matches libprotobuf's
// whenever its digits are also the shortest.
#pragma once

#include <string>

namespace protoforge::strings {

// Non-finite values come out as "inf", "-inf" and "nan"; negative zero as "-0".
std::string format_double_shortest(double value);
std::string format_float_shortest(float value);

}  // namespace protoforge::strings
