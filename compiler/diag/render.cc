#include "compiler/diag/render.h"

#include <fmt/format.h>

namespace protoforge::diag {

namespace {

std::string render_gcc(const Diagnostic& d) {
  const char* prefix = d.severity == Severity::warning ? "warning: " : "";
  if (d.line < 0) {
    if (d.file.empty()) return fmt::format("{}{}", prefix, d.message);
    return fmt::format("{}: {}{}", d.file, prefix, d.message);
  }
  return fmt::format("{}:{}:{}: {}{}", d.file, d.line + 1, d.column + 1, prefix, d.message);
}

std::string render_msvs(const Diagnostic& d) {
  const char* kind = d.severity == Severity::warning ? "warning" : "error";
  if (d.line < 0) {
    if (d.file.empty()) return d.message;
    return fmt::format("{}: {}: {}", d.file, kind, d.message);
  }
  return fmt::format("{}({}) : {} in column={}: {}", d.file, d.line + 1, kind, d.column + 1, d.message);
}

}  // namespace

std::string render(const Diagnostic& diagnostic, ErrorFormat format) {
  return format == ErrorFormat::msvs ? render_msvs(diagnostic) : render_gcc(diagnostic);
}

}  // namespace protoforge::diag
