// Serialized locations, for writers that only need the bytes: the same wire format libprotobuf (and
// descriptor::append_file) produces for SourceCodeInfo.Location, written without building the structs. Sizes
// are computed first so every length prefix is written in place.
#include "compiler/sourceinfo/internal/recorder.h"
#include "runtime/wire/wire_format.h"

namespace protoforge::sourceinfo::internal {

namespace {

namespace fl = descriptor::field_numbers::location;
using wire::WireType;

// Paths and spans are never negative, so each value is a plain varint.
template <class Range>
size_t packed_size(const Range& values) {
  size_t size = 0;
  for (int32_t value : values) size += wire::size_varint(static_cast<uint32_t>(value));
  return size;
}

size_t field_size(size_t body) { return 1 + wire::size_varint(body) + body; }  // one-byte tag: fields 1..15

template <class Range>
void append_packed(std::string& out, int32_t number, const Range& values, size_t size) {
  if (size == 0) return;  // libprotobuf writes no packed field for an empty repeated field
  wire::append_tag(out, number, WireType::length_delimited);
  wire::append_varint(out, size);
  for (int32_t value : values) wire::append_varint(out, static_cast<uint32_t>(value));
}

void append_string(std::string& out, int32_t number, const std::string& text) {
  wire::append_tag(out, number, WireType::length_delimited);
  wire::append_bytes(out, text);
}

const std::string* non_empty(const std::optional<std::string>& text) {
  return text && !text->empty() ? &*text : nullptr;
}

}  // namespace

void append_encoded_location(std::string& out, const Path& path, const SpanNumbers& span,
                             const ast::Comments* comments) {
  const std::string* leading = comments ? non_empty(comments->leading) : nullptr;
  const std::string* trailing = comments ? non_empty(comments->trailing) : nullptr;
  const size_t path_size = packed_size(path);
  const size_t span_size = packed_size(span);
  size_t body = (path_size ? field_size(path_size) : 0) + field_size(span_size);
  if (leading) body += field_size(leading->size());
  if (trailing) body += field_size(trailing->size());
  if (comments) {
    for (const std::string& detached : comments->detached) body += field_size(detached.size());
  }
  wire::append_tag(out, 1, WireType::length_delimited);  // SourceCodeInfo.location
  wire::append_varint(out, body);
  append_packed(out, fl::path, path, path_size);
  append_packed(out, fl::span, span, span_size);
  if (leading) append_string(out, fl::leading_comments, *leading);
  if (trailing) append_string(out, fl::trailing_comments, *trailing);
  if (comments) {
    for (const std::string& detached : comments->detached) append_string(out, fl::leading_detached_comments, detached);
  }
}

}  // namespace protoforge::sourceinfo::internal
