// Direction 5 of the differential test: damaged bytes. A random message's encoding is truncated, or has a byte
// replaced, a bit flipped, or a byte inserted or removed; protoforge's decode and libprotobuf's partial parse
// must then agree on accepting it, and what both accept must re-encode to the same bytes.
#include <algorithm>
#include <map>

#include <google/protobuf/text_format.h>

#include "runtime/text/printer.h"
#include "tests/differential/checks.h"
#include "tests/oracle/random_values.h"

namespace protoforge::differential {

namespace {

constexpr uint64_t kCorruptionSalt = 0x636f7272757074;  // keeps the damage apart from the generator's stream
constexpr int kCorruptionsPerMessage = 3;

std::string byte_text(char b) {
  static constexpr char kDigits[] = "0123456789abcdef";
  const auto u = static_cast<unsigned char>(b);
  return {'0', 'x', kDigits[u >> 4], kDigits[u & 15]};
}

std::string corrupt(std::string bytes, oracle::detail::Random& random, std::string& how) {
  const size_t at = bytes.empty() ? 0 : random.below(bytes.size());
  switch (bytes.empty() ? 3 : random.below(5)) {
    case 0:
      how = "truncated to " + std::to_string(at) + " bytes";
      bytes.resize(at);
      break;
    case 1: {
      const auto b = static_cast<char>(random.below(256));
      how = "byte " + std::to_string(at) + " replaced by " + byte_text(b);
      bytes[at] = b;
      break;
    }
    case 2: {
      const int bit = static_cast<int>(random.below(8));
      how = "bit " + std::to_string(bit) + " of byte " + std::to_string(at) + " flipped";
      bytes[at] = static_cast<char>(bytes[at] ^ (1 << bit));
      break;
    }
    case 3: {
      const auto b = static_cast<char>(random.below(256));
      how = "byte " + byte_text(b) + " inserted at " + std::to_string(at);
      bytes.insert(bytes.begin() + static_cast<long>(at), b);
      break;
    }
    default:
      how = "byte " + std::to_string(at) + " removed";
      bytes.erase(bytes.begin() + static_cast<long>(at));
      break;
  }
  return bytes;
}

// Where libprotobuf 3.21 accepts what protoforge rejects by design (protoforge follows protobuf's wire rules as
// Go's protowire does): the reason, or "" when protoforge's rejection is not one of these.
std::string lax_libprotobuf(std::string_view input, const message::DecodeResult& r) {
  const std::string_view at = input.substr(std::min(r.offset, input.size()));
  auto continues = [&](size_t i) { return i < at.size() && (static_cast<unsigned char>(at[i]) & 0x80) != 0; };
  size_t length = 0;
  while (continues(length)) ++length;
  ++length;  // the last byte, without the continuation bit
  if (r.wire_status == wire::Status::varint_too_long && length == wire::kMaxVarintBytes && at.size() >= length) {
    return "libprotobuf accepts a 10-byte varint whose last byte overflows 64 bits and drops the excess bits";
  }
  uint64_t value = 0;  // the low 64 bits, as far as they go
  for (size_t i = 0; i < length && i < at.size() && i < 10; ++i) {
    value |= static_cast<uint64_t>(static_cast<unsigned char>(at[i]) & 0x7f) << (7 * i);
  }
  if (r.wire_status == wire::Status::bad_field_number && length <= wire::kMaxVarintBytes && at.size() >= length &&
      (value >> 32) != 0 && (static_cast<uint32_t>(value) >> 3) != 0) {
    return "libprotobuf reads a tag (of up to 10 bytes) modulo 2^32, so a field number beyond 2^29-1 becomes a "
           "valid one";
  }
  return "";
}

// Where both accept the input but encode it differently for a reason of design: the reason, or "". `parsed` is
// libprotobuf's message; `map_semantics` says that protoforge read maps as maps (not as DynamicMessage does).
std::string different_by_design(const Case& c, const pb::Message& parsed, std::string_view forge_bytes,
                                bool map_semantics) {
  const std::string expected = oracle_bytes(parsed);
  auto reread = oracle_parse(c, forge_bytes);
  if (!reread) return "";
  const std::string canonical = oracle_bytes(*reread);
  if (canonical == expected) {
    return "protoforge keeps unknown fields byte for byte (over-long varints in them included); libprotobuf "
           "re-encodes them canonically";
  }
  if (!map_semantics) return "";
  auto as_maps = c.sides.oracle->new_message(*c.type.oracle);
  as_maps->CopyFrom(parsed);
  apply_map_semantics(*as_maps);
  if (oracle_bytes(*as_maps) == canonical) {
    return "libprotobuf's DynamicMessage keeps map entries as parsed (duplicate keys, unknown fields of an "
           "entry); protoforge keeps the last entry per key and drops entry unknowns, as protobuf's maps do";
  }
  return "";
}

// What protoforge read, re-encoded, against libprotobuf's re-encoding of what it read.
void compare_encodings(const Case& c, std::string_view check, const std::string& how, const std::string& damaged,
                       const pb::Message& parsed, const message::Message& forge, bool map_semantics,
                       Results& results) {
  const std::string expected = oracle_bytes(parsed);
  const std::string actual = message::encode(forge);
  auto details = [&] {
    return how + "\ninput " + hex(damaged) + "\n" + byte_difference(expected, actual) + "\nas text, " +
           text_difference("libprotobuf", oracle_text(parsed), "protoforge", text::print(forge));
  };
  if (expected != actual) {
    if (const std::string why = different_by_design(c, parsed, actual, map_semantics); !why.empty()) {
      return results.known(why, c, details);
    }
  }
  results.record(check, c, expected == actual, details);
}

void check_one(const Case& c, const std::string& damaged, const std::string& how, Results& results) {
  message::Message forge(*c.type.forge);
  const message::DecodeResult r = message::decode(damaged, forge);
  auto parsed = oracle_parse(c, damaged);
  auto verdicts = [&] {
    return how + ": libprotobuf " + (parsed ? "accepts" : "rejects") + ", protoforge " +
           (r.ok() ? "accepts" : "rejects (" + r.describe() + ")") + "\ninput " + hex(damaged);
  };
  if (!r.ok() && parsed) {
    if (const std::string why = lax_libprotobuf(damaged, r); !why.empty()) return results.known(why, c, verdicts);
  }
  results.record("corrupt.agree", c, r.ok() == (parsed != nullptr), verdicts);
  if (!r.ok() || !parsed) return;
  compare_encodings(c, "corrupt.identical", how, damaged, *parsed, forge, true, results);
  // Read as DynamicMessage reads maps, protoforge must then write exactly what libprotobuf writes.
  message::DecodeOptions as_dynamic_message;
  as_dynamic_message.plain_map_entries = true;
  message::Message plain(*c.type.forge);
  const bool plain_ok = message::decode(damaged, plain, as_dynamic_message).ok();
  results.record("corrupt.plain_maps_agree", c, plain_ok, [&] { return how + ": rejected with plain_map_entries"; });
  if (plain_ok) compare_encodings(c, "corrupt.plain_maps_identical", how, damaged, *parsed, plain, false, results);
}

}  // namespace

void check_corrupted(const Case& c, std::string_view bytes, Results& results) {
  oracle::detail::Random random(c.seed ^ kCorruptionSalt);
  for (int i = 0; i < kCorruptionsPerMessage; ++i) {
    std::string how;
    const std::string damaged = corrupt(std::string(bytes), random, how);
    check_one(c, damaged, how, results);
  }
}

}  // namespace protoforge::differential
