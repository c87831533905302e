// Resolving an option's name (`java_package`, `(my.opt)`, `(my.opt).a.b`) to the chain of fields it sets, as
// protoc's OptionInterpreter does: plain parts are fields of the current message, parenthesized parts are looked
// up from the element's scope and must extend the current message; every part but the last must be a
// non-repeated message.
#pragma once

#include <string>
#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/options/name_lookup.h"
#include "compiler/options/schema.h"

namespace protoforge::options {

struct ResolvedName {
  std::vector<FieldInfo> chain;  // one field per name part; the last one is the option's field
  std::vector<int32_t> path;     // their numbers, for SourceCodeInfo
  std::string debug_name;        // as protoc spells the name in errors: "(my.opt).a"
  std::string error;             // protoc's message if resolution failed (reported at the name)
};

// When `protoc_321_names`, built-in options that protoc 3.21 lacks are unknown (see protoc321.h).
// `options_type` is the options message (e.g. "google.protobuf.FileOptions"); `scope` is the innermost scope
// searched for `(ext)` parts: the scope enclosing the element (the package for file options).
ResolvedName resolve_option_name(const std::vector<ast::OptionNamePart>& name, const std::string& options_type,
                                 const std::string& scope, const Schema& schema, const NameLookup& lookup,
                                 bool protoc_321_names = false);

}  // namespace protoforge::options
