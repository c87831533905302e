// The table-driven serializer, in two passes as libprotobuf's: byte_size walks the message once and caches each
// message's size in it; serialize_message then writes into a buffer sized from that total, with no bounds checks
// and no copying of sub-messages. Fields go in number order, extension ranges at their place among them, unknown
// fields last.
#include <cstring>
#include <string>

#include "runtime/generated/codec.h"
#include "runtime/generated/extension_set.h"
#include "runtime/generated/field_access.h"
#include "runtime/generated/map.h"

namespace protoforge::gen {

using internal::is_present;
using wire::WireType;

namespace {

const MessageTable& sub_table(const MessageTable& table, const FieldEntry& f) { return *table.aux[f.aux].message; }

template <class T>
T load(const void* at) {
  T v;
  std::memcpy(&v, at, sizeof v);
  return v;
}

// The encoded size and the encoding of one number-kind value stored at `at`, each in one switch on the kind (the
// value_size / write_value pair would switch on storage width, wire type and conversion in turn).
size_t number_size_at(FieldKind kind, const void* at) {
  switch (kind) {
    case FieldKind::double_: case FieldKind::fixed64: case FieldKind::sfixed64: return 8;
    case FieldKind::float_: case FieldKind::fixed32: case FieldKind::sfixed32: return 4;
    case FieldKind::bool_: return 1;
    case FieldKind::int32: case FieldKind::enum_:
      return wire::size_varint(static_cast<uint64_t>(static_cast<int64_t>(load<int32_t>(at))));
    case FieldKind::uint32: return wire::size_varint(load<uint32_t>(at));
    case FieldKind::sint32: return wire::size_varint(wire_from_storage(FieldKind::sint32, load<uint32_t>(at)));
    case FieldKind::sint64: return wire::size_varint(wire::encode_zigzag(load<int64_t>(at)));
    default: return wire::size_varint(load<uint64_t>(at));
  }
}

char* write_number_at(char* out, FieldKind kind, const void* at) {
  switch (kind) {
    case FieldKind::double_: case FieldKind::fixed64: case FieldKind::sfixed64:
      return write_fixed64(out, load<uint64_t>(at));
    case FieldKind::float_: case FieldKind::fixed32: case FieldKind::sfixed32:
      return write_fixed32(out, load<uint32_t>(at));
    case FieldKind::bool_: *out = static_cast<char>(*static_cast<const uint8_t*>(at) & 1); return out + 1;
    case FieldKind::int32: case FieldKind::enum_:
      return wire::write_varint(out, static_cast<uint64_t>(static_cast<int64_t>(load<int32_t>(at))));
    case FieldKind::uint32: return wire::write_varint(out, load<uint32_t>(at));
    case FieldKind::sint32: return wire::write_varint(out, wire_from_storage(FieldKind::sint32, load<uint32_t>(at)));
    case FieldKind::sint64: return wire::write_varint(out, wire::encode_zigzag(load<int64_t>(at)));
    default: return wire::write_varint(out, load<uint64_t>(at));
  }
}

size_t size_message(const void* message, const MessageTable& table, bool* initialized);

// `initialized`, when given, also collects is_initialized over the walk (see byte_size_checked).
size_t message_value_size(const void* sub, const MessageTable& table, const FieldEntry& f, bool* initialized) {
  const size_t body = size_message(sub, table, initialized);
  return f.kind == FieldKind::group ? body + wire::size_tag(f.number) : wire::size_varint(body) + body;
}

size_t packed_body_size(const RepeatedFieldBase& values, FieldKind kind) {
  switch (wire_type_of(kind)) {
    case WireType::fixed32: return 4 * static_cast<size_t>(values.size());
    case WireType::fixed64: return 8 * static_cast<size_t>(values.size());
    default: break;
  }
  const size_t width = storage_size(kind);
  const char* at = static_cast<const char*>(values.raw_data());
  size_t total = 0;
  for (int i = 0; i < values.size(); ++i, at += width) total += number_size_at(kind, at);
  return total;
}

size_t repeated_size(const void* message, const MessageTable& table, const FieldEntry& f, bool* initialized) {
  const size_t tag = wire::size_tag(f.number);
  if (f.kind == FieldKind::string || f.kind == FieldKind::bytes) {
    const auto& values = member_at<RepeatedPtrBase>(message, f.offset);
    size_t total = tag * static_cast<size_t>(values.size());
    for (int i = 0; i < values.size(); ++i) total += wire::size_bytes(static_cast<StringField*>(values.raw(i))->size());
    return total;
  }
  if (f.kind == FieldKind::message || f.kind == FieldKind::group) {
    const auto& values = member_at<RepeatedPtrBase>(message, f.offset);
    size_t total = tag * static_cast<size_t>(values.size());
    for (int i = 0; i < values.size(); ++i) {
      total += message_value_size(values.raw(i), sub_table(table, f), f, initialized);
    }
    return total;
  }
  const auto& values = member_at<RepeatedFieldBase>(message, f.offset);
  if (values.empty()) return 0;
  const size_t body = packed_body_size(values, f.kind);
  if ((f.flags & kPacked) != 0) return tag + wire::size_bytes(body);
  return tag * static_cast<size_t>(values.size()) + body;
}

size_t singular_size(const void* message, const MessageTable& table, const FieldEntry& f, bool* initialized) {
  const size_t tag = wire::size_tag(f.number);
  switch (f.kind) {
    case FieldKind::string: case FieldKind::bytes:
      return tag + wire::size_bytes(member_at<StringField>(message, f.offset).size());
    case FieldKind::message: case FieldKind::group:
      return tag + message_value_size(member_at<void*>(message, f.offset), sub_table(table, f), f, initialized);
    default: return tag + number_size_at(f.kind, &member_at<char>(message, f.offset));
  }
}

size_t field_size(const void* message, const MessageTable& table, const FieldEntry& f, bool* initialized) {
  switch (f.cardinality) {
    case Cardinality::repeated: return repeated_size(message, table, f, initialized);
    case Cardinality::map: {
      const MapOps& map = *table.aux[f.aux].map;
      const void* at = &member_at<char>(message, f.offset);
      if (initialized != nullptr && table.has_required && !map.is_initialized(at)) *initialized = false;
      return map.byte_size(at, f.number);
    }
    default: return is_present(message, table, f) ? singular_size(message, table, f, initialized) : 0;
  }
}

char* write_message_value(const void* sub, const MessageTable& table, const FieldEntry& f, char* out) {
  if (f.kind == FieldKind::group) {
    out = serialize_message(sub, table, out);
    return write_tag(out, f.number, WireType::end_group);
  }
  out = wire::write_varint(out, cached_size(sub, table));
  return serialize_message(sub, table, out);
}

char* write_bytes(char* out, std::string_view value) {
  out = wire::write_varint(out, value.size());
  std::memcpy(out, value.data(), value.size());
  return out + value.size();
}

WireType element_wire_type(const FieldEntry& f) {
  return (f.flags & kDelimited) != 0 ? WireType::start_group : wire_type_of(f.kind);
}

char* write_repeated(const void* message, const MessageTable& table, const FieldEntry& f, char* out) {
  const WireType wt = element_wire_type(f);
  if (f.kind == FieldKind::string || f.kind == FieldKind::bytes || f.kind == FieldKind::message ||
      f.kind == FieldKind::group) {
    const auto& values = member_at<RepeatedPtrBase>(message, f.offset);
    for (int i = 0; i < values.size(); ++i) {
      out = write_tag(out, f.number, wt);
      if (f.kind == FieldKind::string || f.kind == FieldKind::bytes) {
        out = write_bytes(out, static_cast<const StringField*>(values.raw(i))->view());
      } else {
        out = write_message_value(values.raw(i), sub_table(table, f), f, out);
      }
    }
    return out;
  }
  const auto& values = member_at<RepeatedFieldBase>(message, f.offset);
  if (values.empty()) return out;
  const size_t width = storage_size(f.kind);
  const char* at = static_cast<const char*>(values.raw_data());
  if ((f.flags & kPacked) != 0) {
    out = write_tag(out, f.number, WireType::length_delimited);
    out = wire::write_varint(out, packed_body_size(values, f.kind));
    for (int i = 0; i < values.size(); ++i, at += width) out = write_number_at(out, f.kind, at);
    return out;
  }
  for (int i = 0; i < values.size(); ++i, at += width) {
    out = write_tag(out, f.number, wt);
    out = write_number_at(out, f.kind, at);
  }
  return out;
}

char* write_singular(const void* message, const MessageTable& table, const FieldEntry& f, char* out) {
  out = write_tag(out, f.number, element_wire_type(f));
  switch (f.kind) {
    case FieldKind::string: case FieldKind::bytes:
      return write_bytes(out, member_at<StringField>(message, f.offset).view());
    case FieldKind::message: case FieldKind::group:
      return write_message_value(member_at<void*>(message, f.offset), sub_table(table, f), f, out);
    default: return write_number_at(out, f.kind, &member_at<char>(message, f.offset));
  }
}

char* write_field(const void* message, const MessageTable& table, const FieldEntry& f, char* out) {
  switch (f.cardinality) {
    case Cardinality::repeated: return write_repeated(message, table, f, out);
    case Cardinality::map: return table.aux[f.aux].map->serialize(&member_at<char>(message, f.offset), f.number, out);
    default: return is_present(message, table, f) ? write_singular(message, table, f, out) : out;
  }
}

const ExtensionSet* extensions_of(const void* message, const MessageTable& table) {
  return table.extensions_offset < 0 ? nullptr : &member_at<ExtensionSet>(message, static_cast<uint32_t>(table.extensions_offset));
}

char* write_unknown_fields(const void* message, const MessageTable& table, char* out) {
  const std::string& unknown = internal::unknown_fields(message, table);
  if (unknown.empty()) return out;
  std::memcpy(out, unknown.data(), unknown.size());
  return out + unknown.size();
}

}  // namespace

size_t cached_size(const void* message, const MessageTable& table) {
  return static_cast<size_t>(member_at<uint32_t>(message, table.cached_size_offset));
}

namespace {

// Maps and extensions size their messages through byte_size, so with `initialized` they are checked by their own
// walks; every other message below is checked here, while the sizing has it in cache.
size_t size_message(const void* message, const MessageTable& table, bool* initialized) {
  size_t total = 0;
  for (uint32_t i = 0; i < table.field_count; ++i) total += field_size(message, table, table.fields[i], initialized);
  if (const ExtensionSet* extensions = extensions_of(message, table)) {
    total += extensions->byte_size(table.message_set);
    if (initialized != nullptr && table.has_required && !extensions->is_initialized()) *initialized = false;
  }
  if (initialized != nullptr && table.has_required && !own_required_fields_set(message, table)) *initialized = false;
  total += internal::unknown_fields(message, table).size();
  member_at<uint32_t>(const_cast<void*>(message), table.cached_size_offset) = static_cast<uint32_t>(total);
  return total;
}

}  // namespace

size_t byte_size(const void* message, const MessageTable& table) { return size_message(message, table, nullptr); }

size_t byte_size_checked(const void* message, const MessageTable& table, bool& initialized) {
  initialized = true;
  return size_message(message, table, &initialized);
}

char* serialize_message(const void* message, const MessageTable& table, char* out) {
  const ExtensionSet* extensions = extensions_of(message, table);
  if (extensions == nullptr) {
    for (uint32_t i = 0; i < table.field_count; ++i) out = write_field(message, table, table.fields[i], out);
    return write_unknown_fields(message, table, out);
  }
  uint32_t next_range = 0;
  for (uint32_t i = 0; i < table.field_count; ++i) {
    const FieldEntry& f = table.fields[i];
    // Extension ranges that start before this field go first, as libprotobuf's generated code orders them.
    for (; extensions != nullptr && next_range < table.extension_range_count &&
           table.extension_ranges[next_range].start < f.number;
         ++next_range) {
      const ExtensionRangeEntry& range = table.extension_ranges[next_range];
      out = extensions->serialize(range.start, range.end, table.message_set, out);
    }
    out = write_field(message, table, f, out);
  }
  for (; extensions != nullptr && next_range < table.extension_range_count; ++next_range) {
    const ExtensionRangeEntry& range = table.extension_ranges[next_range];
    out = extensions->serialize(range.start, range.end, table.message_set, out);
  }
  return write_unknown_fields(message, table, out);
}

namespace {

void append_sized(const void* message, const MessageTable& table, size_t size, std::string& out) {
  const size_t start = out.size();
  out.resize(start + size);
  serialize_message(message, table, out.data() + start);
}

}  // namespace

void append_serialized(const void* message, const MessageTable& table, std::string& out) {
  append_sized(message, table, byte_size(message, table), out);
}

bool append_serialized_if_initialized(const void* message, const MessageTable& table, std::string& out) {
  bool initialized;
  const size_t size = byte_size_checked(message, table, initialized);
  if (!initialized) return false;
  append_sized(message, table, size, out);
  return true;
}

}  // namespace protoforge::gen
