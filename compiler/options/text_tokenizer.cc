#include "compiler/options/text_tokenizer.h"

#include <cstdlib>

namespace protoforge::options {

namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_octal(char c) { return c >= '0' && c <= '7'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_alnum(char c) { return is_letter(c) || is_digit(c); }
bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

int hex_value(char c) {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}




}  // namespace

void TextTokenizer::skip_whitespace_and_comments() {
  while (pos_ < input_.size()) {
    if (is_space(input_[pos_])) {
      ++pos_;
    } else if (input_[pos_] == '#') {
      while (pos_ < input_.size() && input_[pos_] != '\n') ++pos_;
    } else {
      return;
    }
  }
}

void TextTokenizer::next() {
  skip_whitespace_and_comments();
  size_t start = pos_;
  if (pos_ >= input_.size()) {
    current_ = TextToken{TokenType::end, {}};
    return;
  }
  char c = input_[pos_];
  if (is_letter(c)) {
    while (pos_ < input_.size() && is_alnum(input_[pos_])) ++pos_;
    current_.type = TokenType::identifier;
  } else if (is_digit(c)) {
    ++pos_;
    scan_number(c == '0', false);
  } else if (c == '.' && pos_ + 1 < input_.size() && is_digit(input_[pos_ + 1])) {
    ++pos_;
    scan_number(false, true);
  } else if (c == '"' || c == '\'') {
    ++pos_;
    scan_string(c);
  } else {
    ++pos_;
    current_.type = TokenType::symbol;
  }
  current_.text = input_.substr(start, pos_ - start);
}

void TextTokenizer::scan_number(bool started_with_zero, bool started_with_dot) {
  bool is_float = false;
  if (started_with_zero && (at('x') || at('X'))) {
    ++pos_;
    if (!is_hex(peek())) errors_.push_back("\"0x\" must be followed by hex digits.");
    while (is_hex(peek())) ++pos_;
  } else if (started_with_zero && is_digit(peek())) {
    while (is_octal(peek())) ++pos_;
    if (is_digit(peek())) {
      errors_.push_back("Numbers starting with leading zero must be in octal.");
      while (is_digit(peek())) ++pos_;
    }
  } else {
    if (started_with_dot) {
      is_float = true;
      while (is_digit(peek())) ++pos_;
    } else {
      while (is_digit(peek())) ++pos_;
      if (at('.')) {
        ++pos_;
        is_float = true;
        while (is_digit(peek())) ++pos_;
      }
    }
    if (at('e') || at('E')) {
      ++pos_;
      is_float = true;
      if (at('-') || at('+')) ++pos_;
      if (!is_digit(peek())) errors_.push_back("\"e\" must be followed by exponent.");
      while (is_digit(peek())) ++pos_;
    }
    if (at('f') || at('F')) {  // text format accepts a float suffix
      ++pos_;
      is_float = true;
    }
  }
  if (is_letter(peek())) {
    errors_.push_back("Need space between number and identifier.");
  } else if (at('.')) {
    errors_.push_back(is_float ? "Already saw decimal point or exponent; can't have another one."
                               : "Hex and octal numbers must be integers.");
  }
  current_.type = is_float ? TokenType::floating : TokenType::integer;
}

void TextTokenizer::scan_string(char quote) {
  while (true) {
    if (pos_ >= input_.size()) {
      errors_.push_back("Unexpected end of string.");
      break;
    }
    char c = input_[pos_];
    if (c == '\n') {
      errors_.push_back("String literals cannot cross line boundaries.");
      break;
    }
    ++pos_;
    if (c == quote) break;
    if (c == '\\' && pos_ < input_.size()) ++pos_;  // the escaped character cannot end the string
  }
  current_.type = TokenType::string;
}

bool parse_text_integer(std::string_view text, uint64_t max_value, uint64_t& out) {
  unsigned base = 10;
  size_t i = 0;
  if (text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
    base = 16;
    i = 2;
  } else if (!text.empty() && text[0] == '0') {
    base = 8;
  }
  uint64_t result = 0;
  for (; i < text.size(); ++i) {
    char c = text[i];
    unsigned digit = is_digit(c) ? static_cast<unsigned>(c - '0') : is_hex(c) ? static_cast<unsigned>(hex_value(c)) : 99;
    if (digit >= base) return false;
    if (digit > max_value || result > (max_value - digit) / base) return false;
    result = result * base + digit;
  }
  out = result;
  return true;
}

double parse_text_float(std::string_view text) {
  std::string copy(text);
  while (!copy.empty() && (copy.back() == 'f' || copy.back() == 'F')) copy.pop_back();
  if (!copy.empty() && (copy.back() == 'e' || copy.back() == 'E')) copy.pop_back();
  return std::strtod(copy.c_str(), nullptr);
}


}  // namespace protoforge::options
