#include "runtime/generated/extension_set.h"

#include <cstring>
#include <mutex>
#include <unordered_map>

#include "runtime/generated/scalar.h"
#include "runtime/strings/utf8.h"

namespace protoforge::gen {

using wire::WireType;

namespace {

struct RegistryKey {
  const MessageTable* extendee;
  int32_t number;
  bool operator==(const RegistryKey&) const = default;
};
struct RegistryKeyHash {
  size_t operator()(const RegistryKey& k) const {
    return std::hash<const void*>()(k.extendee) ^ (static_cast<size_t>(k.number) * 0x9e3779b97f4a7c15u);
  }
};

// Filled while static constructors run, read afterwards; the mutex covers programs that load libraries later.
std::unordered_map<RegistryKey, const ExtensionInfo*, RegistryKeyHash>& registry() {
  static std::unordered_map<RegistryKey, const ExtensionInfo*, RegistryKeyHash> map;
  return map;
}
std::mutex& registry_mutex() {
  static std::mutex mutex;
  return mutex;
}

bool is_message(FieldKind kind) { return kind == FieldKind::message || kind == FieldKind::group; }
bool is_text(FieldKind kind) { return kind == FieldKind::string || kind == FieldKind::bytes; }

WireType element_wire_type(const ExtensionInfo& info) {
  return (info.flags & kDelimited) != 0 ? WireType::start_group : wire_type_of(info.kind);
}

size_t message_size(const ExtensionInfo& info, const void* message, bool cached) {
  const size_t body = cached ? cached_size(message, *info.message) : byte_size(message, *info.message);
  return info.kind == FieldKind::group ? body + wire::size_tag(info.number) : wire::size_bytes(body);
}

char* write_message(const ExtensionInfo& info, const void* message, char* out) {
  if (info.kind != FieldKind::group) out = wire::write_varint(out, cached_size(message, *info.message));
  out = serialize_message(message, *info.message, out);
  return info.kind == FieldKind::group ? write_tag(out, info.number, WireType::end_group) : out;
}

char* write_text(char* out, const std::string& text) {
  out = wire::write_varint(out, text.size());
  std::memcpy(out, text.data(), text.size());
  return out + text.size();
}

size_t packed_body(const ExtensionSet::Value& v) {
  size_t body = 0;
  for (uint64_t bits : v.numbers) body += value_size(v.info->kind, bits);
  return body;
}

size_t value_byte_size(const ExtensionSet::Value& v) {
  const ExtensionInfo& info = *v.info;
  const size_t tag = wire::size_tag(info.number);
  if (!info.repeated) {
    if (!v.present) return 0;
    if (is_message(info.kind)) return tag + message_size(info, v.message, false);
    if (is_text(info.kind)) return tag + wire::size_bytes(v.text.size());
    return tag + value_size(info.kind, v.bits);
  }
  size_t total = 0;
  if (is_message(info.kind)) {
    for (const void* m : v.messages) total += tag + message_size(info, m, false);
  } else if (is_text(info.kind)) {
    for (const std::string& t : v.texts) total += tag + wire::size_bytes(t.size());
  } else if (!v.numbers.empty()) {
    const size_t body = packed_body(v);
    total = (info.flags & kPacked) != 0 ? tag + wire::size_bytes(body) : tag * v.numbers.size() + body;
  }
  return total;
}

char* write_value_field(const ExtensionSet::Value& v, char* out) {
  const ExtensionInfo& info = *v.info;
  const WireType wt = element_wire_type(info);
  if (!info.repeated) {
    if (!v.present) return out;
    out = write_tag(out, info.number, wt);
    if (is_message(info.kind)) return write_message(info, v.message, out);
    if (is_text(info.kind)) return write_text(out, v.text);
    return write_value(out, info.kind, v.bits);
  }
  if (is_message(info.kind)) {
    for (const void* m : v.messages) out = write_message(info, m, write_tag(out, info.number, wt));
  } else if (is_text(info.kind)) {
    for (const std::string& t : v.texts) out = write_text(write_tag(out, info.number, wt), t);
  } else if (!v.numbers.empty() && (info.flags & kPacked) != 0) {
    out = write_tag(out, info.number, WireType::length_delimited);
    out = wire::write_varint(out, packed_body(v));
    for (uint64_t bits : v.numbers) out = write_value(out, info.kind, bits);
  } else {
    for (uint64_t bits : v.numbers) out = write_value(write_tag(out, info.number, wt), info.kind, bits);
  }
  return out;
}

}  // namespace

ExtensionRegistration::ExtensionRegistration(const ExtensionInfo& info) {
  std::lock_guard lock(registry_mutex());
  registry()[RegistryKey{info.extendee, info.number}] = &info;
}

const ExtensionInfo* find_registered_extension(const MessageTable& extendee, int32_t number) {
  std::lock_guard lock(registry_mutex());
  auto it = registry().find(RegistryKey{&extendee, number});
  return it == registry().end() ? nullptr : it->second;
}

ExtensionSet::Value::Value(const Value& other)
    : info(other.info), present(other.present), bits(other.bits), text(other.text), numbers(other.numbers),
      texts(other.texts) {
  if (other.message != nullptr) {
    message = info->message->create();
    merge_message(message, other.message, *info->message);
  }
  for (const void* m : other.messages) {
    void* copy = info->message->create();
    merge_message(copy, m, *info->message);
    messages.push_back(copy);
  }
}

ExtensionSet::Value::~Value() {
  if (message != nullptr) info->message->destroy(message);
  for (void* m : messages) info->message->destroy(m);
}

bool ExtensionSet::Value::empty() const {
  return info->repeated ? numbers.empty() && texts.empty() && messages.empty() : !present;
}

ExtensionSet::ExtensionSet(const ExtensionSet& other) { merge_from(other); }
ExtensionSet& ExtensionSet::operator=(const ExtensionSet& other) {
  if (this != &other) {
    clear();
    merge_from(other);
  }
  return *this;
}
ExtensionSet::~ExtensionSet() { delete values_; }

const ExtensionSet::Value* ExtensionSet::find(int32_t number) const {
  if (values_ == nullptr) return nullptr;
  auto it = values_->find(number);
  return it == values_->end() ? nullptr : &it->second;
}

ExtensionSet::Value& ExtensionSet::mutable_value(const ExtensionInfo& info) {
  if (values_ == nullptr) values_ = new std::map<int32_t, Value>();
  Value& v = (*values_)[info.number];
  v.info = &info;
  return v;
}

void ExtensionSet::erase(int32_t number) {
  if (values_ != nullptr) values_->erase(number);
}

size_t ExtensionSet::byte_size(bool) const {
  size_t total = 0;
  if (values_ != nullptr) {
    for (const auto& [number, v] : *values_) total += value_byte_size(v);
  }
  return total;
}

char* ExtensionSet::serialize(int32_t start, int32_t end, bool, char* out) const {
  if (values_ == nullptr) return out;
  for (auto it = values_->lower_bound(start); it != values_->end() && it->first < end; ++it) {
    out = write_value_field(it->second, out);
  }
  return out;
}

void ExtensionSet::clear() {
  if (values_ != nullptr) values_->clear();
}

void ExtensionSet::merge_from(const ExtensionSet& other) {
  if (other.values_ == nullptr) return;
  for (const auto& [number, from] : *other.values_) {
    if (from.empty()) continue;
    Value& to = mutable_value(*from.info);
    const ExtensionInfo& info = *from.info;
    if (info.repeated) {
      to.numbers.insert(to.numbers.end(), from.numbers.begin(), from.numbers.end());
      to.texts.insert(to.texts.end(), from.texts.begin(), from.texts.end());
      for (const void* m : from.messages) {
        void* copy = info.message->create();
        merge_message(copy, m, *info.message);
        to.messages.push_back(copy);
      }
    } else if (is_message(info.kind)) {
      if (to.message == nullptr) to.message = info.message->create();
      merge_message(to.message, from.message, *info.message);
      to.present = true;
    } else {
      to.bits = from.bits;
      to.text = from.text;
      to.present = true;
    }
  }
}

bool ExtensionSet::equals(const ExtensionSet& other) const {
  auto non_empty = [](const std::map<int32_t, Value>* values) {
    std::vector<const Value*> out;
    if (values != nullptr) {
      for (const auto& [n, v] : *values) {
        if (!v.empty()) out.push_back(&v);
      }
    }
    return out;
  };
  const auto a = non_empty(values_), b = non_empty(other.values_);
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    const Value& x = *a[i];
    const Value& y = *b[i];
    if (x.info != y.info || x.bits != y.bits || x.text != y.text || x.numbers != y.numbers || x.texts != y.texts ||
        x.messages.size() != y.messages.size()) {
      return false;
    }
    const MessageTable* sub = x.info->message;
    if (x.message != nullptr && !equal_messages(x.message, y.message, *sub)) return false;
    for (size_t j = 0; j < x.messages.size(); ++j) {
      if (!equal_messages(x.messages[j], y.messages[j], *sub)) return false;
    }
  }
  return true;
}

