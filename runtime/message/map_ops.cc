// Map fields on top of repeated entries: unique keys, last write wins.
#include <unordered_map>

#include "runtime/message/map_key.h"
#include "runtime/message/message.h"

namespace protoforge::message {

namespace {

// Writes `key` (a value of the key field's kind) into a fresh entry.
void set_key(Message& entry, const FieldValue& key) {
  const Field& key_field = entry.type().map_key();
  if (const auto* s = std::get_if<std::string>(&key)) entry.set_string(key_field, *s);
  else if (const auto* n = std::get_if<Scalar>(&key)) entry.set_scalar(key_field, *n);
}

}  // namespace

Message& Message::map_entry(const Field& map_field, const FieldValue& key) {
  auto& entries = mutable_messages(map_field);
  Message probe(*map_field.message_type);
  set_key(probe, key);
  const std::string wanted = map_key_bytes(probe);
  for (auto& e : entries) {
    if (map_key_bytes(*e) == wanted) return *e;
  }
  entries.push_back(std::make_unique<Message>(std::move(probe)));
  return *entries.back();
}

void Message::dedupe_map(const Field& map_field) {
  auto& entries = mutable_messages(map_field);
  if (entries.size() < 2) return;
  std::unordered_map<std::string, size_t> first_at;
  first_at.reserve(entries.size());
  size_t kept = 0;
  for (size_t i = 0; i < entries.size(); ++i) {
    auto [it, fresh] = first_at.emplace(map_key_bytes(*entries[i]), kept);
    if (fresh) entries[kept++] = std::move(entries[i]);
    else entries[it->second] = std::move(entries[i]);
  }
  entries.resize(kept);
}

}  // namespace protoforge::message
