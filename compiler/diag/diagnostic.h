// Diagnostics are values: every stage reports them into a DiagnosticSink and carries on, so one run shows every
// error of a file. Messages keep protoc's wording where users and tests depend on it.
#pragma once

#include <mutex>
#include <utility>
#include <string>
#include <vector>

namespace protoforge::diag {

enum class Severity { error, warning };

const char* to_string(Severity severity);

struct Note {
  std::string file;
  int line = -1;    // zero-based; -1 when the note has no location
  int column = -1;  // zero-based
  std::string message;
  bool operator==(const Note&) const = default;
};

struct Diagnostic {
  Severity severity = Severity::error;
  std::string file;  // virtual path as protoc prints it; may be empty for command-line errors
  int line = -1;     // zero-based; -1 when the diagnostic has no location (e.g. "File not found.")
  int column = -1;   // zero-based, protoc's tab convention
  std::string message;
  std::vector<Note> notes;  // e.g. "previously defined here"
  bool operator==(const Diagnostic&) const = default;
};

// Collects diagnostics from any stage. Thread-safe: files are parsed in parallel.
class DiagnosticSink {
 public:
  void report(Diagnostic diagnostic);
  void error(std::string file, int line, int column, std::string message);
  void warning(std::string file, int line, int column, std::string message);

  bool has_errors() const;
  std::vector<Diagnostic> take();  // in report order
  size_t error_count() const;

 private:
  mutable std::mutex mutex_;
  std::vector<Diagnostic> diagnostics_;
  size_t errors_ = 0;
};

}  // namespace protoforge::diag
