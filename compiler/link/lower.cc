#include "compiler/link/lower.h"

#include <unordered_set>

#include "compiler/link/default_value.h"
#include "compiler/link/names.h"

namespace protoforge::link {

namespace {

namespace d = descriptor;

constexpr int32_t kMaxFieldNumber = 536870911;
constexpr int32_t kInt32Max = 2147483647;

// A `[name = value]` option that protoc's parser turns into a FieldDescriptorProto field instead of an option.
bool is_plain_option(const ast::Option& option, std::string_view name) {
  return option.name.size() == 1 && !option.name[0].is_extension && option.name[0].name == name;
}

d::Edition edition_of(std::string_view value) {
  static constexpr std::pair<std::string_view, d::Edition> kEditions[] = {
      {"2023", d::Edition::edition_2023}, {"2024", d::Edition::edition_2024},
      {"2026", d::Edition::edition_2026}, {"UNSTABLE", d::Edition::unstable},
      {"1_TEST_ONLY", d::Edition::edition_1_test_only}, {"2_TEST_ONLY", d::Edition::edition_2_test_only},
      {"99997_TEST_ONLY", d::Edition::edition_99997_test_only},
      {"99998_TEST_ONLY", d::Edition::edition_99998_test_only},
      {"99999_TEST_ONLY", d::Edition::edition_99999_test_only},
  };
  for (const auto& [name, edition] : kEditions) {
    if (name == value) return edition;
  }
  return d::Edition::unknown;
}

d::SymbolVisibility visibility_of(ast::Visibility visibility) {
  return visibility == ast::Visibility::local ? d::SymbolVisibility::local : d::SymbolVisibility::export_;
}

// Sizes a message's field and nested-type lists once from its body, so that a message with many fields does not
// move every FieldDescriptorProto and FieldNode each time the lists grow. Map fields and groups add a nested type.
void reserve_lists(const ast::Message& message, d::DescriptorProto& out, MessageNode& node) {
  size_t fields = 0;
  size_t nested = 0;
  auto count_field = [&](const ast::Field& field) {
    ++fields;
    if (field.is_map || field.is_group) ++nested;
  };
  for (const ast::MessageElement& element : message.body) {
    if (const auto* field = std::get_if<ast::Field>(&element)) {
      count_field(*field);
    } else if (const auto* oneof = std::get_if<ast::Oneof>(&element)) {
      for (const ast::OneofElement& member : oneof->body) {
        if (const auto* field = std::get_if<ast::Field>(&member.value)) count_field(*field);
      }
    } else if (std::holds_alternative<ast::Box<ast::Message>>(element)) {
      ++nested;
    }
  }
  out.field.reserve(fields);
  node.fields.reserve(fields);
  out.nested_type.reserve(nested);
  node.nested.reserve(nested);
}

// Where a scope's nested declarations go: a message's nested types, or the file's top-level messages (for
// groups declared in a file-level extend block).
struct NestedSink {
  std::vector<d::DescriptorProto>* protos;
  std::vector<MessageNode>* nodes;
};

class Lowerer {
 public:
  Lowerer(const ast::File& file, Reporter& reporter) : file_(file), reporter_(reporter) {}

  void lower(d::FileDescriptorProto& out, FileNode& node);

 private:
  bool proto3() const { return file_.syntax.kind == ast::SyntaxKind::proto3; }
  bool labels_default_to_optional() const { return file_.syntax.kind != ast::SyntaxKind::proto2; }

  void lower_message(const ast::Message& message, std::string_view scope, NestedSink sink,
                     const ast::Field* group_field);
  void lower_message_element(const ast::MessageElement& element, d::DescriptorProto& out, MessageNode& node);
  void lower_field(const ast::Field& field, std::string_view scope, std::optional<int32_t> oneof_index,
                   const ast::TypeRef* extendee, std::vector<d::FieldDescriptorProto>& protos,
                   std::vector<FieldNode>& nodes, NestedSink nested);
  void lower_field_options(const ast::Field& field, d::FieldDescriptorProto& proto, FieldNode& node);
  void lower_map_entry(const ast::Field& field, std::string_view scope, NestedSink nested);
  void lower_oneof(const ast::Oneof& oneof, d::DescriptorProto& out, MessageNode& node);
  void lower_extend(const ast::Extend& extend, std::string_view scope, std::vector<d::FieldDescriptorProto>& protos,
                    std::vector<FieldNode>& nodes, NestedSink nested);
  void lower_extension_ranges(const ast::ExtensionRanges& ranges, const ast::Message& message,
                              d::DescriptorProto& out, MessageNode& node);
  void lower_message_reserved(const ast::Reserved& reserved, d::DescriptorProto& out, MessageNode& node);
  void lower_enum(const ast::Enum& source, std::string_view scope, std::vector<d::EnumDescriptorProto>& protos,
                  std::vector<EnumNode>& nodes);
  void lower_service(const ast::Service& source, std::string_view scope, d::FileDescriptorProto& out,
                     FileNode& node);
  void add_synthetic_oneofs(d::DescriptorProto& out, MessageNode& node);

