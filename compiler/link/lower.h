// Lowering: ast::File -> FileDescriptorProto, in the element order protoc's parser produces (fields in declaration
// order including oneof members; nested types interleaving nested messages, group messages and synthesized map
// entries; synthetic proto3-optional oneofs after the real ones), plus the FileNode tree that remembers where
// each element came from. Type names stay as written here; cross-linking resolves them later.
#pragma once

#include "compiler/ast/ast.h"
#include "runtime/descriptor/descriptor.h"
#include "compiler/link/report.h"
#include "compiler/link/tree.h"

namespace protoforge::link {

// Fills `out` (expected empty) and returns the tree; `bind_tree` must be called once `out` has its final address.
// Reports the errors protoc's parser would report for default values.
FileNode lower_file(const ast::File& file, descriptor::FileDescriptorProto& out, Reporter& reporter);

// The scalar type named by a keyword such as "int32", or nullopt for a type name.
std::optional<descriptor::FieldType> scalar_type(std::string_view keyword);

}  // namespace protoforge::link
