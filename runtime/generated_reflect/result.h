// The outcome of a reflection call on a generated message: a status enum with a to-string and what went wrong,
// for people. Shared by the registry pool and the JSON/text bridges.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace protoforge::generated_reflect {

enum class Status : uint8_t {
  ok,
  not_registered,    // no registered descriptor declares the type (generated with --cpp_opt=lite, or not linked)
  registry_error,    // the registered descriptors do not load into a pool (a duplicate symbol, malformed bytes)
  malformed_bytes,   // the message's serialization does not decode with its schema (e.g. nested too deep)
  print_error,       // the JSON printer refused a value (see json::PrintStatus)
  parse_error,       // the JSON or text input is not a valid message of the type
  missing_required,  // parsed, but proto2 required fields are unset (and the options do not allow partial)
  internal,          // the generated parser rejected the runtime's encoding: a bug in one of them
};
std::string_view to_string(Status status);

struct Result {
  Status status = Status::ok;
  std::string message;  // what is wrong, for people; empty on success
  bool ok() const { return status == Status::ok; }
  // One line for users: "parse error: invalid value at byte 12 in field items[2].price: 1.5 is not an integer".
  std::string describe() const;
};

}  // namespace protoforge::generated_reflect
