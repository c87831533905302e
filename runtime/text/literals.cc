#include "runtime/text/literals.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

#include "runtime/text/internal/char_class.h"

namespace protoforge::text {

using internal::digit_value;

bool parse_integer(std::string_view text, uint64_t max_value, uint64_t* output) {
  size_t i = 0;
  uint64_t base = 10;
  if (!text.empty() && text[0] == '0') {
    if (text.size() > 1 && (text[1] == 'x' || text[1] == 'X')) {
      base = 16;
      i = 2;
    } else {
      base = 8;
    }
  }
  uint64_t result = 0;
  for (; i < text.size(); ++i) {
    const int digit = digit_value(text[i]);
    if (digit < 0 || static_cast<uint64_t>(digit) >= base) return false;
    const auto d = static_cast<uint64_t>(digit);
    if (d > max_value || result > (max_value - d) / base) return false;
    result = result * base + d;
  }
  *output = result;
  return true;
}

double parse_float(std::string_view text) {
  // from_chars is locale-independent, like protoc's NoLocaleStrtod. Text format allows an 'f' suffix ("1.5f"); an
  // exponent without digits ("1e") is an error token already reported by the tokenizer: parse the part before it.
  size_t length = text.size();
  if (length > 0 && (text[length - 1] == 'f' || text[length - 1] == 'F')) --length;
  while (length > 0 && (text[length - 1] == 'e' || text[length - 1] == 'E' || text[length - 1] == '+' ||
                        text[length - 1] == '-')) {
    --length;
  }
  std::string digits(text.substr(0, length));
  if (!digits.empty() && digits[0] == '.') digits.insert(digits.begin(), '0');
  double value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error == std::errc::result_out_of_range) {
    // strtod's answer: overflow gives infinity, underflow gives zero.
    const size_t exponent = digits.find_first_of("eE");
    const bool underflow = exponent != std::string::npos && exponent + 1 < digits.size() && digits[exponent + 1] == '-';
    return underflow ? 0.0 : HUGE_VAL;
  }
  return value;
}

float double_to_float(double value) {
  constexpr double kMax = std::numeric_limits<float>::max();
  // FLT_MAX plus half a unit in its last place; protoc keeps this exact tie at FLT_MAX, beyond it gives infinity.
  const double halfway_to_infinity = std::ldexp(1.0, 128) - std::ldexp(1.0, 103);
  if (value > halfway_to_infinity) return std::numeric_limits<float>::infinity();
  if (value < -halfway_to_infinity) return -std::numeric_limits<float>::infinity();
  if (value > kMax) return std::numeric_limits<float>::max();
  if (value < -kMax) return -std::numeric_limits<float>::max();
  return static_cast<float>(value);
}

namespace {

// Like protoc's ReadHexDigits, this trusts the lexer: it does not check that the characters are hex digits (an
// escape the lexer reported as malformed still decodes to the same bytes protoc produces).
bool read_hex_digits(std::string_view text, size_t at, int count, uint32_t* value) {
  if (at + count > text.size()) return false;
  uint32_t result = 0;
  for (int i = 0; i < count; ++i) {
    const char c = text[at + i];
    if (c == '\0') return false;
    const int digit = digit_value(c);
    result = (result << 4) + static_cast<uint32_t>(digit < 0 ? 36 : digit);  // protoc's table says 36 for "not a digit"
  }
  *value = result;
  return true;
}

bool is_head_surrogate(uint32_t c) { return c >= 0xD800 && c < 0xDC00; }
bool is_trail_surrogate(uint32_t c) { return c >= 0xDC00 && c < 0xE000; }

void append_utf8(uint32_t code_point, std::string* output) {
  if (code_point <= 0x7F) {
    output->push_back(static_cast<char>(code_point));
  } else if (code_point <= 0x7FF) {
    output->push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    output->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point <= 0xFFFF) {
    output->push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    output->push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    output->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point <= 0x10FFFF) {
    output->push_back(static_cast<char>(0xF0 | (code_point >> 18)));
    output->push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
    output->push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    output->push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    // Beyond Unicode: protoc writes the escape back as text.
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "\\U%08x", code_point);
    output->append(buffer);
  }
}

// `at` indexes the 'u' or 'U'. Returns the index after the escape, or `at` if the digits are missing.
size_t decode_unicode_escape(std::string_view text, size_t at, std::string* output) {
  const int count = text[at] == 'u' ? 4 : 8;
  uint32_t code_point = 0;
  if (!read_hex_digits(text, at + 1, count, &code_point)) return at;
  size_t next = at + 1 + count;
  uint32_t trail = 0;
  if (is_head_surrogate(code_point) && next + 1 < text.size() && text[next] == '\\' && text[next + 1] == 'u' &&
      read_hex_digits(text, next + 2, 4, &trail) && is_trail_surrogate(trail)) {
    code_point = 0x10000 + ((code_point - 0xD800) << 10) + (trail - 0xDC00);
    next += 6;
  }
  append_utf8(code_point, output);
  return next;
}

char translate_escape(char c) {
  switch (c) {
    case 'a': return '\a';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return '\v';
    case '\\': return '\\';
    case '?': return '?';
    case '\'': return '\'';
    case '"': return '"';
    default: return '?';
  }
}

// Decodes the escape whose letter is at text[i]; returns the index of its last character.
size_t decode_escape(std::string_view text, size_t i, std::string* output) {
  const char c = text[i];
  auto has = [&](size_t k, bool (*in_class)(char)) { return k < text.size() && in_class(text[k]); };
  if (internal::is_octal_digit(c)) {
    int code = digit_value(c);
    for (int extra = 0; extra < 2 && has(i + 1, internal::is_octal_digit); ++extra) {
      code = code * 8 + digit_value(text[++i]);
    }
    output->push_back(static_cast<char>(code));
  } else if (c == 'x') {
    int code = 0;
    for (int extra = 0; extra < 2 && has(i + 1, internal::is_hex_digit); ++extra) {
      code = code * 16 + digit_value(text[++i]);
    }
    output->push_back(static_cast<char>(code));
  } else if (c == 'u' || c == 'U') {
    const size_t end = decode_unicode_escape(text, i, output);
    if (end == i) {
      output->push_back(c);
    } else {
      i = end - 1;
    }
  } else {
    output->push_back(translate_escape(c));
  }
  return i;
}

}  // namespace

void append_string_literal(std::string_view text, std::string* output) {
  if (text.empty()) return;
  // protoc walks a NUL-terminated copy: a NUL byte inside the token ends it.
  const size_t nul = text.find('\0');
  if (nul != std::string_view::npos) text = text.substr(0, nul);
  output->reserve(output->size() + text.size());
  for (size_t i = 1; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\' && i + 1 < text.size()) {
      i = decode_escape(text, i + 1, output);
    } else if (c == text[0] && i + 1 == text.size()) {
      // the closing quote
    } else {
      output->push_back(c);
    }
  }
}

}  // namespace protoforge::text
