// Structural equality and MergeFrom for dynamic messages.
#include <algorithm>
#include <cmath>

#include "runtime/message/map_key.h"
#include "runtime/message/message.h"

namespace protoforge::message {

namespace {

bool scalars_equal(const Field& f, Scalar a, Scalar b) {
  if (f.kind == schema::Kind::double_) return a.bits == b.bits || (std::isnan(a.as_double()) && std::isnan(b.as_double()));
  if (f.kind == schema::Kind::float_) return a.bits == b.bits || (std::isnan(a.as_float()) && std::isnan(b.as_float()));
  return a.bits == b.bits;
}

bool maps_equal(const std::vector<MessagePtr>& a, const std::vector<MessagePtr>& b) {
  if (a.size() != b.size()) return false;
  // Stably: entries with equal keys (maps read as plain entries, or built by add_message) then pair up in the
  // order they were stored, which the encoder's stable sort keeps too. An unstable sort could pair them
  // differently in the two messages and call equal maps unequal.
  auto sorted = [](const std::vector<MessagePtr>& v) {
    std::vector<const Message*> out;
    for (const auto& m : v) out.push_back(m.get());
    std::stable_sort(out.begin(), out.end(),
                     [](const Message* x, const Message* y) { return map_key_less(*x, *y); });
    return out;
  };
  const auto x = sorted(a), y = sorted(b);
  for (size_t i = 0; i < x.size(); ++i) {
    if (!(*x[i] == *y[i])) return false;
  }
  return true;
}

// A map entry always has both key and value, on the wire and in libprotobuf's maps: an unset one (an entry made
// by map_entry or add_message and not filled in) equals one set to its default, as the encoder writes it.
bool entry_fields_equal(const Field& f, const Message& a, const Message& b) {
  if (f.is_string_like()) return a.string(f) == b.string(f);
  if (!f.is_message()) return scalars_equal(f, a.scalar(f), b.scalar(f));
  const Message* x = a.message(f);
  const Message* y = b.message(f);
  if (x && y) return *x == *y;
  const Message empty(*f.message_type);
  return *(x ? x : &empty) == *(y ? y : &empty);
}

bool values_equal(const Field& f, const Message& a, const Message& b) {
  const bool ha = a.has(f), hb = b.has(f);
  if (ha != hb) return false;
  if (!ha) return true;
  const FieldValue& x = *a.find(f);
  const FieldValue& y = *b.find(f);
  if (f.is_map()) return maps_equal(std::get<std::vector<MessagePtr>>(x), std::get<std::vector<MessagePtr>>(y));
  switch (x.index()) {
    case 1: return scalars_equal(f, std::get<Scalar>(x), std::get<Scalar>(y));
    case 2: return std::get<std::string>(x) == std::get<std::string>(y);
    case 3: return *std::get<MessagePtr>(x) == *std::get<MessagePtr>(y);
    case 4: {
      const auto& u = std::get<std::vector<Scalar>>(x);
      const auto& v = std::get<std::vector<Scalar>>(y);
      if (u.size() != v.size()) return false;
      for (size_t i = 0; i < u.size(); ++i) {
        if (!scalars_equal(f, u[i], v[i])) return false;
      }
      return true;
    }
    case 5: return std::get<std::vector<std::string>>(x) == std::get<std::vector<std::string>>(y);
    default: {
      const auto& u = std::get<std::vector<MessagePtr>>(x);
      const auto& v = std::get<std::vector<MessagePtr>>(y);
      if (u.size() != v.size()) return false;
      for (size_t i = 0; i < u.size(); ++i) {
        if (!(*u[i] == *v[i])) return false;
      }
      return true;
    }
  }
}

}  // namespace

bool operator==(const Message& a, const Message& b) {
  if (a.type_ != b.type_ || a.unknown_ != b.unknown_) return false;
  if (a.type_->map_entry) {
    return entry_fields_equal(a.type_->map_key(), a, b) && entry_fields_equal(a.type_->map_value(), a, b);
  }
  for (const Field& f : a.type_->fields) {
    if (!values_equal(f, a, b)) return false;
  }
  auto same_extensions = [](const Message& x, const Message& y) {
    for (const auto& [f, v] : x.extensions_) {
      if (!values_equal(*f, x, y)) return false;
    }
    return true;
  };
  return same_extensions(a, b) && same_extensions(b, a);
}

void Message::merge_from(const Message& other) {
  auto merge_field = [&](const Field& f, const FieldValue& v) {
    if (f.is_repeated()) {
      if (const auto* s = std::get_if<std::vector<Scalar>>(&v)) {
        auto& into = mutable_scalars(f);
        into.insert(into.end(), s->begin(), s->end());
      } else if (const auto* s = std::get_if<std::vector<std::string>>(&v)) {
        auto& into = mutable_strings(f);
        into.insert(into.end(), s->begin(), s->end());
      } else {
        for (const auto& m : std::get<std::vector<MessagePtr>>(v)) add_message(f) = *m;
        if (f.is_map()) dedupe_map(f);
      }
    } else if (const auto* m = std::get_if<MessagePtr>(&v)) {
      mutable_message(f).merge_from(**m);
    } else if (const auto* s = std::get_if<std::string>(&v)) {
      set_string(f, *s);
    } else {
      set_scalar(f, std::get<Scalar>(v));
    }
  };
  other.for_each_set_field(merge_field);
  unknown_ += other.unknown_;
}

}  // namespace protoforge::message
