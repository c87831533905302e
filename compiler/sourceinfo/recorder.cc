#include "compiler/sourceinfo/internal/recorder.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string_view>

namespace protoforge::sourceinfo::internal {

namespace {
constexpr int kTabWidth = 8;  // protoc's tokenizer advances a tab to the next multiple of 8 (as SourceFile::locate)
constexpr uint32_t kMaxForwardScan = 4096;  // beyond this, a line-index search is cheaper than scanning

// Offset of the last '\n' in `text`, or npos. glibc's memrchr is vectorized; string_view::rfind goes byte by byte.
size_t last_newline_in(std::string_view text) {
#if defined(__GLIBC__)
  const void* found = text.empty() ? nullptr : memrchr(text.data(), '\n', text.size());
  return found ? static_cast<size_t>(static_cast<const char*>(found) - text.data()) : std::string_view::npos;
#else
  return text.rfind('\n');
#endif
}

// The position after `text` when `text` starts at `at`. Most text has no tab, so lines and columns are counted
// with the vectorized search functions rather than character by character.
source::LineColumn advance_over(source::LineColumn at, std::string_view text) {
  // A plain counting loop, which the compiler vectorizes (std::count here went byte by byte): spans of whole
  // messages and files are scanned this way.
  const size_t last_newline = last_newline_in(text);
  if (last_newline != std::string_view::npos) {
    int lines = 0;
    for (size_t i = 0; i <= last_newline; ++i) lines += text[i] == '\n';
    at.line += lines;
    at.column = 0;
    text.remove_prefix(last_newline + 1);
  }
  if (text.find('\t') == std::string_view::npos) {
    at.column += static_cast<int>(text.size());
    return at;
  }
  for (char c : text) at.column = c == '\t' ? at.column + kTabWidth - at.column % kTabWidth : at.column + 1;
  return at;
}

}  // namespace

Path join(const Path& base, std::initializer_list<int32_t> more) {
  Path path = base;
  path.append(more.begin(), more.end());
  return path;
}

Recorder::Recorder(const link::LinkedFile& file, descriptor::SourceCodeInfo& out)
    : file_(file), source_(*file.source), out_(&out) {}

Recorder::Recorder(const link::LinkedFile& file, std::string& encoded)
    : file_(file), source_(*file.source), encoded_(&encoded) {}

// protoc records a token's line and column at the start and its end column at the end, and leaves out the end
// line when it equals the start line. Tokens never span lines, so the end offset's line is the last token's line.
SpanNumbers Recorder::span_numbers(Span span) {
  const std::string_view text = source_.text();
  const uint32_t begin = std::min<uint32_t>(span.begin, static_cast<uint32_t>(text.size()));
  const source::LineColumn start = position_of(begin);
  const std::string_view inside = text.substr(begin, std::max<size_t>(span.end, begin) - begin);
  // Scanning the span (newlines are counted with a vectorized search) is cheaper than having SourceFile build its
  // line index for the file, which the root location, spanning the whole file, would otherwise force.
  const source::LineColumn end = advance_over(start, inside);
  if (end.line == start.line) return {{start.line, start.column, end.column}, 3};
  return {{start.line, start.column, end.line, end.column}, 4};
}

source::LineColumn Recorder::position_of(uint32_t offset) {
  if (offset < cursor_offset_ || offset - cursor_offset_ > kMaxForwardScan) {
    cursor_ = source_.locate(offset);
  } else {
    cursor_ = advance_over(cursor_, source_.text().substr(cursor_offset_, offset - cursor_offset_));
  }
  cursor_offset_ = offset;
  return cursor_;
}

// protoc attaches a leading or trailing comment only when its text is non-empty, but keeps every detached one.
void Recorder::add_location(const Path& path, const SpanNumbers& span, const ast::Comments* comments) {
  if (encoded_) {
    append_encoded_location(*encoded_, path, span, comments);
    return;
  }
  descriptor::SourceLocation& location = out_->location.emplace_back();
  location.path.assign(path.begin(), path.end());
  location.span.assign(span.begin(), span.end());
  if (!comments) return;
  if (comments->leading && !comments->leading->empty()) location.leading_comments = comments->leading;
  if (comments->trailing && !comments->trailing->empty()) location.trailing_comments = comments->trailing;
  location.leading_detached_comments = comments->detached;
}

void Recorder::add(const Path& path, Span span) { add_location(path, span_numbers(span), nullptr); }

void Recorder::add(const Path& path, Span span, const ast::Comments& comments) {
  add_location(path, span_numbers(span), &comments);
}

void Recorder::add_root(Span first_token_to_last) { add({}, first_token_to_last); }

void Recorder::add_empty_root() {
  const source::LineColumn end = source_.locate(static_cast<uint32_t>(source_.text().size()));
  SpanNumbers span{{end.line, end.column}, 2};
  if (end.line != 0) span.values[span.size++] = 0;
  span.values[span.size++] = 0;
  add_location({}, span, nullptr);
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
