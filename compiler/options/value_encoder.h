// Checks an option's literal value against its field's type and encodes it, like protoc's
// OptionInterpreter::SetOptionValue (message-typed fields go through the aggregate parser instead).
#pragma once

#include <string>

#include "compiler/ast/ast.h"
#include "compiler/options/schema.h"

namespace protoforge::options {

struct EncodedValue {
  std::string payload;  // the value's encoding without a tag
  std::string error;    // protoc's message when the value does not fit; empty on success
  bool ok() const { return error.empty(); }
};

// Encodes `value` for the scalar, enum, string or bytes field `field`. Enum identifiers are looked up in `schema`;
// `sibling_hint` adds protoc's "value from a sibling type" note, which protoc gives only for enums of pools it
// builds (not for descriptor.proto's compiled-in enums).
EncodedValue encode_option_value(const FieldInfo& field, const ast::OptionValue& value, const Schema& schema,
                                 bool sibling_hint);

// protoc's error for a message-typed option given a non-aggregate value.
std::string message_needs_aggregate_error(const FieldInfo& field);

}  // namespace protoforge::options
