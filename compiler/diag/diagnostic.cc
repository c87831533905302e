#include "compiler/diag/diagnostic.h"

namespace protoforge::diag {

const char* to_string(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
  }
  return "unknown";
}

void DiagnosticSink::report(Diagnostic diagnostic) {
  std::lock_guard lock(mutex_);
  if (diagnostic.severity == Severity::error) ++errors_;
  diagnostics_.push_back(std::move(diagnostic));
}

void DiagnosticSink::error(std::string file, int line, int column, std::string message) {
  report({Severity::error, std::move(file), line, column, std::move(message), {}});
}

void DiagnosticSink::warning(std::string file, int line, int column, std::string message) {
  report({Severity::warning, std::move(file), line, column, std::move(message), {}});
}

bool DiagnosticSink::has_errors() const {
  std::lock_guard lock(mutex_);
  return errors_ > 0;
}

size_t DiagnosticSink::error_count() const {
  std::lock_guard lock(mutex_);
  return errors_;
}

std::vector<Diagnostic> DiagnosticSink::take() {
  std::lock_guard lock(mutex_);
  errors_ = 0;
  return std::exchange(diagnostics_, {});
}

}  // namespace protoforge::diag
