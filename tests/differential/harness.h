// The differential test's shared pieces: one descriptor set loaded into both libprotobuf (the oracle) and
// protoforge, the case being checked (schema, type, seed), and the tally of checks with reproducible failure
// reports. Every check function of the test takes a Case and records into a Results.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <google/protobuf/message.h>

#include "runtime/message/binary.h"
#include "runtime/message/message.h"
#include "runtime/schema/pool.h"
#include "tests/oracle/oracle.h"

namespace protoforge::differential {

namespace pb = google::protobuf;

// A message type as each side knows it.
struct TypePair {
  const pb::Descriptor* oracle = nullptr;
  const schema::MessageType* forge = nullptr;
};

// One descriptor set on both sides. Types and pools live as long as the Sides.
struct Sides {
  std::string name;  // "rich_proto2"
  std::unique_ptr<oracle::Schema> oracle;
  schema::Pool pool;
  std::vector<TypePair> types;  // the oracle's message_types(), each with protoforge's type of the same name

  // Loads `path` into both; "" on success, else what went wrong.
  std::string load(const std::string& path);
};

// What one group of checks works on; `seed` reproduces the random message (and any mutation of it).
struct Case {
  const Sides& sides;
  TypePair type;
  uint64_t seed = 0;
};

// Counts of every named check ("binary.identical"), with full reports of the first few failures of each and
// counts of known, explained disagreements (which are neither passes nor failures).
class Results {
 public:
  // Prints the full reports of the first `reports_per_check` failures of each check.
  explicit Results(size_t reports_per_check) : reports_per_check_(reports_per_check) {}

  // Records one check. `details` is only called on failure: it describes both sides' forms.
  void record(std::string_view check, const Case& c, bool ok, const std::function<std::string()>& details);
  // A disagreement explained by a documented difference between libprotobuf 3.21 and protoforge. The first of
  // each kind is printed, as an example, clipped.
  void known(std::string_view difference, const Case& c, const std::function<std::string()>& details);

  size_t passed() const { return passed_; }
  size_t failed() const { return failed_; }
  size_t passes_of(std::string_view check) const;
  size_t failures_of(std::string_view check) const;
  size_t known_count() const;
  // One line per check and per known difference, in name order.
  std::string table() const;

 private:
  struct Counts {
    size_t passed = 0, failed = 0;
  };
  std::map<std::string, Counts, std::less<>> checks_;
  std::map<std::string, size_t, std::less<>> known_;
  size_t reports_per_check_;
  size_t passed_ = 0, failed_ = 0;
};

// A decimal count of a command-line flag; false when `text` is not one.
bool parse_count(std::string_view text, uint64_t& out);

// Failure reports. How a case is named and reproduced: "pftest.p2.AllTypes seed 17 (--type=... --seed=17)".
std::string describe(const Case& c);
// Up to `limit` bytes as hex, with the length.
std::string hex(std::string_view bytes, size_t limit = 512);
// Both sides' bytes and where they first differ.
std::string byte_difference(std::string_view libprotobuf, std::string_view protoforge);
// Text clipped to `limit` bytes, for reports.
std::string clip(std::string_view text, size_t limit = 4000);
// Two texts from the line where they first differ, then the whole of the first.
std::string text_difference(std::string_view a_name, std::string_view a, std::string_view b_name, std::string_view b);

// libprotobuf's deterministic encoding without the required-field check (Required's sub-messages may lack ids).
std::string oracle_bytes(const pb::Message& message);
// A fresh libprotobuf message of the case's type, parsed partially from `bytes`; null if malformed.
std::unique_ptr<pb::Message> oracle_parse(const Case& c, std::string_view bytes);
// Makes every -0 float and double +0, in sub-messages, map values, extensions and the contents of Any too.
void clear_zero_signs(const oracle::Schema& schema, pb::Message& message);
// Protobuf's map semantics on a libprotobuf DynamicMessage parsed from the wire, which keeps map entries as
// read: the last entry of each key stays, and entries lose their own unknown fields. Recursive.
void apply_map_semantics(pb::Message& m);
// libprotobuf's text with unknown fields, for reports.
std::string oracle_text(const pb::Message& message);

}  // namespace protoforge::differential
