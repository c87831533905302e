// The oracle on its own: libprotobuf must round-trip the oracle's random messages through binary, text and
// JSON, generation must be reproducible from the seed, and the generator must reach the edges it promises.
// Only then can a difference between libprotobuf and protoforge be blamed on protoforge.
#include <doctest/doctest.h>

#include <cmath>
#include <set>

#include <google/protobuf/unknown_field_set.h>

#include "tests/oracle/conformance.h"
#include "tests/oracle/oracle.h"
#include "tests/unit/read_file.h"

namespace pb = google::protobuf;
using namespace protoforge::oracle;

namespace {

constexpr uint64_t kMessagesPerType = 1000;

std::unique_ptr<Schema> load_schema(const char* path) {
  std::string bytes, error;
  REQUIRE_MESSAGE(protoforge::testing::read_file(path, bytes), "cannot read " << path);
  auto schema = Schema::load(bytes, &error);
  REQUIRE_MESSAGE(schema != nullptr, error);
  return schema;
}

enum class Form { kBinary, kText, kTextExpandedAny, kJson };

// Writes `original` in `form`, reads it back, and returns what went wrong ("" if nothing).
std::string round_trip(const Schema& schema, const pb::Message& original, Form form) {
  std::string encoded;
  auto parsed = schema.new_message(*original.GetDescriptor());
  Status written, read;
  switch (form) {
    case Form::kBinary:
      written = to_binary(original, &encoded);
      if (written) read = from_binary(encoded, parsed.get());
      break;
    case Form::kText:
    case Form::kTextExpandedAny: {
      TextPrintOptions options;
      options.expand_any = form == Form::kTextExpandedAny;
      written = to_text(original, &encoded, options);
      if (written) read = from_text(encoded, parsed.get());
      break;
    }
    case Form::kJson:
      written = to_json(schema, original, &encoded);
      if (written) read = from_json(schema, encoded, parsed.get());
      break;
  }
  if (!written) return "write failed: " + written.error;
  if (!read) return "read failed: " + read.error + "\n" + encoded.substr(0, 2000);
  if (std::string diff = differences(original, *parsed); !diff.empty()) return "changed:\n" + diff;
  if (form == Form::kBinary) {
    std::string again;
    if (!to_binary(*parsed, &again) || again != encoded) return "deterministic output changed after a re-parse";
  }
  return "";
}

// Failures of one kind of round trip, kept short: the first few in full, the rest counted.
struct Failures {
  int count = 0;
  std::string report;

  void check(const Schema& schema, const pb::Message& original, Form form, uint64_t seed) {
    std::string problem = round_trip(schema, original, form);
    if (problem.empty() || ++count > 3) return;
    report += original.GetDescriptor()->full_name() + " seed " + std::to_string(seed) + ": " + problem + "\n";
  }
};

// What the generated messages contain, to show the generator reaches its edge cases.
struct Coverage {
  int messages = 0;
  int unknown_kinds[5] = {};  // UnknownField::Type: varint, fixed32, fixed64, length-delimited, group
  int extensions = 0, oneof_members = 0, map_entries = 0, any = 0, max_depth = 0;
  int nan = 0, infinity = 0, negative_zero = 0, denormal = 0, unknown_enum = 0;
  int empty_string = 0, multibyte_string = 0, long_string = 0;

  void survey_unknown(const pb::UnknownFieldSet& set) {
    for (int i = 0; i < set.field_count(); ++i) {
      ++unknown_kinds[set.field(i).type()];
      if (set.field(i).type() == pb::UnknownField::TYPE_GROUP) survey_unknown(set.field(i).group());
    }
  }

  void survey_float(double value) {
    nan += std::isnan(value);
    infinity += std::isinf(value);
    negative_zero += value == 0 && std::signbit(value);
    denormal += std::fpclassify(value) == FP_SUBNORMAL;
  }

  void survey_string(const std::string& value) {
    empty_string += value.empty();
    long_string += value.size() >= 200;
    for (char c : value) {
      if (static_cast<unsigned char>(c) >= 0x80) return void(++multibyte_string);
    }
  }

