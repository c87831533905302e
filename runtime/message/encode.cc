// One walk over a message's fields serves both passes of the encoder: a counting sink adds up sizes (caching each
// sub-message's size in it), then a writing sink fills a buffer of exactly that size using the cached sizes.
#include <algorithm>
#include <cassert>
#include <cstring>
#include <type_traits>

#include "runtime/message/binary.h"
#include "runtime/message/map_key.h"

namespace protoforge::message {

using schema::Kind;
using wire::WireType;

namespace {

uint64_t wire_bits(Kind kind, Scalar v) {
  switch (kind) {
    case Kind::sint32: return static_cast<uint32_t>((static_cast<uint32_t>(v.as_int32()) << 1) ^
                                                    static_cast<uint32_t>(v.as_int32() >> 31));
    case Kind::sint64: return wire::encode_zigzag(v.as_int64());
    case Kind::uint32: case Kind::fixed32: case Kind::float_: return v.as_uint32();
    case Kind::sfixed32: return v.as_uint32();
    default: return v.bits;  // int32 and enums are sign-extended to 64 bits on the wire, as protobuf does
  }
}

enum class Width : uint8_t { varint, fixed32, fixed64 };
Width width_of(Kind kind) {
  switch (kind) {
    case Kind::fixed32: case Kind::sfixed32: case Kind::float_: return Width::fixed32;
    case Kind::fixed64: case Kind::sfixed64: case Kind::double_: return Width::fixed64;
    default: return Width::varint;
  }
}

struct Counter {
  size_t n = 0;
  void tag(int32_t number, WireType) { n += wire::size_tag(number); }
  void varint(uint64_t v) { n += wire::size_varint(v); }
  void fixed32(uint32_t) { n += 4; }
  void fixed64(uint64_t) { n += 8; }
  void bytes(std::string_view b) { n += wire::size_bytes(b.size()); }
  void raw(std::string_view b) { n += b.size(); }
  void message_body(const Message& m, bool delimited);
};

struct Filler {
  char* p;
  bool sort_maps = true;
  void tag(int32_t number, WireType t) { varint(wire::encode_tag(number, t)); }
  void varint(uint64_t v) { p = wire::write_varint(p, v); }
  void fixed32(uint32_t v) { for (int i = 0; i < 4; ++i) *p++ = static_cast<char>(v >> (8 * i)); }
  void fixed64(uint64_t v) { for (int i = 0; i < 8; ++i) *p++ = static_cast<char>(v >> (8 * i)); }
  void raw(std::string_view b) { if (!b.empty()) std::memcpy(p, b.data(), b.size()); p += b.size(); }
  void bytes(std::string_view b) { varint(b.size()); raw(b); }
  void message_body(const Message& m, bool delimited);
};

template <typename Sink>
void put_value(Sink& s, Kind kind, Scalar v) {
  switch (width_of(kind)) {
    case Width::varint: s.varint(wire_bits(kind, v)); break;
    case Width::fixed32: s.fixed32(static_cast<uint32_t>(v.bits)); break;
    case Width::fixed64: s.fixed64(v.bits); break;
  }
}

template <typename Sink>
void put_scalar_field(Sink& s, const Field& f, Scalar v) {
  const Width w = width_of(f.kind);
  s.tag(f.number, w == Width::varint ? WireType::varint : w == Width::fixed32 ? WireType::fixed32 : WireType::fixed64);
  put_value(s, f.kind, v);
}

template <typename Sink>
void put_message_field(Sink& s, const Field& f, const Message& m) {
  if (f.delimited) {
    s.tag(f.number, WireType::start_group);
    s.message_body(m, true);
    s.tag(f.number, WireType::end_group);
  } else {
    s.tag(f.number, WireType::length_delimited);
    s.message_body(m, false);
  }
}

template <typename Sink>
void put_packed(Sink& s, const Field& f, const std::vector<Scalar>& values) {
  size_t payload = 0;
  switch (width_of(f.kind)) {
    case Width::fixed32: payload = 4 * values.size(); break;
    case Width::fixed64: payload = 8 * values.size(); break;
    case Width::varint:
      for (const Scalar v : values) payload += wire::size_varint(wire_bits(f.kind, v));
      break;
  }
  s.tag(f.number, WireType::length_delimited);
  s.varint(payload);
  for (const Scalar v : values) put_value(s, f.kind, v);
}

// Map entries always carry key and value, even at their defaults. The writing pass puts them in key order unless
// asked not to; equal keys (a map built with duplicates) keep their order. Sizes do not depend on the order.
template <typename Sink>
void put_map(Sink& s, const Field& f, const std::vector<MessagePtr>& entries) {
  if constexpr (std::is_same_v<Sink, Filler>) {
    if (s.sort_maps) {
      std::vector<const Message*> sorted;
      sorted.reserve(entries.size());
      for (const auto& e : entries) sorted.push_back(e.get());
      std::stable_sort(sorted.begin(), sorted.end(),
                       [](const Message* a, const Message* b) { return map_key_less(*a, *b); });
      for (const Message* e : sorted) put_message_field(s, f, *e);
      return;
    }
  }
  for (const auto& e : entries) put_message_field(s, f, *e);
}

template <typename Sink>
void put_entry_field(Sink& s, const Message& entry, const Field& f) {
  if (f.is_message()) {
    const Message* value = entry.message(f);
    if (value) put_message_field(s, f, *value);
    else { Message empty(*f.message_type); put_message_field(s, f, empty); }
  } else if (f.is_string_like()) {
    s.tag(f.number, WireType::length_delimited);
    s.bytes(entry.string(f));
  } else {
    put_scalar_field(s, f, entry.scalar(f));
  }
}

// A MessageSet item: group 1 holding type_id (2) and the message (3).
template <typename Sink, typename PutMessage>
void put_message_set_item(Sink& s, int32_t type_id, PutMessage&& put_message) {
  s.tag(1, WireType::start_group);
  s.tag(2, WireType::varint);
  s.varint(static_cast<uint32_t>(type_id));
  s.tag(3, WireType::length_delimited);
  put_message();
  s.tag(1, WireType::end_group);
}

// Unknown fields of a MessageSet are the items the schema does not know, kept as length-delimited fields
// numbered by type_id (see decode.cc); they go back out as items, and nothing else of them does.
template <typename Sink>
void put_message_set_unknowns(Sink& s, std::string_view unknown) {
  while (!unknown.empty()) {
    wire::FieldNumber number;
    WireType type;
    size_t n = wire::consume_tag(unknown, number, type);
    if (n == 0) return;
    unknown.remove_prefix(n);
    std::string_view payload;
    uint64_t ignored;
    switch (type) {
      case WireType::length_delimited: n = wire::consume_bytes(unknown, payload); break;
      case WireType::varint: n = wire::consume_varint(unknown, ignored); break;
      case WireType::fixed32: n = unknown.size() >= 4 ? 4 : 0; break;
      case WireType::fixed64: n = unknown.size() >= 8 ? 8 : 0; break;
      default: return;  // groups are never stored for a MessageSet's unknown items
    }
    if (n == 0) return;
    unknown.remove_prefix(n);
    if (type == WireType::length_delimited) put_message_set_item(s, number, [&] { s.bytes(payload); });
  }
}

template <typename Sink>
void put_fields(Sink& s, const Message& m) {
  if (m.type().message_set) {
    m.for_each_set_field([&](const Field& f, const FieldValue& v) {
      if (const auto* sub = std::get_if<MessagePtr>(&v); sub && f.is_extension) {
        put_message_set_item(s, f.number, [&] { s.message_body(**sub, false); });
      }
    });
    put_message_set_unknowns(s, m.unknown_fields());
    return;
  }
  if (m.type().map_entry) {
    put_entry_field(s, m, m.type().map_key());
    put_entry_field(s, m, m.type().map_value());
    s.raw(m.unknown_fields());
    return;
  }
  m.for_each_set_field([&](const Field& f, const FieldValue& v) {
    switch (v.index()) {
      case 1: put_scalar_field(s, f, std::get<Scalar>(v)); break;
      case 2: s.tag(f.number, WireType::length_delimited); s.bytes(std::get<std::string>(v)); break;
      case 3: put_message_field(s, f, *std::get<MessagePtr>(v)); break;
      case 4: {
        const auto& values = std::get<std::vector<Scalar>>(v);
        if (f.packed) put_packed(s, f, values);
        else for (const Scalar x : values) put_scalar_field(s, f, x);
        break;
      }
      case 5:
        for (const auto& x : std::get<std::vector<std::string>>(v)) {
          s.tag(f.number, WireType::length_delimited);
          s.bytes(x);
        }
        break;
      case 6: {
        const auto& list = std::get<std::vector<MessagePtr>>(v);
        if (f.is_map()) put_map(s, f, list);
        else for (const auto& x : list) put_message_field(s, f, *x);
        break;
      }
      default: break;
    }
  });
  s.raw(m.unknown_fields());
}

void Counter::message_body(const Message& m, bool delimited) {
  Counter inner;
  put_fields(inner, m);
  m.set_cached_size(static_cast<uint32_t>(inner.n));
  n += delimited ? inner.n : wire::size_bytes(inner.n);
}

void Filler::message_body(const Message& m, bool delimited) {
  if (!delimited) varint(m.cached_size());
  put_fields(*this, m);
}

}  // namespace

size_t encoded_size(const Message& message) {
  Counter c;
  put_fields(c, message);
  message.set_cached_size(static_cast<uint32_t>(c.n));
  return c.n;
}

void append_encoded(const Message& message, std::string& out, const EncodeOptions& options) {
  const size_t size = encoded_size(message);
  const size_t start = out.size();
  out.resize(start + size);
  Filler f{out.data() + start, options.deterministic};
  put_fields(f, message);
  assert(f.p == out.data() + out.size());
}

std::string encode(const Message& message, const EncodeOptions& options) {
  std::string out;
  append_encoded(message, out, options);
  return out;
}

}  // namespace protoforge::message
