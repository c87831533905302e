// Indented text output for the emitters: print() formats with fmt and appends whole lines at the current depth.
#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace protoforge::cpp {

class Printer {
 public:
  template <class... Args>
  void print(fmt::format_string<Args...> format, Args&&... args) {
    line(fmt::format(format, std::forward<Args>(args)...));
  }
  void line(std::string_view text) {
    if (!text.empty()) out_.append(static_cast<size_t>(depth_) * 2, ' ');
    out_.append(text);
    out_ += '\n';
  }
  void blank() { out_ += '\n'; }
  void indent() { ++depth_; }
  void outdent() { --depth_; }
  const std::string& text() const { return out_; }

 private:
  std::string out_;
  int depth_ = 0;
};

}  // namespace protoforge::cpp
