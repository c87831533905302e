#include "runtime/schema/pool.h"

#include "runtime/descriptor/deserialize.h"
#include "runtime/schema/builder.h"

namespace protoforge::schema {

std::string Pool::add_file_set(std::string_view bytes) {
  std::vector<descriptor::FileDescriptorProto> files;
  if (!descriptor::parse_file_set(bytes, files)) return "malformed FileDescriptorSet";
  return add_files(files);
}

std::string Pool::add_files(const std::vector<descriptor::FileDescriptorProto>& files) {
  PoolBuilder builder(*this);
  return builder.add(files);
}

namespace {
template <typename Map>
auto find_in(const Map& index, std::string_view name) -> decltype(index.begin()->second) {
  if (!name.empty() && name.front() == '.') name.remove_prefix(1);
  auto it = index.find(name);
  return it == index.end() ? nullptr : it->second;
}
}  // namespace

const MessageType* Pool::find_message(std::string_view full_name) const { return find_in(message_index_, full_name); }
const EnumType* Pool::find_enum(std::string_view full_name) const { return find_in(enum_index_, full_name); }
const Field* Pool::find_extension(std::string_view full_name) const { return find_in(extension_index_, full_name); }

}  // namespace protoforge::schema
