// Token-level helpers of the parser: protoc's LookingAt / TryConsume / Consume* family, comment collection at the
// end of declarations, error reporting, and statement skipping for error recovery.
#include <algorithm>
#include <cstring>

#include "compiler/lex/comments.h"
#include "compiler/lex/literals.h"
#include "compiler/parse/parser_impl.h"

namespace protoforge::parse {

void Parser::report_lex_errors() {
  while (next_lex_error_ < lex_errors_.size() && lex_errors_[next_lex_error_].token_index <= index_) {
    const lex::LexError& error = lex_errors_[next_lex_error_++];
    add_error_at(error.offset, error.message);
  }
}

void Parser::advance() {
  if (index_ + 1 < tokens_.size()) ++index_;
  report_lex_errors();
}

void Parser::advance_with_comments(std::string* trailing, std::vector<std::string>* detached, std::string* leading) {
  const bool at_start = index_ == 0;
  const uint32_t from = at_start ? 0 : current().end();
  advance();
  const std::string_view next = current_text();
  const bool ends_scope = at_end() || next == "}" || next == "]" || next == ")";
  lex::CommentGroups groups = lex::collect_comments(text_, from, current().offset, at_start, ends_scope);
  if (trailing != nullptr) *trailing = std::move(groups.trailing);
  if (detached != nullptr) *detached = std::move(groups.detached);
  if (leading != nullptr) *leading = std::move(groups.leading);
}

bool Parser::try_consume(std::string_view text) {
  if (!looking_at(text)) return false;
  advance();
  return true;
}

bool Parser::consume(std::string_view text) {
  if (try_consume(text)) return true;
  add_error("Expected \"" + std::string(text) + "\".");
  return false;
}

bool Parser::consume(std::string_view text, const char* error) {
  if (try_consume(text)) return true;
  add_error(error);
  return false;
}

bool Parser::consume_identifier(ast::Name* name, const char* error) {
  if (!looking_at_kind(TokenKind::identifier)) {
    add_error(error);
    return false;
  }
  name->text = std::string(current_text());
  name->span = current_span();
  advance();
  return true;
}

bool Parser::consume_integer(int32_t* output, const char* error) {
  if (!looking_at_kind(TokenKind::integer)) {
    add_error(error);
    return false;
  }
  uint64_t value = 0;
  if (!lex::parse_integer(current_text(), INT32_MAX, &value)) add_error("Integer out of range.");
  *output = static_cast<int32_t>(value);
  advance();
  return true;
}

bool Parser::consume_signed_integer(int32_t* output, const char* error) {
  bool negative = false;
  uint64_t max_value = INT32_MAX;
  if (try_consume("-")) {
    negative = true;
    max_value += 1;
  }
  uint64_t value = 0;
  bool overflow = false;
  if (!consume_integer64(max_value, &value, &overflow, error)) return false;
  *output = negative ? static_cast<int32_t>(0 - value) : static_cast<int32_t>(value);
  return true;
}

bool Parser::consume_integer64(uint64_t max_value, uint64_t* output, bool* overflow, const char* error) {
  if (!looking_at_kind(TokenKind::integer)) {
    add_error(error);
    return false;
  }
  if (!lex::parse_integer(current_text(), max_value, output)) {
    add_error("Integer out of range.");
    *output = 0;
    *overflow = true;
  }
  advance();
  return true;
}

// protoc's ConsumeNumber: a float, an integer (up to uint64 max) or `inf` / `nan`.
bool Parser::consume_number(ast::OptionValue* value, const char* error) {
  value->text = std::string(current_text());
  if (looking_at_kind(TokenKind::floating)) {
    value->kind = ast::OptionValue::Kind::floating;
    value->float_value = lex::parse_float(current_text());
  } else if (looking_at_kind(TokenKind::integer)) {
    value->kind = ast::OptionValue::Kind::integer;
    if (!lex::parse_integer(current_text(), UINT64_MAX, &value->unsigned_value)) {
      add_error("Integer out of range.");
      value->overflow = true;
    }
    value->float_value = static_cast<double>(value->unsigned_value);
  } else if (looking_at("inf") || looking_at("nan")) {
    value->kind = ast::OptionValue::Kind::identifier;
  } else {
    add_error(error);
    return false;
  }
  advance();
  return true;
}

bool Parser::consume_string(std::string* output, const char* error) {
  if (!looking_at_kind(TokenKind::string)) {
    add_error(error);
    return false;
  }
  output->clear();
  // Adjacent literals concatenate, as in C.
  while (looking_at_kind(TokenKind::string)) {
    lex::append_string_literal(current_text(), output);
    advance();
  }
  return true;
}

bool Parser::try_consume_end_of_declaration(std::string_view text, ast::Comments* comments) {
  if (!looking_at(text)) return false;
  std::string leading;
  std::string trailing;
  std::vector<std::string> detached;
  advance_with_comments(&trailing, &detached, &leading);
  // The comments before this declaration were collected at the end of the previous one.
  leading.swap(upcoming_doc_comments_);
  if (comments != nullptr) {
    upcoming_detached_comments_.swap(detached);
    if (!leading.empty()) comments->leading = std::move(leading);
    if (!trailing.empty()) comments->trailing = std::move(trailing);
    comments->detached = std::move(detached);
  } else if (text == "}") {
    // Closing a scope without a declaration: pending detached comments belong to nothing.
    upcoming_detached_comments_.swap(detached);
  } else {
    upcoming_detached_comments_.insert(upcoming_detached_comments_.end(), std::make_move_iterator(detached.begin()),
                                       std::make_move_iterator(detached.end()));
  }
  return true;
}

bool Parser::consume_end_of_declaration(std::string_view text, ast::Comments* comments) {
  if (try_consume_end_of_declaration(text, comments)) return true;
  add_error("Expected \"" + std::string(text) + "\".");
  return false;
}

void Parser::add_error(std::string message) { add_error_at(current().offset, std::move(message)); }

void Parser::add_error_at(uint32_t offset, std::string message) {
  ++error_count_;
  const source::LineColumn where = locator_.locate(offset);
  sink_.error(source_.path(), where.line, where.column, std::move(message));
}

// protoc's SkipStatement: to the next ';' (consumed), past a '{...}' block, or up to a '}' (not consumed).
void Parser::skip_statement() {
  while (!at_end()) {
    if (looking_at_kind(TokenKind::symbol)) {
      if (try_consume_end_of_declaration(";", nullptr)) return;
      if (try_consume("{")) {
        skip_rest_of_block();
        return;
      }
      if (looking_at("}")) return;
    }
    advance();
  }
}

// protoc's SkipRestOfBlock, made iterative so that deeply nested braces cannot exhaust the stack. protoc's
// recursive version also drops the token right after a nested block's '}' (it advances once more when the inner
// call returns); that quirk decides which later statements get parsed, so it is kept.
void Parser::skip_rest_of_block() {
  size_t open_blocks = 1;
  while (!at_end()) {
    if (looking_at_kind(TokenKind::symbol)) {
      if (try_consume_end_of_declaration("}", nullptr)) {
        if (--open_blocks == 0) return;
        advance();
        continue;
      }
      if (try_consume("{")) {
        ++open_blocks;
        continue;
      }
    }
    advance();
  }
}

// A message body beyond kMaxNestingDepth is skipped, braces balanced, so that the rest of the file parses as
// protoc's parser would parse it. run() then reports protoc's descriptor-level error if the parse had no other.
bool Parser::skip_too_deep_block() {
  too_deep_ = true;
  if (!looking_at("{")) return consume_end_of_declaration("{", nullptr);
  size_t open_blocks = 0;
  while (!at_end()) {
    if (looking_at("{")) {
      ++open_blocks;
    } else if (looking_at("}") && --open_blocks == 0) {
      advance();
      return true;
    }
    advance();
  }
  return true;  // the enclosing blocks report the missing '}'
}

}  // namespace protoforge::parse
