// Maps virtual .proto paths (as imported) to files on disk through the -I mappings, like protoc's
// DiskSourceTree, with protoforge's built-in google/protobuf files as the last resort (as protoc finds its own
// include directory last).
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "compiler/driver/command_line.h"

namespace protoforge::driver {

struct OpenedFile {
  std::string text;
  std::string disk_path;  // empty for a built-in file
};

class SourceTree {
 public:
  explicit SourceTree(std::vector<ProtoPath> paths);

  // Reads the file a virtual path names; nullopt if no mapping holds it. Built-in files come last, and not for
  // the names in `prebuilt` (files given by --descriptor_set_in, which take precedence over built-ins).
  std::optional<OpenedFile> open(const std::string& virtual_path) const;
  void set_prebuilt_names(std::set<std::string, std::less<>> names) { prebuilt_names_ = std::move(names); }

  enum class MapResult { ok, shadowed, cannot_open, no_mapping };
  // Turns a command-line file name into its virtual path (protoc's DiskFileToVirtualFile).
  // On `shadowed`, `detail` is the disk file that hides it; on `cannot_open`, the OS error text.
  MapResult disk_to_virtual(const std::string& disk_file, std::string& virtual_path, std::string& detail) const;

  // The -I directories that do not exist, for protoc's "directory does not exist" warning.
  std::vector<std::string> missing_directories() const;

 private:
  std::vector<ProtoPath> paths_;  // disk paths canonicalized
  std::set<std::string, std::less<>> prebuilt_names_;
};

// protoc's path canonicalization: drops "." components and repeated slashes; keeps "..".
std::string canonicalize_path(const std::string& path);

}  // namespace protoforge::driver
