// JSON number text to protobuf numbers, exactly: integers from any JSON number form whose value is a whole number
// in range ("1e2" and "100.0" are 100; "1.5" is not an integer; "9007199254740993" stays exact), floats and
// doubles correctly rounded from the decimal text (std::from_chars), with overflow an error and underflow zero.
// The same rules serve numbers written as JSON strings ("\"12\"").
#pragma once

#include <cstdint>
#include <string_view>

namespace protoforge::json::internal {

enum class NumberError : uint8_t { none, syntax, not_integer, out_of_range };

// Whether `text` is exactly one number in JSON's grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool is_json_number(std::string_view text);

// The value of `text` (JSON grammar) if it is a whole number within [min, max].
NumberError parse_signed(std::string_view text, int64_t min, int64_t max, int64_t& out);
NumberError parse_unsigned(std::string_view text, uint64_t max, uint64_t& out);

// The nearest double or float to `text` (JSON grammar). Values too small to represent read as zero of the same
// sign; values too large are out_of_range.
NumberError parse_double(std::string_view text, double& out);
NumberError parse_float(std::string_view text, float& out);

}  // namespace protoforge::json::internal
