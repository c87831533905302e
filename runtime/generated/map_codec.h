// The typed codec of one map field's entries, instantiated in generated .pf.cc files as
//   MapCodec<K, key kind, V, value kind, flags, value table or enum check>::ops
// Entries are messages of two fields (key = 1, value = 2). Like libprotobuf, parsing tolerates missing or
// repeated key and value fields and drops an entry's own unknown fields; serializing writes key and value always.
#pragma once

#include <bit>
#include <cstring>
#include <string>
#include <type_traits>

#include "runtime/generated/codec.h"
#include "runtime/generated/map.h"
#include "runtime/generated/scalar.h"
#include "runtime/strings/utf8.h"

namespace protoforge::gen {

enum MapCodecFlag : unsigned { kKeyUtf8 = 1, kValueUtf8 = 2 };

// Value of `Kind` held as a T: how to read, size and write it as entry field `number`.
template <class T, FieldKind Kind, bool Utf8>
struct EntryField {
  static constexpr bool is_message = Kind == FieldKind::message;
  static constexpr bool is_string = Kind == FieldKind::string || Kind == FieldKind::bytes;

  static const char* read(const char* p, const char* end, T& out, ParseContext& context) {
    if constexpr (is_message) {
      size_t length;
      p = read_length(p, end, length);
      if (p == nullptr || --context.depth_left < 0) return nullptr;
      const char* done = parse_message(&out, T::_pf_table, p, p + length, context, 0);
      ++context.depth_left;
      return done;
    } else if constexpr (is_string) {
      size_t length;
      p = read_length(p, end, length);
      if (p == nullptr) return nullptr;
      if (Utf8 && !strings::is_valid_utf8(std::string_view(p, length))) return nullptr;
      out.assign(p, length);
      return p + length;
    } else {
      uint64_t raw;
      p = read_value(p, end, Kind, raw);
      if (p != nullptr) out = from_storage<T>(storage_from_wire(Kind, raw));
      return p;
    }
  }
  // Size after the tag; messages must have been sized first for `write`.
  static size_t size(const T& value) {
    if constexpr (is_message) return wire::size_bytes(byte_size(&value, T::_pf_table));
    else if constexpr (is_string) return wire::size_bytes(value.size());
    else return value_size(Kind, to_storage(value));
  }
  static size_t cached(const T& value) {
    if constexpr (is_message) return wire::size_bytes(cached_size(&value, T::_pf_table));
    else return size(value);
  }
  static char* write(char* out, int32_t number, const T& value) {
    out = write_tag(out, number, wire_type_of(Kind));
    if constexpr (is_message) {
      out = wire::write_varint(out, cached_size(&value, T::_pf_table));
      return serialize_message(&value, T::_pf_table, out);
    } else if constexpr (is_string) {
      out = wire::write_varint(out, value.size());
      std::memcpy(out, value.data(), value.size());
      return out + value.size();
    } else {
      return write_value(out, Kind, to_storage(value));
    }
  }
};

template <class K, FieldKind KeyKind, class V, FieldKind ValueKind, unsigned Flags = 0,
          bool (*ValueIsValid)(int) = nullptr>
struct MapCodec {
  using M = Map<K, V>;
  using Key = EntryField<K, KeyKind, (Flags & kKeyUtf8) != 0>;
  using Value = EntryField<V, ValueKind, (Flags & kValueUtf8) != 0>;
  static constexpr size_t kKeyTag = 1, kValueTag = 1;  // tags 1 and 2 with any wire type fit in one byte

  static bool parse_entry(void* map, const char* p, const char* end, ParseContext& context, bool& unknown_value) {
    K key{};
    V value{};
    while (p < end) {
      const char* tag_start = p;
      uint64_t tag;
      p = read_varint(p, end, tag);
      if (p == nullptr) return false;
      if (tag == wire::encode_tag(1, wire_type_of(KeyKind))) p = Key::read(p, end, key, context);
      else if (tag == wire::encode_tag(2, wire_type_of(ValueKind))) p = Value::read(p, end, value, context);
      else p = skip_field(tag_start, p, end, tag, context, nullptr);
      if (p == nullptr) return false;
    }
    if constexpr (ValueIsValid != nullptr) {
      if (!ValueIsValid(static_cast<int>(value))) {
        unknown_value = true;
        return true;
      }
    }
    static_cast<M*>(map)->mutable_impl().insert_or_assign(std::move(key), std::move(value));
    return true;
  }
  static size_t byte_size(const void* map, int32_t number) {
    size_t total = 0;
    for (const auto& [k, v] : static_cast<const M*>(map)->impl()) {
      total += wire::size_tag(number) + wire::size_bytes(kKeyTag + Key::size(k) + kValueTag + Value::size(v));
    }
    return total;
  }
  static char* serialize(const void* map, int32_t number, char* out) {
    for (const auto& [k, v] : static_cast<const M*>(map)->impl()) {
      out = write_tag(out, number, wire::WireType::length_delimited);
      out = wire::write_varint(out, kKeyTag + Key::cached(k) + kValueTag + Value::cached(v));
      out = Key::write(out, 1, k);
      out = Value::write(out, 2, v);
    }
    return out;
  }
  static void clear(void* map) { static_cast<M*>(map)->clear(); }
  static void merge(void* to, const void* from) {
    auto& target = static_cast<M*>(to)->mutable_impl();
    for (const auto& [k, v] : static_cast<const M*>(from)->impl()) target.insert_or_assign(k, v);
  }
  static bool equal(const void* a, const void* b) { return *static_cast<const M*>(a) == *static_cast<const M*>(b); }
  static bool is_initialized(const void* map) {
    if constexpr (Value::is_message) {
      for (const auto& [k, v] : static_cast<const M*>(map)->impl()) {
        if (!gen::is_initialized(&v, V::_pf_table)) return false;
      }
    }
    return true;
  }
  static size_t size(const void* map) { return static_cast<const M*>(map)->size(); }

  static constexpr MapOps ops{&parse_entry, &byte_size, &serialize, &clear, &merge, &equal, &is_initialized, &size};
};

}  // namespace protoforge::gen
