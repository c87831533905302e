// A Pool owns the runtime types of a set of files and finds them by full name. It is built from descriptors (as
// protoc's -o, buf build or the compiler produce them); every type name in them must resolve within the pool.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "runtime/descriptor/descriptor.h"
#include "runtime/schema/schema.h"

namespace protoforge::schema {

class Pool {
 public:
  Pool() = default;
  Pool(const Pool&) = delete;
  Pool& operator=(const Pool&) = delete;

  // Adds the files of a serialized FileDescriptorSet. Returns an empty string on success, else what is wrong
  // (malformed bytes, a duplicate symbol, a type name that resolves nowhere); the pool is then unusable.
  std::string add_file_set(std::string_view bytes);
  // Adds files given as descriptors; each file's dependencies must be in `files` before it or already added.
  std::string add_files(const std::vector<descriptor::FileDescriptorProto>& files);

  // Full names without a leading dot ("pkg.Outer.Inner"); null when absent.
  const MessageType* find_message(std::string_view full_name) const;
  const EnumType* find_enum(std::string_view full_name) const;
  const Field* find_extension(std::string_view full_name) const;
  // Names of all message types, in the order their files were added (for listings and error hints).
  const std::vector<const MessageType*>& messages() const { return message_list_; }

 private:
  friend class PoolBuilder;
  std::deque<MessageType> messages_;
  std::deque<EnumType> enums_;
  std::deque<Field> extensions_;
  std::vector<const MessageType*> message_list_;
  std::unordered_map<std::string_view, MessageType*> message_index_;
  std::unordered_map<std::string_view, EnumType*> enum_index_;
  std::unordered_map<std::string_view, Field*> extension_index_;
};

}  // namespace protoforge::schema
