// Fast scans shared by the lexer and the comment collector.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace protoforge::lex {

// Where a line comment's text starting at `from` ends: the first '\n' or NUL byte (protoc stops at both), or the
// end of the text. memchr is much faster than a byte loop, and most of a typical .proto file is comments.
inline uint32_t line_comment_end(std::string_view text, uint32_t from, uint32_t to) {
  const char* base = text.data();
  const auto* newline = static_cast<const char*>(std::memchr(base + from, '\n', to - from));
  const uint32_t end = newline != nullptr ? static_cast<uint32_t>(newline - base) : to;
  const auto* nul = static_cast<const char*>(std::memchr(base + from, '\0', end - from));
  return nul != nullptr ? static_cast<uint32_t>(nul - base) : end;
}

inline uint32_t line_comment_end(std::string_view text, uint32_t from) {
  return line_comment_end(text, from, static_cast<uint32_t>(text.size()));
}

}  // namespace protoforge::lex
