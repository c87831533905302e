// Schema: a FileDescriptorSet built into a libprotobuf DescriptorPool. Files are built dependencies first,
// whatever their order in the set, so sets written by any tool load.
#include <map>
#include <set>

#include <google/protobuf/descriptor.pb.h>
#include <google/protobuf/dynamic_message.h>
#include <google/protobuf/util/type_resolver_util.h>

#include "tests/oracle/oracle.h"

namespace protoforge::oracle {

namespace pb = google::protobuf;

struct Schema::State {
  pb::DescriptorPool pool;
  // Declared after the pool: destroyed first, as it points into it.
  std::unique_ptr<pb::DynamicMessageFactory> factory;
  std::unique_ptr<pb::util::TypeResolver> resolver;
  std::vector<const pb::FileDescriptor*> files;  // in the set's order
};

namespace {

constexpr char kTypeUrlPrefix[] = "type.googleapis.com";

class CollectErrors : public pb::DescriptorPool::ErrorCollector {
 public:
  void AddError(const std::string& filename, const std::string& element_name, const pb::Message*,
                ErrorLocation, const std::string& message) override {
    if (!text.empty()) text += '\n';
    text += filename + ": ";
    if (element_name != filename) text += element_name + ": ";
    text += message;
  }
  std::string text;
};

// Builds `name` after its imports; false (with *error set) when a file is missing, cyclic or invalid.
bool build_file(const std::string& name, const std::map<std::string, const pb::FileDescriptorProto*>& protos,
                std::set<std::string>& in_progress, pb::DescriptorPool& pool, std::string* error) {
  if (pool.FindFileByName(name) != nullptr) return true;
  auto found = protos.find(name);
  if (found == protos.end()) {
    *error = "descriptor set lacks " + name + " (compile with --include_imports)";
    return false;
  }
  if (!in_progress.insert(name).second) {
    *error = "import cycle through " + name;
    return false;
  }
  for (const std::string& dependency : found->second->dependency()) {
    if (!build_file(dependency, protos, in_progress, pool, error)) return false;
  }
  CollectErrors errors;
  if (pool.BuildFileCollectingErrors(*found->second, &errors) == nullptr) {
    *error = errors.text.empty() ? "libprotobuf rejected " + name : errors.text;
    return false;
  }
  return true;
}

void collect_messages(const pb::Descriptor& type, std::vector<const pb::Descriptor*>& out) {
  if (type.options().map_entry()) return;
  out.push_back(&type);
  for (int i = 0; i < type.nested_type_count(); ++i) collect_messages(*type.nested_type(i), out);
}

}  // namespace

Schema::Schema(std::unique_ptr<State> state) : state_(std::move(state)) {}
Schema::~Schema() = default;

std::unique_ptr<Schema> Schema::load(std::string_view descriptor_set, std::string* error) {
  pb::FileDescriptorSet set;
  if (!set.ParseFromArray(descriptor_set.data(), static_cast<int>(descriptor_set.size()))) {
    *error = "not a serialized FileDescriptorSet";
    return nullptr;
  }
  std::map<std::string, const pb::FileDescriptorProto*> protos;
  for (const auto& file : set.file()) protos.emplace(file.name(), &file);
  auto state = std::make_unique<State>();
  for (const auto& file : set.file()) {
    std::set<std::string> in_progress;
    if (!build_file(file.name(), protos, in_progress, state->pool, error)) return nullptr;
    state->files.push_back(state->pool.FindFileByName(file.name()));
  }
  state->factory = std::make_unique<pb::DynamicMessageFactory>(&state->pool);
  state->resolver.reset(pb::util::NewTypeResolverForDescriptorPool(kTypeUrlPrefix, &state->pool));
  return std::unique_ptr<Schema>(new Schema(std::move(state)));
}

const pb::DescriptorPool& Schema::pool() const { return state_->pool; }

const pb::Descriptor* Schema::find_message(std::string_view full_name) const {
  return state_->pool.FindMessageTypeByName(std::string(full_name));
}

std::vector<const pb::Descriptor*> Schema::message_types(bool include_google) const {
  std::vector<const pb::Descriptor*> out;
  for (const pb::FileDescriptor* file : state_->files) {
    if (!include_google && file->name().starts_with("google/protobuf/")) continue;
    for (int i = 0; i < file->message_type_count(); ++i) collect_messages(*file->message_type(i), out);
  }
  return out;
}

std::unique_ptr<pb::Message> Schema::new_message(const pb::Descriptor& type) const {
  return std::unique_ptr<pb::Message>(state_->factory->GetPrototype(&type)->New());
}

pb::util::TypeResolver& Schema::type_resolver() const { return *state_->resolver; }

}  // namespace protoforge::oracle
