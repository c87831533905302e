#include "runtime/schema/schema.h"

#include <algorithm>

namespace protoforge::schema {

std::string_view to_string(Kind kind) {
  switch (kind) {
    case Kind::double_: return "double";
    case Kind::float_: return "float";
    case Kind::int64: return "int64";
    case Kind::uint64: return "uint64";
    case Kind::int32: return "int32";
    case Kind::fixed64: return "fixed64";
    case Kind::fixed32: return "fixed32";
    case Kind::bool_: return "bool";
    case Kind::string: return "string";
    case Kind::group: return "group";
    case Kind::message: return "message";
    case Kind::bytes: return "bytes";
    case Kind::uint32: return "uint32";
    case Kind::enum_: return "enum";
    case Kind::sfixed32: return "sfixed32";
    case Kind::sfixed64: return "sfixed64";
    case Kind::sint32: return "sint32";
    case Kind::sint64: return "sint64";
  }
  return "unknown";
}

const EnumValue* EnumType::find(int32_t number) const {
  for (const EnumValue& v : values) {
    if (v.number == number) return &v;
  }
  return nullptr;
}

const EnumValue* EnumType::find(std::string_view value_name) const {
  for (const EnumValue& v : values) {
    if (v.name == value_name) return &v;
  }
  return nullptr;
}

namespace {
// Numbers below this are found by direct indexing; real schemas rarely go higher.
constexpr int32_t kDenseLimit = 256;
}  // namespace

void MessageType::index_fields() {
  by_number_.clear();
  for (const Field& f : fields) by_number_.push_back(&f);
  std::sort(by_number_.begin(), by_number_.end(), [](const Field* a, const Field* b) { return a->number < b->number; });
  int32_t top = 0;
  for (const Field& f : fields) {
    if (f.number < kDenseLimit) top = std::max(top, f.number + 1);
  }
  dense_.assign(static_cast<size_t>(top), 0);
  for (const Field& f : fields) {
    if (f.number < kDenseLimit) dense_[static_cast<size_t>(f.number)] = f.index + 1;
  }
}

const Field* MessageType::find_field(int32_t number) const {
  if (number >= 0 && static_cast<size_t>(number) < dense_.size()) {
    const int32_t i = dense_[static_cast<size_t>(number)];
    return i == 0 ? nullptr : &fields[static_cast<size_t>(i - 1)];
  }
  if (number < kDenseLimit) return nullptr;
  auto it = std::lower_bound(by_number_.begin(), by_number_.end(), number,
                             [](const Field* f, int32_t n) { return f->number < n; });
  return it != by_number_.end() && (*it)->number == number ? *it : nullptr;
}

const Field* MessageType::find_field(std::string_view field_name) const {
  for (const Field& f : fields) {
    if (f.name == field_name) return &f;
  }
  return nullptr;
}

const Field* MessageType::find_field_by_json_name(std::string_view json_name) const {
  for (const Field& f : fields) {
    if (f.json_name == json_name) return &f;
  }
  return nullptr;
}

const Field* MessageType::find_extension(int32_t number) const {
  auto it = std::lower_bound(extensions_.begin(), extensions_.end(), number,
                             [](const Field* f, int32_t n) { return f->number < n; });
  return it != extensions_.end() && (*it)->number == number ? *it : nullptr;
}

void MessageType::add_extension(const Field* field) {
  auto it = std::lower_bound(extensions_.begin(), extensions_.end(), field->number,
                             [](const Field* f, int32_t n) { return f->number < n; });
  extensions_.insert(it, field);
}

bool MessageType::is_reserved(int32_t number) const {
  return std::any_of(reserved_ranges.begin(), reserved_ranges.end(),
                     [&](const NumberRange& r) { return r.contains(number); });
}

bool MessageType::is_reserved_name(std::string_view field_name) const {
  return std::find(reserved_names.begin(), reserved_names.end(), field_name) != reserved_names.end();
}

bool MessageType::is_extension_number(int32_t number) const {
  return std::any_of(extension_ranges.begin(), extension_ranges.end(),
                     [&](const NumberRange& r) { return r.contains(number); });
}

}  // namespace protoforge::schema
