// Values of literal tokens, decoded as protoc's Tokenizer::ParseInteger / ParseFloat / ParseStringAppend do. Text
// format and the .proto language share these rules, so the text tokenizer and the compiler's lexer both use them.
// The inputs are token texts a tokenizer produced (possibly ones it reported errors for: decoding never fails hard).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace protoforge::text {

// Parses an integer token (decimal, 0x hex, 0 octal). False if a digit is invalid for the base or the value
// exceeds `max_value`; `*output` is then left unchanged.
bool parse_integer(std::string_view text, uint64_t max_value, uint64_t* output);

// Parses a float token ("1.5", ".5", "5.", "1e5", text format's "1.5f", also error tokens such as "1e").
double parse_float(std::string_view text);

// Narrows a parsed value for a float field as protoc's text parser does: round to nearest, except that values
// beyond FLT_MAX up to the halfway point to the next power of two (inclusive) stay FLT_MAX.
float double_to_float(double value);

// Appends the bytes of a string token (quotes included in `text`) to `output`, decoding escapes;
// \u and \U escapes become UTF-8 (surrogate pairs combined, as protoc does).
void append_string_literal(std::string_view text, std::string* output);

}  // namespace protoforge::text
