// The layout half of the text printers: one place knows how a field line, a nested block and the separators look
// in multi-line and single-line mode, so the message printer and the unknown-field printer only say what to print.
//   multi-line:  `name: value\n`, `name {\n` ... `}\n`, two spaces of indentation per level
//   single-line: `name: value name { a: 1 }`, one space between items and none at the end
#pragma once

#include <string>
#include <string_view>

namespace protoforge::text::internal {

class TextWriter {
 public:
  // Appends to `out` (not owned; must outlive the writer).
  TextWriter(std::string& out, bool single_line) : out_(out), start_(out.size()), single_line_(single_line) {}

  // Starts a `name: ` line and returns the buffer for the value; end_value() finishes the line.
  std::string& begin_value(std::string_view name) {
    indent();
    out_.append(name).append(": ");
    return out_;
  }
  void end_value() { out_.push_back(single_line_ ? ' ' : '\n'); }

  void begin_block(std::string_view name) {
    indent();
    out_.append(name).append(single_line_ ? " { " : " {\n");
    ++depth_;
  }
  void end_block() {
    --depth_;
    indent();
    out_.append(single_line_ ? "} " : "}\n");
  }

  // Single-line output ends without the separator after its last item.
  void finish() {
    if (single_line_ && out_.size() > start_ && out_.back() == ' ') out_.pop_back();
  }

 private:
  void indent() {
    if (!single_line_) out_.append(static_cast<size_t>(depth_) * 2, ' ');
  }

  std::string& out_;
  size_t start_;  // what the caller had in `out` before; never trimmed
  bool single_line_;
  int depth_ = 0;
};

}  // namespace protoforge::text::internal
