// libFuzzer target over the dynamic binary codec: any bytes are decoded as a message of a type the input picks
// (see fuzz_schema.h), under every ReservedPolicy, with UTF-8 checks on or off, maps as maps or as plain entries,
// and encoding with map entries sorted or as stored (bit 5 of byte 0). Decoding must stop with a status, never
// crash. When it succeeds, the message is encoded, decoded again and encoded again: the second decode must
// succeed, the two messages must be equal (but for a MessageSet, see below) and the two encodings byte-identical,
// since decoding the encoder's output can lose nothing. A mismatch aborts: it is a codec bug.
#include <cstddef>
#include <cstdint>
#include <string>

#include "runtime/message/binary.h"
#include "runtime/wire/reader.h"
#include "tests/fuzz/fuzz_schema.h"
#include "tests/fuzz/round_trip.h"

namespace {

using namespace protoforge;

[[noreturn]] void fail(std::string_view what, std::string_view detail = {}) {
  fuzz::die("fuzz-binary-decode", what, detail);
}

// Whether `m` keeps, among its unknown fields, a closed-enum varint beyond 32 bits. As libprotobuf 3.21 does, the
// decoder keeps an undeclared closed-enum number from a packed field as the whole varint but a lone one as its
// int32, so such a value changes once when the encoding is read back: one more round trip is then the fixpoint
// that must hold.
bool has_wide_closed_enum_unknown(const message::Message& m) {
  wire::Reader reader(m.unknown_fields());
  wire::Field wf;
  while (reader.next(wf)) {
    const schema::Field* f = m.type().find_field(wf.number);
    const bool wide = wf.value != static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(wf.value)));
    if (wf.type == wire::WireType::varint && wide && f && f->kind == schema::Kind::enum_ && f->enum_type->closed) {
      return true;
    }
    if (!reader.skip(wf)) break;
  }
  return false;
}

// Decodes `bytes` into `out` as the first decode did; a failure is a bug, since `bytes` came from the encoder.
void decode_again(std::string_view bytes, message::Message& out, const message::DecodeOptions& options) {
  const message::DecodeResult result = message::decode(bytes, out, options);
  if (!result.ok()) fail("the encoder's output does not decode", result.describe());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::FuzzInput in;
  if (!fuzz::split_input(data, size, in)) return 0;
  message::Message first(*in.type);
  const message::DecodeResult result = message::decode(in.payload, first, in.options);
  (void)result.describe();
  (void)message::missing_required_fields(first);
  message::EncodeOptions encode_options;
  encode_options.deterministic = (in.flags & 32) == 0;
  const std::string encoded = message::encode(first, encode_options);  // a partial message must encode too
  if (!result.ok()) return 0;
  if (in.options.reserved != message::ReservedPolicy::report && !result.reserved.empty()) {
    fail("reserved uses listed under a policy that does not report them");
  }

  message::Message second(*in.type);
  decode_again(encoded, second, in.options);
  if (fuzz::any_in_tree(first, has_wide_closed_enum_unknown)) {  // see above: compare the second round trip with the third
    message::Message third(*in.type);
    const std::string reencoded = message::encode(second, encode_options);
    decode_again(reencoded, third, in.options);
    if (!(second == third) || message::encode(third, encode_options) != reencoded) fail("no fixpoint after two rounds");
    return 0;
  }
  // A MessageSet writes only its items, dropping other unknown fields it read (as protobuf does), so only its
  // bytes must round-trip.
  if (!in.type->message_set && !(first == second)) fail("decoding the encoder's output gives a different message");
  if (message::encode(second, encode_options) != encoded) fail("re-encoding is not byte-identical");
  if (message::encoded_size(second) != encoded.size()) fail("encoded_size differs from the encoding");
  return 0;
}