  void survey_element(const pb::Message& m, const pb::FieldDescriptor& f, int index, int depth) {
    const pb::Reflection& r = *m.GetReflection();
    bool one = !f.is_repeated();
    switch (f.cpp_type()) {
      case pb::FieldDescriptor::CPPTYPE_FLOAT:
        return survey_float(one ? r.GetFloat(m, &f) : r.GetRepeatedFloat(m, &f, index));
      case pb::FieldDescriptor::CPPTYPE_DOUBLE:
        return survey_float(one ? r.GetDouble(m, &f) : r.GetRepeatedDouble(m, &f, index));
      case pb::FieldDescriptor::CPPTYPE_ENUM: {
        int number = one ? r.GetEnumValue(m, &f) : r.GetRepeatedEnumValue(m, &f, index);
        unknown_enum += f.enum_type()->FindValueByNumber(number) == nullptr;
        return;
      }
      case pb::FieldDescriptor::CPPTYPE_STRING:
        if (f.type() != pb::FieldDescriptor::TYPE_STRING) return;
        return survey_string(one ? r.GetString(m, &f) : r.GetRepeatedString(m, &f, index));
      case pb::FieldDescriptor::CPPTYPE_MESSAGE:
        return survey(one ? r.GetMessage(m, &f) : r.GetRepeatedMessage(m, &f, index), depth + 1);
      default: return;
    }
  }

  void survey(const pb::Message& m, int depth) {
    ++messages;
    max_depth = std::max(max_depth, depth);
    any += m.GetDescriptor()->full_name() == "google.protobuf.Any";
    survey_unknown(m.GetReflection()->GetUnknownFields(m));
    std::vector<const pb::FieldDescriptor*> fields;
    m.GetReflection()->ListFields(m, &fields);
    for (const pb::FieldDescriptor* f : fields) {
      extensions += f->is_extension();
      oneof_members += f->real_containing_oneof() != nullptr;
      int size = f->is_repeated() ? m.GetReflection()->FieldSize(m, f) : 1;
      if (f->is_map()) map_entries += size;
      for (int i = 0; i < size; ++i) survey_element(m, *f, i, depth);
    }
  }
};

// Round-trips kMessagesPerType messages of every type of the schema in the three forms (text with Any expanded
// for odd seeds); returns the count.
int check_round_trips(const Schema& schema, Coverage& coverage) {
  RandomOptions everything;
  RandomOptions for_text;  // text format has no syntax for unknown fields
  for_text.unknown_fields = false;
  RandomOptions for_json;
  for_json.json_safe = true;
  Failures binary, text, json;
  int messages = 0;
  for (const pb::Descriptor* type : schema.message_types()) {
    for (uint64_t seed = 0; seed < kMessagesPerType; ++seed, ++messages) {
      auto original = random_message(schema, *type, seed, everything);
      coverage.survey(*original, 0);
      binary.check(schema, *original, Form::kBinary, seed);
      Form text_form = seed % 2 == 0 ? Form::kText : Form::kTextExpandedAny;
      text.check(schema, *random_message(schema, *type, seed, for_text), text_form, seed);
      json.check(schema, *random_message(schema, *type, seed, for_json), Form::kJson, seed);
    }
  }
  CHECK_MESSAGE(binary.count == 0, binary.count << " binary round trips failed:\n" << binary.report);
  CHECK_MESSAGE(text.count == 0, text.count << " text round trips failed:\n" << text.report);
  CHECK_MESSAGE(json.count == 0, json.count << " JSON round trips failed:\n" << json.report);
  return messages;
}

void check_coverage(const Coverage& c, bool open_enums) {
  for (int kind = 0; kind < 5; ++kind) CHECK_MESSAGE(c.unknown_kinds[kind] > 0, "unknown field kind " << kind);
  CHECK(c.oneof_members > 0);
  CHECK(c.map_entries > 0);
  CHECK(c.nan > 0);
  CHECK(c.infinity > 0);
  CHECK(c.negative_zero > 0);
  CHECK(c.denormal > 0);
  CHECK(c.empty_string > 0);
  CHECK(c.multibyte_string > 0);
  CHECK(c.long_string > 0);
  CHECK(c.max_depth >= 3);
  CHECK((c.unknown_enum > 0) == open_enums);
}

}  // namespace

