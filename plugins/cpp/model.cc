#include "plugins/cpp/model.h"

#include <cstdio>
#include <functional>
#include <set>

#include "plugins/cpp/names.h"
#include "runtime/descriptor/json_names.h"
#include "runtime/descriptor/serialize.h"

namespace protoforge::cpp {

using schema::Kind;

namespace {

// Resolves full proto names to C++ names through the request's package index.
class Namer {
 public:
  Namer(const PackageIndex& packages, const Options& options) : options_(options), packages_(packages) {}

  // ::ns::Flat_Name of a message or enum given by full name.
  std::string qualified(const std::string& full_name) const {
    const auto it = packages_.find(full_name);
    const std::string package = it == packages_.end() ? "" : it->second;
    const std::string relative = package.empty() ? full_name : full_name.substr(package.size() + 1);
    const std::string ns = namespace_of(package, options_.namespace_prefix);
    return (ns.empty() ? "::" : "::" + ns + "::") + flat_name(relative);
  }
  std::string flat(const std::string& full_name, const std::string& package) const {
    return flat_name(package.empty() ? full_name : full_name.substr(package.size() + 1));
  }

 private:
  const Options& options_;
  const PackageIndex& packages_;
};

std::string join(const std::string& package, const std::string& name) {
  return package.empty() ? name : package + "." + name;
}

void index_message(const descriptor::DescriptorProto& m, const std::string& package, const std::string& prefix,
                   PackageIndex& packages) {
  const std::string full = prefix + m.name.value_or("");
  packages[full] = package;
  for (const auto& n : m.nested_type) index_message(n, package, full + ".", packages);
  for (const auto& e : m.enum_type) packages[full + "." + e.name.value_or("")] = package;
}

std::string number_type(Kind kind) {
  switch (kind) {
    case Kind::double_: return "double";
    case Kind::float_: return "float";
    case Kind::int64: case Kind::sfixed64: case Kind::sint64: return "int64_t";
    case Kind::uint64: case Kind::fixed64: return "uint64_t";
    case Kind::int32: case Kind::sfixed32: case Kind::sint32: case Kind::enum_: return "int32_t";
    case Kind::uint32: case Kind::fixed32: return "uint32_t";
    case Kind::bool_: return "bool";
    default: return "";
  }
}

std::string hex64(uint64_t v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%llxu", static_cast<unsigned long long>(v));
  return buf;
}

// A C++ constant expression for a scalar default; "" when the default is the zero value.
std::string default_expression(const schema::Field& f, const Namer& namer) {
  const schema::Scalar d = f.default_scalar;
  switch (f.kind) {
    case Kind::string: case Kind::bytes:
      return f.default_string.empty() ? "" : "std::string_view(" + string_literal(f.default_string) + ", " +
                                                  std::to_string(f.default_string.size()) + ")";
    case Kind::message: case Kind::group: return "";
    case Kind::enum_: {
      if (d.as_int32() == 0) return "";
      return "static_cast<" + namer.qualified(f.enum_type->full_name) + ">(" + std::to_string(d.as_int32()) + ")";
    }
    default: break;
  }
  if (d.bits == 0) return "";
  switch (f.kind) {
    case Kind::double_: return "std::bit_cast<double>(uint64_t{" + hex64(d.bits) + "})";
    case Kind::float_: return "std::bit_cast<float>(uint32_t{" + hex64(d.as_uint32()) + "})";
    case Kind::bool_: return "true";
    case Kind::int32: case Kind::sint32: case Kind::sfixed32:
      return d.as_int32() == INT32_MIN ? "(-2147483647 - 1)" : "int32_t{" + std::to_string(d.as_int32()) + "}";
    case Kind::int64: case Kind::sint64: case Kind::sfixed64:
      return d.as_int64() == INT64_MIN ? "(-9223372036854775807LL - 1)"
                                       : "int64_t{" + std::to_string(d.as_int64()) + "LL}";
    case Kind::uint32: case Kind::fixed32: return "uint32_t{" + std::to_string(d.as_uint32()) + "u}";
    default: return "uint64_t{" + std::to_string(d.as_uint64()) + "ull}";
  }
}

// The C++ type a map key or value is kept as.
std::string map_part_type(const schema::Field& f, const Namer& namer) {
  if (f.is_string_like()) return "std::string";
  if (f.is_message()) return namer.qualified(f.message_type->full_name);
  if (f.kind == Kind::enum_) return namer.qualified(f.enum_type->full_name);
  return number_type(f.kind);
}

void fill_types(FieldModel& m, const Namer& namer) {
  const schema::Field& f = *m.field;
  if (f.is_message()) m.message_class = namer.qualified(f.message_type->full_name);
  if (f.kind == Kind::enum_) m.enum_class = namer.qualified(f.enum_type->full_name);
  if (f.is_map()) {
    m.map_key = &f.message_type->map_key();
    m.map_value = &f.message_type->map_value();
    m.map_key_type = map_part_type(*m.map_key, namer);
    m.map_value_type = map_part_type(*m.map_value, namer);
    if (m.map_value->is_message()) m.message_class = m.map_value_type;
    if (m.map_value->kind == Kind::enum_) m.enum_class = m.map_value_type;
    m.storage = "::protoforge::gen::Map<" + m.map_key_type + ", " + m.map_value_type + ">";
    return;
  }
  if (f.is_string_like()) {
    m.element = "std::string_view";
    m.storage = f.is_repeated() ? "::protoforge::gen::RepeatedPtrField<::protoforge::gen::StringField>"
                                : "::protoforge::gen::StringField";
  } else if (f.is_message()) {
    m.element = m.message_class;
    m.storage = f.is_repeated() ? "::protoforge::gen::RepeatedPtrField<" + m.message_class + ">"
                                : m.message_class + "*";
  } else {
    m.element = f.kind == Kind::enum_ ? m.enum_class : number_type(f.kind);
    m.storage = f.is_repeated() ? "::protoforge::gen::RepeatedField<" + number_type(f.kind) + ">" : number_type(f.kind);
  }
  if (!f.is_repeated()) m.default_expr = default_expression(f, namer);
}

class Builder {
 public:
  Builder(const schema::Pool& pool, const Namer& namer, FileModel& model, const std::string& package)
      : pool_(pool), namer_(namer), model_(model), package_(package) {}

