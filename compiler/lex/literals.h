// Values of literal tokens, decoded as protoc's Tokenizer::ParseInteger / ParseFloat / ParseStringAppend do.
// The inputs are token texts the lexer produced (possibly ones it reported errors for: decoding never fails hard).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace protoforge::lex {

// Parses an integer token (decimal, 0x hex, 0 octal). False if a digit is invalid for the base or the value
// exceeds `max_value`; `*output` is then left unchanged.
bool parse_integer(std::string_view text, uint64_t max_value, uint64_t* output);

// Parses a float token ("1.5", ".5", "5.", "1e5", also error tokens such as "1e").
double parse_float(std::string_view text);

// Appends the bytes of a string token (quotes included in `text`) to `output`, decoding escapes;
// \u and \U escapes become UTF-8 (surrogate pairs combined, as protoc does).
void append_string_literal(std::string_view text, std::string* output);

}  // namespace protoforge::lex
