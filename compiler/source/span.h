// A span is a half-open byte range [begin, end) inside one source file.
// Every AST node and diagnostic carries spans rather than line/column pairs: offsets are cheap to store and the
// line index (SourceFile::locate) turns them into protoc-compatible line/column numbers only when needed.
#pragma once

#include <cstdint>

namespace protoforge::source {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  bool empty() const { return begin == end; }
  bool operator==(const Span&) const = default;
};

}  // namespace protoforge::source
