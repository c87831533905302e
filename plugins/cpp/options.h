// The generator's parameters (--cpp_out=PARAMS:DIR, --cpp_opt=PARAMS): comma-separated `key` or `key=value`.
// Documented in docs/cpp.md.
#pragma once

#include <string>
#include <string_view>

namespace protoforge::cpp {

struct Options {
  bool lite = false;               // lite: no embedded descriptor, so no JSON or text through the runtime
  std::string namespace_prefix;    // namespace_prefix=NS: generated namespaces go inside NS (a::b allowed)
  std::string export_macro;        // export_macro=NAME: put NAME on classes and functions for shared libraries
  std::string runtime_include_prefix = "runtime/generated/";  // where the generated code finds the runtime
  int inline_accessor_limit = 512; // messages with more fields keep accessor bodies in the .pf.cc
};

// Returns "" or an error naming the bad parameter.
std::string parse_options(std::string_view parameter, Options& options);

}  // namespace protoforge::cpp
