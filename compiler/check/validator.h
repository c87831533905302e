// The post-option checks of protoc's DescriptorBuilder (ValidateFileOptions and ValidateProto3*), walking the
// linker's tree so every error lands on the token protoc blames. Internal to the check stage.
#pragma once

#include <vector>

#include "compiler/link/pool.h"
#include "compiler/link/report.h"
#include "compiler/link/tree.h"

namespace protoforge::check {

class Validator {
 public:
  Validator(const link::LinkedFile& file, const link::DescriptorPool& pool, link::Reporter& reporter);

  void validate();
  void report_unused_imports();

 private:
  void validate_message(const link::MessageNode& node);
  void validate_field(const link::FieldNode& node, const link::MessageNode* containing);
  bool validate_map_entry(const link::FieldNode& node, const descriptor::DescriptorProto& entry,
                          const link::MessageNode* containing);
  void validate_jstype(const link::FieldNode& node);
  void validate_enum(const link::EnumNode& node);
  void validate_service(const link::ServiceNode& node);
  void validate_lite_imports();

  void validate_proto3_message(const link::MessageNode& node);
  void report_json_name_conflicts(const link::MessageNode& node);
  void validate_proto3_field(const link::FieldNode& node, const link::MessageNode* containing);
  void validate_proto3_enum(const link::EnumNode& node);

  void validate_editions();
  void validate_editions_message(const link::MessageNode& node, std::vector<const link::MessageNode*>& scopes);
  void validate_editions_field(const link::FieldNode& node, const std::vector<const link::MessageNode*>& scopes);
  void validate_editions_enum(const link::EnumNode& node, const std::vector<const link::MessageNode*>& scopes);
  uint64_t field_feature(const link::FieldNode& node, const std::vector<const link::MessageNode*>& scopes,
                         int32_t feature, uint64_t fallback) const;
  bool enum_is_closed(const link::Symbol& enum_symbol) const;

  // Resolved references (the linker wrote fully-qualified names with a leading dot).
  const link::Symbol* symbol_of(const std::optional<std::string>& dotted_name) const;
  bool is_lite(const link::LinkedFile* file) const;

  const link::LinkedFile& file_;
  const link::DescriptorPool& pool_;
  link::Reporter& reporter_;
  const link::FileNode& tree_;
};

}  // namespace protoforge::check
