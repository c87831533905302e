// The linker's working tree: one node per descriptor element, mirroring LinkedFile::proto index for index, each
// pointing back at the AST it came from. Later passes (symbol registration, build checks, cross-linking, option
// queueing) walk proto and nodes together, so errors can point at source spans and pass order can follow
// protoc's DescriptorBuilder exactly. Lives only while one file is being linked.
#pragma once

#include <string>
#include <vector>

#include "compiler/ast/ast.h"
#include "runtime/descriptor/descriptor.h"

namespace protoforge::link {

enum class MapPart { none, key, value };

struct FieldNode {
  descriptor::FieldDescriptorProto* proto = nullptr;
  const ast::Field* ast = nullptr;  // the declaration; for a map entry's key/value: the map field
  MapPart map_part = MapPart::none;
  std::string full_name;
  bool is_extension = false;
  const ast::TypeRef* type_ref = nullptr;  // the written type name to resolve, if not a scalar
  const ast::TypeRef* extendee = nullptr;  // extensions only
  const ast::Option* default_option = nullptr;
  const ast::Option* json_name_option = nullptr;
  std::vector<const ast::Option*> options;  // without default/json_name

  source::Span name_span() const;
  source::Span number_span() const;
  source::Span type_span() const;
};

struct OneofNode {
  descriptor::OneofDescriptorProto* proto = nullptr;
  const ast::Oneof* ast = nullptr;  // nullptr for a proto3-optional synthetic oneof
  const ast::Field* synthetic_for = nullptr;
  std::string full_name;
  std::vector<const ast::Option*> options;
};

struct EnumValueNode {
  descriptor::EnumValueDescriptorProto* proto = nullptr;
  const ast::EnumValue* ast = nullptr;
  std::string full_name;  // siblings of the enum type (C++ scoping)
  std::vector<const ast::Option*> options;
};

struct RangeNode {
  const ast::ReservedRange* ast = nullptr;
};

struct EnumNode {
  descriptor::EnumDescriptorProto* proto = nullptr;
  const ast::Enum* ast = nullptr;
  std::string full_name;
  std::vector<EnumValueNode> values;
  std::vector<RangeNode> reserved;
  std::vector<const ast::Name*> reserved_names;
  std::vector<const ast::Option*> options;
};

struct ExtensionRangeNode {
  descriptor::ExtensionRange* proto = nullptr;
  const ast::ReservedRange* ast = nullptr;
  const ast::ExtensionRanges* statement = nullptr;
  std::vector<const ast::Option*> options;
};

struct MessageNode {
  descriptor::DescriptorProto* proto = nullptr;
  const ast::Message* ast = nullptr;      // nullptr for a synthesized map entry
  const ast::Field* map_field = nullptr;  // the map field a map entry was made for
  const ast::Field* group_field = nullptr;
  std::string full_name;
  std::vector<OneofNode> oneofs;
  std::vector<FieldNode> fields;
  std::vector<MessageNode> nested;
  std::vector<EnumNode> enums;
  std::vector<ExtensionRangeNode> extension_ranges;
  std::vector<FieldNode> extensions;
  std::vector<RangeNode> reserved;
  std::vector<const ast::Name*> reserved_names;
  std::vector<const ast::Option*> options;

  source::Span name_span() const;
};

struct MethodNode {
  descriptor::MethodDescriptorProto* proto = nullptr;
  const ast::Method* ast = nullptr;
  std::string full_name;
  std::vector<const ast::Option*> options;
};

struct ServiceNode {
  descriptor::ServiceDescriptorProto* proto = nullptr;
  const ast::Service* ast = nullptr;
  std::string full_name;
  std::vector<MethodNode> methods;
  std::vector<const ast::Option*> options;
};

struct FileNode {
  std::string package;
  const ast::Package* package_ast = nullptr;
  std::vector<const ast::Import*> imports;         // one per FileDescriptorProto.dependency entry
  std::vector<const ast::Import*> option_imports;  // editions `import option`
  std::vector<MessageNode> messages;
  std::vector<EnumNode> enums;
  std::vector<ServiceNode> services;
  std::vector<FieldNode> extensions;
  std::vector<const ast::Option*> options;
};

// Points every node at its element inside `file` (called once the proto is complete and will not grow again).
void bind_tree(FileNode& tree, descriptor::FileDescriptorProto& file);

}  // namespace protoforge::link
