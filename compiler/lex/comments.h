// Comment attachment as protoc's Tokenizer::NextWithComments does it: the comments between one token and the next
// split into the previous token's trailing comment, detached comments, and the next token's leading comment.
// Text is what SourceCodeInfo holds: markers stripped ("//", "/*", "*/", a continuation line's leading blanks and
// '*'), newlines kept, consecutive line comments joined.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace protoforge::lex {

struct CommentGroups {
  std::string trailing;
  std::vector<std::string> detached;
  std::string leading;
};

// Splits the comments in text[from, to), the gap after a token (or from the file start when `at_start`) up to the
// next token at `to`. `next_ends_scope` is true when that next token is the end of input, '}', ']' or ')': a
// comment right before it then belongs to nothing and is detached. Precondition: the gap holds only whitespace,
// comments and bytes the lexer skipped with an error.
CommentGroups collect_comments(std::string_view text, uint32_t from, uint32_t to, bool at_start,
                               bool next_ends_scope);

}  // namespace protoforge::lex
