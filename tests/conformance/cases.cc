#include "tests/conformance/cases.h"

#include <cstdio>
#include <cstdlib>

namespace protoforge::conformance {

namespace {

TestCategory category_of(WireFormat format) {
  switch (format) {
    case WireFormat::json: return TestCategory::json;
    case WireFormat::text_format: return TestCategory::text_format;
    default: return TestCategory::binary;
  }
}

// "Proto3" for protobuf_test_messages.proto3.TestAllTypesProto3, else the type's own name.
std::string short_name(const schema::MessageType& type) {
  constexpr std::string_view prefix = "TestAllTypes";
  return type.name.starts_with(prefix) ? type.name.substr(prefix.size()) : type.name;
}

}  // namespace

uint8_t output_bit(WireFormat format) {
  switch (format) {
    case WireFormat::protobuf: return kProtobufOutput;
    case WireFormat::json: return kJsonOutput;
    case WireFormat::text_format: return kTextOutput;
    default: return 0;
  }
}

void json_only_difference(Input& input, std::string_view reason) {
  if (reason.empty()) return;
  input.known_difference = reason;
  input.known_outputs = kJsonOutput;
}

const schema::MessageType& CaseSet::type(std::string_view full_name) const {
  const schema::MessageType* t = pool_->find_message(full_name);
  if (!t) {
    std::fprintf(stderr, "conformance-driver: case table bug: no message type %.*s\n",
                 static_cast<int>(full_name.size()), full_name.data());
    std::exit(2);
  }
  return *t;
}

Input& CaseSet::add(std::string_view type_name, WireFormat format, std::string_view what, std::string payload) {
  const schema::MessageType& t = type(type_name);
  Input& input = inputs_.emplace_back();
  input.name = short_name(t) + "." + std::string(to_string(format)) + "." + std::string(what);
  input.message_type = t.full_name;
  input.format = format;
  input.payload = std::move(payload);
  input.category = category_of(format);
  return input;
}

Input& CaseSet::binary(std::string_view t, std::string_view what, std::string bytes) {
  return add(t, WireFormat::protobuf, what, std::move(bytes));
}
Input& CaseSet::json(std::string_view t, std::string_view what, std::string text) {
  return add(t, WireFormat::json, what, std::move(text));
}
Input& CaseSet::text(std::string_view t, std::string_view what, std::string text) {
  return add(t, WireFormat::text_format, what, std::move(text));
}
std::vector<Input> all_inputs(const schema::Pool& pool) {
  CaseSet cases(pool);
  add_binary_scalar_cases(cases);
  add_binary_structure_cases(cases);
  add_binary_well_known_cases(cases);
  add_binary_malformed_cases(cases);
  add_json_value_cases(cases);
  add_json_well_known_cases(cases);
  add_text_cases(cases);
  return std::move(cases.inputs());
}

}  // namespace protoforge::conformance
