// A location path (field numbers and indices from the FileDescriptorProto down to an element). Nearly every
// location's path is short, so it lives inline and building one per location costs no allocation; deeper paths
// (deeply nested messages) spill to the heap. Internal to compiler/sourceinfo.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <vector>

namespace protoforge::sourceinfo::internal {

class Path {
 public:
  Path() = default;
  Path(std::initializer_list<int32_t> values) { append(values.begin(), values.end()); }

  void append(const int32_t* first, const int32_t* last) {
    const size_t count = static_cast<size_t>(last - first);
    if (!heap_.empty() || size_ + count > kInline) {
      if (heap_.empty()) heap_.assign(inline_, inline_ + size_);
      heap_.insert(heap_.end(), first, last);
    } else {
      std::copy(first, last, inline_ + size_);
    }
    size_ += count;
  }

  const int32_t* begin() const { return heap_.empty() ? inline_ : heap_.data(); }
  const int32_t* end() const { return begin() + size_; }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

 private:
  static constexpr size_t kInline = 20;
  size_t size_ = 0;
  int32_t inline_[kInline] = {};
  std::vector<int32_t> heap_;  // all the values once they outgrow inline_ (then non-empty)
};

}  // namespace protoforge::sourceinfo::internal
