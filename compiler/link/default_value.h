// Field default values, converted to the text protoc's FieldDescriptor::CopyTo writes: integers in decimal,
// float/double via protoc's SimpleFtoa/SimpleDtoa (%.6g/%.15g, widened when that does not round-trip),
// inf/-inf/nan, bool as true/false, strings raw, bytes C-escaped. protoc's parser checks the literal against the
// field's scalar type; the same checks and messages live here.
#pragma once

#include <optional>
#include <string>

#include "compiler/ast/ast.h"
#include "runtime/descriptor/descriptor.h"
#include "runtime/strings/simple_float.h"
#include "compiler/link/report.h"

namespace protoforge::link {

// protoc's strutil SimpleDtoa / SimpleFtoa (the runtime's text printer shares them).
using strings::simple_dtoa;
using strings::simple_ftoa;

// Go's strconv.FormatFloat(value, 'g', -1, 64): the shortest text that round-trips, in %e form when the
// exponent is below -4 or at least 6. buf writes float and double defaults this way (floats widened to double).
std::string go_format_shortest(double value);

// How float/double defaults are printed: protoc 3.21's way, or buf's (the reference for editions files, which
// protoc 3.21 cannot compile).
enum class FloatStyle { protoc, buf };

// The default for a field of scalar `type` (not message/group/enum), or nullopt after reporting an error.
std::optional<std::string> convert_scalar_default(descriptor::FieldType type, const ast::OptionValue& value,
                                                  Reporter& reporter, FloatStyle style = FloatStyle::protoc);

// For a field whose type is a name (enum or message, not known yet): protoc's parser keeps the single token as
// written; the linker checks it once the type is resolved.
std::string raw_named_default(const ast::OptionValue& value, const source::SourceFile& source);

}  // namespace protoforge::link