TEST_CASE("proto2 schema: binary, text and JSON round trips of random messages") {
  auto schema = load_schema(PROTOFORGE_ORACLE_PROTO2_SET);
  Coverage coverage;
  int messages = check_round_trips(*schema, coverage);
  MESSAGE("proto2: " << schema->message_types().size() << " types, " << messages << " messages x 3 forms; "
          << coverage.messages << " messages surveyed, " << coverage.extensions << " extensions, "
          << coverage.map_entries << " map entries, " << coverage.nan << " NaNs");
  check_coverage(coverage, /*open_enums=*/false);
  CHECK(coverage.extensions > 0);
}

TEST_CASE("proto3 schema: binary, text and JSON round trips of random messages") {
  auto schema = load_schema(PROTOFORGE_ORACLE_PROTO3_SET);
  Coverage coverage;
  int messages = check_round_trips(*schema, coverage);
  MESSAGE("proto3: " << schema->message_types().size() << " types, " << messages << " messages x 3 forms; "
          << coverage.messages << " messages surveyed, " << coverage.any << " Any, " << coverage.unknown_enum
          << " unknown enum values");
  check_coverage(coverage, /*open_enums=*/true);
  CHECK(coverage.any > 0);
}

TEST_CASE("generation is reproducible from the seed") {
  auto schema = load_schema(PROTOFORGE_ORACLE_PROTO3_SET);
  const pb::Descriptor& type = *schema->find_message("pftest.p3.WellKnown");
  std::set<std::string> distinct;
  for (uint64_t seed = 0; seed < 50; ++seed) {
    std::string first, second;
    REQUIRE(to_binary(*random_message(*schema, type, seed), &first));
    REQUIRE(to_binary(*random_message(*schema, type, seed), &second));
    CHECK(first == second);
    distinct.insert(first);
  }
  CHECK(distinct.size() > 40);
}

TEST_CASE("codecs report failures") {
  auto schema = load_schema(PROTOFORGE_ORACLE_PROTO2_SET);
  auto required = schema->new_message(*schema->find_message("pftest.p2.Required"));
  std::string out;
  CHECK_FALSE(to_binary(*required, &out));
  CHECK_FALSE(from_binary("", required.get()));
  CHECK(from_binary("\x08\x05", required.get()));
  auto all = schema->new_message(*schema->find_message("pftest.p2.AllTypes"));
  CHECK_FALSE(from_binary("\x0a\x05", all.get()));
  Status text = from_text("opt_int32: \"x\"", all.get());
  CHECK_FALSE(text);
  CHECK(text.error.starts_with("1:"));
  CHECK_FALSE(from_json(*schema, "{\"optInt32\": [}", all.get()));
  CHECK(from_json(*schema, "{\"optInt32\": -5, \"optString\": \"s\"}", all.get()));
  auto other = schema->new_message(*schema->find_message("pftest.p2.AllTypes"));
  CHECK(from_text("opt_int32: -5", other.get()));
  CHECK(differences(*all, *other).find("opt_string") != std::string::npos);
  CHECK_FALSE(equals(*all, *other));
  REQUIRE(from_text("map_int32_int32 { key: 1 value: 2 } map_int32_int32 { key: 3 value: 4 } opt_float: -0",
                    all.get()));
  REQUIRE(from_text("map_int32_int32 { key: 3 value: 4 } map_int32_int32 { key: 1 value: 2 } opt_float: 0",
                    other.get()));
  CHECK(equals(*all, *other));
  REQUIRE(from_text("opt_double: nan", all.get()));
  REQUIRE(from_text("opt_double: -nan", other.get()));
  CHECK(equals(*all, *other));
}

