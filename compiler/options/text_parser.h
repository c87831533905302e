// Parses an aggregate option value (`{ a: 1 b { c: "x" } [ext] { ... } r: [1, 2] }`, protoc's UninterpretedOption
// aggregate_value text) as protobuf text format against the option's message type, and serializes the result the
// way protoc's DynamicMessage would. Behaviour and error wording follow protoc's TextFormat::Parser with the
// option interpreter's extension finder: errors are joined with "; " and parsing stops at the first parser error.
#pragma once

#include <string>
#include <string_view>

#include "compiler/options/name_lookup.h"
#include "compiler/options/schema.h"

namespace protoforge::options {

struct AggregateResult {
  std::string bytes;  // the serialized message on success
  std::string error;  // protoc's collected message(s) on failure
  bool ok() const { return error.empty(); }
};

// `lookup` resolves `[ext]` names relative to the message being parsed and `[type.googleapis.com/T]` Any types.
AggregateResult parse_aggregate(std::string_view text, std::string_view type_name, const Schema& schema,
                                const NameLookup& lookup);

}  // namespace protoforge::options
