#include "runtime/message/message.h"

#include <algorithm>
#include <cassert>

namespace protoforge::message {

namespace {

FieldValue copy_value(const FieldValue& v) {
  struct Copy {
    FieldValue operator()(std::monostate) const { return {}; }
    FieldValue operator()(const Scalar& s) const { return s; }
    FieldValue operator()(const std::string& s) const { return s; }
    FieldValue operator()(const MessagePtr& m) const { return m ? std::make_unique<Message>(*m) : nullptr; }
    FieldValue operator()(const std::vector<Scalar>& v) const { return v; }
    FieldValue operator()(const std::vector<std::string>& v) const { return v; }
    FieldValue operator()(const std::vector<MessagePtr>& v) const {
      std::vector<MessagePtr> out;
      out.reserve(v.size());
      for (const auto& m : v) out.push_back(std::make_unique<Message>(*m));
      return out;
    }
  };
  return std::visit(Copy{}, v);
}

// An empty value of the alternative `field` stores.
FieldValue empty_value(const Field& field) {
  if (field.is_repeated()) {
    if (field.is_message()) return std::vector<MessagePtr>{};
    if (field.is_string_like()) return std::vector<std::string>{};
    return std::vector<Scalar>{};
  }
  if (field.is_message()) return MessagePtr{};
  if (field.is_string_like()) return std::string{};
  return Scalar{};
}

template <typename T>
T& ensure(FieldValue& v, const Field& field) {
  if (!std::holds_alternative<T>(v)) v = empty_value(field);
  assert(std::holds_alternative<T>(v));
  return std::get<T>(v);
}

}  // namespace

bool is_default(const Field& field, const FieldValue& value) {
  if (const auto* s = std::get_if<Scalar>(&value)) return s->bits == 0;
  if (const auto* s = std::get_if<std::string>(&value)) return s->empty();
  return false;
}

Message::Message(const MessageType& type) : type_(&type), values_(type.fields.size()) {}

Message::Message(const Message& other) : type_(other.type_), unknown_(other.unknown_) {
  values_.reserve(other.values_.size());
  for (const auto& v : other.values_) values_.push_back(copy_value(v));
  for (const auto& [f, v] : other.extensions_) extensions_.emplace_back(f, copy_value(v));
}

Message& Message::operator=(const Message& other) {
  if (this != &other) *this = Message(other);
  return *this;
}

const FieldValue* Message::slot_if_present(const Field& field) const {
  if (!field.is_extension) {
    assert(field.containing_type == type_);
    return &values_[static_cast<size_t>(field.index)];
  }
  auto it = std::lower_bound(extensions_.begin(), extensions_.end(), field.number,
                             [](const auto& e, int32_t n) { return e.first->number < n; });
  return it != extensions_.end() && it->first == &field ? &it->second : nullptr;
}

FieldValue& Message::slot(const Field& field) {
  if (!field.is_extension) {
    assert(field.containing_type == type_);
    return values_[static_cast<size_t>(field.index)];
  }
  auto it = std::lower_bound(extensions_.begin(), extensions_.end(), field.number,
                             [](const auto& e, int32_t n) { return e.first->number < n; });
  if (it != extensions_.end() && it->first == &field) return it->second;
  return extensions_.insert(it, {&field, FieldValue{}})->second;
}

bool Message::has(const Field& field) const {
  const FieldValue* v = slot_if_present(field);
  if (!v) return false;
  switch (v->index()) {
    case 0: return false;
    case 1: case 2: return field.has_presence || !is_default(field, *v);
    case 3: return std::get<MessagePtr>(*v) != nullptr;
    case 4: return !std::get<std::vector<Scalar>>(*v).empty();
    case 5: return !std::get<std::vector<std::string>>(*v).empty();
    default: return !std::get<std::vector<MessagePtr>>(*v).empty();
  }
}

const FieldValue* Message::find(const Field& field) const { return has(field) ? slot_if_present(field) : nullptr; }

void Message::clear(const Field& field) {
  if (!field.is_extension) {
    values_[static_cast<size_t>(field.index)] = std::monostate{};
    return;
  }
  auto it = std::lower_bound(extensions_.begin(), extensions_.end(), field.number,
                             [](const auto& e, int32_t n) { return e.first->number < n; });
  if (it != extensions_.end() && it->first == &field) extensions_.erase(it);
}

void Message::clear() {
  for (auto& v : values_) v = std::monostate{};
  extensions_.clear();
  unknown_.clear();
}

Scalar Message::scalar(const Field& field) const {
  const FieldValue* v = slot_if_present(field);
  if (v) {
    if (const auto* s = std::get_if<Scalar>(v)) return *s;
  }
  return field.default_scalar;
}

std::string_view Message::string(const Field& field) const {
  const FieldValue* v = slot_if_present(field);
  if (v) {
    if (const auto* s = std::get_if<std::string>(v)) return *s;
  }
  return field.default_string;
}

const Message* Message::message(const Field& field) const {
  const FieldValue* v = slot_if_present(field);
  if (v) {
    if (const auto* m = std::get_if<MessagePtr>(v)) return m->get();
  }
  return nullptr;
}

void Message::clear_oneof_siblings(const Field& field) {
  if (field.oneof_index < 0) return;
  for (const Field* other : type_->oneofs[static_cast<size_t>(field.oneof_index)].fields) {
    if (other != &field) values_[static_cast<size_t>(other->index)] = std::monostate{};
  }
}

void Message::set_scalar(const Field& field, Scalar value) {
  clear_oneof_siblings(field);
  slot(field) = value;
}

void Message::set_string(const Field& field, std::string value) {
  clear_oneof_siblings(field);
  slot(field) = std::move(value);
}

std::string& Message::mutable_string(const Field& field) {
  clear_oneof_siblings(field);
  return ensure<std::string>(slot(field), field);
}

Message& Message::mutable_message(const Field& field) {
  clear_oneof_siblings(field);
  auto& m = ensure<MessagePtr>(slot(field), field);
  if (!m) m = std::make_unique<Message>(*field.message_type);
  return *m;
}

std::vector<Scalar>& Message::mutable_scalars(const Field& field) { return ensure<std::vector<Scalar>>(slot(field), field); }
std::vector<std::string>& Message::mutable_strings(const Field& field) {
  return ensure<std::vector<std::string>>(slot(field), field);
}
std::vector<MessagePtr>& Message::mutable_messages(const Field& field) {
  return ensure<std::vector<MessagePtr>>(slot(field), field);
}

Message& Message::add_message(const Field& field) {
  auto& list = mutable_messages(field);
  list.push_back(std::make_unique<Message>(*field.message_type));
  return *list.back();
}

size_t Message::repeated_size(const Field& field) const {
  const FieldValue* v = slot_if_present(field);
  if (!v) return 0;
  if (const auto* s = std::get_if<std::vector<Scalar>>(v)) return s->size();
  if (const auto* s = std::get_if<std::vector<std::string>>(v)) return s->size();
  if (const auto* s = std::get_if<std::vector<MessagePtr>>(v)) return s->size();
  return 0;
}

}  // namespace protoforge::message
