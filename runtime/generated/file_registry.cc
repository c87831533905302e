#include "runtime/generated/file_registry.h"

#include <map>
#include <mutex>
#include <string>

namespace protoforge::gen {

namespace {

struct Registry {
  std::mutex mutex;
  std::map<std::string, const FileDescriptorBlob*, std::less<>> files;
};
Registry& registry() {
  static Registry r;
  return r;
}

}  // namespace

FileRegistration::FileRegistration(const FileDescriptorBlob& blob) {
  Registry& r = registry();
  std::lock_guard lock(r.mutex);
  r.files.emplace(blob.name, &blob);
}

const FileDescriptorBlob* find_registered_file(std::string_view name) {
  Registry& r = registry();
  std::lock_guard lock(r.mutex);
  const auto it = r.files.find(name);
  return it == r.files.end() ? nullptr : it->second;
}

std::vector<const FileDescriptorBlob*> registered_files() {
  Registry& r = registry();
  std::lock_guard lock(r.mutex);
  std::vector<const FileDescriptorBlob*> out;
  for (const auto& [name, blob] : r.files) out.push_back(blob);
  return out;
}

}  // namespace protoforge::gen