  std::string add_message(const descriptor::DescriptorProto& proto, const std::string& full_name) {
    const schema::MessageType* type = pool_.find_message(full_name);
    if (type == nullptr) return "message " + full_name + " is missing from the schema";
    if (type->map_entry) return "";
    const size_t index = model_.messages.size();
    model_.messages.emplace_back();
    MessageModel& m = model_.messages.back();
    m.type = type;
    m.name = namer_.flat(full_name, package_);
    m.qualified = namer_.qualified(full_name);
    add_fields(m);
    for (const auto& e : proto.enum_type) nested_enum_names_.push_back({index, full_name + "." + e.name.value_or("")});
    for (const auto& x : proto.extension) pending_extensions_.push_back({x, full_name});
    for (const auto& n : proto.nested_type) {
      const std::string nested = full_name + "." + n.name.value_or("");
      const schema::MessageType* nested_type = pool_.find_message(nested);
      if (nested_type != nullptr && !nested_type->map_entry) {
        model_.messages[index].nested_messages.push_back({n.name.value_or(""), namer_.flat(nested, package_)});
      }
      if (std::string error = add_message(n, nested); !error.empty()) return error;
    }
    return "";
  }

  std::string add_enum(const std::string& full_name, const MessageModel* scope) {
    const schema::EnumType* type = pool_.find_enum(full_name);
    if (type == nullptr) return "enum " + full_name + " is missing from the schema";
    EnumModel e;
    e.type = type;
    e.name = namer_.flat(full_name, package_);
    e.qualified = namer_.qualified(full_name);
    if (scope != nullptr) {
      e.scope_class = scope->name;
      e.relative = escape_identifier(type->name);
      e.value_prefix = e.name + "_";
    }
    for (const auto& v : type->values) e.value_names.push_back(scope ? e.value_prefix + v.name : escape_identifier(v.name));
    model_.enums.push_back(std::move(e));
    return "";
  }

  std::string finish() {
    for (const auto& [message_index, full] : nested_enum_names_) {
      if (std::string error = add_enum(full, &model_.messages[message_index]); !error.empty()) return error;
    }
    return "";
  }

  std::vector<std::pair<descriptor::FieldDescriptorProto, std::string>> pending_extensions_;  // field, scope

 private:
  void add_fields(MessageModel& m) {
    for (const schema::Field& f : m.type->fields) {
      FieldModel fm;
      fm.field = &f;
      fm.name = escape_identifier(f.name);
      // An escaped accessor (major_) already ends in '_': its member gets a distinct suffix.
      fm.member = fm.name != f.name ? fm.name + "f_" : f.name + "_";
      fm.camel = camel_case(f.name);
      const bool real_oneof = f.oneof_index >= 0 && !m.type->oneofs[static_cast<size_t>(f.oneof_index)].synthetic;
      if (!f.is_repeated() && f.has_presence && !real_oneof) fm.has_bit = m.has_bit_count++;
      fill_types(fm, namer_);
      if (f.is_map()) model_.uses_maps = true;
      m.fields.push_back(std::move(fm));
    }
    // Real oneofs get case slots in declaration order.
    std::map<int32_t, size_t> slot_of;  // schema oneof index -> position in m.oneofs
    for (FieldModel& fm : m.fields) {
      const schema::Field& f = *fm.field;
      if (f.oneof_index < 0 || m.type->oneofs[static_cast<size_t>(f.oneof_index)].synthetic) continue;
      auto [it, fresh] = slot_of.try_emplace(f.oneof_index, m.oneofs.size());
      if (fresh) {
        const schema::Oneof& o = m.type->oneofs[static_cast<size_t>(f.oneof_index)];
        OneofModel om;
        om.name = escape_identifier(o.name);
        om.camel = camel_case(o.name);
        om.upper = upper_case(o.name);
        om.slot = static_cast<int>(m.oneofs.size());
        m.oneofs.push_back(std::move(om));
      }
      fm.oneof_slot = static_cast<int>(it->second);
    }
    for (FieldModel& fm : m.fields) {
      if (fm.oneof_slot >= 0) m.oneofs[static_cast<size_t>(fm.oneof_slot)].members.push_back(&fm);
    }
  }

