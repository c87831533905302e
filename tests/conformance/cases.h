// The driver's inputs: payloads of TestAllTypesProto3 / TestAllTypesProto2 (and a few other types of the pool)
// in the three input formats. Each input is sent once per output format (protobuf, JSON, text), so every case
// also checks the testee's printers on what its parsers read.
//
// Binary payloads are written field by field with WirePayload, never through protoforge's encoder; JSON and text
// payloads are literal text.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/schema/pool.h"
#include "tests/conformance/protocol.h"
#include "tests/conformance/wire_payload.h"

namespace protoforge::conformance {

inline constexpr std::string_view kProto3 = "protobuf_test_messages.proto3.TestAllTypesProto3";
inline constexpr std::string_view kProto2 = "protobuf_test_messages.proto2.TestAllTypesProto2";

// Output formats as bits, for Input::known_outputs.
inline constexpr uint8_t kProtobufOutput = 1;
inline constexpr uint8_t kJsonOutput = 2;
inline constexpr uint8_t kTextOutput = 4;
inline constexpr uint8_t kEveryOutput = kProtobufOutput | kJsonOutput | kTextOutput;
uint8_t output_bit(WireFormat format);

struct Input {
  std::string name;  // "<Type>.<format>.<what>", e.g. "Proto3.binary.int32.min"
  std::string message_type;
  WireFormat format = WireFormat::protobuf;
  std::string payload;
  TestCategory category = TestCategory::unspecified;
  bool has_unknown_fields = false;  // also sent for text output with print_unknown_fields
  bool malformed = false;           // both testees must answer parse_error
  // Why protoforge deliberately answers otherwise than the reference here; a mismatch is then reported as a
  // known difference, not a failure (for a malformed input, only while the testee does reject it).
  std::string_view known_difference;
  uint8_t known_outputs = kEveryOutput;  // the output formats the known difference shows in
};

// A named JSON or text payload, for the tables of cases_json_*.cc and cases_text.cc.
struct Literal {
  std::string_view what;
  std::string_view text;
  std::string_view known_difference = {};  // Input::known_difference
  uint8_t known_outputs = kEveryOutput;
};

// Reasons for known differences shared by several tables.
inline constexpr std::string_view kLenientJsonSyntax =
    "libprotobuf 3.21's JSON parser accepts this, which JSON (RFC 8259) does not allow; protoforge rejects it";
inline constexpr std::string_view kLenientJsonMapping =
    "libprotobuf 3.21's JSON parser accepts this, which the proto3 JSON mapping (and later protobuf releases) "
    "reject; protoforge rejects it";
// libprotobuf 3.21 prints and parses JSON through a converter over the wire format, with these gaps; protoforge's
// JSON layer (runtime/json/json.h) does what later protobuf releases do.
inline constexpr std::string_view kJsonGroups =
    "libprotobuf 3.21's JSON converter drops group fields when printing and cannot parse them; protoforge prints "
    "and parses them under the field's name";
inline constexpr std::string_view kJsonExtensions =
    "libprotobuf 3.21's JSON converter drops extensions when printing and rejects \"[name]\" members; protoforge "
    "prints and parses them";
inline constexpr std::string_view kJsonClosedEnum =
    "libprotobuf 3.21's JSON converter reads a closed enum's unknown number back out of the unknown fields and "
    "prints it; protoforge prints no unknown fields";
inline constexpr std::string_view kJsonInvalidUtf8 =
    "libprotobuf 3.21 prints a string that is not UTF-8 as \"\" in JSON; protoforge answers serialize_error";
using Literals = std::span<const Literal>;

// Collects inputs; the add functions name them after the message type's short form (Proto3, Proto2, ...).
class CaseSet {
 public:
  explicit CaseSet(const schema::Pool& pool) : pool_(&pool) {}

  const schema::MessageType& type(std::string_view full_name) const;
  // A fresh binary payload of `full_name`.
  WirePayload payload(std::string_view full_name) const { return WirePayload(type(full_name)); }

  // The returned input stays valid until the next add; set `malformed` on it for inputs to be rejected.
  Input& binary(std::string_view type, std::string_view what, std::string bytes);
  Input& json(std::string_view type, std::string_view what, std::string text);
  Input& text(std::string_view type, std::string_view what, std::string text);

  std::vector<Input>& inputs() { return inputs_; }

 private:
  Input& add(std::string_view type, WireFormat format, std::string_view what, std::string payload);

  const schema::Pool* pool_;
  std::vector<Input> inputs_;
};

// One function per group of cases, each in its own file.
void add_binary_scalar_cases(CaseSet& cases);     // cases_binary_scalars.cc
void add_binary_structure_cases(CaseSet& cases);  // cases_binary_structure.cc
void add_binary_well_known_cases(CaseSet& cases); // cases_binary_well_known.cc
void add_binary_malformed_cases(CaseSet& cases);  // cases_binary_malformed.cc
void add_json_value_cases(CaseSet& cases);        // cases_json_values.cc
void add_json_well_known_cases(CaseSet& cases);   // cases_json_well_known.cc
void add_text_cases(CaseSet& cases);              // cases_text.cc

// Marks a known difference that shows in JSON output only ("" marks nothing).
void json_only_difference(Input& input, std::string_view reason);

// Every input of the suite, in a stable order.
std::vector<Input> all_inputs(const schema::Pool& pool);

}  // namespace protoforge::conformance
