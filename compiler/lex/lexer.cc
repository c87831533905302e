// The tokenizer: one pass over the bytes, protoc's io::Tokenizer rules (CPP comments, no whitespace tokens,
// require a space after numbers, no `f` suffix). Errors carry protoc's wording and are tagged with the index of the
// token being produced, so the parser can report them in protoc's order.
#include <string>

#include "compiler/lex/char_class.h"
#include "compiler/lex/scan.h"
#include "compiler/lex/token.h"

namespace protoforge::lex {

const char* to_string(TokenKind kind) {
  switch (kind) {
    case TokenKind::start: return "start";
    case TokenKind::identifier: return "identifier";
    case TokenKind::integer: return "integer";
    case TokenKind::floating: return "float";
    case TokenKind::string: return "string";
    case TokenKind::symbol: return "symbol";
    case TokenKind::line_comment: return "line comment";
    case TokenKind::block_comment: return "block comment";
    case TokenKind::end: return "end";
  }
  return "?";
}

namespace {

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text), size_(static_cast<uint32_t>(text.size())) {}

  LexResult run() {
    result_.tokens.reserve(size_ / 5 + 16);  // typical .proto text has one token per 6-8 bytes
    result_.tokens.push_back(Token{TokenKind::start, 0, 0});
    skip_byte_order_mark();
    while (true) {
      Token token = next_token();
      result_.tokens.push_back(token);
      if (token.kind == TokenKind::end) break;
    }
    return std::move(result_);
  }

