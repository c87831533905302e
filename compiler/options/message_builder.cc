#include "compiler/options/message_builder.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>

#include "compiler/options/protoc321.h"
#include "compiler/options/wire_record.h"

namespace protoforge::options {

using descriptor::FieldType;

wire::WireType wire_type_of(FieldType type) {
  switch (type) {
    case FieldType::double_: case FieldType::fixed64: case FieldType::sfixed64: return wire::WireType::fixed64;
    case FieldType::float_: case FieldType::fixed32: case FieldType::sfixed32: return wire::WireType::fixed32;
    case FieldType::string: case FieldType::bytes: case FieldType::message: return wire::WireType::length_delimited;
    case FieldType::group: return wire::WireType::start_group;
    default: return wire::WireType::varint;
  }
}

std::string encode_signed(FieldType type, int64_t value) {
  std::string out;
  switch (type) {
    case FieldType::sint32:
      wire::append_varint(out, static_cast<uint32_t>((static_cast<uint32_t>(value) << 1) ^
                                                     static_cast<uint32_t>(static_cast<int32_t>(value) >> 31)));
      break;
    case FieldType::sint64: wire::append_varint(out, wire::encode_zigzag(value)); break;
    case FieldType::sfixed32: wire::append_fixed32(out, static_cast<uint32_t>(value)); break;
    case FieldType::sfixed64: wire::append_fixed64(out, static_cast<uint64_t>(value)); break;
    default: wire::append_varint(out, static_cast<uint64_t>(value)); break;  // int32 is sign-extended to 64 bits
  }
  return out;
}

std::string encode_unsigned(FieldType type, uint64_t value) {
  std::string out;
  switch (type) {
    case FieldType::fixed32: wire::append_fixed32(out, static_cast<uint32_t>(value)); break;
    case FieldType::fixed64: wire::append_fixed64(out, value); break;
    default: wire::append_varint(out, value); break;
  }
  return out;
}

float double_to_float(double value) {
  // FLT_MAX plus half a unit in the last place: from here on, round-to-nearest gives infinity.
  const double halfway_to_infinity = std::ldexp(1.0, 128) - std::ldexp(1.0, 103);
  if (value >= halfway_to_infinity) return std::numeric_limits<float>::infinity();
  if (value <= -halfway_to_infinity) return -std::numeric_limits<float>::infinity();
  return static_cast<float>(value);
}

std::string encode_float(float value) {
  std::string out;
  wire::append_float(out, value);
  return out;
}

std::string encode_double(double value) {
  std::string out;
  wire::append_double(out, value);
  return out;
}

void append_record(std::string& out, int32_t number, FieldType type, std::string_view payload) {
  wire::WireType wire_type = wire_type_of(type);
  wire::append_tag(out, number, wire_type);
  if (wire_type == wire::WireType::length_delimited) {
    wire::append_bytes(out, payload);
  } else {
    out.append(payload);
  }
  if (wire_type == wire::WireType::start_group) wire::append_tag(out, number, wire::WireType::end_group);
}

bool MessageBuilder::has(int32_t number) const {
  auto it = known_.find(number);
  return it != known_.end() && it->second.present;
}

int32_t MessageBuilder::oneof_member(int32_t oneof_index) const {
  for (const auto& [number, entry] : known_) {
    if (entry.present && entry.field.oneof_index == oneof_index && !entry.field.is_extension) return number;
  }
  return 0;
}

const FieldInfo* MessageBuilder::field(int32_t number) const {
  auto it = known_.find(number);
  return it == known_.end() ? nullptr : &it->second.field;
}

void MessageBuilder::set(const FieldInfo& field, std::string payload, bool is_default) {
  if (field.oneof_index >= 0 && !field.is_extension) {
    // Setting one member of a oneof clears the others, as reflection does.
    for (auto& [number, entry] : known_) {
      if (number != field.number && entry.field.oneof_index == field.oneof_index && !entry.field.is_extension) {
        entry.present = false;
        entry.values.clear();
      }
    }
  }
  Entry& entry = known_[field.number];
  entry.field = field;
  if (field.repeated) {
    entry.values.push_back(std::move(payload));
    entry.present = true;
    return;
  }
  entry.values.assign(1, std::move(payload));
  entry.present = field.has_presence || !is_default;
}

namespace {

// One MessageSet item: group 1 { type_id (2) = number, message (3) = payload }.
void append_message_set_item(std::string& out, int32_t number, std::string_view payload) {
  wire::append_tag(out, 1, wire::WireType::start_group);
  wire::append_tag(out, 2, wire::WireType::varint);
  wire::append_varint(out, static_cast<uint32_t>(number));
  wire::append_tag(out, 3, wire::WireType::length_delimited);
  wire::append_bytes(out, payload);
  wire::append_tag(out, 1, wire::WireType::end_group);
}

}  // namespace

std::string MessageBuilder::serialize() const {
  std::string out;
  for (const auto& [number, entry] : known_) {
    if (!entry.present || entry.values.empty()) continue;
    if (message_set_ && entry.field.is_extension && entry.field.type == FieldType::message && !entry.field.repeated) {
      append_message_set_item(out, number, entry.values.back());
      continue;
    }
    if (entry.field.packed) {
      std::string run;
      for (const auto& value : entry.values) run += value;
      wire::append_tag(out, number, wire::WireType::length_delimited);
      wire::append_bytes(out, run);
      continue;
    }
    for (const auto& value : entry.values) append_record(out, number, entry.field.type, value);
  }
  out += unknown_;
  return out;
}

namespace {

constexpr int kMaxDepth = 100;

bool is_packable(FieldType type) {
  return wire_type_of(type) != wire::WireType::length_delimited && type != FieldType::group;
}

// Splits a packed run into single encoded values; false if malformed.
bool split_packed(std::string_view run, FieldType type, std::vector<std::string>& values) {
  while (!run.empty()) {
    size_t used = 0;
    uint64_t ignored = 0;
    switch (wire_type_of(type)) {
      case wire::WireType::fixed32: used = run.size() >= 4 ? 4 : 0; break;
      case wire::WireType::fixed64: used = run.size() >= 8 ? 8 : 0; break;
      default: used = wire::consume_varint(run, ignored); break;
    }
    if (used == 0) return false;
    values.emplace_back(run.substr(0, used));
    run.remove_prefix(used);
  }
  return true;
}

// The regular field numbered `number` as protoc 3.21 knows it, or nullptr.
const descriptor::FieldDescriptorProto* protoc_321_field(const link::Symbol* owner, std::string_view type_name,
                                                         int32_t number) {
  if (owner == nullptr || is_newer_than_protoc_321(type_name, number)) return nullptr;
  for (const auto& field : owner->message->field) {
    if (field.number.value_or(0) == number) return &field;
  }
  return nullptr;
}

// canonicalize() in protoc 3.21 mode for the common case, without describing fields or building a message: every
// known field is a singular scalar without a oneof, written with minimal tags and lengths, so its canonical form is
// its last record as written. Known fields come out by number, then unknown records in order; nullopt when some
// record needs the general path.
std::optional<std::string> canonicalize_scalars_321(std::string_view bytes, const Schema& schema,
                                                    std::string_view type_name) {
  struct Known {
    int32_t number;
    std::string_view raw;
  };
  std::vector<Known> known;
  std::vector<std::string_view> unknown;
  size_t size = bytes.size();
  const link::Symbol* owner = schema.message(type_name);
  WireRecord record;
  while (next_record(bytes, record)) {
    const descriptor::FieldDescriptorProto* field = protoc_321_field(owner, type_name, record.number);
    if (field == nullptr) {
      unknown.push_back(record.raw);
      continue;
    }
    if (!field->type || field->label == descriptor::FieldLabel::repeated || field->oneof_index ||
        *field->type == FieldType::message || *field->type == FieldType::group ||
        record.type != wire_type_of(*field->type)) {
      return std::nullopt;
    }
    size_t minimal = wire::size_tag(record.number) + record.payload.size() +
                     (record.type == wire::WireType::length_delimited ? wire::size_varint(record.payload.size()) : 0);
    if (record.raw.size() != minimal) return std::nullopt;
    known.push_back({record.number, record.raw});
  }
  if (!bytes.empty()) return std::nullopt;  // a malformed tail takes the general path
  std::stable_sort(known.begin(), known.end(), [](const Known& a, const Known& b) { return a.number < b.number; });
  std::string out;
  out.reserve(size);
  for (size_t i = 0; i < known.size(); ++i) {
    // The last value of a singular field wins.
    if (i + 1 < known.size() && known[i + 1].number == known[i].number) continue;
    out.append(known[i].raw);
  }
  for (std::string_view raw : unknown) out.append(raw);
  return out;
}

}  // namespace

std::string canonicalize(std::string_view bytes, const Schema& schema, std::string_view type_name, int depth,
                         bool protoc_321) {
  if (depth > kMaxDepth) return std::string(bytes);
  if (protoc_321) {
    if (auto fast = canonicalize_scalars_321(bytes, schema, type_name)) return std::move(*fast);
  }
  // Fields are described on demand: an options message usually sets a handful of its many fields.
  // protoc 3.21 compiles in no extensions of the options messages; newer protoc knows the feature extensions.
  std::map<int32_t, std::optional<FieldInfo>> by_number;
  auto find_field = [&](int32_t number) -> const FieldInfo* {
    auto [it, inserted] = by_number.try_emplace(number);
    if (inserted) it->second = schema.field_by_number(type_name, number, !protoc_321, protoc_321);
    return it->second ? &*it->second : nullptr;
  };

  MessageBuilder builder;
  std::map<int32_t, std::string> merged_messages;  // singular sub-messages: concatenated payloads merge
  std::string_view rest = bytes;
  WireRecord record;
  while (next_record(rest, record)) {
    const FieldInfo* found = find_field(record.number);
    if (found == nullptr) {
      builder.append_unknown(record.raw);
      continue;
    }
    const FieldInfo& field = *found;
    wire::WireType expected = wire_type_of(field.type);
    if (field.repeated && is_packable(field.type) && record.type == wire::WireType::length_delimited) {
      std::vector<std::string> values;
      if (!split_packed(record.payload, field.type, values)) {
        builder.append_unknown(record.raw);
        continue;
      }
      for (auto& value : values) builder.set(field, std::move(value));
      continue;
    }
    if (record.type != expected) {
      builder.append_unknown(record.raw);
      continue;
    }
    if (field.is_message() && !field.repeated) {
      merged_messages[field.number].append(record.payload);
      builder.set(field, std::string());  // placeholder keeps presence; replaced below
      continue;
    }
    std::string value(record.payload);
    if (field.is_message()) value = canonicalize(value, schema, field.type_name, depth + 1, protoc_321);
    builder.set(field, std::move(value));
  }
  if (!rest.empty()) builder.append_unknown(rest);  // malformed tail: keep it rather than lose bytes
  for (auto& [number, payload] : merged_messages) {
    const FieldInfo& field = *by_number.at(number);
    builder.set(field, canonicalize(payload, schema, field.type_name, depth + 1, protoc_321));
  }
  return builder.serialize();
}

}  // namespace protoforge::options
