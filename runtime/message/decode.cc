#include <string>

#include "runtime/message/binary.h"
#include "runtime/strings/utf8.h"

namespace protoforge::message {

using schema::Kind;
using wire::WireType;

std::string_view to_string(DecodeStatus status) {
  switch (status) {
    case DecodeStatus::ok: return "ok";
    case DecodeStatus::malformed: return "malformed input";
    case DecodeStatus::invalid_utf8: return "string field holds invalid UTF-8";
    case DecodeStatus::reserved_field: return "reserved field number";
  }
  return "unknown status";
}

std::string DecodeResult::describe() const {
  std::string out(status == DecodeStatus::malformed ? wire::to_string(wire_status) : to_string(status));
  out += " at byte " + std::to_string(offset);
  if (!path.empty()) out += " in field " + path;
  return out;
}

namespace {

// The wire type a field's values use when not packed.
WireType wire_type_of(const Field& f) {
  if (f.delimited) return WireType::start_group;
  switch (f.kind) {
    case Kind::fixed32: case Kind::sfixed32: case Kind::float_: return WireType::fixed32;
    case Kind::fixed64: case Kind::sfixed64: case Kind::double_: return WireType::fixed64;
    case Kind::string: case Kind::bytes: case Kind::message: case Kind::group: return WireType::length_delimited;
    default: return WireType::varint;
  }
}

// Interprets raw wire bits (varint value, or fixed32/64 bits) as the field's kind.
Scalar scalar_of(Kind kind, uint64_t v) {
  switch (kind) {
    case Kind::int32: case Kind::enum_: case Kind::sfixed32: return Scalar::of_int(static_cast<int32_t>(v));
    case Kind::uint32: case Kind::fixed32: return Scalar::of_uint(static_cast<uint32_t>(v));
    case Kind::bool_: return Scalar::of_bool(v != 0);
    case Kind::sint32: {
      const auto u = static_cast<uint32_t>(v);
      return Scalar::of_int(static_cast<int32_t>((u >> 1) ^ (~(u & 1) + 1)));
    }
    case Kind::sint64: return Scalar::of_int(wire::decode_zigzag(v));
    case Kind::float_: return Scalar::of_uint(static_cast<uint32_t>(v));
    default: return Scalar::of_uint(v);  // int64, uint64, fixed64, sfixed64, double
  }
}

void prepend_path(std::string& path, const Field& f, long index) {
  std::string segment = f.is_extension ? "[" + f.full_name + "]" : f.name;
  if (index >= 0) segment += "[" + std::to_string(index) + "]";
  path = path.empty() ? segment : segment + "." + path;
}

class Decoder {
 public:
  Decoder(std::string_view input, const DecodeOptions& options, DecodeResult& result)
      : base_(input.data()), options_(options), result_(result) {}

  bool message(wire::Reader& r, Message& m) {
    wire::Field wf;
    bool maps = false;
    while (r.next(wf)) {
      if (m.type().message_set && wf.number == 1 && wf.type == WireType::start_group) {
        if (!message_set_item(r, wf, m)) return false;
        continue;
      }
      const Field* f = m.type().find_field(wf.number);
      if (!f && !m.type().extensions().empty()) f = m.type().find_extension(wf.number);
      if (f && !field(r, wf, *f, m)) return false;
      if (f && f->is_map()) maps = true;
      if (!f && !unknown(r, wf, m)) return false;
    }
    if (r.status() != wire::Status::ok) return malformed(r);
    if (maps && !options_.plain_map_entries) {
      for (const Field& f : m.type().fields) {
        if (f.is_map()) m.dedupe_map(f);
      }
    }
    return true;
  }

 private:
  bool malformed(const wire::Reader& r) {
    result_.status = DecodeStatus::malformed;
    result_.wire_status = r.status();
    result_.offset = r.error_offset();
    return false;
  }

  bool fail(DecodeStatus status, size_t offset) {
    result_.status = status;
    result_.offset = offset;
    return false;
  }

