// Tokens of the .proto language, as protoc's io::Tokenizer splits them (CPP comment style, no whitespace tokens).
// A token is kind + byte offset + length into the file text; the text itself is never copied.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace protoforge::lex {

enum class TokenKind : uint8_t {
  start,       // the virtual token before the first one (index 0 of every token list)
  identifier,  // [A-Za-z_][A-Za-z0-9_]*
  integer,     // decimal, 0x hex or 0 octal, as written
  floating,    // 1.5, .5, 5., 1e5 ...
  string,      // "..." or '...' including the quotes, escapes undecoded
  symbol,      // any other single byte
  line_comment,   // only in LexResult::comments
  block_comment,  // only in LexResult::comments
  end,         // end of input (offset = text size, length 0)
};

const char* to_string(TokenKind kind);

struct Token {
  TokenKind kind = TokenKind::start;
  uint32_t offset = 0;
  uint32_t length = 0;

  uint32_t end() const { return offset + length; }
  std::string_view text(std::string_view source) const { return source.substr(offset, length); }
  bool operator==(const Token&) const = default;
};

// A lexical error at a byte offset. protoc's tokenizer is lazy, so its errors interleave with the parser's: an error
// found while producing token N is reported when the parser advances to token N (`token_index`).
struct LexError {
  uint32_t offset = 0;
  uint32_t token_index = 0;
  std::string message;
  bool operator==(const LexError&) const = default;
};

struct LexResult {
  std::vector<Token> tokens;    // tokens[0] is `start`, the last one is `end`
  std::vector<Token> comments;  // every comment, in source order
  std::vector<LexError> errors;
  // The file started with 0xEF but not a full UTF-8 byte order mark: protoc then stops reading comments at the
  // start and the parser sees the virtual start token as its first token.
  bool bad_byte_order_mark = false;
};

// Splits `text` into tokens. Never fails: errors are collected and lexing carries on as protoc's tokenizer does.
// Precondition: text.size() < 4 GiB.
LexResult lex(std::string_view text);

}  // namespace protoforge::lex