  const ast::File& file_;
  Reporter& reporter_;
};

void Lowerer::lower(d::FileDescriptorProto& out, FileNode& node) {
  out.name = file_.path;
  for (const ast::FileElement& element : file_.body) {
    if (const auto* package = std::get_if<ast::Package>(&element)) {
      node.package = package->name.text;
      node.package_ast = package;
      out.package = package->name.text;
    }
  }
  if (file_.syntax.kind == ast::SyntaxKind::proto3) out.syntax = "proto3";
  if (file_.syntax.kind == ast::SyntaxKind::editions) {
    out.syntax = "editions";
    out.edition = edition_of(file_.syntax.value);
  }
  const std::string_view scope = node.package;
  NestedSink top{&out.message_type, &node.messages};
  for (const ast::FileElement& element : file_.body) {
    if (const auto* import = std::get_if<ast::Import>(&element)) {
      if (import->kind == ast::ImportKind::option_) {
        // Editions `import option`: a separate list, not a dependency index.
        out.option_dependency.push_back(import->path);
        node.option_imports.push_back(import);
        continue;
      }
      const auto index = static_cast<int32_t>(out.dependency.size());
      out.dependency.push_back(import->path);
      node.imports.push_back(import);
      if (import->kind == ast::ImportKind::public_) out.public_dependency.push_back(index);
      if (import->kind == ast::ImportKind::weak) out.weak_dependency.push_back(index);
    } else if (const auto* option = std::get_if<ast::Option>(&element)) {
      node.options.push_back(option);
    } else if (const auto* message = std::get_if<ast::Box<ast::Message>>(&element)) {
      lower_message(**message, scope, top, nullptr);
    } else if (const auto* enumeration = std::get_if<ast::Enum>(&element)) {
      lower_enum(*enumeration, scope, out.enum_type, node.enums);
    } else if (const auto* service = std::get_if<ast::Service>(&element)) {
      lower_service(*service, scope, out, node);
    } else if (const auto* extend = std::get_if<ast::Extend>(&element)) {
      lower_extend(*extend, scope, out.extension, node.extensions, top);
    }
  }
}

void Lowerer::lower_message(const ast::Message& message, std::string_view scope, NestedSink sink,
                            const ast::Field* group_field) {
  d::DescriptorProto out;
  MessageNode node;
  out.name = message.name.text;
  if (message.visibility != ast::Visibility::unset) out.visibility = visibility_of(message.visibility);
  node.ast = &message;
  node.group_field = group_field;
  node.full_name = qualify(scope, message.name.text);
  reserve_lists(message, out, node);
  for (const ast::MessageElement& element : message.body) lower_message_element(element, out, node);
  // protoc's parser adds synthetic oneofs only to messages parsed as `message` definitions (never to groups).
  if (proto3() && !group_field) add_synthetic_oneofs(out, node);
  sink.protos->push_back(std::move(out));
  sink.nodes->push_back(std::move(node));
}

void Lowerer::lower_message_element(const ast::MessageElement& element, d::DescriptorProto& out, MessageNode& node) {
  const std::string_view scope = node.full_name;
  NestedSink nested{&out.nested_type, &node.nested};
  if (const auto* field = std::get_if<ast::Field>(&element)) {
    lower_field(*field, scope, std::nullopt, nullptr, out.field, node.fields, nested);
  } else if (const auto* oneof = std::get_if<ast::Oneof>(&element)) {
    lower_oneof(*oneof, out, node);
  } else if (const auto* message = std::get_if<ast::Box<ast::Message>>(&element)) {
    lower_message(**message, scope, nested, nullptr);
  } else if (const auto* enumeration = std::get_if<ast::Enum>(&element)) {
    lower_enum(*enumeration, scope, out.enum_type, node.enums);
  } else if (const auto* extend = std::get_if<ast::Extend>(&element)) {
    lower_extend(*extend, scope, out.extension, node.extensions, nested);
  } else if (const auto* ranges = std::get_if<ast::ExtensionRanges>(&element)) {
    lower_extension_ranges(*ranges, *node.ast, out, node);
  } else if (const auto* reserved = std::get_if<ast::Reserved>(&element)) {
    lower_message_reserved(*reserved, out, node);
  } else if (const auto* option = std::get_if<ast::Option>(&element)) {
    node.options.push_back(option);
  }
}

void Lowerer::lower_field(const ast::Field& field, std::string_view scope, std::optional<int32_t> oneof_index,
                          const ast::TypeRef* extendee, std::vector<d::FieldDescriptorProto>& protos,
                          std::vector<FieldNode>& nodes, NestedSink nested) {
  d::FieldDescriptorProto proto;
  FieldNode node;
  node.ast = &field;
  node.is_extension = extendee != nullptr;
  node.extendee = extendee;
  std::string name = field.is_group ? group_field_name(field.name.text) : field.name.text;
  node.full_name = qualify(scope, name);
  proto.name = std::move(name);
  if (extendee) proto.extendee = extendee->text;
  proto.number = field.number;
  switch (field.label) {
    case ast::Label::required: proto.label = d::FieldLabel::required; break;
    case ast::Label::repeated: proto.label = d::FieldLabel::repeated; break;
    case ast::Label::optional: proto.label = d::FieldLabel::optional; break;
    case ast::Label::none:
      if (field.is_map) proto.label = d::FieldLabel::repeated;
      else if (oneof_index || labels_default_to_optional()) proto.label = d::FieldLabel::optional;
      break;
  }
  if (field.label == ast::Label::optional && proto3()) proto.proto3_optional = true;
  if (field.is_map) {
    // The entry (and a group's message) is nested in the declaring scope, so protoc's lookup of the relative name
    // always finds it there; writing the resolved name directly gives the same result.
    proto.type = d::FieldType::message;
    proto.type_name = "." + qualify(scope, map_entry_name(field.name.text));
  } else if (field.is_group) {
    proto.type = d::FieldType::group;
    proto.type_name = "." + qualify(scope, field.name.text);
  } else if (auto type = scalar_type(field.type.text)) {
    proto.type = *type;
  } else {
    proto.type_name = field.type.text;
    node.type_ref = &field.type;
  }
  if (oneof_index) proto.oneof_index = *oneof_index;
  lower_field_options(field, proto, node);
  if (field.is_group && !field.group_body.empty()) {
    lower_message(*field.group_body.front(), scope, nested, &field);
  }
  if (field.is_map) lower_map_entry(field, scope, nested);
  protos.push_back(std::move(proto));
  nodes.push_back(std::move(node));
}

void Lowerer::lower_field_options(const ast::Field& field, d::FieldDescriptorProto& proto, FieldNode& node) {
  if (field.options) {
    for (const ast::Option& option : field.options->options) {
      if (is_plain_option(option, "default")) node.default_option = &option;
      else if (is_plain_option(option, "json_name")) node.json_name_option = &option;
      else node.options.push_back(&option);
    }
  }
  if (node.json_name_option && node.json_name_option->value.kind == ast::OptionValue::Kind::string) {
    proto.json_name = node.json_name_option->value.string_value;
  } else {
    proto.json_name = to_json_name(*proto.name);
  }
  if (!node.default_option) return;
  const ast::OptionValue& value = node.default_option->value;
  if (proto.type && !field.is_map) {
    const FloatStyle style = file_.syntax.kind == ast::SyntaxKind::editions ? FloatStyle::buf : FloatStyle::protoc;
    std::optional<std::string> text = convert_scalar_default(*proto.type, value, reporter_, style);
    if (text) proto.default_value = std::move(*text);
  } else {
    // A named type, or a map (its entry type is a name to protoc's parser): the token is kept as written and
    // checked once the type is known.
    proto.default_value = raw_named_default(value, reporter_.source());
  }
}

void Lowerer::lower_map_entry(const ast::Field& field, std::string_view scope, NestedSink nested) {
  d::DescriptorProto entry;
  MessageNode node;
  entry.name = map_entry_name(field.name.text);
  node.map_field = &field;
  node.full_name = qualify(scope, *entry.name);
  const ast::TypeRef* parts[] = {&field.map_key, &field.map_value};
  for (int i = 0; i < 2; ++i) {
    d::FieldDescriptorProto proto;
    FieldNode part;
    part.ast = &field;
    part.map_part = i == 0 ? MapPart::key : MapPart::value;
    proto.name = i == 0 ? "key" : "value";
    part.full_name = qualify(node.full_name, *proto.name);
    proto.number = i + 1;
    proto.label = d::FieldLabel::optional;
    if (auto type = scalar_type(parts[i]->text)) {
      proto.type = *type;
    } else {
      proto.type_name = parts[i]->text;
      part.type_ref = parts[i];
    }
    proto.json_name = *proto.name;
    entry.field.push_back(std::move(proto));
    node.fields.push_back(std::move(part));
  }
  entry.options = d::EncodedOptions{std::string("\x38\x01", 2)};  // MessageOptions.map_entry = true
  nested.protos->push_back(std::move(entry));
  nested.nodes->push_back(std::move(node));
}

void Lowerer::lower_oneof(const ast::Oneof& oneof, d::DescriptorProto& out, MessageNode& node) {
  const auto index = static_cast<int32_t>(out.oneof_decl.size());
  d::OneofDescriptorProto proto;
  proto.name = oneof.name.text;
  OneofNode oneof_node;
  oneof_node.ast = &oneof;
  oneof_node.full_name = qualify(node.full_name, oneof.name.text);
  NestedSink nested{&out.nested_type, &node.nested};
  for (const ast::OneofElement& element : oneof.body) {
    if (const auto* field = std::get_if<ast::Field>(&element.value)) {
      lower_field(*field, node.full_name, index, nullptr, out.field, node.fields, nested);
    } else if (const auto* option = std::get_if<ast::Option>(&element.value)) {
      oneof_node.options.push_back(option);
    }
  }
  // Insert at the index reserved before the members were lowered (members never add oneofs).
  out.oneof_decl.push_back(std::move(proto));
  node.oneofs.push_back(std::move(oneof_node));
}

void Lowerer::lower_extend(const ast::Extend& extend, std::string_view scope,
                           std::vector<d::FieldDescriptorProto>& protos, std::vector<FieldNode>& nodes,
                           NestedSink nested) {
  for (const ast::Field& field : extend.fields) {
    lower_field(field, scope, std::nullopt, &extend.extendee, protos, nodes, nested);
  }
}

bool is_message_set(const ast::Message& message) {
  for (const ast::MessageElement& element : message.body) {
    const auto* option = std::get_if<ast::Option>(&element);
    if (option && is_plain_option(*option, "message_set_wire_format") &&
        option->value.kind == ast::OptionValue::Kind::identifier && option->value.text == "true") {
      return true;
    }
  }
  return false;
}

void Lowerer::lower_extension_ranges(const ast::ExtensionRanges& ranges, const ast::Message& message,
                                     d::DescriptorProto& out, MessageNode& node) {
  for (const ast::ReservedRange& range : ranges.ranges) {
    d::ExtensionRange proto;
    proto.start = range.start;
    if (range.end_is_max) proto.end = is_message_set(message) ? kInt32Max : kMaxFieldNumber + 1;
    else proto.end = (range.has_end ? range.end : range.start) + 1;
    ExtensionRangeNode range_node;
    range_node.ast = &range;
    range_node.statement = &ranges;
    if (ranges.options) {
      for (const ast::Option& option : ranges.options->options) range_node.options.push_back(&option);
    }
    out.extension_range.push_back(std::move(proto));
    node.extension_ranges.push_back(std::move(range_node));
  }
}

void Lowerer::lower_message_reserved(const ast::Reserved& reserved, d::DescriptorProto& out, MessageNode& node) {
  for (const ast::ReservedRange& range : reserved.ranges) {
    d::Range proto;
    proto.start = range.start;
    if (range.end_is_max) proto.end = kMaxFieldNumber + 1;
    else proto.end = (range.has_end ? range.end : range.start) + 1;
    out.reserved_range.push_back(proto);
    node.reserved.push_back(RangeNode{&range});
  }
  for (const ast::Name& name : reserved.names) {
    out.reserved_name.push_back(name.text);
    node.reserved_names.push_back(&name);
  }
}

void Lowerer::lower_enum(const ast::Enum& source, std::string_view scope, std::vector<d::EnumDescriptorProto>& protos,
                         std::vector<EnumNode>& nodes) {
  d::EnumDescriptorProto out;
  EnumNode node;
  out.name = source.name.text;
  if (source.visibility != ast::Visibility::unset) out.visibility = visibility_of(source.visibility);
  node.ast = &source;
  node.full_name = qualify(scope, source.name.text);
  for (const auto& element : source.body) {
    if (const auto* value = std::get_if<ast::EnumValue>(&element)) {
      d::EnumValueDescriptorProto proto;
      EnumValueNode value_node;
      proto.name = value->name.text;
      proto.number = value->number;
      value_node.ast = value;
      value_node.full_name = qualify(scope, value->name.text);  // enum values are siblings of their type
      if (value->options) {
        for (const ast::Option& option : value->options->options) value_node.options.push_back(&option);
      }
      out.value.push_back(std::move(proto));
      node.values.push_back(std::move(value_node));
    } else if (const auto* option = std::get_if<ast::Option>(&element)) {
      node.options.push_back(option);
    } else if (const auto* reserved = std::get_if<ast::Reserved>(&element)) {
      for (const ast::ReservedRange& range : reserved->ranges) {
        const int32_t end = range.end_is_max ? kInt32Max : (range.has_end ? range.end : range.start);
        out.reserved_range.push_back(d::Range{range.start, end});
        node.reserved.push_back(RangeNode{&range});
      }
      for (const ast::Name& name : reserved->names) {
        out.reserved_name.push_back(name.text);
        node.reserved_names.push_back(&name);
      }
    }
  }
  protos.push_back(std::move(out));
  nodes.push_back(std::move(node));
}

void Lowerer::lower_service(const ast::Service& source, std::string_view scope, d::FileDescriptorProto& out,
                            FileNode& file_node) {
  d::ServiceDescriptorProto service;
  ServiceNode node;
  service.name = source.name.text;
  node.ast = &source;
  node.full_name = qualify(scope, source.name.text);
  for (const auto& element : source.body) {
    if (const auto* method = std::get_if<ast::Method>(&element)) {
      d::MethodDescriptorProto proto;
      MethodNode method_node;
      proto.name = method->name.text;
      proto.input_type = method->input_type.text;
      proto.output_type = method->output_type.text;
      if (method->client_streaming) proto.client_streaming = true;
      if (method->server_streaming) proto.server_streaming = true;
      // protoc's parser creates the options message as soon as a method has a `{ ... }` body, even an empty one.
      if (method->has_body) proto.options = d::EncodedOptions{};
      method_node.ast = method;
      method_node.full_name = qualify(node.full_name, method->name.text);
      for (const auto& item : method->body) {
        if (const auto* option = std::get_if<ast::Option>(&item)) method_node.options.push_back(option);
      }
      service.method.push_back(std::move(proto));
      node.methods.push_back(std::move(method_node));
    } else if (const auto* option = std::get_if<ast::Option>(&element)) {
      node.options.push_back(option);
    }
  }
  out.service.push_back(std::move(service));
  file_node.services.push_back(std::move(node));
}

// protoc gives each proto3 `optional` field a one-field oneof named "_<field>" (prefixed with 'X' until unique
// among field and oneof names), appended after the declared oneofs in field order.
void Lowerer::add_synthetic_oneofs(d::DescriptorProto& out, MessageNode& node) {
  std::unordered_set<std::string> taken;
  for (const auto& field : out.field) taken.insert(*field.name);
  for (const auto& oneof : out.oneof_decl) taken.insert(*oneof.name);
  for (size_t i = 0; i < out.field.size(); ++i) {
    d::FieldDescriptorProto& field = out.field[i];
    if (!field.proto3_optional.value_or(false)) continue;
    std::string name = *field.name;
    if (name.empty() || name[0] != '_') name.insert(name.begin(), '_');
    while (taken.count(name) > 0) name.insert(name.begin(), 'X');
    taken.insert(name);
    field.oneof_index = static_cast<int32_t>(out.oneof_decl.size());
    d::OneofDescriptorProto oneof;
    oneof.name = name;
    OneofNode oneof_node;
    oneof_node.synthetic_for = node.fields[i].ast;
    oneof_node.full_name = qualify(node.full_name, name);
    out.oneof_decl.push_back(std::move(oneof));
    node.oneofs.push_back(std::move(oneof_node));
  }
}

}  // namespace

FileNode lower_file(const ast::File& file, d::FileDescriptorProto& out, Reporter& reporter) {
  FileNode node;
  Lowerer(file, reporter).lower(out, node);
  return node;
}

}  // namespace protoforge::link
