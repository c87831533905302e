// rich_editions for libprotobuf 3.21, which predates editions: the same types as proto2, with the wire behaviour
// protoforge's schema resolved from the features written as proto2 constructs (see differential.h).
#include <cstring>
#include <vector>

#include <google/protobuf/descriptor.pb.h>

#include "tests/cpp/differential.h"

namespace protoforge::cpp_differential {

namespace {

void lower_field(pb::FieldDescriptorProto& proto, const schema::Field& field) {
  if (field.delimited && proto.type() == pb::FieldDescriptorProto::TYPE_MESSAGE) {
    proto.set_type(pb::FieldDescriptorProto::TYPE_GROUP);
  }
  if (field.is_required()) proto.set_label(pb::FieldDescriptorProto::LABEL_REQUIRED);
  if (field.is_packable()) proto.mutable_options()->set_packed(field.packed);
}

void lower_extensions(pb::RepeatedPtrField<pb::FieldDescriptorProto>& extensions, const std::string& scope,
                      const schema::Pool& pool) {
  for (pb::FieldDescriptorProto& proto : extensions) {
    if (const schema::Field* field = pool.find_extension(scope + proto.name())) lower_field(proto, *field);
  }
}

void lower_message(pb::DescriptorProto& proto, const std::string& scope, const schema::Pool& pool) {
  const std::string full_name = scope + proto.name();
  if (const schema::MessageType* type = pool.find_message(full_name)) {
    for (pb::FieldDescriptorProto& field : *proto.mutable_field()) {
      if (const schema::Field* resolved = type->find_field(field.number())) lower_field(field, *resolved);
    }
  }
  lower_extensions(*proto.mutable_extension(), full_name + ".", pool);
  for (pb::DescriptorProto& nested : *proto.mutable_nested_type()) lower_message(nested, full_name + ".", pool);
}

bool is_zero(const pb::Message& m, const pb::Reflection& r, const pb::FieldDescriptor& f) {
  switch (f.cpp_type()) {
    case pb::FieldDescriptor::CPPTYPE_INT32: return r.GetInt32(m, &f) == 0;
    case pb::FieldDescriptor::CPPTYPE_INT64: return r.GetInt64(m, &f) == 0;
    case pb::FieldDescriptor::CPPTYPE_UINT32: return r.GetUInt32(m, &f) == 0;
    case pb::FieldDescriptor::CPPTYPE_UINT64: return r.GetUInt64(m, &f) == 0;
    case pb::FieldDescriptor::CPPTYPE_BOOL: return !r.GetBool(m, &f);
    case pb::FieldDescriptor::CPPTYPE_ENUM: return r.GetEnumValue(m, &f) == 0;
    case pb::FieldDescriptor::CPPTYPE_STRING: return r.GetString(m, &f).empty();
    case pb::FieldDescriptor::CPPTYPE_FLOAT: {  // -0 is not zero: it is written
      const float v = r.GetFloat(m, &f);
      uint32_t bits;
      std::memcpy(&bits, &v, sizeof bits);
      return bits == 0;
    }
    case pb::FieldDescriptor::CPPTYPE_DOUBLE: {
      const double v = r.GetDouble(m, &f);
      uint64_t bits;
      std::memcpy(&bits, &v, sizeof bits);
      return bits == 0;
    }
    default: return false;
  }
}

}  // namespace

std::string lower_editions(std::string_view set, const schema::Pool& pool, std::string* error) {
  pb::FileDescriptorSet files;
  if (!files.ParseFromArray(set.data(), static_cast<int>(set.size()))) {
    *error = "the descriptor set does not parse";
    return "";
  }
  for (pb::FileDescriptorProto& file : *files.mutable_file()) {
    if (file.syntax() != "editions") continue;
    file.DiscardUnknownFields();  // `edition` and every `features` option: unknown to 3.21
    file.set_syntax("proto2");
    const std::string scope = file.package().empty() ? "" : file.package() + ".";
    for (pb::DescriptorProto& message : *file.mutable_message_type()) lower_message(message, scope, pool);
    lower_extensions(*file.mutable_extension(), scope, pool);
  }
  return files.SerializeAsString();
}

void clear_implicit_zeros(pb::Message& message, const schema::Pool& pool) {
  const pb::Reflection& r = *message.GetReflection();
  const schema::MessageType* type = pool.find_message(message.GetDescriptor()->full_name());
  std::vector<const pb::FieldDescriptor*> fields;
  r.ListFields(message, &fields);
  for (const pb::FieldDescriptor* f : fields) {
    if (f->cpp_type() == pb::FieldDescriptor::CPPTYPE_MESSAGE) {
      if (f->is_map()) continue;  // entries always carry key and value
      if (!f->is_repeated()) clear_implicit_zeros(*r.MutableMessage(&message, f), pool);
      for (int i = 0; f->is_repeated() && i < r.FieldSize(message, f); ++i) {
        clear_implicit_zeros(*r.MutableRepeatedMessage(&message, f, i), pool);
      }
      continue;
    }
    if (f->is_repeated() || f->is_extension() || type == nullptr) continue;
    const schema::Field* resolved = type->find_field(f->number());
    if (resolved != nullptr && !resolved->has_presence && is_zero(message, r, *f)) r.ClearField(&message, f);
  }
}

}  // namespace protoforge::cpp_differential
