#include "tests/conformance/wire_payload.h"

#include <bit>
#include <cstdio>
#include <cstdlib>

#include "runtime/wire/wire_format.h"

namespace protoforge::conformance {

using schema::Kind;

namespace {

enum class Layout : uint8_t { varint, zigzag, fixed32, fixed64 };

Layout layout_of(Kind kind) {
  switch (kind) {
    case Kind::sint32: case Kind::sint64: return Layout::zigzag;
    case Kind::fixed32: case Kind::sfixed32: case Kind::float_: return Layout::fixed32;
    case Kind::fixed64: case Kind::sfixed64: case Kind::double_: return Layout::fixed64;
    default: return Layout::varint;
  }
}

unsigned wire_type_of(Layout layout) {
  return layout == Layout::fixed32 ? 5 : layout == Layout::fixed64 ? 1 : 0;
}

[[noreturn]] void die(const std::string& what) {
  std::fprintf(stderr, "conformance-driver: case table bug: %s\n", what.c_str());
  std::exit(2);
}

}  // namespace

uint64_t float_bits(float v) { return std::bit_cast<uint32_t>(v); }
uint64_t double_bits(double v) { return std::bit_cast<uint64_t>(v); }

const schema::Field& WirePayload::field(std::string_view name) const {
  const schema::Field* f = type_->find_field(name);
  if (!f) die(type_->full_name + " has no field " + std::string(name));
  return *f;
}

const schema::MessageType& WirePayload::type_of(std::string_view name) const {
  const schema::Field& f = field(name);
  if (!f.message_type) die(f.full_name + " is not a message field");
  return *f.message_type;
}

void WirePayload::value(const schema::Field& f, uint64_t bits) {
  std::string& out = out_.out;
  switch (layout_of(f.kind)) {
    case Layout::varint: wire::append_varint(out, bits); break;
    case Layout::zigzag: wire::append_zigzag(out, static_cast<int64_t>(bits)); break;
    case Layout::fixed32: wire::append_fixed32(out, static_cast<uint32_t>(bits)); break;
    case Layout::fixed64: wire::append_fixed64(out, bits); break;
  }
}

WirePayload& WirePayload::scalar(std::string_view name, uint64_t bits) {
  const schema::Field& f = field(name);
  out_.tag(static_cast<uint64_t>(f.number), wire_type_of(layout_of(f.kind)));
  value(f, bits);
  return *this;
}

WirePayload& WirePayload::packed(std::string_view name, std::initializer_list<uint64_t> elements) {
  const schema::Field& f = field(name);
  WirePayload body(*type_);
  for (uint64_t bits : elements) body.value(f, bits);
  out_.tag(static_cast<uint64_t>(f.number), 2).bytes(body.str());
  return *this;
}

WirePayload& WirePayload::unpacked(std::string_view name, std::initializer_list<uint64_t> elements) {
  for (uint64_t bits : elements) scalar(name, bits);
  return *this;
}

WirePayload& WirePayload::bytes(std::string_view name, std::string_view value) {
  out_.tag(static_cast<uint64_t>(field(name).number), 2).bytes(value);
  return *this;
}

WirePayload& WirePayload::message(std::string_view name, const WirePayload& body) {
  const schema::Field& f = field(name);
  const auto number = static_cast<uint64_t>(f.number);
  if (f.delimited) out_.tag(number, 3).raw(body.str()).tag(number, 4);
  else out_.tag(number, 2).bytes(body.str());
  return *this;
}

WirePayload& WirePayload::raw(std::string_view bytes) {
  out_.raw(bytes);
  return *this;
}

}  // namespace protoforge::conformance
