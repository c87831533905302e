// Post-option validation, like protoc's DescriptorBuilder::ValidateOptions and friends: the checks that need
// interpreted options (proto3 rules, map entries, json name conflicts, allow_alias, packed on non-repeated
// scalars, extension range options such as message_set_wire_format, editions feature rules).
// Stage contract: in = a LinkedFile after options::interpret_file; out = diagnostics only.
#pragma once

#include "compiler/diag/diagnostic.h"
#include "compiler/link/pool.h"

namespace protoforge::check {

void validate_file(const link::LinkedFile& file, const link::DescriptorPool& pool, diag::DiagnosticSink& sink);

}  // namespace protoforge::check
