// The checks of one generated class G against libprotobuf on one case (type, seed): parsing libprotobuf's bytes
// and writing them back byte for byte, libprotobuf reading G's bytes back equal, and the object operations
// (aliased parse, copy, move, Clear and reuse, CopyFrom, MergeFrom, MergeFromString, Swap, API edits) giving the
// bytes libprotobuf gives for the same operation.
#pragma once

#include <memory>
#include <string>
#include <utility>

#include "tests/cpp/differential.h"
#include "tests/oracle/oracle.h"

namespace protoforge::cpp_differential {

// The second message of a case (for merge, swap and reuse) comes from this seed offset.
inline constexpr uint64_t kOtherSeedOffset = 1'000'003;

// libprotobuf's message of the case for `seed`, with the editions fix-up where the case needs it.
std::unique_ptr<pb::Message> oracle_message(const Case& c, uint64_t seed);

template <class G>
class GeneratedChecks {
 public:
  GeneratedChecks(const Case& c, Results& results) : c_(c), results_(results) {}

  void run() {
    auto original = oracle_message(c_, c_.seed);
    const std::string bytes = differential::oracle_bytes(*original);
    G parsed;
    if (!check_round_trip(*original, bytes, parsed)) return;
    check_aliased(bytes, parsed);
    check_copies(bytes, parsed);
    auto other = oracle_message(c_, c_.seed + kOtherSeedOffset);
    const std::string other_bytes = differential::oracle_bytes(*other);
    G second;
    if (!second.ParsePartialFromString(other_bytes)) return record("cpp.parse", false, other_bytes, "");
    // libprotobuf's operations start from parsed messages with map semantics: a DynamicMessage holds its maps
    // as repeated entries, which MergeFrom appends (keys then repeat) instead of merging.
    const auto original_parsed = parsed_with_maps(bytes);
    const auto other_parsed = parsed_with_maps(other_bytes);
    check_merges(*original_parsed, *other_parsed, parsed, second, bytes, other_bytes);
    check_reuse(bytes, other_bytes, parsed, second);
    check_edit(*original_parsed, parsed);
  }

 private:
  void record(std::string_view check, bool ok, std::string_view expected, std::string_view actual) {
    results_.record(check, c_, ok, [&] { return differential::byte_difference(expected, actual); });
  }
  void expect_bytes(std::string_view check, const G& message, std::string_view expected) {
    const std::string actual = message.SerializeAsString();
    record(check, actual == expected, expected, actual);
  }

  std::unique_ptr<pb::Message> parsed_with_maps(const std::string& bytes) {
    auto message = differential::oracle_parse(c_, bytes);
    differential::apply_map_semantics(*message);
    return message;
  }

  bool check_round_trip(const pb::Message& original, const std::string& bytes, G& parsed) {
    const bool ok = parsed.ParsePartialFromString(bytes);
    record("cpp.parse", ok, bytes, "(parse failed)");
    if (!ok) return false;
    const std::string out = parsed.SerializeAsString();
    record("cpp.identical", out == bytes, bytes, out);
    record("cpp.byte_size", parsed.ByteSizeLong() == out.size(), bytes, out);
    record("cpp.initialized", parsed.IsInitialized() == original.IsInitialized(), bytes, out);
    const auto back = differential::oracle_parse(c_, out);
    results_.record("cpp.reparsed_equal", c_, back && oracle::equals(*back, original), [&] {
      return back ? oracle::differences(original, *back) : std::string("libprotobuf cannot parse protoforge's bytes");
    });
    return true;
  }

  void check_aliased(const std::string& bytes, const G& parsed) {
    if (!parsed.IsInitialized()) return;  // the aliased parse checks required fields
    const std::string input = bytes;       // the view's target, alive as long as `aliased`
    G aliased;
    const bool ok = aliased.ParseFromStringAliased(input);
    record("cpp.aliased_parse", ok, bytes, "(aliased parse failed)");
    if (ok) expect_bytes("cpp.aliased_identical", aliased, bytes);
    G owned(aliased);  // a copy owns its strings: still right once the input is gone
    if (ok) expect_bytes("cpp.aliased_copy", owned, bytes);
  }

  void check_copies(const std::string& bytes, const G& parsed) {
    G copy(parsed);
    expect_bytes("cpp.copy_construct", copy, bytes);
    G moved(std::move(copy));
    expect_bytes("cpp.move_construct", moved, bytes);
    G assigned;
    assigned = moved;
    expect_bytes("cpp.copy_assign", assigned, bytes);
    G cleared(parsed);
    cleared.Clear();
    record("cpp.clear", cleared.ByteSizeLong() == 0 && cleared == G(), "", cleared.SerializeAsString());
  }

  // libprotobuf's merge is the parse of the concatenated bytes (as the encoding defines merging), with map
  // semantics. Its MergeFrom of the same messages should give the same; where it does not, that is counted as a
  // known difference of libprotobuf's, not held against the generated code.
  void check_merges(const pb::Message& original, const pb::Message& other, const G& parsed, const G& second,
                    const std::string& bytes, const std::string& other_bytes) {
    const auto concatenated = parsed_with_maps(bytes + other_bytes);
    const std::string expected = differential::oracle_bytes(*concatenated);
    std::unique_ptr<pb::Message> merged(original.New());
    merged->CopyFrom(original);
    merged->MergeFrom(other);
    if (const std::string by_merge = differential::oracle_bytes(*merged); by_merge != expected) {
      results_.known("libprotobuf 3.21 DynamicMessage MergeFrom repeats map keys (its parse of both does not)", c_,
                     [&] { return differential::byte_difference(by_merge, expected); });
    }
    G by_object(parsed);
    by_object.MergeFrom(second);
    expect_bytes("cpp.merge_from", by_object, expected);
    G by_bytes(parsed);
    by_bytes.MergeFromString(other_bytes);  // false only for missing required fields: the bytes are compared
    expect_bytes("cpp.merge_from_string", by_bytes, expected);
  }

  void check_reuse(const std::string& bytes, const std::string& other_bytes, const G& parsed, const G& second) {
    G reused(parsed);
    record("cpp.reuse_parse", reused.ParsePartialFromString(other_bytes), other_bytes, "(parse failed)");
    expect_bytes("cpp.reuse_identical", reused, other_bytes);
    reused.CopyFrom(parsed);
    expect_bytes("cpp.copy_from", reused, bytes);
    G a(parsed), b(second);
    a.Swap(&b);
    expect_bytes("cpp.swap", a, other_bytes);
    expect_bytes("cpp.swap", b, bytes);
  }

  void check_edit(const pb::Message& original, const G& parsed) {
    const Edit* edit = edit_of(G::GetTypeName());
    if (edit == nullptr) return;
    std::unique_ptr<pb::Message> edited(original.New());
    edited->CopyFrom(original);
    edit->oracle(*edited);
    G ours(parsed);
    edit->generated(&ours);
    expect_bytes("cpp.api_edit", ours, differential::oracle_bytes(*edited));
  }

  const Case& c_;
  Results& results_;
};

template <class G>
void check_generated(const Case& c, Results& results) {
  GeneratedChecks<G>(c, results).run();
}

}  // namespace protoforge::cpp_differential
