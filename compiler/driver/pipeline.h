// The per-file back half of the pipeline (link -> options -> check) and the options schema it needs, shared by
// the CLI's Compilation and by the fuzz target so both exercise exactly the same stages.
#pragma once

#include <memory>

#include "compiler/ast/ast.h"
#include "compiler/diag/diagnostic.h"
#include "compiler/link/pool.h"
#include "compiler/source/source_file.h"

namespace protoforge::driver {

// protoforge's compiled-in descriptor schema, against which built-in options are interpreted (as protoc uses its
// compiled-in descriptor.proto whatever the user's -I says). Owns the source, AST and pool behind it.
class OptionsSchema {
 public:
  // nullptr (with diagnostics) only if the built-in schema itself fails to compile.
  static std::unique_ptr<OptionsSchema> load(diag::DiagnosticSink& sink);
  const link::DescriptorPool& pool() const { return pool_; }

 private:
  OptionsSchema() = default;
  std::unique_ptr<source::SourceFile> source_;
  ast::File ast_;
  link::DescriptorPool pool_;
};

// Links `file` into `pool`, interprets its options and validates it. `source` and `file` must outlive the pool.
// Returns the linked file (nullptr if the pool refused it) - check the sink for errors.
// `lowered`, when given, is link::lower(source, file) made ahead of time (it is consumed).
link::LinkedFile* compile_parsed_file(const source::SourceFile& source, const ast::File& file,
                                      link::DescriptorPool& pool, diag::DiagnosticSink& sink,
                                      link::LoweredFile* lowered = nullptr);

}  // namespace protoforge::driver
