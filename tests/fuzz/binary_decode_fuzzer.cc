// libFuzzer target over the dynamic binary codec: any bytes are decoded as a message of a type the input picks
// (see fuzz_schema.h), under every ReservedPolicy, with UTF-8 checks on or off, maps as maps or as plain entries,
// and encoding with map entries sorted or as stored (bit 5 of byte 0). Decoding must stop with a status, never
// crash. When it succeeds, the message is encoded, decoded again and encoded again: the second decode must
// succeed, the two messages must be equal and the two encodings byte-identical, since decoding the encoder's
// output can lose nothing. A mismatch aborts: it is a codec bug.
#include <cstddef>
#include <cstdint>
#include <string>

#include "runtime/message/binary.h"
#include "tests/fuzz/fuzz_schema.h"
#include "tests/fuzz/round_trip.h"

namespace {

using namespace protoforge;

[[noreturn]] void fail(std::string_view what, std::string_view detail = {}) {
  fuzz::die("fuzz-binary-decode", what, detail);
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
  const message::DecodeResult again = message::decode(encoded, second, in.options);
  if (!again.ok()) fail("the encoder's output does not decode", again.describe());
  if (!(first == second)) fail("decoding the encoder's output gives a different message");
  if (message::encode(second, encode_options) != encoded) fail("re-encoding is not byte-identical");
  if (message::encoded_size(second) != encoded.size()) fail("encoded_size differs from the encoding");
  return 0;
}