bool ExtensionSet::is_initialized() const {
  if (values_ == nullptr) return true;
  for (const auto& [number, v] : *values_) {
    if (!is_message(v.info->kind) || !v.info->message->has_required) continue;
    if (v.message != nullptr && v.present && !gen::is_initialized(v.message, *v.info->message)) return false;
    for (const void* m : v.messages) {
      if (!gen::is_initialized(m, *v.info->message)) return false;
    }
  }
  return true;
}

bool extension_number_in_ranges(const MessageTable& table, int32_t number) {
  for (uint32_t i = 0; i < table.extension_range_count; ++i) {
    if (number >= table.extension_ranges[i].start && number < table.extension_ranges[i].end) return true;
  }
  return false;
}

namespace {

void keep_unknown_varint(std::string& unknown, int32_t number, uint64_t raw) {
  char buf[2 * wire::kMaxVarintBytes];
  char* end = write_tag(buf, number, WireType::varint);
  end = wire::write_varint(end, raw);
  unknown.append(buf, static_cast<size_t>(end - buf));
}

// Stores one number (closed enums: only a defined one) into the value.
void store_number(ExtensionSet::Value& v, uint64_t raw, std::string& unknown) {
  const ExtensionInfo& info = *v.info;
  const uint64_t bits = storage_from_wire(info.kind, raw);
  if ((info.flags & kClosedEnum) != 0 && !info.enum_is_valid(static_cast<int32_t>(bits))) {
    keep_unknown_varint(unknown, info.number, raw);
    return;
  }
  if (info.repeated) v.numbers.push_back(bits);
  else {
    v.bits = bits;
    v.present = true;
  }
}

const char* parse_into(ExtensionSet::Value& v, WireType wt, const char* p, const char* end, ParseContext& context,
                       std::string& unknown) {
  const ExtensionInfo& info = *v.info;
  if (is_message(info.kind)) {
    void* sub;
    if (info.repeated) v.messages.push_back(sub = info.message->create());
    else {
      if (v.message == nullptr) v.message = info.message->create();
      sub = v.message;
      v.present = true;
    }
    if (--context.depth_left < 0) return nullptr;
    const char* done;
    if (info.kind == FieldKind::group) {
      done = parse_message(sub, *info.message, p, end, context, info.number);
    } else {
      size_t length;
      p = read_length(p, end, length);
      done = p == nullptr ? nullptr : parse_message(sub, *info.message, p, p + length, context, 0);
    }
    ++context.depth_left;
    return done;
  }
  if (is_text(info.kind)) {
    size_t length;
    p = read_length(p, end, length);
    if (p == nullptr) return nullptr;
    if ((info.flags & kValidateUtf8) != 0 && !strings::is_valid_utf8(std::string_view(p, length))) return nullptr;
    if (info.repeated) v.texts.emplace_back(p, length);
    else {
      v.text.assign(p, length);
      v.present = true;
    }
    return p + length;
  }
  if (wt == WireType::length_delimited) {  // packed
    size_t length;
    p = read_length(p, end, length);
    if (p == nullptr) return nullptr;
    const char* stop = p + length;
    while (p != nullptr && p < stop) {
      uint64_t raw;
      p = read_value(p, stop, info.kind, raw);
      if (p != nullptr) store_number(v, raw, unknown);
    }
    return p == stop ? p : nullptr;
  }
  uint64_t raw;
  p = read_value(p, end, info.kind, raw);
  if (p != nullptr) store_number(v, raw, unknown);
  return p;
}

}  // namespace

const char* parse_extension(void* message, const MessageTable& table, int32_t number, const char* tag_start,
                            const char* p, const char* end, uint64_t tag, ParseContext& context) {
  std::string& unknown = member_at<std::string>(message, table.unknown_fields_offset);
  const ExtensionInfo* info = find_registered_extension(table, number);
  const auto wt = static_cast<WireType>(tag & 7);
  const WireType expected = info != nullptr ? element_wire_type(*info) : WireType::varint;
  const bool packed_ok = info != nullptr && info->repeated && wt == WireType::length_delimited &&
                         expected != WireType::length_delimited && expected != WireType::start_group;
  if (info == nullptr || (wt != expected && !packed_ok)) return skip_field(tag_start, p, end, tag, context, &unknown);
  auto& set = member_at<ExtensionSet>(message, static_cast<uint32_t>(table.extensions_offset));
  return parse_into(set.mutable_value(*info), wt, p, end, context, unknown);
}

}  // namespace protoforge::gen
