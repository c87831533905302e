#include "compiler/link/tree.h"

namespace protoforge::link {

namespace {

namespace d = descriptor;

void bind_fields(std::vector<FieldNode>& nodes, std::vector<d::FieldDescriptorProto>& protos) {
  for (size_t i = 0; i < nodes.size(); ++i) nodes[i].proto = &protos[i];
}

void bind_enum(EnumNode& node, d::EnumDescriptorProto& proto) {
  node.proto = &proto;
  for (size_t i = 0; i < node.values.size(); ++i) node.values[i].proto = &proto.value[i];
}

void bind_message(MessageNode& node, d::DescriptorProto& proto) {
  node.proto = &proto;
  for (size_t i = 0; i < node.oneofs.size(); ++i) node.oneofs[i].proto = &proto.oneof_decl[i];
  bind_fields(node.fields, proto.field);
  bind_fields(node.extensions, proto.extension);
  for (size_t i = 0; i < node.nested.size(); ++i) bind_message(node.nested[i], proto.nested_type[i]);
  for (size_t i = 0; i < node.enums.size(); ++i) bind_enum(node.enums[i], proto.enum_type[i]);
  for (size_t i = 0; i < node.extension_ranges.size(); ++i) {
    node.extension_ranges[i].proto = &proto.extension_range[i];
  }
}

}  // namespace

source::Span FieldNode::name_span() const {
  if (map_part == MapPart::none) return ast->name.span;
  return map_part == MapPart::key ? ast->map_key.span : ast->map_value.span;
}

source::Span FieldNode::number_span() const {
  if (map_part == MapPart::none) return ast->number_span;
  return map_part == MapPart::key ? ast->map_key.span : ast->map_value.span;
}

source::Span FieldNode::type_span() const {
  if (map_part == MapPart::key) return ast->map_key.span;
  if (map_part == MapPart::value) return ast->map_value.span;
  if (ast->is_map) return ast->map_span;
  if (ast->is_group) return ast->group_keyword_span;
  return ast->type.span;
}

source::Span MessageNode::name_span() const {
  if (ast) return ast->name.span;
  return map_field ? map_field->name.span : source::Span{};
}

void bind_tree(FileNode& tree, d::FileDescriptorProto& file) {
  for (size_t i = 0; i < tree.messages.size(); ++i) bind_message(tree.messages[i], file.message_type[i]);
  for (size_t i = 0; i < tree.enums.size(); ++i) bind_enum(tree.enums[i], file.enum_type[i]);
  bind_fields(tree.extensions, file.extension);
  for (size_t i = 0; i < tree.services.size(); ++i) {
    ServiceNode& service = tree.services[i];
    service.proto = &file.service[i];
    for (size_t j = 0; j < service.methods.size(); ++j) service.methods[j].proto = &file.service[i].method[j];
  }
}

}  // namespace protoforge::link
