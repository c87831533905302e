// Test helper: parses .proto text with the real parser and links it into one pool, collecting diagnostics as
// protoc prints them ("file:line:col: message", 1-based).
#pragma once

#include <deque>
#include <string>
#include <vector>

#include "compiler/check/validate.h"
#include "compiler/link/pool.h"
#include "compiler/parse/parser.h"

namespace protoforge::link::testing {

class LinkFixture {
 public:
  // Parses and links `text` as `path`; runs validation too when `validate` (options are not interpreted).
  const LinkedFile* add(std::string path, std::string text, bool validate = false) {
    const auto& source = sources_.emplace_back(std::move(path), std::move(text));
    const auto& file = asts_.emplace_back(parse::parse_file(source, sink_));
    LinkedFile* linked = pool_.add(source, file, sink_);
    if (validate && linked) check::validate_file(*linked, pool_, sink_);
    return linked;
  }

  // Every diagnostic so far, formatted like protoc's gcc-style output (warnings marked), then cleared.
  std::vector<std::string> diagnostics() {
    std::vector<std::string> out;
    for (const diag::Diagnostic& d : sink_.take()) {
      std::string line = d.file;
      if (d.line >= 0) line += ":" + std::to_string(d.line + 1) + ":" + std::to_string(d.column + 1);
      line += ": ";
      if (d.severity == diag::Severity::warning) line += "warning: ";
      out.push_back(line + d.message);
    }
    return out;
  }

  // The same, one per line (doctest prints strings, not vectors, when a check fails).
  std::string text() {
    std::string out;
    for (const std::string& line : diagnostics()) out += line + "\n";
    return out;
  }

  DescriptorPool& pool() { return pool_; }

 private:
  std::deque<source::SourceFile> sources_;
  std::deque<ast::File> asts_;
  DescriptorPool pool_;
  diag::DiagnosticSink sink_;
};

}  // namespace protoforge::link::testing
