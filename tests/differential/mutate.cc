#include "tests/differential/mutate.h"

#include <vector>

#include "runtime/wire/wire_format.h"

namespace protoforge::differential {

namespace {

using message::FieldValue;
using message::Message;
using oracle::detail::Random;
using schema::Field;
using schema::Kind;
using schema::Scalar;

// Sub-messages created by a mutation nest at most this deep below the message being changed.
constexpr int kMaxDepth = 3;

class Mutator {
 public:
  explicit Mutator(Random& random) : random_(random) {}

  void mutate(Message& m, int depth) {
    for (const Field* f : fields_of(m)) {
      switch (random_.below(12)) {
        case 0: m.clear(*f); break;
        case 1: case 2: change(m, *f, depth); break;
        case 3: descend(m, *f, depth); break;
        default: break;
      }
    }
    for (const schema::Oneof& oneof : m.type().oneofs) {
      if (!oneof.synthetic && random_.chance(0.3)) change(m, *oneof.fields[random_.below(oneof.fields.size())], depth);
    }
    if (random_.chance(0.15)) add_unknown_field(m);
  }

 private:
  // Declared fields and the extensions the pool knows, in declaration order.
  static std::vector<const Field*> fields_of(const Message& m) {
    std::vector<const Field*> out;
    for (const Field& f : m.type().fields) out.push_back(&f);
    for (const Field* f : m.type().extensions()) out.push_back(f);
    return out;
  }

  // A fresh sub-message gets a few random fields (none below kMaxDepth, so the walk ends).
  void fill(Message& m, int depth) {
    if (depth >= kMaxDepth) return;
    for (const Field* f : fields_of(m)) {
      if (random_.chance(0.2)) change(m, *f, depth);
    }
  }

  // Mutates the sub-messages the field already holds.
  void descend(Message& m, const Field& f, int depth) {
    if (!f.is_message() || f.is_map() || !m.has(f)) return;
    if (!f.is_repeated()) return mutate(m.mutable_message(f), depth + 1);
    for (auto& element : m.mutable_messages(f)) {
      if (random_.chance(0.5)) mutate(*element, depth + 1);
    }
  }

  void change(Message& m, const Field& f, int depth) {
    if (f.is_map()) return change_map(m, f, depth);
    if (f.is_repeated()) return change_repeated(m, f, depth);
    if (f.is_message()) return fill(m.mutable_message(f), depth + 1);
    if (f.is_string_like()) return m.set_string(f, random_string(f));
    m.set_scalar(f, random_scalar(f));
  }

  void change_repeated(Message& m, const Field& f, int depth) {
    if (f.is_message()) return fill(m.add_message(f), depth + 1);
    if (f.is_string_like()) return m.mutable_strings(f).push_back(random_string(f));
    auto& values = m.mutable_scalars(f);
    if (!values.empty() && random_.chance(0.25)) return values.erase(values.begin() + random_.below(values.size())), void();
    for (uint64_t n = 1 + random_.below(3); n > 0; --n) values.push_back(random_scalar(f));
  }

  // Overwrites an existing key, adds a new one, or appends a duplicate of an existing key and deduplicates.
  void change_map(Message& m, const Field& f, int depth) {
    const Field& key_field = f.message_type->map_key();
    const size_t size = m.repeated_size(f);
    const int how = static_cast<int>(random_.below(3));
    if (size == 0 || how == 1) return set_entry_value(m.map_entry(f, random_key(key_field)), depth);
    const Message& existing = *m.mutable_messages(f)[random_.below(size)];
    const FieldValue key = key_of(existing);
    if (how == 0) return set_entry_value(m.map_entry(f, key), depth);
    Message& duplicate = m.add_message(f);
    if (const auto* s = std::get_if<std::string>(&key)) duplicate.set_string(key_field, *s);
    else duplicate.set_scalar(key_field, std::get<Scalar>(key));
    set_entry_value(duplicate, depth);
    m.dedupe_map(f);
  }

  static FieldValue key_of(const Message& entry) {
    const Field& key = entry.type().map_key();
    if (key.is_string_like()) return std::string(entry.string(key));
    return entry.scalar(key);
  }

  FieldValue random_key(const Field& key) {
    if (key.is_string_like()) return random_string(key);
    return random_scalar(key);
  }

  // Now and then the value stays unset: the encoder must still write it, at its default.
  void set_entry_value(Message& entry, int depth) {
    const Field& value = entry.type().map_value();
    if (random_.chance(0.1)) return;
    if (value.is_message()) return fill(entry.mutable_message(value), depth + 1);
    if (value.is_string_like()) return entry.set_string(value, random_string(value));
    entry.set_scalar(value, random_scalar(value));
  }

  std::string random_string(const Field& f) { return f.kind == Kind::string ? random_.utf8_string() : random_.bytes(); }

  Scalar random_scalar(const Field& f) {
    if (f.kind == Kind::enum_) return random_enum(f);
    if (random_.chance(0.15)) return Scalar{};  // the default of implicit presence: not written
    switch (f.kind) {
      case Kind::int32: case Kind::sint32: case Kind::sfixed32: return Scalar::of_int(random_.int32());
      case Kind::int64: case Kind::sint64: case Kind::sfixed64: return Scalar::of_int(random_.int64());
      case Kind::uint32: case Kind::fixed32: return Scalar::of_uint(random_.uint32());
      case Kind::uint64: case Kind::fixed64: return Scalar::of_uint(random_.uint64());
      case Kind::bool_: return Scalar::of_bool(random_.chance(0.5));
      case Kind::float_: return Scalar::of_float(random_.float32());
      case Kind::double_: return Scalar::of_double(random_.float64());
      default: return Scalar{};
    }
  }

  // Closed enums only hold declared numbers (libprotobuf moves others to the unknown fields); open ones any.
  Scalar random_enum(const Field& f) {
    const auto& values = f.enum_type->values;
    if (!f.enum_type->closed && random_.chance(0.2)) return Scalar::of_int(random_.int32());
    return Scalar::of_int(values[random_.below(values.size())].number);
  }

  // A field of a number that neither the type nor its extensions use, of a random wire type.
  void add_unknown_field(Message& m) {
    int32_t number = 0;
    for (int tries = 0; tries < 8 && number == 0; ++tries) {
      const auto n = static_cast<int32_t>(1 + random_.below(2047));
      if (!m.type().find_field(n) && !m.type().find_extension(n)) number = n;
    }
    if (number == 0) return;
    std::string& out = m.mutable_unknown_fields();
    switch (random_.below(4)) {
      case 0: wire::append_tag(out, number, wire::WireType::varint); wire::append_varint(out, random_.uint64()); break;
      case 1: wire::append_tag(out, number, wire::WireType::fixed32); wire::append_fixed32(out, random_.uint32()); break;
      case 2: wire::append_tag(out, number, wire::WireType::fixed64); wire::append_fixed64(out, random_.uint64()); break;
      default:
        wire::append_tag(out, number, wire::WireType::length_delimited);
        wire::append_bytes(out, random_.bytes());
        break;
    }
  }

  Random& random_;
};

}  // namespace

void mutate(message::Message& message, Random& random) { Mutator(random).mutate(message, 0); }

}  // namespace protoforge::differential
