// The serialized FileDescriptorProto of every generated file linked into the program (unless generated lite),
// registered at start-up. Reflection built on top (JSON, text, descriptors at run time) reads them from here;
// this layer only keeps the bytes.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace protoforge::gen {

struct FileDescriptorBlob {
  const char* name;  // "dir/foo.proto"
  const char* data;  // FileDescriptorProto bytes
  size_t size;
  const char* const* dependencies;  // names of the files it imports
  size_t dependency_count;
};

struct FileRegistration {
  explicit FileRegistration(const FileDescriptorBlob& blob);
};

const FileDescriptorBlob* find_registered_file(std::string_view name);
// Every registered file, by name.
std::vector<const FileDescriptorBlob*> registered_files();

}  // namespace protoforge::gen
