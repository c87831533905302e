// The canonical proto3 JSON mapping for dynamic messages: print() writes what libprotobuf 3.21's
// MessageToJsonString writes and parse() reads what its JsonStringToMessage reads, with the stricter checks of
// later protobuf releases where 3.21 is lax or lossy. JSON text is tokenized by simdjson (on-demand API, error
// codes only); the mapping on top is ours.
//
// Both directions handle every scalar kind, maps (keys as strings; printed in stored order), oneofs, proto2
// extensions ("[full.name]") and groups, and the well-known types in their special forms (Timestamp, Duration,
// FieldMask, Struct, Value, ListValue, NullValue, Empty, the nine wrappers, Any through a type registry).
//
// What parse() accepts for a field: its json_name or its proto name; for integers a JSON number whose value is a
// whole number in range, exactly (1e2 and 100.0 are 100; 1.5 is not; no rounding through double), or a string
// holding an integer literal ("-12"); for floats any JSON number or string, "NaN", "Infinity", "-Infinity"; bools
// as true/false or "true"/"false"; enums by name or number; bytes as base64 in either alphabet, padded or not;
// null for "not set" (a value only for google.protobuf.Value and NullValue). Errors, where 3.21 accepts: a field
// given twice, null inside a list or as a map value, a scalar for a repeated field, a trailing comma, more than
// nine fractional digits in a Timestamp or Duration, "1.s". Print errors, where 3.21 writes something lossy: an
// out-of-range Timestamp or Duration (also mixed signs), a FieldMask path that would not read back, a Value with
// no kind or a non-finite number, an Any whose bytes do not decode, strings that are not UTF-8.
//
// Errors are values: a status enum with a to-string, the field path ("items[2].price") and, when parsing, the
// byte offset in the input. No input crashes or recurses without bound.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/message/binary.h"
#include "runtime/message/message.h"
#include "runtime/schema/pool.h"

namespace protoforge::json {

struct PrintOptions {
  bool preserve_proto_field_names = false;  // "field_name" instead of the json_name ("fieldName")
  // Also print fields without presence that hold their default (proto3 scalars, enums, strings, bytes), and
  // empty repeated fields and maps. Fields with presence (messages, oneof members, `optional`, proto2) only when set.
  bool always_print_fields_with_no_presence = false;
  bool enums_as_ints = false;
  // Floats and doubles with libprotobuf 3.21's digits (%.15g, widened to %.17g when that does not read back;
  // %.6g/%.9g for floats) instead of the shortest digits that read back. Both read back exactly; this one makes
  // the output byte-identical to 3.21's (5e-324 prints as 4.94065645841247e-324, 3.4028235e38f as 3.40282347e+38).
  bool libprotobuf_float_digits = false;
  // One member or element per line, indented by `indent` spaces per level (1 to 64), "key": value, and a final
  // newline. libprotobuf's add_whitespace is pretty with indent 1.
  bool pretty = false;
  int indent = 2;
  // Resolves the type URLs of google.protobuf.Any (the part after the last '/'). Without one, an Any that holds
  // a value cannot be printed. Not owned; must outlive the call.
  const schema::Pool* type_registry = nullptr;
};

enum class PrintStatus : uint8_t {
  ok,
  out_of_range,      // a Timestamp or Duration beyond protobuf's limits, or a Duration with mixed signs
  invalid_value,     // a Value with no kind or a non-finite number; a FieldMask path that would not read back
  invalid_utf8,      // a string field that does not hold UTF-8 (JSON text must)
  unresolved_any,    // an Any whose type URL is malformed or names a type the registry lacks
  malformed_any,     // an Any whose value bytes do not decode as its type
  too_deep,          // nesting (through Any values) beyond the printer's limit of 1000 levels
};
std::string_view to_string(PrintStatus status);

struct PrintResult {
  PrintStatus status = PrintStatus::ok;
  std::string path;     // the field holding the offending value, e.g. "items[2].when"; "" for the root
  std::string message;  // what is wrong, for people
  bool ok() const { return status == PrintStatus::ok; }
  // One line for users: "value out of range in field when: Timestamp out of range: seconds 253402300800, nanos 0".
  std::string describe() const;
};

// Appends the JSON form of `message` to `out`. On failure `out` is left as it was.
PrintResult print(const message::Message& message, std::string& out, const PrintOptions& options = {});

// The deepest nesting any ParseOptions::max_depth allows (each level costs the parser a few stack frames).
constexpr int kMaxParseDepth = 1000;

struct ParseOptions {
  // Skip members that name no field, and enum names (or closed-enum numbers) that the enum lacks: a singular
  // field stays unset, a list element or map entry is dropped.
  bool ignore_unknown_fields = false;
  // Members named by a reserved field name (or its lowerCamel form): `ignore` treats them as unknown fields,
  // `report` skips them and lists them in ParseResult::reserved, `reject` fails on the first.
  message::ReservedPolicy reserved = message::ReservedPolicy::ignore;
  // JSON objects and arrays may nest this deep (the root object is depth 1); deeper input fails as too_deep.
  // Values above kMaxParseDepth count as kMaxParseDepth, so that no setting can exhaust the stack.
  int max_depth = 100;
  // Resolves "@type" URLs of google.protobuf.Any. Without one, a non-empty Any fails as unknown_type.
  const schema::Pool* type_registry = nullptr;
  // Accept messages whose proto2 required fields are missing (JsonStringToMessage fails on them).
  bool allow_partial = false;
};

enum class ParseStatus : uint8_t {
  ok,
  syntax_error,        // not JSON, or more than one value
  invalid_utf8,        // in the input (a \u escape of a lone surrogate is a syntax_error: simdjson rejects it)
  too_deep,
  wrong_type,          // a JSON value of the wrong kind for the field, e.g. a number for a string field
  invalid_value,       // the right kind but not a valid value: out of range, not an integer, bad base64 or time
  unknown_field,
  unknown_enum_value,  // a name the enum lacks, or a number a closed enum lacks
  duplicate_field,     // a field given twice (by either name), or a map key or Struct key given twice
  oneof_conflict,      // a second member of a oneof
  unknown_type,        // an Any type URL that is malformed or that the registry lacks
  reserved_field,      // under ReservedPolicy::reject
  missing_required,    // proto2 required fields unset (unless allow_partial)
};
std::string_view to_string(ParseStatus status);

// A member named by a reserved field name, met under ReservedPolicy::report (or the one that failed under reject).
struct ReservedName {
  std::string path;  // the message holding it, e.g. "items[2]"; "" at the root
  std::string name;  // as written in the input
  size_t offset = 0;  // of the member name's opening quote
};

struct ParseResult {
  ParseStatus status = ParseStatus::ok;
  size_t offset = 0;     // byte offset of the offending value (or member name) in the input
  std::string path;      // proto field names: "items[2].price", "by_name[\"k\"].price", "[pkg.ext]"
  std::string message;   // what is wrong, for people
  std::vector<ReservedName> reserved;

  bool ok() const { return status == ParseStatus::ok; }
  // One line for users: "invalid value at byte 12 in field items[2].price: 1.5 is not an integer".
  std::string describe() const;
};

// Clears `into` and reads `json` into it. On failure `into` holds what was read before the error.
ParseResult parse(std::string_view json, message::Message& into, const ParseOptions& options = {});

}  // namespace protoforge::json
