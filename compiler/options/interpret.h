// Option interpretation: turns the options written on each element (ast::Option, still uninterpreted) into the
// serialized options message protoc would produce, like protoc's OptionInterpreter.
//
// Stage contract: in = a LinkedFile whose symbols are in the pool (custom options may be defined in the same
// file) with its PendingOptions queued by the linker; out = each pending slot filled, and
// LinkedFile::interpreted_option_paths recorded for SourceCodeInfo. Encoded bytes: known fields of the options
// message in field-number order, then custom options (extensions, unknown to the compiled-in schema) in the order
// they were written, which is how protoc 3.21 re-serializes an interpreted options message. An element with at
// least one option gets an options message even if it ends up empty. Errors use protoc's wording and locations.
#pragma once

#include <string_view>

#include "compiler/diag/diagnostic.h"
#include "compiler/link/pool.h"

namespace protoforge::options {

// Full name of the options message, e.g. "google.protobuf.FieldOptions".
std::string_view options_message_name(link::OptionsKind kind);

// Interprets every PendingOptions of `file`. `pool.options_schema()` provides the built-in options messages.
void interpret_file(link::LinkedFile& file, const link::DescriptorPool& pool, diag::DiagnosticSink& sink);

}  // namespace protoforge::options
