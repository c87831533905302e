// C-style escaping as protobuf uses it for bytes defaults in descriptors and for strings in text format:
// \n \r \t \" \' \\ by name, every other byte below 0x20 or from 0x7f up as a three-digit octal escape.
#pragma once

#include <string>
#include <string_view>

namespace protoforge::strings {

// Appends the escaped form of `bytes` to `out` (protoc's CEscape).
void append_c_escaped(std::string& out, std::string_view bytes);
std::string c_escape(std::string_view bytes);

// Undoes C-style escapes: \a \b \f \n \r \t \v \\ \' \" \? , octal \NNN (1-3 digits), hex \xHH (1-2 digits),
// \uXXXX and \UXXXXXXXX (as UTF-8). Returns false on a malformed escape, with `error` saying which.
bool c_unescape(std::string_view text, std::string& out, std::string* error = nullptr);

}  // namespace protoforge::strings
