// Loads and parses a set of .proto files and everything they import, on several threads.
// Parsing is the bulk of a compile, and files are independent until linking, so the import closure is parsed
// in parallel; each file keeps its own diagnostics so the driver can print them in protoc's order afterwards.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/diag/diagnostic.h"
#include "compiler/driver/source_tree.h"
#include "compiler/source/source_file.h"

namespace protoforge::driver {

struct LoadedFile {
  std::string virtual_path;
  bool found = false;
  std::string disk_path;  // empty for built-in files
  std::unique_ptr<source::SourceFile> source;
  ast::File ast;
  std::vector<diag::Diagnostic> parse_diagnostics;
  bool parse_failed = false;
};

// Every file reachable from `roots` through imports, keyed by virtual path. Files that are not found are present
// with found == false. `threads` is the number of parser threads (at least 1).
std::map<std::string, std::unique_ptr<LoadedFile>> load_closure(const SourceTree& tree,
                                                                 const std::vector<std::string>& roots,
                                                                 unsigned threads);

}  // namespace protoforge::driver
