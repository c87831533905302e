#include "runtime/descriptor/deserialize.h"

#include "runtime/wire/wire_format.h"

namespace protoforge::descriptor {

namespace {

using wire::WireType;
namespace fn = field_numbers;

// A cursor over one message's fields. `next` stops at the end or on malformed input (then ok() is false).
class FieldReader {
 public:
  explicit FieldReader(std::string_view bytes) : rest_(bytes) {}

  bool next() {
    if (rest_.empty() || !ok_) return false;
    size_t n = wire::consume_tag(rest_, number_, type_);
    if (n == 0) return fail();
    rest_.remove_prefix(n);
    switch (type_) {
      case WireType::varint: n = wire::consume_varint(rest_, varint_); break;
      case WireType::length_delimited: n = wire::consume_bytes(rest_, bytes_); break;
      case WireType::fixed32: { uint32_t v; n = wire::consume_fixed32(rest_, v); break; }
      case WireType::fixed64: { uint64_t v; n = wire::consume_fixed64(rest_, v); break; }
      default: return fail();  // descriptors contain no groups
    }
    if (n == 0) return fail();
    rest_.remove_prefix(n);
    return true;
  }

  bool ok() const { return ok_; }
  int32_t number() const { return number_; }
  bool is_bytes() const { return type_ == WireType::length_delimited; }
  bool is_varint() const { return type_ == WireType::varint; }
  std::string_view bytes() const { return bytes_; }
  std::string string() const { return std::string(bytes_); }
  int32_t int32() const { return static_cast<int32_t>(varint_); }

