// protoc's scoped name lookup (DescriptorBuilder::LookupSymbolNoPlaceholder + FindSymbol): innermost scope first,
// dotted names resolved by their first component, and, when looking up from a file, only symbols of that file and
// of the files it imports (directly or through public imports) are visible.
#pragma once

#include <string_view>

#include "compiler/link/pool.h"
#include "compiler/link/symbol_table.h"

namespace protoforge::link {

// `scope` is the innermost scope searched (e.g. "pkg.Msg" for a field of pkg.Msg, the package for file-level
// elements). With `from`, visibility is enforced and uses are recorded in from->used_dependencies.
Resolution lookup_symbol(const SymbolTable& table, LinkedFile* from, std::string_view scope, std::string_view name,
                         bool types_only);

// Fills LinkedFile::visible_files from its dependencies (which must be complete).
void compute_visible_files(LinkedFile& file);

}  // namespace protoforge::link
