// Helpers for the parser's unit tests: parse a text, render its diagnostics like protoc, slice spans.
#pragma once

#include <string>
#include <vector>

#include "compiler/diag/render.h"
#include "compiler/parse/parser.h"

namespace protoforge::testing {

struct Parsed {
  source::SourceFile source;
  ast::File file;
  std::vector<std::string> errors;  // rendered "name:LINE:COL: message"

  std::string_view text(source::Span span) const { return source.slice(span); }
};

inline Parsed parse_text(std::string text, std::string name = "t.proto") {
  Parsed parsed{source::SourceFile(name, std::move(text)), {}, {}};
  diag::DiagnosticSink sink;
  parsed.file = parse::parse_file(parsed.source, sink);
  for (const diag::Diagnostic& d : sink.take()) parsed.errors.push_back(diag::render(d, diag::ErrorFormat::gcc));
  return parsed;
}

template <class T, class Variant>
const T& element(const std::vector<Variant>& body, size_t index) {
  return std::get<T>(body.at(index));
}

}  // namespace protoforge::testing
