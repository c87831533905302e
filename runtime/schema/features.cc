#include "runtime/schema/features.h"

#include "runtime/wire/wire_format.h"

namespace protoforge::schema {

using namespace feature_values;

Features Features::merged(const Features& o) const {
  Features r = *this;
  auto take = [](int32_t& into, int32_t value) { if (value != 0) into = value; };
  take(r.field_presence, o.field_presence);
  take(r.enum_type, o.enum_type);
  take(r.repeated_field_encoding, o.repeated_field_encoding);
  take(r.utf8_validation, o.utf8_validation);
  take(r.message_encoding, o.message_encoding);
  take(r.json_format, o.json_format);
  return r;
}

Features edition_defaults(const descriptor::FileDescriptorProto& file) {
  const std::string_view syntax = file.syntax ? std::string_view(*file.syntax) : std::string_view("proto2");
  if (syntax == "proto3") return {kImplicit, kOpen, kPacked, kVerify, kLengthPrefixed, 1};
  if (syntax == "editions") return {kExplicit, kOpen, kPacked, kVerify, kLengthPrefixed, 1};
  return {kExplicit, kClosed, kExpanded, kNone, kLengthPrefixed, 2};
}

namespace {

// Calls visit(number, wire_type, varint, bytes) for each field of a serialized message; stops at malformed input.
template <typename Visit>
void for_each_field(std::string_view in, Visit&& visit) {
  while (!in.empty()) {
    wire::FieldNumber number;
    wire::WireType type;
    size_t n = wire::consume_tag(in, number, type);
    if (n == 0) return;
    in.remove_prefix(n);
    uint64_t varint = 0;
    std::string_view bytes;
    switch (type) {
      case wire::WireType::varint: n = wire::consume_varint(in, varint); break;
      case wire::WireType::length_delimited: n = wire::consume_bytes(in, bytes); break;
      case wire::WireType::fixed32: n = in.size() >= 4 ? 4 : 0; break;
      case wire::WireType::fixed64: n = in.size() >= 8 ? 8 : 0; break;
      default: return;  // options messages that matter here hold no groups
    }
    if (n == 0) return;
    in.remove_prefix(n);
    visit(number, type, varint, bytes);
  }
}

}  // namespace

Features features_in_options(std::string_view options_bytes, int32_t features_number) {
  Features f;
  for_each_field(options_bytes, [&](int32_t number, wire::WireType type, uint64_t, std::string_view bytes) {
    if (number != features_number || type != wire::WireType::length_delimited) return;
    // Several occurrences of a message field merge, later values winning.
    for_each_field(bytes, [&](int32_t fnum, wire::WireType ftype, uint64_t v, std::string_view) {
      if (ftype != wire::WireType::varint) return;
      const auto value = static_cast<int32_t>(v);
      switch (fnum) {
        case 1: f.field_presence = value; break;
        case 2: f.enum_type = value; break;
        case 3: f.repeated_field_encoding = value; break;
        case 4: f.utf8_validation = value; break;
        case 5: f.message_encoding = value; break;
        case 6: f.json_format = value; break;
        default: break;
      }
    });
  });
  return f;
}

int bool_option(std::string_view options_bytes, int32_t option_number, int absent) {
  int result = absent;
  for_each_field(options_bytes, [&](int32_t number, wire::WireType type, uint64_t v, std::string_view) {
    if (number == option_number && type == wire::WireType::varint) result = v != 0 ? 1 : 0;
  });
  return result;
}

}  // namespace protoforge::schema
