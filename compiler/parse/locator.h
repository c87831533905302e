// Line/column of error positions without rescanning long lines. SourceFile::locate costs the length of the line,
// and one long line can carry hundreds of thousands of errors (protoc reports every one), so the parser keeps
// the columns it has already computed on the current line and continues from the nearest one.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "compiler/source/source_file.h"

namespace protoforge::parse {

class Locator {
 public:
  explicit Locator(const source::SourceFile& source) : source_(source), text_(source.text()) {}

  source::LineColumn locate(uint32_t offset) {
    offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
    if (!on_current_line(offset)) return start_line(offset);
    // The nearest known column at or before `offset` (the line start has column 0).
    auto next = std::upper_bound(known_.begin(), known_.end(), std::make_pair(offset, INT32_MAX));
    uint32_t from = line_start_;
    int column = 0;
    if (next != known_.begin()) std::tie(from, column) = *std::prev(next);
    for (uint32_t i = from; i < offset; ++i) column = text_[i] == '\t' ? column + 8 - column % 8 : column + 1;
    if (next == known_.end() || next->first != offset) known_.insert(next, {offset, column});
    return {line_, column};
  }

 private:
  bool on_current_line(uint32_t offset) const {
    if (known_.empty() || offset < line_start_) return false;
    const uint32_t last = known_.back().first;
    return offset <= last || std::memchr(text_.data() + last, '\n', offset - last) == nullptr;
  }

  source::LineColumn start_line(uint32_t offset) {
    const source::LineColumn where = source_.locate(offset);
    uint32_t start = offset;
    while (start > 0 && text_[start - 1] != '\n') --start;
    line_start_ = start;
    line_ = where.line;
    known_.assign(1, {offset, where.column});
    return where;
  }

  const source::SourceFile& source_;
  std::string_view text_;
  uint32_t line_start_ = 0;
  int line_ = 0;
  std::vector<std::pair<uint32_t, int>> known_;  // (offset, column) on line `line_`, by offset
};

}  // namespace protoforge::parse
