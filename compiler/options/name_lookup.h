// protoc's scoped symbol lookup as the option interpreter uses it (DescriptorBuilder::LookupSymbol): innermost
// scope first, a dotted name's first component decides the scope, and only symbols of the file itself or of
// files it can see (its imports and their public imports) count. Also reports the name a dotted lookup settled
// on when the rest was missing, for protoc's "is resolved to ..., which is not defined" error.
//
// Production code uses the linker's lookup (which also records imports as used); ScopedNameLookup is the same
// rule over a plain SymbolTable, for tests and tools without a pool.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

#include "compiler/link/pool.h"
#include "compiler/options/schema.h"

namespace protoforge::options {

class NameLookup {
 public:
  virtual ~NameLookup() = default;

  struct Result {
    const link::Symbol* symbol = nullptr;
    std::string undefined_name;  // set when the first component resolved but the whole name did not
  };
  // Resolves `name` (may start with '.') from the innermost scope `scope` ("" = the root), then its parents.
  virtual Result lookup(std::string_view name, std::string_view scope) const = 0;
};

// The scope protoc searches first for names used relative to `full_name`: everything before its last dot.
std::string_view enclosing_scope(std::string_view full_name);

class ScopedNameLookup : public NameLookup {
 public:
  // `file` limits lookups to what it can see; nullptr disables that check.
  ScopedNameLookup(const SymbolTable& symbols, const link::LinkedFile* file);

  Result lookup(std::string_view name, std::string_view scope) const override;

 private:
  const link::Symbol* find_visible(std::string_view full_name) const;
  bool is_visible(const link::Symbol& symbol, std::string_view full_name) const;

  const SymbolTable& symbols_;
  const link::LinkedFile* file_;
  std::unordered_set<const link::LinkedFile*> visible_;  // the file, its imports and their public imports
};

}  // namespace protoforge::options
