#include "runtime/generated_reflect/registry_pool.h"

#include <map>
#include <mutex>
#include <set>
#include <shared_mutex>
#include <string>
#include <vector>

#include "runtime/descriptor/deserialize.h"
#include "runtime/generated/file_registry.h"

namespace protoforge::generated_reflect {

namespace {

struct RegistryPool {
  std::shared_mutex mutex;
  schema::Pool pool;
  std::set<std::string, std::less<>> added;        // file names in the pool
  std::map<std::string, std::string, std::less<>> left_out;  // registered files not loaded, and why
  std::string broken;                             // set once the pool is unusable
  size_t files_seen = 0;                          // registered_files().size() at the last load
};

// Never destroyed: generated code's static objects may call in while the program exits.
RegistryPool& registry_pool() {
  static RegistryPool* pool = new RegistryPool;
  return *pool;
}

// Adds `name` after its imports. False, with the reason in `why`, when it or an import cannot be loaded.
bool add_file(RegistryPool& r, std::string_view name, std::vector<std::string_view>& loading, std::string& why) {
  if (r.added.contains(name)) return true;
  for (std::string_view open : loading) {
    if (open == name) return why = "import cycle through \"" + std::string(name) + "\"", false;
  }
  const gen::FileDescriptorBlob* blob = gen::find_registered_file(name);
  if (!blob) return why = "\"" + std::string(name) + "\" is not registered", false;
  loading.push_back(name);
  for (size_t i = 0; i < blob->dependency_count; ++i) {
    if (!add_file(r, blob->dependencies[i], loading, why)) return loading.pop_back(), false;
  }
  loading.pop_back();
  descriptor::FileDescriptorProto file;
  if (!descriptor::parse_file(std::string_view(blob->data, blob->size), file)) {
    return why = "the descriptor of \"" + std::string(name) + "\" is malformed", false;
  }
  if (std::string error = r.pool.add_files({file}); !error.empty()) {
    r.broken = "loading \"" + std::string(name) + "\": " + error;
    return why = r.broken, false;
  }
  r.added.emplace(name);
  return true;
}

// Loads the files registered since the last load. Caller holds the pool for writing.
void load_new_files(RegistryPool& r) {
  const std::vector<const gen::FileDescriptorBlob*> files = gen::registered_files();
  if (files.size() == r.files_seen) return;
  r.files_seen = files.size();
  r.left_out.clear();
  for (const gen::FileDescriptorBlob* blob : files) {
    std::vector<std::string_view> loading;
    std::string why;
    if (!r.broken.empty()) return;
    if (!add_file(r, blob->name, loading, why)) r.left_out.emplace(blob->name, std::move(why));
  }
}

Result not_registered(const RegistryPool& r, std::string_view full_name) {
  std::string message = "message type \"" + std::string(full_name) +
                        "\" has no registered descriptor (generated with --cpp_opt=lite, or its .pf.cc not linked)";
  for (const auto& [file, why] : r.left_out) message += "; \"" + file + "\" was left out: " + why;
  return {Status::not_registered, std::move(message)};
}

}  // namespace

Result with_registered_type(std::string_view full_name, const TypeUse& use) {
  RegistryPool& r = registry_pool();
  {
    std::shared_lock lock(r.mutex);
    if (r.broken.empty()) {
      if (const schema::MessageType* type = r.pool.find_message(full_name)) return use(r.pool, *type);
    }
  }
  {
    std::unique_lock lock(r.mutex);
    if (r.broken.empty()) load_new_files(r);
  }
  std::shared_lock lock(r.mutex);
  if (!r.broken.empty()) return {Status::registry_error, r.broken};
  const schema::MessageType* type = r.pool.find_message(full_name);
  if (!type) return not_registered(r, full_name);
  return use(r.pool, *type);
}

}  // namespace protoforge::generated_reflect
