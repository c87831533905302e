// Reports linker diagnostics at protoc's positions. protoc locates a build error at the first token of the part
// it blames (name, number, type, ...), so every report takes the span of that part and uses its start.
#pragma once

#include <string>

#include "compiler/diag/diagnostic.h"
#include "compiler/source/source_file.h"

namespace protoforge::link {

class Reporter {
 public:
  Reporter(const source::SourceFile& source, diag::DiagnosticSink& sink) : source_(source), sink_(sink) {}

  void error(source::Span at, std::string message);
  void warning(source::Span at, std::string message);
  // An error without a position (protoc prints "file: message" when it has no location for the element).
  void error_without_location(std::string message);

  bool had_errors() const { return had_errors_; }
  // Counts errors reported earlier for the same file by another reporter (lowering done ahead of time).
  void add_earlier_errors(bool had_errors) { had_errors_ = had_errors_ || had_errors; }
  const source::SourceFile& source() const { return source_; }

 private:
  const source::SourceFile& source_;
  diag::DiagnosticSink& sink_;
  bool had_errors_ = false;
};

}  // namespace protoforge::link
