// A message being assembled from option values or text format, serialized the way libprotobuf serializes a
// parsed or dynamic message: known fields (fields and extensions of the type) in field-number order, repeated
// values in the order added, then unknown bytes as they came. Values are stored already encoded.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/options/schema.h"
#include "runtime/wire/wire_format.h"

namespace protoforge::options {

// The wire type a field's values use (length_delimited for messages and strings, start_group for groups).
wire::WireType wire_type_of(descriptor::FieldType type);

// Value payloads (without tags) for each scalar type. `encode_signed` covers int32/int64/sint32/sint64/sfixed32/
// sfixed64/enum, `encode_unsigned` covers uint32/uint64/fixed32/fixed64/bool.
std::string encode_signed(descriptor::FieldType type, int64_t value);
std::string encode_unsigned(descriptor::FieldType type, uint64_t value);
std::string encode_float(float value);
std::string encode_double(double value);

// double -> float as protoc 3.21 converts option values: round to nearest (values just above FLT_MAX round down
// to it), infinity only beyond the rounding range; without the undefined behaviour of an out-of-range cast.
float double_to_float(double value);

// One complete record (tag plus payload) for `field` holding `payload`.
void append_record(std::string& out, int32_t number, descriptor::FieldType type, std::string_view payload);

class MessageBuilder {
 public:
  // Presence as reflection's HasField reports it: set singular fields (proto3 implicit fields only when not
  // default), repeated fields with at least one value.
  bool has(int32_t number) const;
  // Number of the field currently set in oneof `oneof_index`, or 0.
  int32_t oneof_member(int32_t oneof_index) const;
  const FieldInfo* field(int32_t number) const;

  // Sets (singular) or appends (repeated) an encoded value. `is_default` tells whether a proto3 implicit-presence
  // field is being cleared by a zero value.
  void set(const FieldInfo& field, std::string payload, bool is_default = false);
  // Extra raw bytes kept after the known fields, in arrival order.
  void append_unknown(std::string_view record) { unknown_.append(record); }

  // MessageOptions.message_set_wire_format: extensions are written as MessageSet items.
  void set_message_set(bool message_set) { message_set_ = message_set; }

  std::string serialize() const;

 private:
  struct Entry {
    FieldInfo field;
    std::vector<std::string> values;
    bool present = false;
  };
  std::map<int32_t, Entry> known_;
  std::string unknown_;
  bool message_set_ = false;
};

// Re-reads `bytes` as a `type_name` message of `schema` and writes it back canonically, as libprotobuf does when
// protoc reparses an options message: known fields merge (last scalar wins, sub-messages merge, repeated values
// append) and come out by number; records that are not fields of the type stay unknown, in order, at the end.
// With `protoc_321`, options fields newer than protoc 3.21's compiled-in descriptor.proto count as unknown, as they
// do for protoc 3.21 (see protoc321.h).
std::string canonicalize(std::string_view bytes, const Schema& schema, std::string_view type_name, int depth = 0,
                         bool protoc_321 = false);

}  // namespace protoforge::options
