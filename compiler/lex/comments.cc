#include "compiler/lex/comments.h"

#include "compiler/lex/char_class.h"
#include "compiler/lex/scan.h"

namespace protoforge::lex {

namespace {

// protoc's CommentCollector: a buffer that becomes trailing, detached or leading depending on what follows.
class Collector {
 public:
  explicit Collector(CommentGroups* out) : out_(out) {}

  std::string* buffer_for_line_comment() {
    if (has_comment_ && !is_line_comment_) flush();  // line comments join each other, not a block comment
    has_comment_ = true;
    is_line_comment_ = true;
    return &buffer_;
  }
  std::string* buffer_for_block_comment() {
    if (has_comment_) flush();
    has_comment_ = true;
    is_line_comment_ = false;
    return &buffer_;
  }
  void clear_buffer() {
    buffer_.clear();
    has_comment_ = false;
  }
  void flush() {
    if (!has_comment_) return;
    if (can_attach_to_previous_) {
      out_->trailing.append(buffer_);
      can_attach_to_previous_ = false;
    } else {
      out_->detached.push_back(buffer_);
    }
    clear_buffer();
  }
  void detach_from_previous() { can_attach_to_previous_ = false; }
  void finish() {
    if (has_comment_) out_->leading = std::move(buffer_);
  }

 private:
  CommentGroups* out_;
  std::string buffer_;
  bool has_comment_ = false;
  bool is_line_comment_ = false;
  bool can_attach_to_previous_ = true;
};

enum class CommentStart { none, line, block };

class GapScanner {
 public:
  GapScanner(std::string_view text, uint32_t from, uint32_t to) : text_(text), pos_(from), end_(to) {}

  void skip_blanks() {
    while (pos_ < end_ && is_class(text_[pos_], kWhitespaceNoNewline)) ++pos_;
  }
  bool try_newline() {
    if (pos_ < end_ && text_[pos_] == '\n') {
      ++pos_;
      return true;
    }
    return false;
  }
  CommentStart try_comment_start() {
    if (pos_ + 1 < end_ && text_[pos_] == '/' && (text_[pos_ + 1] == '/' || text_[pos_ + 1] == '*')) {
      pos_ += 2;
      return text_[pos_ - 1] == '/' ? CommentStart::line : CommentStart::block;
    }
    return CommentStart::none;
  }
  // Appends the comment's text after "//" through the newline.
  void read_line_comment(std::string* content) {
    const uint32_t begin = pos_;
    pos_ = line_comment_end(text_, pos_, end_);
    if (pos_ < end_ && text_[pos_] == '\n') ++pos_;
    content->append(text_.substr(begin, pos_ - begin));
  }
  void read_block_comment(std::string* content);

 private:
  std::string_view text_;
  uint32_t pos_;
  uint32_t end_;
};

void GapScanner::read_block_comment(std::string* content) {
  uint32_t record_from = pos_;
  while (true) {
    while (pos_ < end_ && text_[pos_] != '*' && text_[pos_] != '/' && text_[pos_] != '\n' && text_[pos_] != '\0') {
      ++pos_;
    }
    if (pos_ >= end_ || text_[pos_] == '\0') {
      content->append(text_.substr(record_from, pos_ - record_from));
      return;
    }
    const char c = text_[pos_++];
    if (c == '\n') {
      content->append(text_.substr(record_from, pos_ - record_from));
      skip_blanks();
      if (pos_ < end_ && text_[pos_] == '*') {
        ++pos_;
        if (pos_ < end_ && text_[pos_] == '/') {
          ++pos_;
          return;
        }
      }
      record_from = pos_;
    } else if (c == '*' && pos_ < end_ && text_[pos_] == '/') {
      ++pos_;
      content->append(text_.substr(record_from, pos_ - 2 - record_from));
      return;
    }
  }
}

}  // namespace

CommentGroups collect_comments(std::string_view text, uint32_t from, uint32_t to, bool at_start,
                               bool next_ends_scope) {
  CommentGroups out;
  Collector collector(&out);
  GapScanner gap(text, from, to);
  if (at_start) {
    collector.detach_from_previous();
  } else {
    // A comment on the same line as the previous token is its trailing comment.
    gap.skip_blanks();
    switch (gap.try_comment_start()) {
      case CommentStart::line:
        gap.read_line_comment(collector.buffer_for_line_comment());
        collector.flush();
        break;
      case CommentStart::block:
        gap.read_block_comment(collector.buffer_for_block_comment());
        gap.skip_blanks();
        if (!gap.try_newline()) {
          // The next token is on the same line: the comment belongs to neither.
          collector.clear_buffer();
          return out;
        }
        collector.flush();
        break;
      case CommentStart::none:
        if (!gap.try_newline()) return out;
        break;
    }
  }
  while (true) {
    gap.skip_blanks();
    switch (gap.try_comment_start()) {
      case CommentStart::line:
        gap.read_line_comment(collector.buffer_for_line_comment());
        break;
      case CommentStart::block:
        gap.read_block_comment(collector.buffer_for_block_comment());
        gap.skip_blanks();
        gap.try_newline();
        break;
      case CommentStart::none:
        if (gap.try_newline()) {
          collector.flush();  // a blank line ends a comment block
          collector.detach_from_previous();
          break;
        }
        if (next_ends_scope) collector.flush();
        collector.finish();
        return out;
    }
  }
}

}  // namespace protoforge::lex