 private:
  bool fail() { ok_ = false; return false; }
  std::string_view rest_;
  wire::FieldNumber number_ = 0;
  WireType type_{};
  uint64_t varint_ = 0;
  std::string_view bytes_;
  bool ok_ = true;
};

// Reads packed or unpacked repeated int32 values.
bool read_int32s(const FieldReader& r, std::vector<int32_t>& out) {
  if (r.is_varint()) { out.push_back(r.int32()); return true; }
  std::string_view packed = r.bytes();
  while (!packed.empty()) {
    uint64_t v = 0;
    const size_t n = wire::consume_varint(packed, v);
    if (n == 0) return false;
    out.push_back(static_cast<int32_t>(v));
    packed.remove_prefix(n);
  }
  return true;
}

EncodedOptions options(const FieldReader& r) { return EncodedOptions{r.string()}; }

bool parse_range(std::string_view bytes, Range& out) {
  FieldReader r(bytes);
  while (r.next()) {
    if (r.number() == fn::range::start) out.start = r.int32();
    else if (r.number() == fn::range::end) out.end = r.int32();
  }
  return r.ok();
}

bool parse_extension_range(std::string_view bytes, ExtensionRange& out) {
  FieldReader r(bytes);
  while (r.next()) {
    if (r.number() == fn::range::start) out.start = r.int32();
    else if (r.number() == fn::range::end) out.end = r.int32();
    else if (r.number() == fn::range::options) out.options = options(r);
  }
  return r.ok();
}

bool parse_field(std::string_view bytes, FieldDescriptorProto& f) {
  FieldReader r(bytes);
  while (r.next()) {
    switch (r.number()) {
      case fn::field::name: f.name = r.string(); break;
      case fn::field::extendee: f.extendee = r.string(); break;
      case fn::field::number: f.number = r.int32(); break;
      case fn::field::label: f.label = static_cast<FieldLabel>(r.int32()); break;
      case fn::field::type: f.type = static_cast<FieldType>(r.int32()); break;
      case fn::field::type_name: f.type_name = r.string(); break;
      case fn::field::default_value: f.default_value = r.string(); break;
      case fn::field::options: f.options = options(r); break;
      case fn::field::oneof_index: f.oneof_index = r.int32(); break;
      case fn::field::json_name: f.json_name = r.string(); break;
      case fn::field::proto3_optional: f.proto3_optional = r.int32() != 0; break;
      default: break;
    }
  }
  return r.ok();
}

bool parse_enum(std::string_view bytes, EnumDescriptorProto& e) {
  FieldReader r(bytes);
  bool ok = true;
  while (ok && r.next()) {
    switch (r.number()) {
      case fn::enum_::name: e.name = r.string(); break;
      case fn::enum_::value: {
        EnumValueDescriptorProto v;
        FieldReader vr(r.bytes());
        while (vr.next()) {
          if (vr.number() == fn::enum_value::name) v.name = vr.string();
          else if (vr.number() == fn::enum_value::number) v.number = vr.int32();
          else if (vr.number() == fn::enum_value::options) v.options = options(vr);
        }
        ok = vr.ok();
        e.value.push_back(std::move(v));
        break;
      }
      case fn::enum_::options: e.options = options(r); break;
      case fn::enum_::reserved_range: ok = parse_range(r.bytes(), e.reserved_range.emplace_back()); break;
      case fn::enum_::reserved_name: e.reserved_name.push_back(r.string()); break;
      default: break;
    }
  }
  return ok && r.ok();
}

bool parse_message(std::string_view bytes, DescriptorProto& m) {
  FieldReader r(bytes);
  bool ok = true;
  while (ok && r.next()) {
    switch (r.number()) {
      case fn::message::name: m.name = r.string(); break;
      case fn::message::field: ok = parse_field(r.bytes(), m.field.emplace_back()); break;
      case fn::message::extension: ok = parse_field(r.bytes(), m.extension.emplace_back()); break;
      case fn::message::nested_type: ok = parse_message(r.bytes(), m.nested_type.emplace_back()); break;
      case fn::message::enum_type: ok = parse_enum(r.bytes(), m.enum_type.emplace_back()); break;
      case fn::message::extension_range:
        ok = parse_extension_range(r.bytes(), m.extension_range.emplace_back());
        break;
      case fn::message::oneof_decl: {
        OneofDescriptorProto o;
        FieldReader orr(r.bytes());
        while (orr.next()) {
          if (orr.number() == fn::oneof::name) o.name = orr.string();
          else if (orr.number() == fn::oneof::options) o.options = options(orr);
        }
        ok = orr.ok();
        m.oneof_decl.push_back(std::move(o));
        break;
      }
      case fn::message::options: m.options = options(r); break;
      case fn::message::reserved_range: ok = parse_range(r.bytes(), m.reserved_range.emplace_back()); break;
      case fn::message::reserved_name: m.reserved_name.push_back(r.string()); break;
      default: break;
    }
  }
  return ok && r.ok();
}

bool parse_method(std::string_view bytes, MethodDescriptorProto& m) {
  FieldReader r(bytes);
  while (r.next()) {
    switch (r.number()) {
      case fn::method::name: m.name = r.string(); break;
      case fn::method::input_type: m.input_type = r.string(); break;
      case fn::method::output_type: m.output_type = r.string(); break;
      case fn::method::options: m.options = options(r); break;
      case fn::method::client_streaming: m.client_streaming = r.int32() != 0; break;
      case fn::method::server_streaming: m.server_streaming = r.int32() != 0; break;
      default: break;
    }
  }
  return r.ok();
}

bool parse_service(std::string_view bytes, ServiceDescriptorProto& s) {
  FieldReader r(bytes);
  bool ok = true;
  while (ok && r.next()) {
    if (r.number() == fn::service::name) s.name = r.string();
    else if (r.number() == fn::service::method) ok = parse_method(r.bytes(), s.method.emplace_back());
    else if (r.number() == fn::service::options) s.options = options(r);
  }
  return ok && r.ok();
}

bool parse_location(std::string_view bytes, SourceLocation& l) {
  FieldReader r(bytes);
  bool ok = true;
  while (ok && r.next()) {
    switch (r.number()) {
      case fn::location::path: ok = read_int32s(r, l.path); break;
      case fn::location::span: ok = read_int32s(r, l.span); break;
      case fn::location::leading_comments: l.leading_comments = r.string(); break;
      case fn::location::trailing_comments: l.trailing_comments = r.string(); break;
      case fn::location::leading_detached_comments: l.leading_detached_comments.push_back(r.string()); break;
      default: break;
    }
  }
  return ok && r.ok();
}

bool parse_source_code_info(std::string_view bytes, SourceCodeInfo& info) {
  FieldReader r(bytes);
  bool ok = true;
  while (ok && r.next()) {
    if (r.number() == 1) ok = parse_location(r.bytes(), info.location.emplace_back());
  }
  return ok && r.ok();
}

}  // namespace

bool parse_file(std::string_view bytes, FileDescriptorProto& f) {
  FieldReader r(bytes);
  bool ok = true;
  while (ok && r.next()) {
    switch (r.number()) {
      case fn::file::name: f.name = r.string(); break;
      case fn::file::package: f.package = r.string(); break;
      case fn::file::dependency: f.dependency.push_back(r.string()); break;
      case fn::file::public_dependency: ok = read_int32s(r, f.public_dependency); break;
      case fn::file::weak_dependency: ok = read_int32s(r, f.weak_dependency); break;
      case fn::file::message_type: ok = parse_message(r.bytes(), f.message_type.emplace_back()); break;
      case fn::file::enum_type: ok = parse_enum(r.bytes(), f.enum_type.emplace_back()); break;
      case fn::file::service: ok = parse_service(r.bytes(), f.service.emplace_back()); break;
      case fn::file::extension: ok = parse_field(r.bytes(), f.extension.emplace_back()); break;
      case fn::file::options: f.options = options(r); break;
      case fn::file::source_code_info:
        f.source_code_info.emplace();
        ok = parse_source_code_info(r.bytes(), *f.source_code_info);
        break;
      case fn::file::syntax: f.syntax = r.string(); break;
      case fn::file::edition: f.edition = static_cast<Edition>(r.int32()); break;
      default: break;
    }
  }
  return ok && r.ok();
}

bool parse_file_set(std::string_view bytes, std::vector<FileDescriptorProto>& files) {
  FieldReader r(bytes);
  bool ok = true;
  while (ok && r.next()) {
    if (r.number() == 1 && r.is_bytes()) ok = parse_file(r.bytes(), files.emplace_back());
  }
  return ok && r.ok();
}

}  // namespace protoforge::descriptor
