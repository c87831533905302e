// Byte classes of protoc's io::Tokenizer, shared by the text tokenizer and the literal decoders. Plain
// comparisons: text-format input is small, and the .proto lexer keeps its own table-driven copy for speed.
#pragma once

namespace protoforge::text::internal {

inline bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_octal_digit(char c) { return c >= '0' && c <= '7'; }
inline bool is_hex_digit(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
inline bool is_alphanumeric(char c) { return is_letter(c) || is_digit(c); }
inline bool is_whitespace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }
// Control characters other than whitespace; protoc reports them and skips them (NUL included).
inline bool is_unprintable(char c) { return static_cast<unsigned char>(c) < ' ' && !is_whitespace(c); }
// Characters allowed after a backslash without further digits.
inline bool is_simple_escape(char c) {
  switch (c) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\': case '?': case '\'': case '"':
      return true;
    default:
      return false;
  }
}

// protoc's DigitValue: 0-9, then letters as 10..35 in either case; -1 for anything else.
inline int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return -1;
}

}  // namespace protoforge::text::internal
