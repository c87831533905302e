// Reading descriptor sets through the classes protoforge generates from descriptor_wire.proto (the compiler's own
// descriptor schema, options kept as bytes), then moving the values into the plain descriptor model. Presence is
// carried over exactly: byte-identical output depends on which fields were set.
#include "runtime/descriptor/deserialize.h"

#include "runtime/descriptor/descriptor_wire.pf.h"

namespace protoforge::descriptor {

namespace {

namespace w = protoforge::descriptor_wire;

// `has` and `value` of a generated field into an optional of the model.
template <class To, class From>
std::optional<To> optional_of(bool has, const From& value) {
  if (!has) return std::nullopt;
  if constexpr (std::is_same_v<To, std::string>) return std::string(value);
  else return static_cast<To>(value);
}
std::optional<EncodedOptions> options_of(bool has, std::string_view bytes) {
  if (!has) return std::nullopt;
  return EncodedOptions{std::string(bytes)};
}
template <class Container>
std::vector<std::string> strings_of(const Container& values) {
  std::vector<std::string> out;
  out.reserve(static_cast<size_t>(values.size()));
  for (std::string_view v : values) out.emplace_back(v);
  return out;
}
template <class Container>
std::vector<int32_t> numbers_of(const Container& values) {
  return std::vector<int32_t>(values.begin(), values.end());
}
template <class To, class Range>
To range_of(const Range& r) {
  To out;
  out.start = optional_of<int32_t>(r.has_start(), r.start());
  out.end = optional_of<int32_t>(r.has_end(), r.end());
  return out;
}

FieldDescriptorProto field_of(const w::FieldDescriptorProto& f) {
  FieldDescriptorProto out;
  out.name = optional_of<std::string>(f.has_name(), f.name());
  out.number = optional_of<int32_t>(f.has_number(), f.number());
  out.label = optional_of<FieldLabel>(f.has_label(), f.label());
  out.type = optional_of<FieldType>(f.has_type(), f.type());
  out.type_name = optional_of<std::string>(f.has_type_name(), f.type_name());
  out.extendee = optional_of<std::string>(f.has_extendee(), f.extendee());
  out.default_value = optional_of<std::string>(f.has_default_value(), f.default_value());
  out.oneof_index = optional_of<int32_t>(f.has_oneof_index(), f.oneof_index());
  out.json_name = optional_of<std::string>(f.has_json_name(), f.json_name());
  out.options = options_of(f.has_options(), f.options());
  out.proto3_optional = optional_of<bool>(f.has_proto3_optional(), f.proto3_optional());
  return out;
}

template <class Container>
std::vector<FieldDescriptorProto> fields_of(const Container& fields) {
  std::vector<FieldDescriptorProto> out;
  out.reserve(static_cast<size_t>(fields.size()));
  for (const auto& f : fields) out.push_back(field_of(f));
  return out;
}

EnumDescriptorProto enum_of(const w::EnumDescriptorProto& e) {
  EnumDescriptorProto out;
  out.name = optional_of<std::string>(e.has_name(), e.name());
  for (const auto& v : e.value()) {
    EnumValueDescriptorProto& value = out.value.emplace_back();
    value.name = optional_of<std::string>(v.has_name(), v.name());
    value.number = optional_of<int32_t>(v.has_number(), v.number());
    value.options = options_of(v.has_options(), v.options());
  }
  out.options = options_of(e.has_options(), e.options());
  for (const auto& r : e.reserved_range()) out.reserved_range.push_back(range_of<Range>(r));
  out.reserved_name = strings_of(e.reserved_name());
  out.visibility = optional_of<SymbolVisibility>(e.has_visibility(), e.visibility());
  return out;
}

template <class Container>
std::vector<EnumDescriptorProto> enums_of(const Container& enums) {
  std::vector<EnumDescriptorProto> out;
  for (const auto& e : enums) out.push_back(enum_of(e));
  return out;
}

DescriptorProto message_of(const w::DescriptorProto& m) {
  DescriptorProto out;
  out.name = optional_of<std::string>(m.has_name(), m.name());
  out.field = fields_of(m.field());
  out.extension = fields_of(m.extension());
  for (const auto& n : m.nested_type()) out.nested_type.push_back(message_of(n));
  out.enum_type = enums_of(m.enum_type());
  for (const auto& r : m.extension_range()) {
    ExtensionRange& range = out.extension_range.emplace_back();
    range.start = optional_of<int32_t>(r.has_start(), r.start());
    range.end = optional_of<int32_t>(r.has_end(), r.end());
    range.options = options_of(r.has_options(), r.options());
  }
  for (const auto& o : m.oneof_decl()) {
    out.oneof_decl.push_back({optional_of<std::string>(o.has_name(), o.name()), options_of(o.has_options(), o.options())});
  }
  out.options = options_of(m.has_options(), m.options());
  for (const auto& r : m.reserved_range()) out.reserved_range.push_back(range_of<Range>(r));
  out.reserved_name = strings_of(m.reserved_name());
  out.visibility = optional_of<SymbolVisibility>(m.has_visibility(), m.visibility());
  return out;
}

ServiceDescriptorProto service_of(const w::ServiceDescriptorProto& s) {
  ServiceDescriptorProto out;
  out.name = optional_of<std::string>(s.has_name(), s.name());
  for (const auto& m : s.method()) {
    MethodDescriptorProto& method = out.method.emplace_back();
    method.name = optional_of<std::string>(m.has_name(), m.name());
    method.input_type = optional_of<std::string>(m.has_input_type(), m.input_type());
    method.output_type = optional_of<std::string>(m.has_output_type(), m.output_type());
    method.options = options_of(m.has_options(), m.options());
    method.client_streaming = optional_of<bool>(m.has_client_streaming(), m.client_streaming());
    method.server_streaming = optional_of<bool>(m.has_server_streaming(), m.server_streaming());
  }
  out.options = options_of(s.has_options(), s.options());
  return out;
}

SourceCodeInfo source_info_of(const w::SourceCodeInfo& info) {
  SourceCodeInfo out;
  out.location.reserve(static_cast<size_t>(info.location_size()));
  for (const auto& l : info.location()) {
    SourceLocation& location = out.location.emplace_back();
    location.path = numbers_of(l.path());
    location.span = numbers_of(l.span());
    location.leading_comments = optional_of<std::string>(l.has_leading_comments(), l.leading_comments());
    location.trailing_comments = optional_of<std::string>(l.has_trailing_comments(), l.trailing_comments());
    location.leading_detached_comments = strings_of(l.leading_detached_comments());
  }
  return out;
}

FileDescriptorProto file_of(const w::FileDescriptorProto& f) {
  FileDescriptorProto out;
  out.name = optional_of<std::string>(f.has_name(), f.name());
  out.package = optional_of<std::string>(f.has_package(), f.package());
  out.dependency = strings_of(f.dependency());
  out.public_dependency = numbers_of(f.public_dependency());
  out.weak_dependency = numbers_of(f.weak_dependency());
  out.option_dependency = strings_of(f.option_dependency());
  for (const auto& m : f.message_type()) out.message_type.push_back(message_of(m));
  out.enum_type = enums_of(f.enum_type());
  for (const auto& s : f.service()) out.service.push_back(service_of(s));
  out.extension = fields_of(f.extension());
  out.options = options_of(f.has_options(), f.options());
  if (f.has_source_code_info()) out.source_code_info = source_info_of(f.source_code_info());
  out.syntax = optional_of<std::string>(f.has_syntax(), f.syntax());
  out.edition = optional_of<Edition>(f.has_edition(), f.edition());
  return out;
}

}  // namespace

bool parse_file(std::string_view bytes, FileDescriptorProto& file) {
  w::FileDescriptorProto parsed;
  if (!parsed.ParseFromStringAliased(bytes)) return false;  // views are copied into the model below
  file = file_of(parsed);
  return true;
}

bool parse_file_set(std::string_view bytes, std::vector<FileDescriptorProto>& files) {
  w::FileDescriptorSet parsed;
  if (!parsed.ParseFromStringAliased(bytes)) return false;
  files.reserve(files.size() + static_cast<size_t>(parsed.file_size()));
  for (const auto& f : parsed.file()) files.push_back(file_of(f));
  return true;
}

}  // namespace protoforge::descriptor
