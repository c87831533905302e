// The layout tables that generated message classes hand to the table-driven codec. A generated class stores its
// fields as ordinary members; its .pf.cc describes them here (number, kind, offset, presence), so parsing,
// serializing, sizing, merging, comparing and clearing are written once in this library instead of once per
// message. That keeps generated code small and quick to compile, and the headers free of codec templates.
//
// Everything here is constant-initialized from the generated .pf.cc (offsets via offsetof on standard-layout
// classes, addresses of other tables and functions), so no table needs a static constructor.
#pragma once

#include <cstddef>
#include <cstdint>

namespace protoforge::gen {

struct MessageTable;
struct MapOps;
struct ExtensionInfo;

// FieldDescriptorProto.Type numbering, as schema::Kind.
enum class FieldKind : uint8_t {
  double_ = 1, float_ = 2, int64 = 3, uint64 = 4, int32 = 5, fixed64 = 6, fixed32 = 7, bool_ = 8, string = 9,
  group = 10, message = 11, bytes = 12, uint32 = 13, enum_ = 14, sfixed32 = 15, sfixed64 = 16, sint32 = 17,
  sint64 = 18,
};

enum class Cardinality : uint8_t {
  singular,  // presence by has-bit (presence >= 0) or implicit (non-zero / non-empty)
  oneof,     // presence by the oneof case at index `presence` holding `number`
  repeated,
  map,       // aux holds the MapOps of the entry's key and value types
};

// Bits of FieldEntry::flags.
enum FieldFlag : uint8_t {
  kPacked = 1,       // repeated scalars written packed
  kValidateUtf8 = 2, // string fields that must hold UTF-8 (proto3, editions VERIFY)
  kClosedEnum = 4,   // unknown enum numbers go to unknown fields; aux holds the validity check
  kDelimited = 8,    // message written as a group (proto2 groups, editions DELIMITED)
  kRequired = 16,
};

struct FieldEntry {
  int32_t number;
  uint32_t offset;    // of the member within the message
  int32_t presence;   // singular: has-bit index or -1 for implicit presence; oneof: index of its case slot
  FieldKind kind;
  Cardinality cardinality;
  uint8_t flags;
  uint16_t aux;       // index into MessageTable::aux for message, closed enum and map fields
};

// What the codec needs beyond the entry: the sub-message table, an enum's validity check, or a map's operations.
struct AuxEntry {
  const MessageTable* message = nullptr;
  bool (*enum_is_valid)(int) = nullptr;
  const MapOps* map = nullptr;
};

struct ExtensionRangeEntry {
  int32_t start;  // inclusive
  int32_t end;    // exclusive
};

struct MessageTable {
  const char* full_name;
  const FieldEntry* fields;  // sorted by number
  uint32_t field_count;
  const AuxEntry* aux;
  // dense_index[n] is 1 + the index in `fields` of number n, or 0; covers 0 <= n < dense_count.
  const uint16_t* dense_index;
  uint32_t dense_count;
  uint32_t has_bits_offset;
  uint32_t oneof_case_offset;
  uint32_t cached_size_offset;
  uint32_t unknown_fields_offset;  // a std::string of raw unknown fields
  int32_t extensions_offset;       // an ExtensionSet, or -1 when the message declares no extension ranges
  const ExtensionRangeEntry* extension_ranges;  // sorted by start
  uint32_t extension_range_count;
  void* (*create)();
  void (*destroy)(void*);
  bool has_required;   // this message or one it may contain has required fields
  bool message_set;    // message_set_wire_format
};

// Has-bit helpers shared by generated accessors and the codec.
inline bool has_bit(const void* message, const MessageTable& table, int index) {
  const auto* bits = reinterpret_cast<const uint32_t*>(static_cast<const char*>(message) + table.has_bits_offset);
  return (bits[index >> 5] >> (index & 31)) & 1u;
}
inline void set_has_bit(void* message, const MessageTable& table, int index) {
  auto* bits = reinterpret_cast<uint32_t*>(static_cast<char*>(message) + table.has_bits_offset);
  bits[index >> 5] |= 1u << (index & 31);
}

template <class T>
T& member_at(void* message, uint32_t offset) {
  return *reinterpret_cast<T*>(static_cast<char*>(message) + offset);
}
template <class T>
const T& member_at(const void* message, uint32_t offset) {
  return *reinterpret_cast<const T*>(static_cast<const char*>(message) + offset);
}

}  // namespace protoforge::gen
