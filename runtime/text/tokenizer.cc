#include "runtime/text/tokenizer.h"

#include "runtime/text/internal/char_class.h"

namespace protoforge::text {

using namespace internal;

void Tokenizer::advance() {
  if (pos_ >= input_.size()) return;
  const char c = input_[pos_++];
  if (c == '\n') {
    ++line_;
    column_ = 0;
  } else if (c == '\t') {
    column_ += 8 - column_ % 8;
  } else {
    ++column_;
  }
}

bool Tokenizer::try_consume(char c) {
  if (!at(c)) return false;
  advance();
  return true;
}

bool Tokenizer::try_consume_one(bool (*in_class)(char)) {
  if (!looking_at(in_class)) return false;
  advance();
  return true;
}

void Tokenizer::consume_zero_or_more(bool (*in_class)(char)) {
  while (looking_at(in_class)) advance();
}

void Tokenizer::consume_one_or_more(bool (*in_class)(char), const char* error) {
  if (!looking_at(in_class)) add_error(error);
  consume_zero_or_more(in_class);
}

// Returns true when something was skipped, so the caller loops until a token or the end.
bool Tokenizer::skip_blanks_and_comments() {
  const size_t start = pos_;
  consume_zero_or_more(is_whitespace);
  if (at('#')) {
    // A NUL byte ends a comment as the end of input does (protoc reads NUL-terminated buffers).
    while (pos_ < input_.size() && input_[pos_] != '\n' && input_[pos_] != '\0') advance();
    try_consume('\n');
  }
  return pos_ != start;
}

void Tokenizer::skip_control_characters() {
  advance();
  while (pos_ < input_.size() && static_cast<unsigned char>(input_[pos_]) < ' ') advance();
}

void Tokenizer::next() {
  previous_ = current_;
  while (true) {
    while (skip_blanks_and_comments()) {
    }
    if (pos_ >= input_.size()) {
      current_ = Token{TokenType::end, {}, line_, column_, column_};
      return;
    }
    if (is_unprintable(input_[pos_])) {
      add_error("Invalid control characters encountered in text.");
      skip_control_characters();
      continue;
    }
    const size_t start = pos_;
    const int line = line_, column = column_;
    const TokenType type = scan_token();
    current_ = Token{type, input_.substr(start, pos_ - start), line, column, column_};
    return;
  }
}

// Precondition: the current byte starts a token.
TokenType Tokenizer::scan_token() {
  const char c = input_[pos_];
  if (try_consume_one(is_letter)) {
    consume_zero_or_more(is_alphanumeric);
    return TokenType::identifier;
  }
  if (try_consume('0')) return scan_number(true, false);
  if (c == '.' && pos_ + 1 < input_.size() && is_digit(input_[pos_ + 1])) {
    if (previous_.type == TokenType::identifier && previous_.line == line_ && previous_.end_column == column_) {
      add_error("Need space between identifier and decimal point.");  // "blah.123" is not a field path
    }
    advance();
    return scan_number(false, true);
  }
  if (try_consume_one(is_digit)) return scan_number(false, false);
  if (c == '"' || c == '\'') {
    advance();
    scan_string(c);
    return TokenType::string;
  }
  if (static_cast<unsigned char>(c) & 0x80) {
    add_error("Interpreting non ascii codepoint " + std::to_string(static_cast<unsigned char>(c)) + ".");
  }
  advance();
  return TokenType::symbol;
}

TokenType Tokenizer::scan_number(bool started_with_zero, bool started_with_dot) {
  bool is_float = false;
  if (started_with_zero && (try_consume('x') || try_consume('X'))) {
    consume_one_or_more(is_hex_digit, "\"0x\" must be followed by hex digits.");
  } else if (started_with_zero && looking_at(is_digit)) {
    consume_zero_or_more(is_octal_digit);
    if (looking_at(is_digit)) {
      add_error("Numbers starting with leading zero must be in octal.");
      consume_zero_or_more(is_digit);
    }
  } else {
    if (started_with_dot) {
      is_float = true;
      consume_zero_or_more(is_digit);
    } else {
      consume_zero_or_more(is_digit);
      if (try_consume('.')) {
        is_float = true;
        consume_zero_or_more(is_digit);
      }
    }
    if (try_consume('e') || try_consume('E')) {
      is_float = true;
      if (!try_consume('-')) try_consume('+');
      consume_one_or_more(is_digit, "\"e\" must be followed by exponent.");
    }
    if (try_consume('f') || try_consume('F')) is_float = true;  // text format's float suffix
  }
  if (looking_at(is_letter)) {
    add_error("Need space between number and identifier.");
  } else if (at('.')) {
    add_error(is_float ? "Already saw decimal point or exponent; can't have another one."
                       : "Hex and octal numbers must be integers.");
  }
  return is_float ? TokenType::floating : TokenType::integer;
}

// After the opening quote. A NUL byte ends the string as the end of input does.
void Tokenizer::scan_string(char quote) {
  while (true) {
    const char c = peek();
    if (c == '\0') {
      add_error("Unexpected end of string.");
      return;
    }
    if (c == '\n') {
      add_error("String literals cannot cross line boundaries.");
      return;
    }
    advance();
    if (c == '\\') {
      scan_escape();
    } else if (c == quote) {
      return;
    }
  }
}

// After a backslash: checks the escape; append_string_literal decodes it.
void Tokenizer::scan_escape() {
  if (try_consume_one(is_simple_escape) || try_consume_one(is_octal_digit)) return;
  if (try_consume('x')) {
    if (!try_consume_one(is_hex_digit)) add_error("Expected hex digits for escape sequence.");
  } else if (try_consume('u')) {
    if (!try_consume_one(is_hex_digit) || !try_consume_one(is_hex_digit) || !try_consume_one(is_hex_digit) ||
        !try_consume_one(is_hex_digit)) {
      add_error("Expected four hex digits for \\u escape sequence.");
    }
  } else if (try_consume('U')) {
    // Eight hex digits, but only up to 0x10ffff.
    if (!try_consume('0') || !try_consume('0') || !(try_consume('0') || try_consume('1')) ||
        !try_consume_one(is_hex_digit) || !try_consume_one(is_hex_digit) || !try_consume_one(is_hex_digit) ||
        !try_consume_one(is_hex_digit) || !try_consume_one(is_hex_digit)) {
      add_error("Expected eight hex digits up to 10ffff for \\U escape sequence");
    }
  } else {
    add_error("Invalid escape sequence in string literal.");
  }
}

}  // namespace protoforge::text
