#include "compiler/driver/outputs.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>

#include "runtime/wire/wire_format.h"

namespace protoforge::driver {

namespace {

// protoc's GetTransitiveDependencies: dependencies first, in import order, each file once.
void collect(const link::LinkedFile* file, std::set<const link::LinkedFile*>& seen,
             std::vector<const link::LinkedFile*>& out) {
  if (!seen.insert(file).second) return;
  for (const auto* dependency : file->dependencies) collect(dependency, seen, out);
  out.push_back(file);
}

}  // namespace

// Without --include_imports, protoc pre-marks the inputs' direct dependencies that are not inputs themselves as
// seen, so only inputs come out, still in dependency order.
std::vector<const link::LinkedFile*> output_order(const Compilation& compilation, bool include_imports) {
  std::set<const link::LinkedFile*> seen;
  if (!include_imports) {
    const std::set<const link::LinkedFile*> inputs(compilation.inputs().begin(), compilation.inputs().end());
    for (const auto* file : compilation.inputs()) {
      for (const auto* dependency : file->dependencies) {
        if (!inputs.contains(dependency)) seen.insert(dependency);
      }
    }
  }
  std::vector<const link::LinkedFile*> out;
  for (const auto* file : compilation.inputs()) collect(file, seen, out);
  return out;
}

namespace {

// protoc's wording: the path and the system's reason.
std::string open_error(const std::string& path) { return path + ": " + std::strerror(errno); }

std::string write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return open_error(path);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out.flush()) return open_error(path);
  return "";
}

}  // namespace

// The files' entries were serialized as each file was compiled; the set is those entries as field 1, in order.
// Streamed to the file entry by entry: a second copy of a large set in memory would only raise the peak.
std::string write_descriptor_set(const Compilation& compilation, const CommandLine& command_line) {
  const std::string& path = command_line.descriptor_set_out;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return open_error(path);
  for (const auto* file : output_order(compilation, command_line.include_imports)) {
    const std::string* bytes = compilation.serialized(file);
    if (!bytes) return path + ": internal error: " + file->proto.name.value_or("") + " was not serialized.";
    std::string header;
    wire::append_tag(header, 1, wire::WireType::length_delimited);
    wire::append_varint(header, bytes->size());
    out.write(header.data(), static_cast<std::streamsize>(header.size()));
    out.write(bytes->data(), static_cast<std::streamsize>(bytes->size()));
  }
  if (!out.flush()) return open_error(path);
  return "";
}

std::string write_dependency_file(const Compilation& compilation, const CommandLine& command_line,
                                  const std::vector<std::string>& generated) {
  const auto files = output_order(compilation, /*include_imports=*/true);
  // Files on disk only: built-in files live inside the protoforge binary, and a depfile naming a path that does
  // not exist would make some build tools fail or rebuild forever.
  std::vector<std::string> paths;
  for (const auto* file : files) {
    const LoadedFile* loaded = compilation.loaded(file->proto.name.value_or(""));
    if (loaded && !loaded->disk_path.empty()) paths.push_back(loaded->disk_path);
  }
  std::vector<std::string> targets = generated;
  if (!command_line.descriptor_set_out.empty()) targets.push_back(command_line.descriptor_set_out);
  std::string text;
  for (size_t i = 0; i < targets.size(); ++i) text += targets[i] + (i + 1 < targets.size() ? " \\\n" : ":");
  for (size_t i = 0; i < paths.size(); ++i) {
    text += " " + paths[i];
    if (i + 1 < paths.size()) text += "\\\n";
  }
  return write_file(command_line.dependency_out, text);
}

}  // namespace protoforge::driver