TEST_CASE("libprotobuf 3.21 cannot load an editions descriptor set") {
#ifdef PROTOFORGE_ORACLE_EDITIONS_SET
  std::string bytes, error;
  REQUIRE(protoforge::testing::read_file(PROTOFORGE_ORACLE_EDITIONS_SET, bytes));
  CHECK(Schema::load(bytes, &error) == nullptr);
  MESSAGE("editions set rejected: " << error);
#else
  MESSAGE("protoforge is not part of this build: editions set not compiled");
#endif
}

#ifdef PROTOFORGE_ORACLE_CONFORMANCE_SET
namespace {

std::unique_ptr<pb::Message> request(const Schema& schema, const std::string& text) {
  auto message = schema.new_message(*schema.find_message("conformance.ConformanceRequest"));
  REQUIRE(from_text(text, message.get()));
  return message;
}

// The response's result as "member: value".
std::string result(const Schema& schema, const std::string& request_text) {
  auto response = conformance_response(schema, *request(schema, request_text));
  const pb::Reflection& r = *response->GetReflection();
  const pb::OneofDescriptor* oneof = response->GetDescriptor()->FindOneofByName("result");
  const pb::FieldDescriptor* set = r.GetOneofFieldDescriptor(*response, oneof);
  REQUIRE(set != nullptr);
  return set->name() + ": " + r.GetString(*response, set);
}

struct ConformanceCase {
  const char* request;  // text format; "P3 " stands for the proto3 test message type
  const char* result;   // the whole result, or its start when it ends in "..."
};

constexpr ConformanceCase kConformanceCases[] = {
    {"message_type: 'conformance.FailureSet' protobuf_payload: '' requested_output_format: PROTOBUF",
     "protobuf_payload: "},
    {"P3 protobuf_payload: '\\010\\001' requested_output_format: JSON", "json_payload: {\"optionalInt32\":1}"},
    {"P3 json_payload: '{\"optionalInt32\": 7}' requested_output_format: PROTOBUF", "protobuf_payload: \x08\x07"},
    {"P3 text_payload: 'optional_int32: 7' requested_output_format: TEXT_FORMAT", "text_payload: optional_int32: 7\n"},
    {"P3 protobuf_payload: '\\010' requested_output_format: PROTOBUF", "parse_error: ..."},
    {"P3 json_payload: '{\"unknownField\": 1}' requested_output_format: PROTOBUF", "parse_error: ..."},
    {"P3 json_payload: '{\"unknownField\": 1}' requested_output_format: PROTOBUF "
     "test_category: JSON_IGNORE_UNKNOWN_PARSING_TEST",
     "protobuf_payload: "},
    {"P3 text_payload: 'optional_int32: \"x\"' requested_output_format: PROTOBUF", "parse_error: ..."},
    // Field 500, varint 1: unknown to the message.
    {"P3 protobuf_payload: '\\240\\037\\001' requested_output_format: TEXT_FORMAT", "text_payload: "},
    {"P3 protobuf_payload: '\\240\\037\\001' requested_output_format: TEXT_FORMAT print_unknown_fields: true",
     "text_payload: 500: 1\n"},
    {"P3 jspb_payload: '[]' requested_output_format: PROTOBUF", "skipped: ..."},
    {"P3 protobuf_payload: '' requested_output_format: JSPB", "skipped: ..."},
    {"P3 protobuf_payload: ''", "runtime_error: ..."},
    {"P3 requested_output_format: PROTOBUF", "runtime_error: ..."},
    {"message_type: 'no.Such' protobuf_payload: '' requested_output_format: PROTOBUF", "runtime_error: ..."},
};

}  // namespace

TEST_CASE("the reference testee answers conformance requests") {
  auto schema = load_schema(PROTOFORGE_ORACLE_CONFORMANCE_SET);
  for (const ConformanceCase& test : kConformanceCases) {
    std::string text = test.request;
    if (text.starts_with("P3 ")) {
      text.replace(0, 3, "message_type: 'protobuf_test_messages.proto3.TestAllTypesProto3' ");
    }
    std::string expected = test.result;
    std::string got = result(*schema, text);
    CAPTURE(text);
    if (expected.ends_with("...")) {
      CHECK(got.starts_with(expected.substr(0, expected.size() - 3)));
    } else {
      CHECK(got == expected);
    }
  }
}
#endif
