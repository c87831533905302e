#include "compiler/sourceinfo/internal/recorder.h"

#include <cctype>

namespace protoforge::sourceinfo::internal {

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
void Recorder::push_span(descriptor::SourceLocation& location, Span span) const {
  const source::LineColumn start = source_.locate(span.begin);
  const source::LineColumn end = source_.locate(span.end);
  location.span.push_back(start.line);
  location.span.push_back(start.column);
  if (end.line != start.line) location.span.push_back(end.line);
  location.span.push_back(end.column);
}

void Recorder::add(const Path& path, Span span) {
  descriptor::SourceLocation& location = out_.location.emplace_back();
  location.path = path;
  push_span(location, span);
}

// protoc attaches a leading or trailing comment only when its text is non-empty, but keeps every detached one.
void Recorder::add(const Path& path, Span span, const ast::Comments& comments) {
  add(path, span);
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
  if (!span.empty() && source_.text()[span.begin] == '-') return {span.begin, span.begin + 1};
  return span;
}

Span Recorder::inside_parentheses(Span span) const {
  const std::string_view text = source_.text();
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
