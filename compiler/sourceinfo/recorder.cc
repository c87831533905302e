#include "compiler/sourceinfo/internal/recorder.h"

#include <algorithm>
#include <cctype>
#include <iterator>

namespace protoforge::sourceinfo::internal {

namespace {
constexpr int kTabWidth = 8;  // protoc's tokenizer advances a tab to the next multiple of 8 (as SourceFile::locate)
constexpr uint32_t kMaxForwardScan = 4096;  // beyond this, a line-index search is cheaper than scanning

int advance_column(int column, char c) { return c == '\t' ? column + kTabWidth - column % kTabWidth : column + 1; }
}  // namespace

Path join(const Path& base, std::initializer_list<int32_t> more) {
  Path path;
  path.reserve(base.size() + more.size());
  path.insert(path.end(), base.begin(), base.end());
  path.insert(path.end(), more.begin(), more.end());
  return path;
}

Recorder::Recorder(const link::LinkedFile& file, descriptor::SourceCodeInfo& out)
    : file_(file), source_(*file.source), out_(out) {}

// protoc records a token's line and column at the start and its end column at the end, and leaves out the end
// line when it equals the start line. Tokens never span lines, so the end offset's line is the last token's line.
// Locations are the bulk of a descriptor set with source info, so this avoids a second line lookup for spans on
// one line and allocates the span exactly once.
void Recorder::set_span(descriptor::SourceLocation& location, Span span) {
  const std::string_view text = source_.text();
  const uint32_t begin = std::min<uint32_t>(span.begin, static_cast<uint32_t>(text.size()));
  const source::LineColumn start = position_of(begin);
  const std::string_view inside = text.substr(begin, std::max<size_t>(span.end, begin) - begin);
  if (inside.find('\n') == std::string_view::npos) {
    int column = start.column;
    for (char c : inside) column = advance_column(column, c);
    const int32_t numbers[] = {start.line, start.column, column};
    location.span.assign(std::begin(numbers), std::end(numbers));
    return;
  }
  const source::LineColumn end = source_.locate(span.end);
  const int32_t numbers[] = {start.line, start.column, end.line, end.column};
  location.span.assign(std::begin(numbers), std::end(numbers));
}

source::LineColumn Recorder::position_of(uint32_t offset) {
  if (offset < cursor_offset_ || offset - cursor_offset_ > kMaxForwardScan) {
    cursor_ = source_.locate(offset);
  } else {
    const std::string_view text = source_.text();
    for (uint32_t i = cursor_offset_; i < offset; ++i) {
      if (text[i] == '\n') {
        ++cursor_.line;
        cursor_.column = 0;
      } else {
        cursor_.column = advance_column(cursor_.column, text[i]);
      }
    }
  }
  cursor_offset_ = offset;
  return cursor_;
}

void Recorder::add(Path path, Span span) {
  descriptor::SourceLocation& location = out_.location.emplace_back();
  location.path = std::move(path);
  set_span(location, span);
}

void Recorder::add(Path path, Span span, const ast::Comments& comments) {
  add(std::move(path), span);
  descriptor::SourceLocation& location = out_.location.back();
  if (comments.leading && !comments.leading->empty()) location.leading_comments = comments.leading;
  if (comments.trailing && !comments.trailing->empty()) location.trailing_comments = comments.trailing;
  location.leading_detached_comments = comments.detached;
}

void Recorder::add_root(Span first_token_to_last) { add({}, first_token_to_last); }

void Recorder::add_empty_root() {
  descriptor::SourceLocation& location = out_.location.emplace_back();
  const source::LineColumn end = source_.locate(static_cast<uint32_t>(source_.text().size()));
  location.span = {end.line, end.column};
  if (end.line != 0) location.span.push_back(0);
  location.span.push_back(0);
}

Span Recorder::sign_or_whole(Span span) const {
  const std::string_view text = source_.text();
  if (span.begin < span.end && span.begin < text.size() && text[span.begin] == '-') return {span.begin, span.begin + 1};
  return span;
}

// Spans come from a successful parse; the clamping only keeps a malformed AST from reading past the text.
Span Recorder::inside_parentheses(Span span) const {
  const std::string_view text = source_.text();
  span.end = std::min<uint32_t>(span.end, static_cast<uint32_t>(text.size()));
  auto is_blank = [&](uint32_t i) { return std::isspace(static_cast<unsigned char>(text[i])) != 0; };
  if (span.begin < span.end && text[span.begin] == '(') ++span.begin;
  if (span.begin < span.end && text[span.end - 1] == ')') --span.end;
  while (span.begin < span.end && is_blank(span.begin)) ++span.begin;
  while (span.begin < span.end && is_blank(span.end - 1)) --span.end;
  return span;
}

const std::vector<int32_t>* Recorder::interpreted_path(const ast::Option& option) const {
  auto it = file_.interpreted_option_paths.find(&option);
  return it == file_.interpreted_option_paths.end() ? nullptr : &it->second;
}

}  // namespace protoforge::sourceinfo::internal
