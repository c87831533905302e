// The table-driven parser. One loop reads tags and dispatches on the field's cardinality and kind; values are
// converted by scalar.h. Fields whose wire type does not match the schema, numbers the table does not know, and
// closed-enum numbers outside the enum are kept as unknown fields, as libprotobuf keeps them.
#include <cstring>
#include <string>

#include "runtime/generated/codec.h"
#include "runtime/generated/extension_set.h"
#include "runtime/generated/map.h"
#include "runtime/generated/repeated.h"
#include "runtime/generated/scalar.h"
#include "runtime/generated/string_field.h"
#include "runtime/strings/utf8.h"

namespace protoforge::gen {

using wire::WireType;

const char* read_varint_slow(const char* p, const char* end, uint64_t& value) {
  const size_t n = wire::consume_varint(std::string_view(p, static_cast<size_t>(end - p)), value);
  return n != 0 ? p + n : nullptr;
}

namespace {

std::string& unknown_fields_of(void* message, const MessageTable& table) {
  return member_at<std::string>(message, table.unknown_fields_offset);
}

const FieldEntry* find_entry(const MessageTable& table, uint32_t number) {
  if (number < table.dense_count) {
    const uint16_t slot = table.dense_index[number];
    return slot != 0 ? &table.fields[slot - 1] : nullptr;
  }
  uint32_t lo = 0, hi = table.field_count;
  while (lo < hi) {
    const uint32_t mid = (lo + hi) / 2;
    if (static_cast<uint32_t>(table.fields[mid].number) < number) lo = mid + 1;
    else hi = mid;
  }
  return lo < table.field_count && static_cast<uint32_t>(table.fields[lo].number) == number ? &table.fields[lo]
                                                                                           : nullptr;
}

// Marks a singular or oneof field present before its value is stored.
void mark_present(void* message, const MessageTable& table, const FieldEntry& f) {
  if (f.cardinality == Cardinality::oneof) switch_oneof(message, table, f.presence, f.number);
  else if (f.presence >= 0) set_has_bit(message, table, f.presence);
}

void keep_unknown_varint(void* message, const MessageTable& table, int32_t number, uint64_t raw) {
  std::string& unknown = unknown_fields_of(message, table);
  char buf[2 * wire::kMaxVarintBytes];
  char* end = write_tag(buf, number, WireType::varint);
  end = wire::write_varint(end, raw);
  unknown.append(buf, static_cast<size_t>(end - buf));
}

bool store_string(StringField& field, const char* p, size_t length, const FieldEntry& f, ParseContext& context) {
  if ((f.flags & kValidateUtf8) != 0 && !strings::is_valid_utf8(std::string_view(p, length))) return false;
  if (context.alias) field.set_alias(std::string_view(p, length));
  else field.set(std::string_view(p, length));
  return true;
}

// A message value (length-delimited or group) parsed into `sub`.
const char* parse_sub_message(void* sub, const MessageTable& sub_table, const FieldEntry& f, const char* p,
                              const char* end, ParseContext& context) {
  if (--context.depth_left < 0) return nullptr;
  const char* done;
  if (f.kind == FieldKind::group) {
    done = parse_message(sub, sub_table, p, end, context, f.number);
  } else {
    size_t length;
    p = read_length(p, end, length);
    done = p == nullptr ? nullptr : parse_message(sub, sub_table, p, p + length, context, 0);
  }
  ++context.depth_left;
  return done;
}

const char* parse_singular_message(void* message, const MessageTable& table, const FieldEntry& f, const char* p,
                                   const char* end, ParseContext& context) {
  const MessageTable& sub_table = *table.aux[f.aux].message;
  mark_present(message, table, f);
  void*& sub = member_at<void*>(message, f.offset);
  if (sub == nullptr) sub = sub_table.create();
  return parse_sub_message(sub, sub_table, f, p, end, context);
}

// A value of a number kind, stored if the enum (when closed) defines it.
const char* parse_number(void* message, const MessageTable& table, const FieldEntry& f, const char* p,
                         const char* end) {
  uint64_t raw;
  p = read_value(p, end, f.kind, raw);
  if (p == nullptr) return nullptr;
  const uint64_t bits = storage_from_wire(f.kind, raw);
  if ((f.flags & kClosedEnum) != 0 && !table.aux[f.aux].enum_is_valid(static_cast<int32_t>(bits))) {
    // As libprotobuf: a lone undeclared number is kept as its int32 (a packed one as the whole varint).
    keep_unknown_varint(message, table, f.number, wire_from_storage(FieldKind::int32, bits));
    return p;
  }
  if (f.cardinality == Cardinality::repeated) {
    auto& repeated = member_at<RepeatedFieldBase>(message, f.offset);
    store_storage(repeated.grow_by(1, storage_size(f.kind)), f.kind, bits);
  } else {
    mark_present(message, table, f);
    store_storage(&member_at<char>(message, f.offset), f.kind, bits);
  }
  return p;
}

const char* parse_packed(void* message, const MessageTable& table, const FieldEntry& f, const char* p,
                         const char* end) {
  size_t length;
  p = read_length(p, end, length);
  if (p == nullptr) return nullptr;
  const char* stop = p + length;
  auto& repeated = member_at<RepeatedFieldBase>(message, f.offset);
  const size_t width = storage_size(f.kind);
  const WireType wt = wire_type_of(f.kind);
  if (wt != WireType::varint) {  // fixed width: the count is known up front
    const size_t each = wt == WireType::fixed32 ? 4 : 8;
    if (length % each != 0) return nullptr;
    const int count = static_cast<int>(length / each);
    char* to = static_cast<char*>(repeated.grow_by(count, width));
    if constexpr (std::endian::native == std::endian::little) {
      std::memcpy(to, p, length);
      return stop;
    }
    for (int i = 0; i < count; ++i, to += width) {
      uint64_t raw;
      p = read_fixed(p, stop, static_cast<int>(each), raw);
      store_storage(to, f.kind, raw);
    }
    return stop;
  }
  const bool closed = (f.flags & kClosedEnum) != 0;
  while (p < stop) {
    uint64_t raw;
    p = read_varint(p, stop, raw);
    if (p == nullptr) return nullptr;
    const uint64_t bits = storage_from_wire(f.kind, raw);
    if (closed && !table.aux[f.aux].enum_is_valid(static_cast<int32_t>(bits))) {
      keep_unknown_varint(message, table, f.number, raw);
      continue;
    }
    store_storage(repeated.grow_by(1, width), f.kind, bits);
  }
  return p == stop ? p : nullptr;
}

const char* parse_string(void* message, const MessageTable& table, const FieldEntry& f, const char* p,
                         const char* end, ParseContext& context) {
  size_t length;
  p = read_length(p, end, length);
  if (p == nullptr) return nullptr;
  StringField* field;
  if (f.cardinality == Cardinality::repeated) {
    field = static_cast<StringField*>(
        member_at<RepeatedPtrBase>(message, f.offset).add_raw(&ElementOps<StringField>::create));
  } else {
    mark_present(message, table, f);
    field = &member_at<StringField>(message, f.offset);
  }
  return store_string(*field, p, length, f, context) ? p + length : nullptr;
}

const char* parse_map_entry(void* message, const MessageTable& table, const FieldEntry& f, const char* tag_start,
                            const char* p, const char* end, ParseContext& context) {
  size_t length;
  p = read_length(p, end, length);
  if (p == nullptr || --context.depth_left < 0) return nullptr;
  // A value missing from its entry is a default message that no parse_message checks: leave it to the full walk.
  if (table.has_required) context.maybe_uninitialized = true;
  bool unknown_value = false;
  const bool ok = table.aux[f.aux].map->parse_entry(&member_at<char>(message, f.offset), p, p + length, context,
                                                    unknown_value);
  ++context.depth_left;
  if (!ok) return nullptr;
  if (unknown_value) unknown_fields_of(message, table).append(tag_start, static_cast<size_t>(p + length - tag_start));
  return p + length;
}

// A field whose wire type matches the schema (or a packed encoding of a repeated number field).
const char* parse_known(void* message, const MessageTable& table, const FieldEntry& f, WireType wt,
                        const char* tag_start, const char* p, const char* end, ParseContext& context) {
  if (f.cardinality == Cardinality::map) return parse_map_entry(message, table, f, tag_start, p, end, context);
  switch (f.kind) {
    case FieldKind::string: case FieldKind::bytes: return parse_string(message, table, f, p, end, context);
    case FieldKind::message: case FieldKind::group:
      if (f.cardinality == Cardinality::repeated) {
        const MessageTable& sub_table = *table.aux[f.aux].message;
        void* sub = member_at<RepeatedPtrBase>(message, f.offset).add_raw(sub_table.create);
        return parse_sub_message(sub, sub_table, f, p, end, context);
      }
      return parse_singular_message(message, table, f, p, end, context);
    default:
      if (wt == WireType::length_delimited) return parse_packed(message, table, f, p, end);
      return parse_number(message, table, f, p, end);
  }
}

// The wire type the field accepts from `wt`: its own, or length-delimited packed data for repeated numbers.
bool accepts(const FieldEntry& f, WireType wt) {
  const WireType expected = (f.flags & kDelimited) != 0 ? WireType::start_group : wire_type_of(f.kind);
  if (wt == expected) return true;
  return wt == WireType::length_delimited && f.cardinality == Cardinality::repeated &&
         expected != WireType::length_delimited && expected != WireType::start_group;
}

// The end of a message body: checks its own required fields for parse_initialized.
const char* finish_message(const void* message, const MessageTable& table, const char* p, ParseContext& context) {
  if (context.check_required && table.has_required && !context.maybe_uninitialized &&
      !own_required_fields_set(message, table)) {
    context.maybe_uninitialized = true;
  }
  return p;
}

}  // namespace

const char* skip_field(const char* tag_start, const char* p, const char* end, uint64_t tag, ParseContext& context,
                       std::string* keep) {
  const auto number = static_cast<int32_t>(tag >> 3);
  uint64_t ignored;
  switch (static_cast<WireType>(tag & 7)) {
    case WireType::varint: p = read_varint(p, end, ignored); break;
    case WireType::fixed64: p = read_fixed(p, end, 8, ignored); break;
    case WireType::fixed32: p = read_fixed(p, end, 4, ignored); break;
    case WireType::length_delimited: {
      size_t length;
      p = read_length(p, end, length);
      if (p != nullptr) p += length;
      break;
    }
    case WireType::start_group: {
      if (--context.depth_left < 0) return nullptr;
      while (p != nullptr) {
        const char* inner_start = p;
        uint64_t inner;
        if (p >= end || (p = read_varint(p, end, inner)) == nullptr) return nullptr;
        if ((inner & 7) == static_cast<uint64_t>(WireType::end_group)) {
          if ((inner >> 3) != static_cast<uint64_t>(number)) return nullptr;
          break;
        }
        if ((inner >> 3) == 0 || (inner >> 3) > static_cast<uint64_t>(wire::kMaxFieldNumber)) return nullptr;
        p = skip_field(inner_start, p, end, inner, context, nullptr);
      }
      ++context.depth_left;
      break;
    }
    default: return nullptr;
  }
  if (p != nullptr && keep != nullptr) keep->append(tag_start, static_cast<size_t>(p - tag_start));
  return p;
}

const char* parse_message(void* message, const MessageTable& table, const char* p, const char* end,
                          ParseContext& context, int32_t group_number) {
  while (p < end) {
    const char* tag_start = p;
    uint64_t tag;
    p = read_varint(p, end, tag);
    if (p == nullptr) return nullptr;
    const uint64_t number = tag >> 3;
    const auto wt = static_cast<WireType>(tag & 7);
    if (wt == WireType::end_group) {
      if (group_number == 0 || number != static_cast<uint64_t>(group_number)) return nullptr;
      return finish_message(message, table, p, context);
    }
    if (number == 0 || number > static_cast<uint64_t>(wire::kMaxFieldNumber)) return nullptr;
    const FieldEntry* f = find_entry(table, static_cast<uint32_t>(number));
    if (f != nullptr && accepts(*f, wt)) {
      p = parse_known(message, table, *f, wt, tag_start, p, end, context);
    } else if (f == nullptr && table.extensions_offset >= 0 &&
               extension_number_in_ranges(table, static_cast<int32_t>(number))) {
      p = parse_extension(message, table, static_cast<int32_t>(number), tag_start, p, end, tag, context);
    } else {
      p = skip_field(tag_start, p, end, tag, context, &unknown_fields_of(message, table));
    }
    if (p == nullptr) return nullptr;
  }
  return group_number == 0 ? finish_message(message, table, p, context) : nullptr;
}

bool merge_from_bytes(void* message, const MessageTable& table, std::string_view bytes, const ParseOptions& options) {
  ParseContext context{options.alias, options.recursion_limit};
  const char* begin = bytes.data() != nullptr ? bytes.data() : "";
  return parse_message(message, table, begin, begin + bytes.size(), context, 0) != nullptr;
}

// Every message below `message` was made or reset by this parse and ended in finish_message (map values aside,
// which flag themselves), and presence only grows while parsing: when no check failed, all are initialized.
bool parse_initialized(void* message, const MessageTable& table, std::string_view bytes, const ParseOptions& options) {
  ParseContext context{options.alias, options.recursion_limit};
  context.check_required = true;
  const char* begin = bytes.data() != nullptr ? bytes.data() : "";
  if (parse_message(message, table, begin, begin + bytes.size(), context, 0) == nullptr) return false;
  return !context.maybe_uninitialized || is_initialized(message, table);
}

}  // namespace protoforge::gen
