// One .proto file's text plus a lazily built line index.
// Columns follow protoc's tokenizer: zero-based, one per byte, and a tab advances to the next multiple of 8.
// Both SourceCodeInfo spans and "file:line:col" diagnostics depend on that convention.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/source/span.h"

namespace protoforge::source {

struct LineColumn {
  int line = 0;    // zero-based
  int column = 0;  // zero-based, tabs expanded to multiples of 8
  bool operator==(const LineColumn&) const = default;
};

class SourceFile {
 public:
  // `path` is the file's name as given on the command line or import (the virtual path protoc reports).
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }
  std::string_view slice(Span span) const { return std::string_view(text_).substr(span.begin, span.end - span.begin); }

  // Line and column of a byte offset; offsets past the end map to the end of the text.
  LineColumn locate(uint32_t offset) const;

 private:
  void build_line_index() const;

  std::string path_;
  std::string text_;
  mutable std::vector<uint32_t> line_starts_;  // built on first locate()
};

}  // namespace protoforge::source
