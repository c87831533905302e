// Byte classes of protoc's tokenizer, as one 256-entry table so that the hot loops do a single load per byte.
#pragma once

#include <array>
#include <cstdint>

namespace protoforge::lex {

enum CharClass : uint8_t {
  kWhitespace = 1 << 0,    // space \n \t \r \v \f
  kLetter = 1 << 1,        // A-Z a-z _
  kDigit = 1 << 2,         // 0-9
  kOctalDigit = 1 << 3,    // 0-7
  kHexDigit = 1 << 4,      // 0-9 a-f A-F
  kUnprintable = 1 << 5,   // 0x01..0x1f (whitespace included, as in protoc)
  kEscape = 1 << 6,        // characters allowed after a backslash: a b f n r t v \ ? ' "
  kWhitespaceNoNewline = 1 << 7,  // space \t \r \v \f
};

constexpr std::array<uint8_t, 256> make_char_classes() {
  std::array<uint8_t, 256> table{};
  for (int c = 1; c < 0x20; ++c) table[c] |= kUnprintable;
  for (char c : {' ', '\n', '\t', '\r', '\v', '\f'}) table[static_cast<uint8_t>(c)] |= kWhitespace;
  for (char c : {' ', '\t', '\r', '\v', '\f'}) table[static_cast<uint8_t>(c)] |= kWhitespaceNoNewline;
  for (int c = 'a'; c <= 'z'; ++c) table[c] |= kLetter;
  for (int c = 'A'; c <= 'Z'; ++c) table[c] |= kLetter;
  table['_'] |= kLetter;
  for (int c = '0'; c <= '9'; ++c) table[c] |= kDigit | kHexDigit;
  for (int c = '0'; c <= '7'; ++c) table[c] |= kOctalDigit;
  for (int c = 'a'; c <= 'f'; ++c) table[c] |= kHexDigit;
  for (int c = 'A'; c <= 'F'; ++c) table[c] |= kHexDigit;
  for (char c : {'a', 'b', 'f', 'n', 'r', 't', 'v', '\\', '?', '\'', '"'}) table[static_cast<uint8_t>(c)] |= kEscape;
  return table;
}

inline constexpr std::array<uint8_t, 256> kCharClasses = make_char_classes();

inline bool is_class(char c, CharClass cls) { return (kCharClasses[static_cast<uint8_t>(c)] & cls) != 0; }

inline int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return -1;
}

}  // namespace protoforge::lex
