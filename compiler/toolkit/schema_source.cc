#include "compiler/toolkit/schema_source.h"

#include <set>

#include "compiler/driver/command_line.h"
#include "compiler/driver/compilation.h"
#include "compiler/driver/runtime_schema.h"
#include "compiler/toolkit/io.h"
#include "runtime/descriptor/deserialize.h"

namespace protoforge::toolkit {

namespace {

// Reads the sets up front so that an unreadable or malformed one is named clearly; with no .proto files given,
// every file they hold becomes an input (first occurrence of a name wins, as in protoc).
std::string scan_descriptor_sets(const std::vector<std::string>& sets, std::vector<std::string>& file_names) {
  std::set<std::string> seen;
  for (const auto& path : sets) {
    if (path == "-") return "descriptor set: standard input is for the message, not the schema";
    std::string bytes;
    if (std::string error = read_input(path, bytes); !error.empty()) return "descriptor set " + error;
    std::vector<descriptor::FileDescriptorProto> files;
    if (!descriptor::parse_file_set(bytes, files)) {
      return "descriptor set " + path + ": not a valid FileDescriptorSet (malformed bytes)";
    }
    for (const auto& file : files) {
      const std::string name = file.name.value_or("");
      if (seen.insert(name).second) file_names.push_back(name);
    }
  }
  return "";
}

}  // namespace

std::string load_schema(const SchemaSource& source, schema::Pool& pool, std::ostream& errors) {
  if (source.proto_files.empty() && source.descriptor_sets.empty()) {
    return "no schema: name .proto files with --proto FILE (or after --), or give --descriptor_set_in FILE";
  }
  driver::CommandLine command_line =
      driver::schema_search_command_line(source.proto_paths, source.descriptor_sets);
  command_line.input_files = source.proto_files;
  std::vector<std::string> set_files;
  if (std::string error = scan_descriptor_sets(command_line.descriptor_set_in, set_files); !error.empty()) {
    return error;
  }
  if (command_line.input_files.empty()) command_line.input_files = std::move(set_files);
  if (command_line.input_files.empty()) return "no schema: the descriptor sets hold no files";
  driver::Compilation compilation(command_line, errors);
  if (!compilation.run()) return "the schema did not compile (see the errors above)";
  if (std::string error = driver::add_to_runtime_pool(compilation, pool); !error.empty()) {
    return "the schema cannot be used: " + error;
  }
  return "";
}

}  // namespace protoforge::toolkit
