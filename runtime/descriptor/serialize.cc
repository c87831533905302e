#include "runtime/descriptor/serialize.h"

#include "runtime/wire/wire_format.h"

namespace protoforge::descriptor {

namespace {

using wire::WireType;
namespace fn = field_numbers;

// Writes a length-delimited field whose body is produced by `body`: the body is appended first and its length
// prefix inserted in front afterwards, so no size pass is needed.
template <class Body>
void append_message(std::string& out, int32_t number, Body&& body) {
  wire::append_tag(out, number, WireType::length_delimited);
  const size_t start = out.size();
  body(out);
  std::string prefix;
  wire::append_varint(prefix, out.size() - start);
  out.insert(start, prefix);
}

void put(std::string& out, int32_t number, const std::optional<std::string>& v) {
  if (!v) return;
  wire::append_tag(out, number, WireType::length_delimited);
  wire::append_bytes(out, *v);
}
void put(std::string& out, int32_t number, const std::optional<int32_t>& v) {
  if (!v) return;
  wire::append_tag(out, number, WireType::varint);
  wire::append_varint(out, static_cast<uint64_t>(static_cast<int64_t>(*v)));  // negative int32: 10 bytes
}
void put(std::string& out, int32_t number, const std::optional<bool>& v) {
  if (!v) return;
  wire::append_tag(out, number, WireType::varint);
  wire::append_varint(out, *v ? 1 : 0);
}
template <class E>
void put_enum(std::string& out, int32_t number, const std::optional<E>& v) {
  if (v) put(out, number, std::optional<int32_t>(static_cast<int32_t>(*v)));
}
void put(std::string& out, int32_t number, const std::optional<EncodedOptions>& v) {
  if (!v) return;
  wire::append_tag(out, number, WireType::length_delimited);
  wire::append_bytes(out, v->bytes);
}
void put_strings(std::string& out, int32_t number, const std::vector<std::string>& values) {
  for (const auto& v : values) put(out, number, std::optional<std::string>(v));
}
void put_ints(std::string& out, int32_t number, const std::vector<int32_t>& values) {
  for (int32_t v : values) put(out, number, std::optional<int32_t>(v));
}
void put_packed(std::string& out, int32_t number, const std::vector<int32_t>& values) {
  if (values.empty()) return;
  append_message(out, number, [&](std::string& o) {
    for (int32_t v : values) wire::append_varint(o, static_cast<uint64_t>(static_cast<int64_t>(v)));
  });
}

void append_range(std::string& out, int32_t number, const Range& r) {
  append_message(out, number, [&](std::string& o) {
    put(o, fn::range::start, r.start);
    put(o, fn::range::end, r.end);
  });
}

void append_field(std::string& out, int32_t number, const FieldDescriptorProto& f) {
  append_message(out, number, [&](std::string& o) {
    put(o, fn::field::name, f.name);
    put(o, fn::field::extendee, f.extendee);
    put(o, fn::field::number, f.number);
    put_enum(o, fn::field::label, f.label);
    put_enum(o, fn::field::type, f.type);
    put(o, fn::field::type_name, f.type_name);
    put(o, fn::field::default_value, f.default_value);
    put(o, fn::field::options, f.options);
    put(o, fn::field::oneof_index, f.oneof_index);
    put(o, fn::field::json_name, f.json_name);
    put(o, fn::field::proto3_optional, f.proto3_optional);
  });
}

void append_enum(std::string& out, int32_t number, const EnumDescriptorProto& e) {
  append_message(out, number, [&](std::string& o) {
    put(o, fn::enum_::name, e.name);
    for (const auto& v : e.value) {
      append_message(o, fn::enum_::value, [&](std::string& p) {
        put(p, fn::enum_value::name, v.name);
        put(p, fn::enum_value::number, v.number);
        put(p, fn::enum_value::options, v.options);
      });
    }
    put(o, fn::enum_::options, e.options);
    for (const auto& r : e.reserved_range) append_range(o, fn::enum_::reserved_range, r);
    put_strings(o, fn::enum_::reserved_name, e.reserved_name);
    put_enum(o, fn::enum_::visibility, e.visibility);
  });
}

void append_descriptor(std::string& out, int32_t number, const DescriptorProto& m) {
  append_message(out, number, [&](std::string& o) {
    put(o, fn::message::name, m.name);
    for (const auto& f : m.field) append_field(o, fn::message::field, f);
    for (const auto& n : m.nested_type) append_descriptor(o, fn::message::nested_type, n);
    for (const auto& e : m.enum_type) append_enum(o, fn::message::enum_type, e);
    for (const auto& r : m.extension_range) {
      append_message(o, fn::message::extension_range, [&](std::string& p) {
        put(p, fn::range::start, r.start);
        put(p, fn::range::end, r.end);
        put(p, fn::range::options, r.options);
      });
    }
    for (const auto& f : m.extension) append_field(o, fn::message::extension, f);
    put(o, fn::message::options, m.options);
    for (const auto& d : m.oneof_decl) {
      append_message(o, fn::message::oneof_decl, [&](std::string& p) {
        put(p, fn::oneof::name, d.name);
        put(p, fn::oneof::options, d.options);
      });
    }
    for (const auto& r : m.reserved_range) append_range(o, fn::message::reserved_range, r);
    put_strings(o, fn::message::reserved_name, m.reserved_name);
    put_enum(o, fn::message::visibility, m.visibility);
  });
}

void append_service(std::string& out, int32_t number, const ServiceDescriptorProto& s) {
  append_message(out, number, [&](std::string& o) {
    put(o, fn::service::name, s.name);
    for (const auto& m : s.method) {
      append_message(o, fn::service::method, [&](std::string& p) {
        put(p, fn::method::name, m.name);
        put(p, fn::method::input_type, m.input_type);
        put(p, fn::method::output_type, m.output_type);
        put(p, fn::method::options, m.options);
        put(p, fn::method::client_streaming, m.client_streaming);
        put(p, fn::method::server_streaming, m.server_streaming);
      });
    }
    put(o, fn::service::options, s.options);
  });
}

void append_source_code_info(std::string& out, int32_t number, const SourceCodeInfo& info) {
  append_message(out, number, [&](std::string& o) {
    for (const auto& l : info.location) {
      append_message(o, 1, [&](std::string& p) {
        put_packed(p, fn::location::path, l.path);
        put_packed(p, fn::location::span, l.span);
        put(p, fn::location::leading_comments, l.leading_comments);
        put(p, fn::location::trailing_comments, l.trailing_comments);
        put_strings(p, fn::location::leading_detached_comments, l.leading_detached_comments);
      });
    }
  });
}

// Writes a file's fields; `write_source_info` writes field 9 in its place in field-number order.
template <class WriteSourceInfo>
void append_file_with(std::string& out, const FileDescriptorProto& f, WriteSourceInfo&& write_source_info) {
  put(out, fn::file::name, f.name);
  put(out, fn::file::package, f.package);
  put_strings(out, fn::file::dependency, f.dependency);
  for (const auto& m : f.message_type) append_descriptor(out, fn::file::message_type, m);
  for (const auto& e : f.enum_type) append_enum(out, fn::file::enum_type, e);
  for (const auto& s : f.service) append_service(out, fn::file::service, s);
  for (const auto& x : f.extension) append_field(out, fn::file::extension, x);
  put(out, fn::file::options, f.options);
  write_source_info(out);
  put_ints(out, fn::file::public_dependency, f.public_dependency);
  put_ints(out, fn::file::weak_dependency, f.weak_dependency);
  put(out, fn::file::syntax, f.syntax);
  put_enum(out, fn::file::edition, f.edition);
  put_strings(out, fn::file::option_dependency, f.option_dependency);
}

}  // namespace

void append_file(std::string& out, const FileDescriptorProto& f, const SourceCodeInfo* source_info) {
  append_file_with(out, f, [&](std::string& o) {
    if (source_info) {
      append_source_code_info(o, fn::file::source_code_info, *source_info);
    } else if (f.source_code_info) {
      append_source_code_info(o, fn::file::source_code_info, *f.source_code_info);
    }
  });
}

void append_file(std::string& out, const FileDescriptorProto& f, std::string_view encoded_source_info) {
  append_file_with(out, f, [&](std::string& o) {
    wire::append_tag(o, fn::file::source_code_info, WireType::length_delimited);
    wire::append_bytes(o, encoded_source_info);
  });
}

std::string serialize_file_set(const std::vector<FileWithInfo>& files) {
  std::string out;
  for (const auto& entry : files) {
    append_message(out, 1, [&](std::string& o) { append_file(o, *entry.file, entry.source_info); });
  }
  return out;
}

}  // namespace protoforge::descriptor
