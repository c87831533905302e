#include "compiler/source/source_file.h"

#include <algorithm>

namespace protoforge::source {

namespace {
constexpr int kTabWidth = 8;
}

SourceFile::SourceFile(std::string path, std::string text) : path_(std::move(path)), text_(std::move(text)) {}

void SourceFile::build_line_index() const {
  line_starts_.push_back(0);
  for (uint32_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
}

LineColumn SourceFile::locate(uint32_t offset) const {
  if (line_starts_.empty()) build_line_index();
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const int line = static_cast<int>(it - line_starts_.begin()) - 1;
  int column = 0;
  for (uint32_t i = line_starts_[line]; i < offset; ++i) {
    column = text_[i] == '\t' ? column + kTabWidth - column % kTabWidth : column + 1;
  }
  return {line, column};
}

}  // namespace protoforge::source
