// Directions 1 and 2 of the differential test: binary through protoforge, and protoforge-built messages through
// libprotobuf.
#include "runtime/text/printer.h"
#include "tests/differential/checks.h"
#include "tests/differential/mutate.h"

namespace protoforge::differential {

namespace {

// Keeps the mutation's random stream apart from the generator's for the same seed.
constexpr uint64_t kMutationSalt = 0x6d75746174696f6e;

void check_forge_built(const Case& c, const message::Message& decoded, Results& results) {
  message::Message built(decoded);
  oracle::detail::Random random(c.seed ^ kMutationSalt);
  mutate(built, random);
  const std::string forge = message::encode(built);
  auto parsed = oracle_parse(c, forge);
  results.record("binary.built.parsed", c, parsed != nullptr,
                 [&] { return "libprotobuf rejects protoforge's encoding\nprotoforge " + hex(forge); });
  if (!parsed) return;
  const std::string again = oracle_bytes(*parsed);
  results.record("binary.built.identical", c, again == forge, [&] {
    return byte_difference(again, forge) + "\nlibprotobuf read it as:\n" + clip(oracle_text(*parsed));
  });
  const auto missing = message::missing_required_fields(built);
  results.record("binary.built.required", c, parsed->IsInitialized() == missing.empty(), [&] {
    std::string names;
    for (const auto& m : missing) names += " " + m;
    return "libprotobuf: " + (parsed->IsInitialized() ? std::string("initialized") : parsed->InitializationErrorString()) +
           "\nprotoforge missing:" + names;
  });
  message::Message back(*c.type.forge);
  const auto r = message::decode(forge, back);
  results.record("binary.built.self_round_trip", c, r.ok() && back == built, [&] {
    if (!r.ok()) return "protoforge rejects its own encoding: " + r.describe() + "\n" + hex(forge);
    const std::string note = message::encode(back) == forge ? "(it encodes to the same bytes)\n" : "";
    return "protoforge's decode of its own encoding differs from the message " + note +
           text_difference("built", text::print(built), "decoded", text::print(back));
  });
}

}  // namespace

void check_binary(const Case& c, const pb::Message& original, Results& results) {
  const std::string expected = oracle_bytes(original);
  message::Message decoded(*c.type.forge);
  const message::DecodeResult r = message::decode(expected, decoded);
  results.record("binary.decode", c, r.ok(), [&] { return "protoforge: " + r.describe() + "\n" + hex(expected); });
  if (!r.ok()) return;
  const std::string actual = message::encode(decoded);
  results.record("binary.identical", c, actual == expected, [&] {
    return byte_difference(expected, actual) + "\nlibprotobuf's message:\n" + clip(oracle_text(original));
  });
  auto reparsed = oracle_parse(c, actual);
  results.record("binary.reparsed_equal", c, reparsed && oracle::equals(original, *reparsed), [&] {
    return reparsed ? oracle::differences(original, *reparsed) : "libprotobuf rejects protoforge's bytes";
  });
  check_forge_built(c, decoded, results);
}

}  // namespace protoforge::differential
