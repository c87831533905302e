// The runtime's view of a schema: message, field and enum types resolved into a graph of plain objects, with the
// semantics that decoding and printing need already worked out (presence, packing, closed enums, group encoding,
// UTF-8 checks, JSON names, defaults), whatever the file's syntax or edition. Built by schema::Pool from
// descriptors; nothing here knows about .proto source files.
//
// Lifetime: every object is owned by the Pool that built it and stays at its address for the Pool's lifetime.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/schema/scalar.h"

namespace protoforge::schema {

class MessageType;
class EnumType;

// FieldDescriptorProto.Type numbering.
enum class Kind : uint8_t {
  double_ = 1, float_ = 2, int64 = 3, uint64 = 4, int32 = 5, fixed64 = 6, fixed32 = 7, bool_ = 8, string = 9,
  group = 10, message = 11, bytes = 12, uint32 = 13, enum_ = 14, sfixed32 = 15, sfixed64 = 16, sint32 = 17,
  sint64 = 18,
};
std::string_view to_string(Kind kind);  // the .proto keyword: "double", "sint32", "group", ...

enum class Label : uint8_t { optional = 1, required = 2, repeated = 3 };

// Types with a special JSON form (and Any's special text form).
enum class WellKnown : uint8_t {
  none, any, timestamp, duration, field_mask, struct_, value, list_value, null_value, empty,
  double_value, float_value, int64_value, uint64_value, int32_value, uint32_value, bool_value, string_value,
  bytes_value,
};

struct EnumValue {
  std::string name;
  int32_t number = 0;
};

struct NumberRange {  // [start, end); 64-bit so that an enum range ending at INT32_MAX stays exclusive
  int64_t start = 0;
  int64_t end = 0;
  bool contains(int32_t n) const { return n >= start && n < end; }
};

class EnumType {
 public:
  std::string full_name;
  std::string name;
  std::vector<EnumValue> values;  // declaration order
  bool closed = false;            // proto2 / editions CLOSED: unknown numbers are unknown fields
  std::vector<NumberRange> reserved_ranges;
  std::vector<std::string> reserved_names;
  WellKnown well_known = WellKnown::none;  // null_value for google.protobuf.NullValue

  // The first declared value with `number` (aliases share numbers), or null.
  const EnumValue* find(int32_t number) const;
  const EnumValue* find(std::string_view value_name) const;
};

struct Field {
  std::string name;
  std::string full_name;  // package.Message.name, or the extension's full name
  std::string json_name;
  int32_t number = 0;
  Kind kind = Kind::int32;
  Label label = Label::optional;
  bool has_presence = false;    // has-bit semantics: proto2 optional, proto3 `optional`, messages, oneof members
  bool packed = false;          // repeated scalars written packed
  bool delimited = false;       // message written as a group (proto2 groups, editions DELIMITED)
  bool validate_utf8 = false;   // string fields that must hold UTF-8 (proto3 and editions VERIFY)
  bool is_extension = false;
  int32_t oneof_index = -1;     // index into the containing type's oneofs, synthetic ones included; -1 if none
  int32_t index = 0;            // position among the containing type's fields, or among the pool's extensions
  const MessageType* containing_type = nullptr;  // for extensions: the extended type
  const MessageType* extension_scope = nullptr;  // for extensions declared inside a message
  const MessageType* message_type = nullptr;     // message and group fields
  const EnumType* enum_type = nullptr;           // enum fields
  Scalar default_scalar;        // numbers, bools, enums (the first value of the enum unless given)
  std::string default_string;   // strings and bytes (unescaped)

  bool is_repeated() const { return label == Label::repeated; }
  bool is_required() const { return label == Label::required; }
  bool is_message() const { return kind == Kind::message || kind == Kind::group; }
  bool is_string_like() const { return kind == Kind::string || kind == Kind::bytes; }
  bool is_map() const;
  // Scalar kinds that a packed encoding may carry.
  bool is_packable() const { return is_repeated() && !is_message() && !is_string_like(); }
};

struct Oneof {
  std::string name;
  std::vector<const Field*> fields;
  bool synthetic = false;  // a proto3 `optional` field's one-member oneof
};

class MessageType {
 public:
  std::string full_name;
  std::string name;
  std::vector<Field> fields;  // declaration order; Field::index is the position here
  std::vector<Oneof> oneofs;
  std::vector<NumberRange> reserved_ranges;
  std::vector<std::string> reserved_names;
  std::vector<NumberRange> extension_ranges;
  bool map_entry = false;
  bool message_set = false;  // message_set_wire_format
  WellKnown well_known = WellKnown::none;

  const Field* find_field(int32_t number) const;
  const Field* find_field(std::string_view field_name) const;
  const Field* find_field_by_json_name(std::string_view json_name) const;
  // Extensions of this type known to the pool, by number.
  const Field* find_extension(int32_t number) const;
  // Fields (not extensions) sorted by number: the order in which encoders and printers visit them.
  std::span<const Field* const> fields_by_number() const { return by_number_; }
  std::span<const Field* const> extensions() const { return extensions_; }
  bool is_reserved(int32_t number) const;
  bool is_reserved_name(std::string_view field_name) const;
  bool is_extension_number(int32_t number) const;

  // Map entries: the key (1) and value (2) fields. Precondition: map_entry.
  const Field& map_key() const { return fields[0]; }
  const Field& map_value() const { return fields[1]; }

 private:
  friend class Pool;
  friend class PoolBuilder;
  void index_fields();                     // fills the lookup tables once `fields` is final
  void add_extension(const Field* field);  // keeps extensions_ sorted by number

  std::vector<const Field*> by_number_;
  std::vector<int32_t> dense_;             // number -> index + 1 for small numbers, 0 if none
  std::vector<const Field*> extensions_;
};

inline bool Field::is_map() const {
  return is_repeated() && kind == Kind::message && message_type != nullptr && message_type->map_entry;
}

}  // namespace protoforge::schema
