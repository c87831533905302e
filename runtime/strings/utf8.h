// UTF-8 validation as protobuf applies it to string fields: well-formed sequences only (no overlongs, no
// surrogates, nothing above U+10FFFF).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace protoforge::strings {

bool is_valid_utf8(std::string_view text);
// Appends the UTF-8 encoding of `code_point` (precondition: a valid scalar value, not a surrogate).
void append_utf8(std::string& out, uint32_t code_point);

}  // namespace protoforge::strings
