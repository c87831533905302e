// The .proto parser: tokens -> ast::File, by recursive descent with one function per production of
// grammar/proto.ebnf. It accepts what protoc 3.21's parser accepts for proto2/proto3 (plus editions files, as newer
// protoc does), reports protoc's parse errors with protoc's wording at protoc's line:column (lexical errors
// interleaved as protoc's lazy tokenizer reports them), and recovers like protoc (skip to the end of the statement or
// block) so that every syntax error of a file is reported.
//
// Field `default` and `json_name` stay in the field's CompactOptions as ordinary options named "default" and
// "json_name" after protoc's parser checks on them. For a default on a field whose type is a name (enum or message:
// protoc does not know which yet), the value is the single token protoc takes verbatim: OptionValue::text holds
// the raw token text. A group field's name is kept as written (protoc lowercases it; the linker does that).
#pragma once

#include "compiler/ast/ast.h"
#include "compiler/diag/diagnostic.h"
#include "compiler/source/source_file.h"

namespace protoforge::parse {

// Parses one file. Errors go to `sink` (file = source.path()); the returned AST is complete when no error was
// reported and best-effort otherwise. Never throws, never recurses deeper than kMaxNestingDepth blocks.
ast::File parse_file(const source::SourceFile& source, diag::DiagnosticSink& sink);

// Message and group bodies nested deeper than this are skipped; if the file has no parse error, it gets protoc's
// file-level error "Reached maximum recursion limit for nested messages." (protoc's parser has no limit, but its
// descriptor builder rejects 32 levels and more with that message, so the output is the same; the linker has to
// report the depths between 32 and this limit).
inline constexpr int kMaxNestingDepth = 256;

}  // namespace protoforge::parse