  // A MessageSet item: group 1 holding type_id (2) and the message (3). A known extension number decodes into the
  // extension; any other is kept, as protobuf keeps it, as an unknown length-delimited field numbered type_id
  // (the encoder writes such fields back as items).
  bool message_set_item(wire::Reader& r, const wire::Field& wf, Message& m) {
    wire::Reader item;
    if (!r.enter_group(wf, item)) return malformed(r);
    uint64_t type_id = 0;
    wire::Field payload, inner;
    bool has_payload = false;
    while (item.next(inner)) {
      if (inner.number == 2 && inner.type == WireType::varint) type_id = inner.value;
      else if (inner.number == 3 && inner.type == WireType::length_delimited) payload = inner, has_payload = true;
      else if (!item.skip(inner)) break;
    }
    if (!r.leave(item)) return malformed(r);
    if (!has_payload || type_id == 0 || type_id > static_cast<uint64_t>(wire::kMaxFieldNumber)) return true;
    const Field* ext = m.type().find_extension(static_cast<int32_t>(type_id));
    if (!ext || !ext->is_message() || ext->is_repeated()) {
      wire::append_tag(m.mutable_unknown_fields(), static_cast<int32_t>(type_id), WireType::length_delimited);
      wire::append_bytes(m.mutable_unknown_fields(), payload.bytes);
      return true;
    }
    wire::Reader child;
    if (!r.enter_message(payload, child)) return malformed(r);
    if (!message(child, m.mutable_message(*ext))) {
      prepend_path(result_.path, *ext, -1);
      return false;
    }
    return true;
  }

  // Keeps the field's encoding (tag through value) as unknown bytes.
  bool unknown(wire::Reader& r, const wire::Field& wf, Message& m) {
    if (wf.type == WireType::start_group && !r.skip(wf)) return malformed(r);
    if (m.type().is_reserved(wf.number) && options_.reserved != ReservedPolicy::ignore) {
      result_.reserved.push_back(ReservedUse{"", wf.number, wf.offset});
      if (options_.reserved == ReservedPolicy::reject) return fail(DecodeStatus::reserved_field, wf.offset);
    }
    m.mutable_unknown_fields().append(base_ + wf.offset, r.offset() - wf.offset);
    return true;
  }

  bool field(wire::Reader& r, const wire::Field& wf, const Field& f, Message& m) {
    const WireType expected = wire_type_of(f);
    if (wf.type != expected) {
      if (f.is_packable() && wf.type == WireType::length_delimited) return packed(wf, f, m);
      return unknown(r, wf, m);  // a mismatched wire type is data the schema does not describe
    }
    switch (expected) {
      case WireType::start_group: return sub_message(r, wf, f, m, true);
      case WireType::length_delimited:
        if (f.is_message()) return sub_message(r, wf, f, m, false);
        return string(wf, f, m);
      default: {
        const Scalar value = scalar_of(f.kind, wf.value);
        return scalar(wf, f, m, value, value.bits);
      }
    }
  }

  // `unknown_bits` is what an undeclared closed-enum number is kept as, as libprotobuf 3.21 keeps it: the int32
  // (sign-extended) of a lone value, but the whole varint of a packed element.
  bool scalar(const wire::Field& wf, const Field& f, Message& m, Scalar value, uint64_t unknown_bits) {
    if (f.kind == Kind::enum_ && f.enum_type->closed && !f.enum_type->find(value.as_int32())) {
      if (m.type().map_entry && !options_.plain_map_entries) {
        unknown_map_value_ = true;  // the whole entry becomes an unknown field of the map's message
        return true;
      }
      // Closed enums keep unknown numbers out of the field, as unknown varints.
      wire::append_tag(m.mutable_unknown_fields(), f.number, WireType::varint);
      wire::append_varint(m.mutable_unknown_fields(), unknown_bits);
      return true;
    }
    if (f.is_repeated()) m.mutable_scalars(f).push_back(value);
    else m.set_scalar(f, value);
    return true;
  }

