// Clear, merge, compare, swap, destroy and the required-field check, driven by the same tables as the codec.
// Singular sub-messages, like elements of repeated fields, survive Clear() (cleared, not freed) so that a
// message reused in a loop stops allocating; presence is the has-bit or oneof case, never the pointer.
#include <cstring>
#include <string>
#include <utility>

#include "runtime/generated/codec.h"
#include "runtime/generated/extension_set.h"
#include "runtime/generated/field_access.h"
#include "runtime/generated/map.h"

namespace protoforge::gen {

using internal::is_number_kind;
using internal::is_present;
using internal::oneof_case;

namespace {

bool is_string_kind(FieldKind kind) { return kind == FieldKind::string || kind == FieldKind::bytes; }
bool is_message_kind(FieldKind kind) { return kind == FieldKind::message || kind == FieldKind::group; }

uint32_t& case_slot(void* message, const MessageTable& table, int slot) {
  return member_at<uint32_t>(message, table.oneof_case_offset + 4 * static_cast<uint32_t>(slot));
}

void clear_repeated_messages(void* message, const MessageTable& table, const FieldEntry& f) {
  auto& values = member_at<RepeatedPtrBase>(message, f.offset);
  const MessageTable& sub = *table.aux[f.aux].message;
  for (int i = 0; i < values.size(); ++i) clear_message(values.raw(i), sub);
  values.clear_raw([](void*) {});  // the elements are cleared already; only the size drops
}

// Resets one field's storage to its empty state (presence is the caller's).
void clear_storage(void* message, const MessageTable& table, const FieldEntry& f) {
  void* at = &member_at<char>(message, f.offset);
  if (f.cardinality == Cardinality::map) {
    table.aux[f.aux].map->clear(at);
  } else if (f.cardinality == Cardinality::repeated) {
    if (is_string_kind(f.kind)) static_cast<RepeatedPtrBase*>(at)->clear_raw(&ElementOps<StringField>::clear);
    else if (is_message_kind(f.kind)) clear_repeated_messages(message, table, f);
    else static_cast<RepeatedFieldBase*>(at)->clear();
  } else if (is_string_kind(f.kind)) {
    static_cast<StringField*>(at)->clear();
  } else if (is_message_kind(f.kind)) {
    if (void* sub = *static_cast<void**>(at)) clear_message(sub, *table.aux[f.aux].message);
  } else {
    store_storage(at, f.kind, 0);
  }
}

const MessageTable* element_table(const MessageTable& table, const FieldEntry& f) {
  return is_message_kind(f.kind) ? table.aux[f.aux].message : nullptr;
}

void merge_singular(void* to, const void* from, const MessageTable& table, const FieldEntry& f) {
  if (is_string_kind(f.kind)) {
    member_at<StringField>(to, f.offset).set(member_at<StringField>(from, f.offset).view());
  } else if (is_message_kind(f.kind)) {
    const MessageTable& sub = *table.aux[f.aux].message;
    void*& target = member_at<void*>(to, f.offset);
    if (target == nullptr) target = sub.create();
    merge_message(target, member_at<void*>(from, f.offset), sub);
  } else {
    std::memcpy(&member_at<char>(to, f.offset), &member_at<char>(from, f.offset), storage_size(f.kind));
  }
}

void merge_repeated(void* to, const void* from, const MessageTable& table, const FieldEntry& f) {
  if (is_number_kind(f.kind)) {
    const auto& source = member_at<RepeatedFieldBase>(from, f.offset);
    if (source.empty()) return;
    const size_t width = storage_size(f.kind);
    void* at = member_at<RepeatedFieldBase>(to, f.offset).grow_by(source.size(), width);
    std::memcpy(at, source.raw_data(), width * static_cast<size_t>(source.size()));
    return;
  }
  const auto& source = member_at<RepeatedPtrBase>(from, f.offset);
  auto& target = member_at<RepeatedPtrBase>(to, f.offset);
  const MessageTable* sub = element_table(table, f);
  for (int i = 0; i < source.size(); ++i) {
    if (sub != nullptr) merge_message(target.add_raw(sub->create), source.raw(i), *sub);
    else static_cast<StringField*>(target.add_raw(&ElementOps<StringField>::create))
             ->set(static_cast<const StringField*>(source.raw(i))->view());
  }
}

bool equal_singular(const void* a, const void* b, const MessageTable& table, const FieldEntry& f) {
  if (is_string_kind(f.kind)) return member_at<StringField>(a, f.offset) == member_at<StringField>(b, f.offset);
  if (is_message_kind(f.kind)) {
    return equal_messages(member_at<void*>(a, f.offset), member_at<void*>(b, f.offset), *table.aux[f.aux].message);
  }
  const void* x = &member_at<char>(a, f.offset);
  const void* y = &member_at<char>(b, f.offset);
  if (f.kind == FieldKind::double_) return *static_cast<const double*>(x) == *static_cast<const double*>(y);
  if (f.kind == FieldKind::float_) return *static_cast<const float*>(x) == *static_cast<const float*>(y);
  return load_storage(x, f.kind) == load_storage(y, f.kind);
}

bool equal_repeated(const void* a, const void* b, const MessageTable& table, const FieldEntry& f) {
  if (is_number_kind(f.kind)) {
    const auto& x = member_at<RepeatedFieldBase>(a, f.offset);
    const auto& y = member_at<RepeatedFieldBase>(b, f.offset);
    if (x.size() != y.size()) return false;
    const size_t width = storage_size(f.kind);
    for (int i = 0; i < x.size(); ++i) {
      const void* u = static_cast<const char*>(x.raw_data()) + width * static_cast<size_t>(i);
      const void* v = static_cast<const char*>(y.raw_data()) + width * static_cast<size_t>(i);
      if (f.kind == FieldKind::double_ ? *static_cast<const double*>(u) != *static_cast<const double*>(v)
          : f.kind == FieldKind::float_ ? *static_cast<const float*>(u) != *static_cast<const float*>(v)
                                         : load_storage(u, f.kind) != load_storage(v, f.kind)) {
        return false;
      }
    }
    return true;
  }
  const auto& x = member_at<RepeatedPtrBase>(a, f.offset);
  const auto& y = member_at<RepeatedPtrBase>(b, f.offset);
  if (x.size() != y.size()) return false;
  const MessageTable* sub = element_table(table, f);
  for (int i = 0; i < x.size(); ++i) {
    const bool same = sub != nullptr ? equal_messages(x.raw(i), y.raw(i), *sub)
                                     : *static_cast<const StringField*>(x.raw(i)) ==
                                           *static_cast<const StringField*>(y.raw(i));
    if (!same) return false;
  }
  return true;
}

bool equal_field(const void* a, const void* b, const MessageTable& table, const FieldEntry& f) {
  switch (f.cardinality) {
    case Cardinality::map:
      return table.aux[f.aux].map->equal(&member_at<char>(a, f.offset), &member_at<char>(b, f.offset));
    case Cardinality::repeated: return equal_repeated(a, b, table, f);
    default: {
      const bool present = is_present(a, table, f);
      if (present != is_present(b, table, f)) return false;
      return !present || equal_singular(a, b, table, f);
    }
  }
}

void swap_field(void* a, void* b, const FieldEntry& f) {
  void* x = &member_at<char>(a, f.offset);
  void* y = &member_at<char>(b, f.offset);
  if (f.cardinality == Cardinality::map || (f.cardinality != Cardinality::repeated && is_message_kind(f.kind))) {
    std::swap(*static_cast<void**>(x), *static_cast<void**>(y));  // Map and sub-messages are one pointer
  } else if (f.cardinality == Cardinality::repeated) {
    if (is_number_kind(f.kind)) static_cast<RepeatedFieldBase*>(x)->swap_storage(*static_cast<RepeatedFieldBase*>(y));
    else static_cast<RepeatedPtrBase*>(x)->swap_storage(*static_cast<RepeatedPtrBase*>(y));
  } else if (is_string_kind(f.kind)) {
    static_cast<StringField*>(x)->swap(*static_cast<StringField*>(y));
  } else {
    char buf[8];
    const size_t width = storage_size(f.kind);
    std::memcpy(buf, x, width);
    std::memcpy(x, y, width);
    std::memcpy(y, buf, width);
  }
}

ExtensionSet* extensions_of(void* message, const MessageTable& table) {
  return table.extensions_offset < 0 ? nullptr
                                     : &member_at<ExtensionSet>(message, static_cast<uint32_t>(table.extensions_offset));
}
const ExtensionSet* extensions_of(const void* message, const MessageTable& table) {
  return extensions_of(const_cast<void*>(message), table);
}

}  // namespace

void clear_message(void* message, const MessageTable& table) {
  for (uint32_t i = 0; i < table.field_count; ++i) {
    clear_storage(message, table, table.fields[i]);
  }
  std::memset(&member_at<char>(message, table.has_bits_offset), 0,
              table.cached_size_offset - table.has_bits_offset);  // has-bits and oneof cases
  internal::unknown_fields(message, table).clear();
  if (ExtensionSet* extensions = extensions_of(message, table)) extensions->clear();
}

void clear_oneof(void* message, const MessageTable& table, int slot) {
  uint32_t& current = case_slot(message, table, slot);
  if (current == 0) return;
  for (uint32_t i = 0; i < table.field_count; ++i) {
    const FieldEntry& f = table.fields[i];
    if (f.cardinality == Cardinality::oneof && f.presence == slot && static_cast<uint32_t>(f.number) == current) {
      clear_storage(message, table, f);
      break;
    }
  }
  current = 0;
}

bool switch_oneof(void* message, const MessageTable& table, int slot, int32_t number) {
  uint32_t& current = case_slot(message, table, slot);
  if (current == static_cast<uint32_t>(number)) return false;
  clear_oneof(message, table, slot);
  current = static_cast<uint32_t>(number);
  return true;
}

void merge_message(void* to, const void* from, const MessageTable& table) {
  if (to == from) return;
  for (uint32_t i = 0; i < table.field_count; ++i) {
    const FieldEntry& f = table.fields[i];
    switch (f.cardinality) {
      case Cardinality::map:
        table.aux[f.aux].map->merge(&member_at<char>(to, f.offset), &member_at<char>(from, f.offset));
        break;
      case Cardinality::repeated: merge_repeated(to, from, table, f); break;
      case Cardinality::oneof:
        if (is_present(from, table, f)) {
          switch_oneof(to, table, f.presence, f.number);
          merge_singular(to, from, table, f);
        }
        break;
      case Cardinality::singular:
        if (is_present(from, table, f)) {
          if (f.presence >= 0) set_has_bit(to, table, f.presence);
          merge_singular(to, from, table, f);
        }
        break;
    }
  }
  internal::unknown_fields(to, table).append(internal::unknown_fields(from, table));
  if (const ExtensionSet* source = extensions_of(from, table)) extensions_of(to, table)->merge_from(*source);
}

bool equal_messages(const void* a, const void* b, const MessageTable& table) {
  if (a == b) return true;
  for (uint32_t i = 0; i < table.field_count; ++i) {
    if (!equal_field(a, b, table, table.fields[i])) return false;
  }
  if (internal::unknown_fields(a, table) != internal::unknown_fields(b, table)) return false;
  if (const ExtensionSet* x = extensions_of(a, table)) return x->equals(*extensions_of(b, table));
  return true;
}

void swap_messages(void* a, void* b, const MessageTable& table) {
  if (a == b) return;
  for (uint32_t i = 0; i < table.field_count; ++i) swap_field(a, b, table.fields[i]);
  const size_t bits = table.cached_size_offset - table.has_bits_offset;
  char buf[256];
  for (size_t done = 0; done < bits; done += sizeof buf) {
    const size_t n = bits - done < sizeof buf ? bits - done : sizeof buf;
    char* x = &member_at<char>(a, table.has_bits_offset) + done;
    char* y = &member_at<char>(b, table.has_bits_offset) + done;
    std::memcpy(buf, x, n);
    std::memcpy(x, y, n);
    std::memcpy(y, buf, n);
  }
  internal::unknown_fields(a, table).swap(internal::unknown_fields(b, table));
  if (ExtensionSet* x = extensions_of(a, table)) x->swap(*extensions_of(b, table));
}

void destroy_owned(void* message, const MessageTable& table) {
  for (uint32_t i = 0; i < table.field_count; ++i) {
    const FieldEntry& f = table.fields[i];
    if (f.cardinality == Cardinality::repeated && is_message_kind(f.kind)) {
      member_at<RepeatedPtrBase>(message, f.offset).destroy_raw(table.aux[f.aux].message->destroy);
    } else if (f.cardinality != Cardinality::repeated && f.cardinality != Cardinality::map && is_message_kind(f.kind)) {
      if (void* sub = member_at<void*>(message, f.offset)) table.aux[f.aux].message->destroy(sub);
    }
  }
}

bool own_required_fields_set(const void* message, const MessageTable& table) {
  for (uint32_t i = 0; i < table.field_count; ++i) {
    const FieldEntry& f = table.fields[i];
    if ((f.flags & kRequired) != 0 && !is_present(message, table, f)) return false;
  }
  return true;
}

bool is_initialized(const void* message, const MessageTable& table) {
  if (!table.has_required) return true;
  for (uint32_t i = 0; i < table.field_count; ++i) {
    const FieldEntry& f = table.fields[i];
    if ((f.flags & kRequired) != 0 && !is_present(message, table, f)) return false;
    if (f.cardinality == Cardinality::map) {
      if (!table.aux[f.aux].map->is_initialized(&member_at<char>(message, f.offset))) return false;
    } else if (is_message_kind(f.kind)) {
      const MessageTable& sub = *table.aux[f.aux].message;
      if (!sub.has_required) continue;
      if (f.cardinality == Cardinality::repeated) {
        const auto& values = member_at<RepeatedPtrBase>(message, f.offset);
        for (int j = 0; j < values.size(); ++j) {
          if (!is_initialized(values.raw(j), sub)) return false;
        }
      } else if (is_present(message, table, f) && !is_initialized(member_at<void*>(message, f.offset), sub)) {
        return false;
      }
    }
  }
  if (const ExtensionSet* extensions = extensions_of(message, table)) return extensions->is_initialized();
  return true;
}

}  // namespace protoforge::gen
