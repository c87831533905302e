// JSON text output for the printer: separators, indentation and string escaping, so that the printer only says
// what to write. Compact by default; with an indent it lays out as libprotobuf's add_whitespace does (one member or
// element per line, "key": value, empty containers as {} and [], a final newline).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace protoforge::json::internal {

// Appends `text` to `out` as the body of a JSON string (no quotes), escaping what libprotobuf 3.21 escapes:
// '"', '\\', control characters, '<' '>', U+007F-U+009F and the Unicode format characters that some readers drop
// or act on (U+00AD, U+0600-U+0603, U+200B-U+200F, U+2028-U+202E, U+FEFF, ...). Returns false when `text` is not
// valid UTF-8 (JSON text must be); `out` then holds part of it.
bool append_escaped(std::string& out, std::string_view text);

class Writer {
 public:
  // Appends to `out`, which must outlive the writer. `indent` spaces per level; 0 for compact output.
  Writer(std::string& out, int indent) : out_(out), indent_(indent) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  // A member name; the next call writes its value. Returns false when `name` is not valid UTF-8.
  bool key(std::string_view name);
  // A string value. Returns false when `text` is not valid UTF-8.
  bool string(std::string_view text);
  // A value written as given: a number, true, false or null.
  void literal(std::string_view token);
  // A string value whose text needs no escaping (numbers, base64, timestamps).
  void plain_string(std::string_view text);
  // Appends the text that ends a document (a newline when indenting).
  void finish();

 private:
  void before_value();
  void open(char bracket);
  void close(char bracket);
  void newline(size_t depth);

  std::string& out_;
  int indent_;
  std::vector<bool> has_items_;  // per open container: whether anything was written in it
  bool after_key_ = false;
};

}  // namespace protoforge::json::internal
