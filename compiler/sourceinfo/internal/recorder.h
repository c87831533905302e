// The location list under construction, plus what every element recorder needs: the file's text (for spans) and
// the option interpreter's results (for option paths). Internal to compiler/sourceinfo.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include "compiler/ast/ast.h"
#include "runtime/descriptor/descriptor.h"
#include "compiler/link/pool.h"
#include "compiler/source/source_file.h"
#include "compiler/sourceinfo/internal/path.h"

namespace protoforge::sourceinfo::internal {

using source::Span;

// `base` followed by `more`.
Path join(const Path& base, std::initializer_list<int32_t> more);

// A location's span as protoc writes it: [start_line, start_column, (end_line,) end_column].
struct SpanNumbers {
  int32_t values[4] = {};
  size_t size = 0;
  const int32_t* begin() const { return values; }
  const int32_t* end() const { return values + size; }
};

// Appends locations in call order; callers call it in protoc's order (see source_info.h). Locations go either
// into SourceCodeInfo structs or, serialized, onto a string (the body of a SourceCodeInfo message).
class Recorder {
 public:
  Recorder(const link::LinkedFile& file, descriptor::SourceCodeInfo& out);
  Recorder(const link::LinkedFile& file, std::string& encoded);

  // A location for `span` (protoc's span form: 3 elements when it starts and ends on one line).
  void add(const Path& path, Span span);
  // The same, carrying the comments the parser attached to the declaration.
  void add(const Path& path, Span span, const ast::Comments& comments);

  // The span of the first token inside `span` when that token is a lone '-' (a negative number's sign), else `span`.
  Span sign_or_whole(Span span) const;
  // `span` without surrounding parentheses and whitespace (the name inside an extension option name part).
  Span inside_parentheses(Span span) const;

  // Path of the option field that `option` set, relative to its element's options message; nullptr when the
  // interpreter did not record one (the option then keeps its uninterpreted_option location, as in protoc).
  const std::vector<int32_t>* interpreted_path(const ast::Option& option) const;

  // Span of the whole file's tokens, as protoc's root location: first token to last token.
  void add_root(Span first_token_to_last);
  // protoc's root location for a file without tokens: it starts at the end of the text and ends at column 0 of
  // line 0 (its end-of-file token and its start token).
  void add_empty_root();

 private:
  void add_location(const Path& path, const SpanNumbers& span, const ast::Comments* comments);
  SpanNumbers span_numbers(Span span);
  source::LineColumn position_of(uint32_t offset);

  const link::LinkedFile& file_;
  const source::SourceFile& source_;
  descriptor::SourceCodeInfo* out_ = nullptr;  // exactly one of out_ and encoded_ is set
  std::string* encoded_ = nullptr;
  // The last start position computed. Locations start mostly in increasing source order, so most positions are
  // found by scanning forward from here rather than by a line-index search.
  uint32_t cursor_offset_ = 0;
  source::LineColumn cursor_;
};

// Appends one SourceCodeInfo.location field (tag, length, Location message) exactly as libprotobuf serializes it.
// Only non-empty leading/trailing comments are written (see Recorder::add).
void append_encoded_location(std::string& out, const Path& path, const SpanNumbers& span,
                             const ast::Comments* comments);

// Records every location of `file` (the whole traversal; defined with the file-level elements).
void record_file(Recorder& r, const ast::File& file);

// Where a group's or map field's synthesized message goes: the nested types of the enclosing message, or the
// file's message types for a group declared in a file-level `extend`.
struct NestedTypes {
  const Path& owner;          // path of the enclosing message, or an empty path for the file
  int32_t field_number = 0;   // DescriptorProto.nested_type or FileDescriptorProto.message_type
  int32_t* count = nullptr;   // how many the owner has so far (advanced here)
};

// One function per element kind. `path` is the element's own path unless the name says otherwise.
void record_message(Recorder& r, const Path& path, const ast::Message& message);
void record_message_body(Recorder& r, const Path& path, const std::vector<ast::MessageElement>& body);
void record_enum(Recorder& r, const Path& path, const ast::Enum& enum_type);
// `extend_path` is the path of the enclosing scope's extension list ({7} or message + {6}); `count` is how many
// extensions that scope declared before this block.
void record_extend(Recorder& r, const Path& extend_path, const ast::Extend& extend, int32_t& count,
                   const NestedTypes& nested);
// A field, map field or group. `extendee` is set for fields of an `extend` block.
void record_field(Recorder& r, const Path& path, const ast::Field& field, const NestedTypes& nested,
                  const ast::TypeRef* extendee);

// `option ...;` inside an element whose options live at `options_path`; `index` counts that element's
// options so far (its uninterpreted_option index).
void record_option_statement(Recorder& r, const Path& options_path, int32_t& index, const ast::Option& option);
// One option (statement or bracketed) below `options_path`.
void record_option(Recorder& r, const Path& options_path, int32_t& index, const ast::Option& option);
// `[a = 1, b = 2]` of an element whose options live at `options_path` (all options, no default/json_name).
void record_compact_options(Recorder& r, const Path& options_path, const ast::CompactOptions& options);

}  // namespace protoforge::sourceinfo::internal
