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

// Writes `value` as a varint at `at`; returns the position after it. The location's fixed part is written through
// a pointer into space reserved once, instead of one string append per varint.
char* put_varint(char* at, uint64_t value) {
  while (value >= 0x80) {
    *at++ = static_cast<char>(value | 0x80);
    value >>= 7;
  }
  *at++ = static_cast<char>(value);
  return at;
}

template <class Range>
char* put_packed(char* at, int32_t number, const Range& values, size_t size) {
  if (size == 0) return at;  // libprotobuf writes no packed field for an empty repeated field
  at = put_varint(at, wire::encode_tag(number, WireType::length_delimited));
  at = put_varint(at, size);
  for (int32_t value : values) at = put_varint(at, static_cast<uint32_t>(value));
  return at;
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
  // SourceCodeInfo.location's tag and length, then the path and span: exactly `fixed` bytes.
  const size_t fixed = 1 + wire::size_varint(body) + (path_size ? field_size(path_size) : 0) + field_size(span_size);
  const size_t start = out.size();
  out.resize(start + fixed);
  char* at = out.data() + start;
  at = put_varint(at, wire::encode_tag(1, WireType::length_delimited));
  at = put_varint(at, body);
  at = put_packed(at, fl::path, path, path_size);
  put_packed(at, fl::span, span, span_size);
  if (leading) append_string(out, fl::leading_comments, *leading);
  if (trailing) append_string(out, fl::trailing_comments, *trailing);
  if (comments) {
    for (const std::string& detached : comments->detached) append_string(out, fl::leading_detached_comments, detached);
  }
}

}  // namespace protoforge::sourceinfo::internal