  bool string(const wire::Field& wf, const Field& f, Message& m) {
    const bool checked = f.validate_utf8 && options_.check_utf8;
    if (!checked && options_.note_unchecked_utf8 && f.kind == Kind::string && !strings::is_valid_utf8(wf.bytes)) {
      result_.unchecked_utf8.push_back(&f);
    }
    if (checked && !strings::is_valid_utf8(wf.bytes)) {
      fail(DecodeStatus::invalid_utf8, wf.offset);
      result_.field = &f;
      if (f.is_repeated()) prepend_path(result_.path, f, static_cast<long>(m.repeated_size(f)));
      else prepend_path(result_.path, f, -1);
      return false;
    }
    if (f.is_repeated()) m.mutable_strings(f).emplace_back(wf.bytes);
    else m.mutable_string(f).assign(wf.bytes);
    return true;
  }

  bool packed(const wire::Field& wf, const Field& f, Message& m) {
    std::string_view in = wf.bytes;
    const WireType element = wire_type_of(f);
    while (!in.empty()) {
      uint64_t v = 0;
      size_t n = 0;
      if (element == WireType::varint) n = wire::consume_varint(in, v);
      else if (element == WireType::fixed32) { uint32_t v32 = 0; n = wire::consume_fixed32(in, v32); v = v32; }
      else n = wire::consume_fixed64(in, v);
      if (n == 0) {
        result_.wire_status = in.size() < wire::kMaxVarintBytes || element != WireType::varint
                                  ? wire::Status::truncated : wire::Status::varint_too_long;
        fail(DecodeStatus::malformed, static_cast<size_t>(in.data() - base_));
        prepend_path(result_.path, f, -1);
        return false;
      }
      in.remove_prefix(n);
      scalar(wf, f, m, scalar_of(f.kind, v), v);
    }
    return true;
  }

  bool sub_message(wire::Reader& r, const wire::Field& wf, const Field& f, Message& m, bool group) {
    wire::Reader child;
    if (!(group ? r.enter_group(wf, child) : r.enter_message(wf, child))) return malformed(r);
    const long index = f.is_repeated() ? static_cast<long>(m.repeated_size(f)) : -1;
    Message& target = f.is_repeated() ? m.add_message(f) : m.mutable_message(f);
    const size_t reserved_before = result_.reserved.size();
    const bool ok = message(child, target);
    for (size_t i = reserved_before; i < result_.reserved.size(); ++i) prepend_path(result_.reserved[i].path, f, index);
    if (!ok) {
      if (child.status() != wire::Status::ok) r.leave(child);
      prepend_path(result_.path, f, index);
      return false;
    }
    if (!r.leave(child)) return malformed(r);
    if (f.is_map() && !options_.plain_map_entries) settle_map_entry(r, wf, f, m);
    return true;
  }

  // As protobuf's maps do: an entry drops unknown fields of its own, and an entry whose value is a number its
  // closed enum does not define is kept whole as an unknown field of the containing message instead.
  void settle_map_entry(const wire::Reader& r, const wire::Field& wf, const Field& f, Message& m) {
    auto& entries = m.mutable_messages(f);
    if (unknown_map_value_) {
      unknown_map_value_ = false;
      entries.pop_back();
      m.mutable_unknown_fields().append(base_ + wf.offset, r.offset() - wf.offset);
      return;
    }
    entries.back()->mutable_unknown_fields().clear();
  }

  const char* base_;
  const DecodeOptions& options_;
  DecodeResult& result_;
  bool unknown_map_value_ = false;  // set while decoding a map entry whose closed-enum value is unknown
};

}  // namespace

DecodeResult decode(std::string_view bytes, Message& into, const DecodeOptions& options) {
  DecodeResult result;
  wire::Reader reader(bytes, options.limits);
  Decoder decoder(bytes, options, result);
  if (reader.status() != wire::Status::ok) {
    result.status = DecodeStatus::malformed;
    result.wire_status = reader.status();
    result.offset = reader.error_offset();
    return result;
  }
  decoder.message(reader, into);
  return result;
}

}  // namespace protoforge::message
