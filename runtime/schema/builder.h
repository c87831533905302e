// Builds a Pool's runtime types from descriptors in two passes: declare every type of the given files (so that
// forward and cross-file references resolve), then resolve each field's type and work out its semantics from the
// file's syntax or edition and the features in force.
#pragma once

#include <string>
#include <vector>

#include "runtime/descriptor/descriptor.h"
#include "runtime/schema/features.h"
#include "runtime/schema/pool.h"

namespace protoforge::schema {

class PoolBuilder {
 public:
  explicit PoolBuilder(Pool& pool) : pool_(pool) {}
  // Returns "" on success, else the first problem found.
  std::string add(const std::vector<descriptor::FileDescriptorProto>& files);

 private:
  struct FileContext {
    const descriptor::FileDescriptorProto* file = nullptr;
    bool editions = false;  // features, not legacy options, decide packing
  };
  struct PendingField {
    Field* field;
    const descriptor::FieldDescriptorProto* proto;
    Features features;
    const FileContext* file;
  };

  void declare_message(const descriptor::DescriptorProto& proto, const std::string& scope, const Features& parent,
                       const FileContext& file);
  void declare_enum(const descriptor::EnumDescriptorProto& proto, const std::string& scope, const Features& parent);
  void declare_field(Field& field, const descriptor::FieldDescriptorProto& proto, const std::string& scope,
                     const Features& parent, const FileContext& file);
  void declare_extensions(const std::vector<descriptor::FieldDescriptorProto>& protos, const std::string& scope,
                          const MessageType* extension_scope, const Features& parent, const FileContext& file);
  bool resolve(const PendingField& pending);
  bool resolve_default(Field& field, const descriptor::FieldDescriptorProto& proto);
  bool fail(std::string message);

  Pool& pool_;
  std::vector<FileContext> files_;
  std::vector<PendingField> pending_;
  std::vector<MessageType*> declared_;
  std::string error_;
};

}  // namespace protoforge::schema