  const schema::Pool& pool_;
  const Namer& namer_;
  FileModel& model_;
  std::string package_;
  std::vector<std::pair<size_t, std::string>> nested_enum_names_;
};

// Whether a message (or one it can hold) has required fields; cycles count as "no" until shown otherwise.
bool needs_required_check(const schema::MessageType* type, std::map<const schema::MessageType*, int>& memo) {
  auto [it, fresh] = memo.try_emplace(type, 0);
  if (!fresh) return it->second == 2;
  bool result = false;
  for (const schema::Field& f : type->fields) {
    if (f.is_required()) result = true;
    if (!result && f.is_message() && needs_required_check(f.message_type, memo)) result = true;
  }
  memo[type] = result ? 2 : 1;
  return result;
}

}  // namespace

PackageIndex index_packages(const std::vector<descriptor::FileDescriptorProto>& files) {
  PackageIndex packages;
  for (const auto& f : files) {
    const std::string package = f.package.value_or("");
    for (const auto& m : f.message_type) index_message(m, package, package.empty() ? "" : package + ".", packages);
    for (const auto& e : f.enum_type) packages[join(package, e.name.value_or(""))] = package;
  }
  return packages;
}

bool message_has_required(const schema::MessageType* type) {
  std::map<const schema::MessageType*, int> memo;
  return needs_required_check(type, memo);
}

std::string build_model(const descriptor::FileDescriptorProto& file,
                        const PackageIndex& packages, const schema::Pool& pool, const Options& options,
                        FileModel& model) {
  const Namer namer(packages, options);
  const std::string package = file.package.value_or("");
  model.file = &file;
  model.base = strip_proto(file.name.value_or(""));
  model.ns = namespace_of(package, options.namespace_prefix);
  for (const std::string& dep : file.dependency) model.dependency_bases.push_back(strip_proto(dep));
  Builder builder(pool, namer, model, package);
  for (const auto& e : file.enum_type) {
    if (std::string error = builder.add_enum(package.empty() ? e.name.value_or("") : package + "." + e.name.value_or(""),
                                             nullptr);
        !error.empty()) {
      return error;
    }
  }
  for (const auto& m : file.message_type) {
    const std::string full = package.empty() ? m.name.value_or("") : package + "." + m.name.value_or("");
    if (std::string error = builder.add_message(m, full); !error.empty()) return error;
  }
  if (std::string error = builder.finish(); !error.empty()) return error;
  for (MessageModel& m : model.messages) {
    m.has_required = message_has_required(m.type);
    m.split = static_cast<int>(m.fields.size()) > options.inline_accessor_limit;
    for (const EnumModel& e : model.enums) {
      if (e.scope_class == m.name) m.nested_enums.push_back(&e);
    }
  }
  // Extensions: file-level ones, then those declared inside messages.
  std::vector<std::pair<descriptor::FieldDescriptorProto, std::string>> declared;
  for (const auto& x : file.extension) declared.push_back({x, ""});
  for (auto& x : builder.pending_extensions_) declared.push_back(x);
  model.extensions.reserve(declared.size());
  for (const auto& [proto, scope] : declared) {
    const std::string scope_name = scope.empty() ? package : scope;
    const std::string full = scope_name.empty() ? proto.name.value_or("") : scope_name + "." + proto.name.value_or("");
    const schema::Field* f = pool.find_extension(full);
    if (f == nullptr) return "extension " + full + " is missing from the schema";
    ExtensionModel x;
    x.field = f;
    x.name = escape_identifier(f->name);
    x.extendee_class = namer.qualified(f->containing_type->full_name);
    if (!scope.empty()) x.scope_class = namer.flat(scope, package);
    FieldModel types;
    types.field = f;
    fill_types(types, namer);
    x.message_class = types.message_class;
    x.enum_class = types.enum_class;
    x.value_type = f->is_message() ? types.message_class
                   : f->is_string_like() ? "std::string"
                   : f->kind == Kind::enum_ ? types.enum_class : number_type(f->kind);
    x.default_expr = f->is_repeated() ? "" : default_expression(*f, namer);
    model.extensions.push_back(std::move(x));
  }
  for (ExtensionModel& x : model.extensions) {
    for (MessageModel& m : model.messages) {
      if (!x.scope_class.empty() && m.name == x.scope_class) m.scoped_extensions.push_back(&x);
    }
  }
  if (!options.lite) {
    // Source info dropped and every json_name filled: the form a plugin request carries, so the built-in
    // generator and the plugin embed the same bytes.
    descriptor::FileDescriptorProto stripped = file;
    stripped.source_code_info.reset();
    descriptor::fill_json_names(stripped);
    descriptor::append_file(model.descriptor_bytes, stripped);
  }
  return "";
}

}  // namespace protoforge::cpp