 private:
  // protoc reads a NUL byte at the end of input; a NUL inside the text behaves the same in most places.
  char current() const { return pos_ < size_ ? text_[pos_] : '\0'; }
  char peek(uint32_t ahead) const { return pos_ + ahead < size_ ? text_[pos_ + ahead] : '\0'; }
  bool at_end() const { return pos_ >= size_; }
  bool looking_at(CharClass cls) const { return !at_end() && is_class(text_[pos_], cls); }
  bool try_consume(char c) {
    if (!at_end() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  bool try_consume_one(CharClass cls) {
    if (looking_at(cls)) {
      ++pos_;
      return true;
    }
    return false;
  }
  void consume_zero_or_more(CharClass cls) {
    while (looking_at(cls)) ++pos_;
  }
  void consume_one_or_more(CharClass cls, const char* error) {
    if (!looking_at(cls)) {
      add_error(pos_, error);
    } else {
      consume_zero_or_more(cls);
    }
  }
  void add_error(uint32_t offset, std::string message) {
    const auto index = static_cast<uint32_t>(result_.tokens.size());
    result_.errors.push_back(LexError{offset, index, std::move(message)});
  }

  void skip_byte_order_mark() {
    if (!try_consume('\xEF')) return;
    if (!try_consume('\xBB') || !try_consume('\xBF')) {
      add_error(pos_, "Proto file starts with 0xEF but not UTF-8 BOM. Only UTF-8 is accepted for proto file.");
      result_.bad_byte_order_mark = true;
    }
  }

  Token next_token();
  TokenKind scan_token(char c);
  void skip_comment();
  void skip_line_comment(uint32_t start);
  void skip_block_comment(uint32_t start);
  void skip_control_characters();
  TokenKind consume_number(bool started_with_zero, bool started_with_dot);
  void consume_string(char delimiter);
  void consume_escape();

  std::string_view text_;
  uint32_t size_;
  uint32_t pos_ = 0;
  LexResult result_;
};

// Skips blanks, comments and control characters (reporting them), then scans one token.
Token Lexer::next_token() {
  while (true) {
    consume_zero_or_more(kWhitespace);
    if (current() == '/' && (peek(1) == '/' || peek(1) == '*')) {
      skip_comment();
      continue;
    }
    if (at_end()) return Token{TokenKind::end, size_, 0};
    const char c = text_[pos_];
    if (is_class(c, kUnprintable) || c == '\0') {
      add_error(pos_, "Invalid control characters encountered in text.");
      skip_control_characters();
      continue;
    }
    const uint32_t start = pos_;
    const TokenKind kind = scan_token(c);
    return Token{kind, start, pos_ - start};
  }
}

// Precondition: `c` is the current byte and starts a token.
TokenKind Lexer::scan_token(char c) {
  const uint32_t start = pos_;
  if (try_consume_one(kLetter)) {
    consume_zero_or_more(static_cast<CharClass>(kLetter | kDigit));
    return TokenKind::identifier;
  }
  if (try_consume('0')) return consume_number(true, false);
  if (try_consume('.')) {
    if (!try_consume_one(kDigit)) return TokenKind::symbol;
    const Token& previous = result_.tokens.back();
    if (previous.kind == TokenKind::identifier && previous.end() == start) {
      add_error(start, "Need space between identifier and decimal point.");
    }
    return consume_number(false, true);
  }
  if (try_consume_one(kDigit)) return consume_number(false, false);
  if (c == '"' || c == '\'') {
    ++pos_;
    consume_string(c);
    return TokenKind::string;
  }
  if (static_cast<uint8_t>(c) & 0x80) {
    add_error(pos_, "Interpreting non ascii codepoint " + std::to_string(static_cast<uint8_t>(c)) + ".");
  }
  ++pos_;
  return TokenKind::symbol;
}

// Precondition: looking at "//" or "/*".
void Lexer::skip_comment() {
  const uint32_t start = pos_;
  pos_ += 2;
  if (text_[start + 1] == '/') {
    skip_line_comment(start);
  } else {
    skip_block_comment(start);
  }
}

void Lexer::skip_line_comment(uint32_t start) {
  pos_ = line_comment_end(text_, pos_);
  try_consume('\n');
  result_.comments.push_back(Token{TokenKind::line_comment, start, pos_ - start});
}

void Lexer::skip_block_comment(uint32_t start) {
  while (true) {
    while (current() != '\0' && current() != '*' && current() != '/' && current() != '\n') ++pos_;
    if (try_consume('\n')) {
      // A continuation line: leading blanks and one '*' are decoration; "*/" right there ends the comment.
      consume_zero_or_more(kWhitespaceNoNewline);
      if (try_consume('*') && try_consume('/')) break;
      continue;
    }
    if (try_consume('*')) {
      if (try_consume('/')) break;
      continue;
    }
    if (try_consume('/')) {
      if (current() == '*') add_error(pos_, "\"/*\" inside block comment.  Block comments cannot be nested.");
      continue;
    }
    // current() is NUL: end of input (or a NUL byte, which protoc cannot tell apart).
    add_error(pos_, "End-of-file inside block comment.");
    add_error(start, "  Comment started here.");
    break;
  }
  result_.comments.push_back(Token{TokenKind::block_comment, start, pos_ - start});
}

void Lexer::skip_control_characters() {
  ++pos_;
  while (!at_end() && (is_class(text_[pos_], kUnprintable) || text_[pos_] == '\0')) ++pos_;
}

TokenKind Lexer::consume_number(bool started_with_zero, bool started_with_dot) {
  bool is_float = false;
  if (started_with_zero && (try_consume('x') || try_consume('X'))) {
    consume_one_or_more(kHexDigit, "\"0x\" must be followed by hex digits.");
  } else if (started_with_zero && looking_at(kDigit)) {
    consume_zero_or_more(kOctalDigit);
    if (looking_at(kDigit)) {
      add_error(pos_, "Numbers starting with leading zero must be in octal.");
      consume_zero_or_more(kDigit);
    }
  } else {
    if (started_with_dot) {
      is_float = true;
      consume_zero_or_more(kDigit);
    } else {
      consume_zero_or_more(kDigit);
      if (try_consume('.')) {
        is_float = true;
        consume_zero_or_more(kDigit);
      }
    }
    if (try_consume('e') || try_consume('E')) {
      is_float = true;
      if (!try_consume('-')) try_consume('+');
      consume_one_or_more(kDigit, "\"e\" must be followed by exponent.");
    }
  }
  if (looking_at(kLetter)) {
    add_error(pos_, "Need space between number and identifier.");
  } else if (current() == '.') {
    add_error(pos_, is_float ? "Already saw decimal point or exponent; can't have another one."
                             : "Hex and octal numbers must be integers.");
  }
  return is_float ? TokenKind::floating : TokenKind::integer;
}

void Lexer::consume_string(char delimiter) {
  while (true) {
    const char c = current();
    if (c == '\0') {
      add_error(pos_, "Unexpected end of string.");
      return;
    }
    if (c == '\n') {
      add_error(pos_, "String literals cannot cross line boundaries.");
      return;
    }
    ++pos_;
    if (c == '\\') {
      consume_escape();
    } else if (c == delimiter) {
      return;
    }
  }
}

// After a backslash. Only validates; the parser decodes (see decode_string).
void Lexer::consume_escape() {
  if (try_consume_one(kEscape) || try_consume_one(kOctalDigit)) return;
  if (try_consume('x')) {
    if (!try_consume_one(kHexDigit)) add_error(pos_, "Expected hex digits for escape sequence.");
  } else if (try_consume('u')) {
    if (!try_consume_one(kHexDigit) || !try_consume_one(kHexDigit) || !try_consume_one(kHexDigit) ||
        !try_consume_one(kHexDigit)) {
      add_error(pos_, "Expected four hex digits for \\u escape sequence.");
    }
  } else if (try_consume('U')) {
    if (!try_consume('0') || !try_consume('0') || !(try_consume('0') || try_consume('1')) ||
        !try_consume_one(kHexDigit) || !try_consume_one(kHexDigit) || !try_consume_one(kHexDigit) ||
        !try_consume_one(kHexDigit) || !try_consume_one(kHexDigit)) {
      add_error(pos_, "Expected eight hex digits up to 10ffff for \\U escape sequence");
    }
  } else {
    add_error(pos_, "Invalid escape sequence in string literal.");
  }
}

}  // namespace

LexResult lex(std::string_view text) { return Lexer(text).run(); }

}  // namespace protoforge::lex
