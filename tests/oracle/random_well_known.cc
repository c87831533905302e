// Random well-known types, always within what their JSON form accepts: timestamps in 0001..9999, durations
// within +-10000 years with the nanos' sign matching, lower_snake field-mask paths, finite numbers in Values,
// and Any packing a type of the schema's own pool.
#include <set>
#include <string_view>

#include "tests/oracle/generator.h"

namespace protoforge::oracle::detail {

namespace pb = google::protobuf;

namespace {

constexpr int64_t kMinTimestampSeconds = -62135596800;  // 0001-01-01T00:00:00Z
constexpr int64_t kMaxTimestampSeconds = 253402300799;  // 9999-12-31T23:59:59Z
constexpr int64_t kMaxDurationSeconds = 315576000000;   // 10000 years

const pb::FieldDescriptor& field_named(const pb::Message& message, const char* name) {
  return *message.GetDescriptor()->FindFieldByName(name);
}

bool is_wrapper(std::string_view name) {
  static constexpr std::string_view kWrappers[] = {"DoubleValue", "FloatValue", "Int64Value",
                                                   "UInt64Value", "Int32Value", "UInt32Value",
                                                   "BoolValue",   "StringValue", "BytesValue"};
  for (std::string_view wrapper : kWrappers) {
    if (name == wrapper) return true;
  }
  return false;
}

}  // namespace

bool Generator::fill_well_known(pb::Message& message, int depth) {
  std::string_view name = message.GetDescriptor()->full_name();
  constexpr std::string_view kPackage = "google.protobuf.";
  if (!name.starts_with(kPackage)) return false;
  name.remove_prefix(kPackage.size());
  if (name == "Timestamp") {
    fill_timestamp(message);
  } else if (name == "Duration") {
    fill_duration(message);
  } else if (name == "FieldMask") {
    fill_field_mask(message);
  } else if (name == "Struct") {
    fill_struct(message, depth);
  } else if (name == "Value") {
    fill_value(message, depth);
  } else if (name == "ListValue") {
    fill_list_value(message, depth);
  } else if (name == "Any") {
    fill_any(message, depth);
  } else if (is_wrapper(name)) {
    if (random_.chance(0.8)) put_value(message, field_named(message, "value"), false, depth);
  } else if (name != "Empty") {
    return false;  // descriptor.proto, type.proto and the like: ordinary messages
  }
  return true;
}

int32_t Generator::nanos() {
  switch (random_.below(4)) {
    case 0: return 0;
    case 1: return static_cast<int32_t>(random_.below(1000) * 1000000);
    case 2: return static_cast<int32_t>(random_.below(1000000) * 1000);
    default: return static_cast<int32_t>(random_.below(1000000000));
  }
}

void Generator::fill_timestamp(pb::Message& message) {
  static constexpr int64_t kEdges[] = {kMinTimestampSeconds, kMaxTimestampSeconds, 0, -1, 1};
  int64_t seconds = random_.chance(0.25) ? kEdges[random_.below(std::size(kEdges))]
                                         : random_.between(kMinTimestampSeconds, kMaxTimestampSeconds);
  message.GetReflection()->SetInt64(&message, &field_named(message, "seconds"), seconds);
  message.GetReflection()->SetInt32(&message, &field_named(message, "nanos"), nanos());
}

void Generator::fill_duration(pb::Message& message) {
  static constexpr int64_t kEdges[] = {0, kMaxDurationSeconds, -kMaxDurationSeconds, 1, -1};
  int64_t seconds = random_.chance(0.25) ? kEdges[random_.below(std::size(kEdges))]
                                         : random_.between(-kMaxDurationSeconds, kMaxDurationSeconds);
  int32_t fraction = nanos();
  if (seconds < 0 || (seconds == 0 && random_.chance(0.5))) fraction = -fraction;
  message.GetReflection()->SetInt64(&message, &field_named(message, "seconds"), seconds);
  message.GetReflection()->SetInt32(&message, &field_named(message, "nanos"), fraction);
}

void Generator::fill_field_mask(pb::Message& message) {
  const pb::FieldDescriptor& paths = field_named(message, "paths");
  for (size_t n = random_.below(4); n > 0; --n) {
    std::string path = random_.snake_word();
    for (size_t segments = random_.below(3); segments > 0; --segments) path += "." + random_.snake_word();
    message.GetReflection()->AddString(&message, &paths, std::move(path));
  }
}

void Generator::fill_struct(pb::Message& message, int depth) {
  const pb::FieldDescriptor& fields = field_named(message, "fields");
  std::set<std::string> keys;
  for (size_t n = random_.below(4); n > 0; --n) {
    std::string key = random_.utf8_string();
    if (!keys.insert(key).second) continue;
    pb::Message& entry = *message.GetReflection()->AddMessage(&message, &fields);
    entry.GetReflection()->SetString(&entry, &field_named(entry, "key"), std::move(key));
    fill_value(*entry.GetReflection()->MutableMessage(&entry, &field_named(entry, "value")), depth + 1);
  }
}

// Always sets a kind: a Value without one has no JSON form.
void Generator::fill_value(pb::Message& message, int depth) {
  const pb::Reflection& r = *message.GetReflection();
  switch (random_.below(depth < options_.max_depth ? 6 : 4)) {
    case 0: r.SetEnumValue(&message, &field_named(message, "null_value"), 0); break;
    case 1: r.SetDouble(&message, &field_named(message, "number_value"), random_.finite_float64()); break;
    case 2: r.SetString(&message, &field_named(message, "string_value"), random_.utf8_string()); break;
    case 3: r.SetBool(&message, &field_named(message, "bool_value"), random_.chance(0.5)); break;
    case 4: fill_struct(*r.MutableMessage(&message, &field_named(message, "struct_value")), depth + 1); break;
    default: fill_list_value(*r.MutableMessage(&message, &field_named(message, "list_value")), depth + 1); break;
  }
}

void Generator::fill_list_value(pb::Message& message, int depth) {
  const pb::FieldDescriptor& values = field_named(message, "values");
  for (size_t n = random_.below(4); n > 0; --n) {
    fill_value(*message.GetReflection()->AddMessage(&message, &values), depth + 1);
  }
}

// Packs a random type of the pool; below the depth bound only an empty message of a leaf type.
void Generator::fill_any(pb::Message& message, int depth) {
  bool deep = depth >= options_.max_depth;
  const auto& candidates = deep ? leaf_types_ : any_types_;
  if (candidates.empty()) return;
  const pb::Descriptor& type = *candidates[random_.below(candidates.size())];
  auto packed = schema_.new_message(type);
  if (!deep) fill(*packed, depth + 1);
  std::string bytes;
  if (!to_binary(*packed, &bytes)) packed->SerializePartialToString(&bytes);
  const pb::Reflection& r = *message.GetReflection();
  r.SetString(&message, &field_named(message, "type_url"), "type.googleapis.com/" + type.full_name());
  r.SetString(&message, &field_named(message, "value"), std::move(bytes));
}

}  // namespace protoforge::oracle::detail
