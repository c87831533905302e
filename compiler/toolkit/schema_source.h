// Where a toolkit subcommand's schema comes from: .proto files compiled on the spot (with protoc's -I rules and
// the built-in well-known types) and/or FileDescriptorSet files, turned into a runtime schema::Pool. Both routes
// go through the driver's Compilation, so a type means the same whether it came from source or from a set.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "runtime/schema/pool.h"

namespace protoforge::toolkit {

struct SchemaSource {
  std::vector<std::string> proto_paths;      // -I values, protoc syntax (`DIR`, `VIRTUAL=DIR`, `:`-lists)
  std::vector<std::string> proto_files;      // files to compile, named as for protoc
  std::vector<std::string> descriptor_sets;  // FileDescriptorSet files (each may be a `:`-list)
};

// Fills `pool`. Compiler diagnostics go to `errors` as protoc prints them. Returns "" or a one-line error
// (without the "error: " prefix) naming the file at fault.
std::string load_schema(const SchemaSource& source, schema::Pool& pool, std::ostream& errors);

}  // namespace protoforge::toolkit
