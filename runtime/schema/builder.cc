#include "runtime/schema/builder.h"

#include <cmath>
#include <cstdlib>
#include <limits>

#include "runtime/descriptor/json_names.h"
#include "runtime/strings/escape.h"

namespace protoforge::schema {

namespace {

using namespace feature_values;
namespace on = option_numbers;

std::string join(const std::string& scope, const std::string& name) { return scope.empty() ? name : scope + "." + name; }

std::string_view options_of(const std::optional<descriptor::EncodedOptions>& options) {
  return options ? std::string_view(options->bytes) : std::string_view();
}

WellKnown well_known_message(std::string_view full_name) {
  static const std::pair<std::string_view, WellKnown> kTypes[] = {
      {"google.protobuf.Any", WellKnown::any},           {"google.protobuf.Timestamp", WellKnown::timestamp},
      {"google.protobuf.Duration", WellKnown::duration}, {"google.protobuf.FieldMask", WellKnown::field_mask},
      {"google.protobuf.Struct", WellKnown::struct_},    {"google.protobuf.Value", WellKnown::value},
      {"google.protobuf.ListValue", WellKnown::list_value}, {"google.protobuf.Empty", WellKnown::empty},
      {"google.protobuf.DoubleValue", WellKnown::double_value}, {"google.protobuf.FloatValue", WellKnown::float_value},
      {"google.protobuf.Int64Value", WellKnown::int64_value}, {"google.protobuf.UInt64Value", WellKnown::uint64_value},
      {"google.protobuf.Int32Value", WellKnown::int32_value}, {"google.protobuf.UInt32Value", WellKnown::uint32_value},
      {"google.protobuf.BoolValue", WellKnown::bool_value}, {"google.protobuf.StringValue", WellKnown::string_value},
      {"google.protobuf.BytesValue", WellKnown::bytes_value},
  };
  for (const auto& [name, kind] : kTypes) {
    if (name == full_name) return kind;
  }
  return WellKnown::none;
}

template <typename Range>
std::vector<NumberRange> ranges_of(const std::vector<Range>& protos, bool end_inclusive) {
  std::vector<NumberRange> out;
  for (const Range& r : protos) {
    const int64_t start = r.start.value_or(0);
    const int64_t end = r.end.value_or(0);
    out.push_back({start, end_inclusive ? end + 1 : end});
  }
  return out;
}

}  // namespace

bool PoolBuilder::fail(std::string message) {
  if (error_.empty()) error_ = std::move(message);
  return false;
}

std::string PoolBuilder::add(const std::vector<descriptor::FileDescriptorProto>& files) {
  files_.reserve(files.size());  // pending fields point into files_
  for (const auto& file : files) {
    FileContext& ctx = files_.emplace_back();
    ctx.file = &file;
    ctx.editions = file.syntax && *file.syntax == "editions";
    const Features features = edition_defaults(file).merged(features_in_options(options_of(file.options), on::kFileFeatures));
    const std::string package = file.package.value_or("");
    for (const auto& m : file.message_type) declare_message(m, package, features, ctx);
    for (const auto& e : file.enum_type) declare_enum(e, package, features);
    declare_extensions(file.extension, package, nullptr, features, ctx);
  }
  for (const PendingField& p : pending_) {
    if (!resolve(p)) return error_;
  }
  for (MessageType* m : declared_) m->index_fields();
  for (const PendingField& p : pending_) {
    if (p.field->is_extension) const_cast<MessageType*>(p.field->containing_type)->add_extension(p.field);
  }
  return error_;
}

void PoolBuilder::declare_message(const descriptor::DescriptorProto& proto, const std::string& scope,
                                  const Features& parent, const FileContext& file) {
  MessageType& m = pool_.messages_.emplace_back();
  m.name = proto.name.value_or("");
  m.full_name = join(scope, m.name);
  m.well_known = well_known_message(m.full_name);
  const std::string_view options = options_of(proto.options);
  m.map_entry = bool_option(options, on::kMapEntry) == 1;
  m.message_set = bool_option(options, on::kMessageSetWireFormat) == 1;
  m.reserved_ranges = ranges_of(proto.reserved_range, false);
  m.reserved_names = proto.reserved_name;
  m.extension_ranges = ranges_of(proto.extension_range, false);
  if (!pool_.message_index_.emplace(m.full_name, &m).second) fail("duplicate message type " + m.full_name);
  pool_.message_list_.push_back(&m);
  declared_.push_back(&m);

  const Features features = parent.merged(features_in_options(options, on::kMessageFeatures));
  for (const auto& o : proto.oneof_decl) m.oneofs.push_back(Oneof{o.name.value_or(""), {}, false});
  m.fields.resize(proto.field.size());  // final size: pending fields and oneofs point into it
  for (size_t i = 0; i < proto.field.size(); ++i) {
    Field& f = m.fields[i];
    f.index = static_cast<int32_t>(i);
    f.containing_type = &m;
    declare_field(f, proto.field[i], m.full_name, features, file);
    if (f.oneof_index >= 0 && static_cast<size_t>(f.oneof_index) < m.oneofs.size()) {
      Oneof& oneof = m.oneofs[static_cast<size_t>(f.oneof_index)];
      oneof.fields.push_back(&f);
      if (proto.field[i].proto3_optional.value_or(false)) oneof.synthetic = true;
    } else if (f.oneof_index >= 0) {
      fail("field " + f.full_name + " has an out-of-range oneof_index");
    }
  }
  for (const auto& nested : proto.nested_type) declare_message(nested, m.full_name, features, file);
  for (const auto& e : proto.enum_type) declare_enum(e, m.full_name, features);
  declare_extensions(proto.extension, m.full_name, &m, features, file);
}

void PoolBuilder::declare_enum(const descriptor::EnumDescriptorProto& proto, const std::string& scope,
                               const Features& parent) {
  EnumType& e = pool_.enums_.emplace_back();
  e.name = proto.name.value_or("");
  e.full_name = join(scope, e.name);
  if (e.full_name == "google.protobuf.NullValue") e.well_known = WellKnown::null_value;
  const Features features = parent.merged(features_in_options(options_of(proto.options), on::kEnumFeatures));
  e.closed = features.enum_type == kClosed;
  for (const auto& v : proto.value) e.values.push_back(EnumValue{v.name.value_or(""), v.number.value_or(0)});
  e.reserved_ranges = ranges_of(proto.reserved_range, true);
  e.reserved_names = proto.reserved_name;
  if (!pool_.enum_index_.emplace(e.full_name, &e).second) fail("duplicate enum type " + e.full_name);
}

void PoolBuilder::declare_extensions(const std::vector<descriptor::FieldDescriptorProto>& protos,
                                     const std::string& scope, const MessageType* extension_scope,
                                     const Features& parent, const FileContext& file) {
  for (const auto& proto : protos) {
    Field& f = pool_.extensions_.emplace_back();
    f.index = static_cast<int32_t>(pool_.extensions_.size() - 1);
    f.is_extension = true;
    f.extension_scope = extension_scope;
    declare_field(f, proto, scope, parent, file);
    if (!pool_.extension_index_.emplace(f.full_name, &f).second) fail("duplicate extension " + f.full_name);
  }
}

void PoolBuilder::declare_field(Field& f, const descriptor::FieldDescriptorProto& proto, const std::string& scope,
                                const Features& parent, const FileContext& file) {
  f.name = proto.name.value_or("");
  f.full_name = join(scope, f.name);
  f.json_name = proto.json_name ? *proto.json_name : descriptor::default_json_name(f.name);
  f.number = proto.number.value_or(0);
  f.kind = static_cast<Kind>(proto.type.value_or(descriptor::FieldType::int32));
  f.label = static_cast<Label>(proto.label.value_or(descriptor::FieldLabel::optional));
  f.oneof_index = proto.oneof_index.value_or(-1);
  const Features features = parent.merged(features_in_options(options_of(proto.options), on::kFieldFeatures));
  pending_.push_back(PendingField{&f, &proto, features, &file});
}

bool PoolBuilder::resolve(const PendingField& p) {
  Field& f = *p.field;
  const descriptor::FieldDescriptorProto& proto = *p.proto;
  if (proto.type_name) {
    const std::string& name = *proto.type_name;
    if (name.empty() || name.front() != '.') return fail("field " + f.full_name + ": type name " + name + " is not fully qualified");
    if (f.kind == Kind::message || f.kind == Kind::group) {
      f.message_type = pool_.find_message(name);
      if (!f.message_type) return fail("field " + f.full_name + ": unknown message type " + name);
    } else if (f.kind == Kind::enum_) {
      f.enum_type = pool_.find_enum(name);
      if (!f.enum_type) return fail("field " + f.full_name + ": unknown enum type " + name);
    } else {
      // Descriptor sets may omit the type and give only a name; settle it by lookup.
      if ((f.message_type = pool_.find_message(name))) f.kind = Kind::message;
      else if ((f.enum_type = pool_.find_enum(name))) f.kind = Kind::enum_;
      else return fail("field " + f.full_name + ": unknown type " + name);
    }
  } else if (f.kind == Kind::message || f.kind == Kind::group || f.kind == Kind::enum_) {
    return fail("field " + f.full_name + " has no type name");
  }
  if (f.is_extension) {
    if (!proto.extendee) return fail("extension " + f.full_name + " has no extendee");
    f.containing_type = pool_.find_message(*proto.extendee);
    if (!f.containing_type) return fail("extension " + f.full_name + ": unknown extendee " + *proto.extendee);
  }

  const Features& features = p.features;
  if (f.label != Label::repeated && features.field_presence == kLegacyRequired) f.label = Label::required;
  const bool in_oneof = f.oneof_index >= 0;
  f.has_presence = !f.is_repeated() &&
                   (f.is_message() || in_oneof || f.is_extension || proto.proto3_optional.value_or(false) ||
                    features.field_presence != kImplicit);
  if (f.is_packable()) {
    f.packed = features.repeated_field_encoding == kPacked;
    const int legacy = bool_option(options_of(proto.options), option_numbers::kFieldPacked);
    if (!p.file->editions && legacy != -1) f.packed = legacy == 1;
  }
  f.delimited = f.kind == Kind::group ||
                (f.kind == Kind::message && features.message_encoding == kDelimited && !f.message_type->map_entry);
  f.validate_utf8 = f.kind == Kind::string && features.utf8_validation == kVerify;
  return resolve_default(f, proto);
}

bool PoolBuilder::resolve_default(Field& f, const descriptor::FieldDescriptorProto& proto) {
  if (!proto.default_value) {
    if (f.kind == Kind::enum_ && !f.enum_type->values.empty()) {
      f.default_scalar = Scalar::of_int(f.enum_type->values.front().number);
    }
    return true;
  }
  const std::string& text = *proto.default_value;
  auto bad = [&] { return fail("field " + f.full_name + ": invalid default value \"" + text + "\""); };
  char* end = nullptr;
  switch (f.kind) {
    case Kind::int32: case Kind::int64: case Kind::sint32: case Kind::sint64: case Kind::sfixed32:
    case Kind::sfixed64:
      f.default_scalar = Scalar::of_int(std::strtoll(text.c_str(), &end, 0));
      break;
    case Kind::uint32: case Kind::uint64: case Kind::fixed32: case Kind::fixed64:
      f.default_scalar = Scalar::of_uint(std::strtoull(text.c_str(), &end, 0));
      break;
    case Kind::double_: case Kind::float_: {
      double v;
      if (text == "inf") v = std::numeric_limits<double>::infinity(), end = nullptr;
      else if (text == "-inf") v = -std::numeric_limits<double>::infinity(), end = nullptr;
      else if (text == "nan") v = std::numeric_limits<double>::quiet_NaN(), end = nullptr;
      else v = std::strtod(text.c_str(), &end);
      f.default_scalar = f.kind == Kind::double_ ? Scalar::of_double(v) : Scalar::of_float(static_cast<float>(v));
      break;
    }
    case Kind::bool_:
      if (text != "true" && text != "false") return bad();
      f.default_scalar = Scalar::of_bool(text == "true");
      return true;
    case Kind::string:
      f.default_string = text;
      return true;
    case Kind::bytes:
      if (!strings::c_unescape(text, f.default_string)) return bad();
      return true;
    case Kind::enum_: {
      const EnumValue* v = f.enum_type->find(text);
      if (!v) return bad();
      f.default_scalar = Scalar::of_int(v->number);
      return true;
    }
    case Kind::message: case Kind::group:
      return bad();
  }
  if (end != nullptr && *end != '\0') return bad();
  return true;
}

}  // namespace protoforge::schema
