// A dynamic message: the values of one message type's fields, held as a small tree (sub-messages owned by their
// parent), plus the unknown fields exactly as they were read. It knows its schema::MessageType and nothing of
// files; encoding, decoding, text and JSON are separate layers above it.
//
// Storage: one FieldValue per declared field (indexed by Field::index) and a sorted list for extensions. Scalars
// are schema::Scalar bits; repeated scalars a vector of them; maps are repeated map-entry messages whose keys are
// kept unique (a later entry for a key replaces the earlier one, as protobuf's maps do).
//
// Lifetime: a Message refers to its type, which its schema::Pool owns; the Pool must outlive it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "runtime/schema/schema.h"

namespace protoforge::message {

using schema::Field;
using schema::MessageType;
using schema::Scalar;

class Message;
using MessagePtr = std::unique_ptr<Message>;

// monostate: not set. The alternative that a set field holds follows from its Field: Scalar, std::string or
// MessagePtr for singular fields; the vector of the same for repeated ones.
using FieldValue = std::variant<std::monostate, Scalar, std::string, MessagePtr, std::vector<Scalar>,
                                std::vector<std::string>, std::vector<MessagePtr>>;

class Message {
 public:
  explicit Message(const MessageType& type);
  Message(const Message& other);
  Message& operator=(const Message& other);
  Message(Message&&) noexcept = default;
  Message& operator=(Message&&) noexcept = default;

  const MessageType& type() const { return *type_; }

  // Singular fields: set (presence, or non-default for implicit presence). Repeated: non-empty.
  bool has(const Field& field) const;
  // The stored value, or null when the field is not set. `field` is one of type()'s fields or an extension of it.
  const FieldValue* find(const Field& field) const;
  // Removes the field's value.
  void clear(const Field& field);
  // Removes everything, unknown fields included.
  void clear();

  // Typed reads of singular fields; the field's default when unset.
  Scalar scalar(const Field& field) const;
  std::string_view string(const Field& field) const;
  const Message* message(const Field& field) const;  // null when unset

  // Typed writes of singular fields. Setting a oneof member clears the other members.
  void set_scalar(const Field& field, Scalar value);
  void set_string(const Field& field, std::string value);
  std::string& mutable_string(const Field& field);
  Message& mutable_message(const Field& field);  // created empty when unset

  // Repeated fields. The vectors are created empty when absent.
  std::vector<Scalar>& mutable_scalars(const Field& field);
  std::vector<std::string>& mutable_strings(const Field& field);
  std::vector<MessagePtr>& mutable_messages(const Field& field);
  Message& add_message(const Field& field);  // appends an empty element
  size_t repeated_size(const Field& field) const;

  // Maps: the entry for `key` (a key-field value of the entry type), replacing none; created when absent.
  // `key` is compared as the key field's kind says (Scalar bits or string bytes).
  Message& map_entry(const Field& map_field, const FieldValue& key);
  // Makes map keys unique after entries were appended directly (the last entry for a key wins, at the position
  // of the first).
  void dedupe_map(const Field& map_field);

  // Set fields in field-number order, extensions included: the order of protobuf's encoder and printers.
  template <typename Visit>  // Visit(const Field&, const FieldValue&)
  void for_each_set_field(Visit&& visit) const;

  // Unknown fields: complete encoded fields (tag and value), in the order they were read.
  const std::string& unknown_fields() const { return unknown_; }
  std::string& mutable_unknown_fields() { return unknown_; }

  // Merges `other` (same type) into this message, as protobuf's MergeFrom does.
  void merge_from(const Message& other);

  // Field-by-field equality (NaN equals NaN; maps compared as sets of keys; unknown fields compared as bytes).
  friend bool operator==(const Message& a, const Message& b);

  // Byte size of the last encoding, cached by the encoder between its size and write passes.
  uint32_t cached_size() const { return cached_size_; }
  void set_cached_size(uint32_t size) const { cached_size_ = size; }

 private:
  FieldValue& slot(const Field& field);
  const FieldValue* slot_if_present(const Field& field) const;
  void clear_oneof_siblings(const Field& field);

  const MessageType* type_;
  std::vector<FieldValue> values_;
  std::vector<std::pair<const Field*, FieldValue>> extensions_;  // sorted by number
  std::string unknown_;
  mutable uint32_t cached_size_ = 0;
};

// Whether a singular implicit-presence value is its type's default (and so not set, not written).
bool is_default(const Field& field, const FieldValue& value);

template <typename Visit>
void Message::for_each_set_field(Visit&& visit) const {
  const auto fields = type_->fields_by_number();
  size_t e = 0;
  for (const Field* f : fields) {
    for (; e < extensions_.size() && extensions_[e].first->number < f->number; ++e) {
      if (has(*extensions_[e].first)) visit(*extensions_[e].first, extensions_[e].second);
    }
    const FieldValue& v = values_[static_cast<size_t>(f->index)];
    if (has(*f)) visit(*f, v);
  }
  for (; e < extensions_.size(); ++e) {
    if (has(*extensions_[e].first)) visit(*extensions_[e].first, extensions_[e].second);
  }
}

}  // namespace protoforge::message
