// Random messages through libprotobuf reflection: a random subset of fields, oneof members, map entries with
// distinct keys, extensions, and unknown fields of every wire kind.
#include <algorithm>
#include <set>

#include <google/protobuf/descriptor.pb.h>

#include "tests/oracle/generator.h"

namespace protoforge::oracle {

namespace pb = google::protobuf;

namespace detail {
namespace {

bool has_required_fields(const pb::Descriptor& type) {
  for (int i = 0; i < type.field_count(); ++i) {
    if (type.field(i)->is_required()) return true;
  }
  return false;
}

// The key's value as text, to tell map keys apart.
std::string key_text(const pb::Message& entry, const pb::FieldDescriptor& key) {
  const pb::Reflection& r = *entry.GetReflection();
  switch (key.cpp_type()) {
    case pb::FieldDescriptor::CPPTYPE_INT32: return std::to_string(r.GetInt32(entry, &key));
    case pb::FieldDescriptor::CPPTYPE_INT64: return std::to_string(r.GetInt64(entry, &key));
    case pb::FieldDescriptor::CPPTYPE_UINT32: return std::to_string(r.GetUInt32(entry, &key));
    case pb::FieldDescriptor::CPPTYPE_UINT64: return std::to_string(r.GetUInt64(entry, &key));
    case pb::FieldDescriptor::CPPTYPE_BOOL: return r.GetBool(entry, &key) ? "true" : "false";
    default: return r.GetString(entry, &key);
  }
}

constexpr int kMaxFieldNumber = 536870911;

}  // namespace

Generator::Generator(const Schema& schema, uint64_t seed, const RandomOptions& options)
    : random_(seed), schema_(schema), options_(options) {
  if (options_.json_safe) {
    options_.unknown_fields = false;
    options_.extensions = false;
  }
  for (const pb::Descriptor* type : schema.message_types(/*include_google=*/true)) {
    const std::string& name = type->full_name();
    // libprotobuf 3.21 prints an Any of a ListValue as {"@type": ..., "value": [...]} but cannot read it back.
    if (options_.json_safe && name == "google.protobuf.ListValue") continue;
    any_types_.push_back(type);
    if (!has_required_fields(*type) && name != "google.protobuf.Value" && name != "google.protobuf.Any") {
      leaf_types_.push_back(type);
    }
  }
}

// Deeper messages get fewer fields, so the expected size of a message stays bounded.
double Generator::field_chance(int depth) const { return options_.field_chance / (1 + depth); }

size_t Generator::repeat_count() {
  size_t limit = static_cast<size_t>(std::max(options_.max_repeated, 1));
  if (random_.chance(0.05)) limit *= 4;
  return random_.below(limit) + 1;
}

bool Generator::holds_messages(const Field& field) const {
  if (field.is_map()) return field.message_type()->map_value()->cpp_type() == Field::CPPTYPE_MESSAGE;
  return field.cpp_type() == Field::CPPTYPE_MESSAGE;
}

void Generator::fill(pb::Message& message, int depth) {
  if (fill_well_known(message, depth)) return;
  const pb::Descriptor& type = *message.GetDescriptor();
  for (int i = 0; i < type.field_count(); ++i) {
    const Field& field = *type.field(i);
    if (field.real_containing_oneof() != nullptr) continue;
    if (field.is_required() || random_.chance(field_chance(depth))) fill_field(message, field, depth);
  }
  for (int i = 0; i < type.real_oneof_decl_count(); ++i) {
    if (random_.chance(std::min(1.0, 2 * field_chance(depth)))) fill_oneof(message, *type.oneof_decl(i), depth);
  }
  if (options_.extensions && type.extension_range_count() > 0) fill_extensions(message, depth);
  if (options_.unknown_fields && !type.options().map_entry()) add_unknown_fields(message);
}

// libprotobuf 3.21's JSON form drops groups (and extensions, which json_safe turns off as a whole).
bool Generator::json_drops(const Field& field) const {
  return options_.json_safe && field.type() == Field::TYPE_GROUP;
}

void Generator::fill_field(pb::Message& message, const Field& field, int depth) {
  if (holds_messages(field) && depth >= options_.max_depth && !field.is_required()) return;
  if (json_drops(field)) return;
  if (field.is_map()) return fill_map(message, field, depth);
  if (!field.is_repeated()) return put_value(message, field, false, depth);
  for (size_t n = repeat_count(); n > 0; --n) put_value(message, field, true, depth);
}

void Generator::fill_oneof(pb::Message& message, const pb::OneofDescriptor& oneof, int depth) {
  std::vector<const Field*> members;
  for (int i = 0; i < oneof.field_count(); ++i) {
    const Field& member = *oneof.field(i);
    if ((!holds_messages(member) || depth < options_.max_depth) && !json_drops(member)) members.push_back(&member);
  }
  if (!members.empty()) put_value(message, *members[random_.below(members.size())], false, depth);
}

void Generator::fill_map(pb::Message& message, const Field& field, int depth) {
  const pb::Reflection& r = *message.GetReflection();
  const Field& key = *field.message_type()->map_key();
  const Field& value = *field.message_type()->map_value();
  size_t wanted = key.cpp_type() == Field::CPPTYPE_BOOL ? std::min<size_t>(repeat_count(), 2) : repeat_count();
  std::set<std::string> keys;
  for (size_t attempt = 0; keys.size() < wanted && attempt < 4 * wanted; ++attempt) {
    pb::Message& entry = *r.AddMessage(&message, &field);
    put_value(entry, key, false, depth);
    if (!keys.insert(key_text(entry, key)).second) {
      r.RemoveLast(&message, &field);
      continue;
    }
    // The value is always set, even to a zero or empty message, so a round trip cannot tell entries apart.
    put_value(entry, value, false, depth);
  }
}

void Generator::fill_extensions(pb::Message& message, int depth) {
  std::vector<const Field*> extensions;
  schema_.pool().FindAllExtensions(message.GetDescriptor(), &extensions);
  std::sort(extensions.begin(), extensions.end(),
            [](const Field* a, const Field* b) { return a->number() < b->number(); });
  for (const Field* extension : extensions) {
    if (random_.chance(field_chance(depth))) fill_field(message, *extension, depth);
  }
}

// libprotobuf 3.21 prints -0 for an implicit-presence field but parses it back as absent (it equals 0).
template <typename Float>
Float Generator::json_safe_zero(const pb::Message& message, const Field& field, Float value) const {
  bool implicit = !field.is_repeated() && !field.has_presence() && !message.GetDescriptor()->options().map_entry();
  return options_.json_safe && implicit && value == 0 ? Float{0} : value;
}

int Generator::enum_number(const Field& field) {
  const pb::EnumDescriptor& type = *field.enum_type();
  // The rule libprotobuf 3.21 applies: a proto3 file's enum fields keep numbers outside the enum.
  bool open = field.file()->syntax() == pb::FileDescriptor::SYNTAX_PROTO3;
  if (open && random_.chance(0.15)) {
    for (;;) {
      int32_t number = random_.int32();
      if (type.FindValueByNumber(number) == nullptr) return number;
    }
  }
  return type.value(static_cast<int>(random_.below(type.value_count())))->number();
}

void Generator::put_value(pb::Message& message, const Field& field, bool add, int depth) {
  const pb::Reflection& r = *message.GetReflection();
  pb::Message* m = &message;
  switch (field.cpp_type()) {
    case Field::CPPTYPE_INT32: {
      int32_t v = random_.int32();
      return add ? r.AddInt32(m, &field, v) : r.SetInt32(m, &field, v);
    }
    case Field::CPPTYPE_INT64: {
      int64_t v = random_.int64();
      return add ? r.AddInt64(m, &field, v) : r.SetInt64(m, &field, v);
    }
    case Field::CPPTYPE_UINT32: {
      uint32_t v = random_.uint32();
      return add ? r.AddUInt32(m, &field, v) : r.SetUInt32(m, &field, v);
    }
    case Field::CPPTYPE_UINT64: {
      uint64_t v = random_.uint64();
      return add ? r.AddUInt64(m, &field, v) : r.SetUInt64(m, &field, v);
    }
    case Field::CPPTYPE_FLOAT: {
      float v = json_safe_zero(message, field, random_.float32());
      return add ? r.AddFloat(m, &field, v) : r.SetFloat(m, &field, v);
    }
    case Field::CPPTYPE_DOUBLE: {
      double v = json_safe_zero(message, field, random_.float64());
      return add ? r.AddDouble(m, &field, v) : r.SetDouble(m, &field, v);
    }
    case Field::CPPTYPE_BOOL: {
      bool v = random_.chance(0.5);
      return add ? r.AddBool(m, &field, v) : r.SetBool(m, &field, v);
    }
    case Field::CPPTYPE_ENUM: {
      int v = enum_number(field);
      return add ? r.AddEnumValue(m, &field, v) : r.SetEnumValue(m, &field, v);
    }
    case Field::CPPTYPE_STRING: {
      std::string v = field.type() == Field::TYPE_STRING ? random_.utf8_string() : random_.bytes();
      return add ? r.AddString(m, &field, std::move(v)) : r.SetString(m, &field, std::move(v));
    }
    case Field::CPPTYPE_MESSAGE:
      fill(add ? *r.AddMessage(m, &field) : *r.MutableMessage(m, &field), depth + 1);
      return;
  }
}

void Generator::add_unknown_fields(pb::Message& message) {
  if (!random_.chance(0.25)) return;
  fill_unknown_set(*message.GetReflection()->MutableUnknownFields(&message), message.GetDescriptor(), 0);
}

// `type` is null inside an unknown group, where any number is free.
void Generator::fill_unknown_set(pb::UnknownFieldSet& set, const pb::Descriptor* type, int depth) {
  for (size_t n = random_.below(4) + 1; n > 0; --n) {
    int number;
    do {
      number = static_cast<int>(random_.chance(0.5) ? random_.between(1, 2047) : random_.between(1, kMaxFieldNumber));
    } while (type != nullptr &&
             (type->FindFieldByNumber(number) != nullptr || schema_.pool().FindExtensionByNumber(type, number)));
    switch (random_.below(depth < 2 ? 5 : 4)) {
      case 0: set.AddVarint(number, random_.uint64()); break;
      case 1: set.AddFixed32(number, random_.uint32()); break;
      case 2: set.AddFixed64(number, random_.uint64()); break;
      case 3: set.AddLengthDelimited(number, random_.bytes()); break;
      default: fill_unknown_set(*set.AddGroup(number), nullptr, depth + 1); break;
    }
  }
}

}  // namespace detail

std::unique_ptr<pb::Message> random_message(const Schema& schema, const pb::Descriptor& type, uint64_t seed,
                                            const RandomOptions& options) {
  auto message = schema.new_message(type);
  detail::Generator(schema, seed, options).fill(*message, 0);
  return message;
}

}  // namespace protoforge::oracle
