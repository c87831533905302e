// Builds binary payloads for the driver's cases by field name, independently of protoforge's encoder (which is
// under test): each value is written as its field's kind says, in whatever record layout the case asks for
// (packed or not, repeated records, lying lengths through raw()).
//
// A field name the type does not have is a bug in the driver's case tables: it stops the driver.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "runtime/schema/schema.h"
#include "tests/unit/wire_test_builder.h"

namespace protoforge::conformance {

class WirePayload {
 public:
  explicit WirePayload(const schema::MessageType& type) : type_(&type) {}

  // One record of a scalar field: `bits` as schema::Scalar holds it (sign-extended integers, IEEE bits).
  WirePayload& scalar(std::string_view field, uint64_t bits);
  // One packed record of scalar elements.
  WirePayload& packed(std::string_view field, std::initializer_list<uint64_t> elements);
  // One record per element.
  WirePayload& unpacked(std::string_view field, std::initializer_list<uint64_t> elements);
  WirePayload& bytes(std::string_view field, std::string_view value);
  // A length-delimited or group record (as the field is declared) holding `body`.
  WirePayload& message(std::string_view field, const WirePayload& body);
  // Raw bytes: tags and values a schema would not produce (unknown fields, wrong wire types, malformed data).
  WirePayload& raw(std::string_view bytes);
  wire::testing::WireBuilder& builder() { return out_; }

  // The type of a message field's values, for building its body.
  const schema::MessageType& type_of(std::string_view field) const;
  const std::string& str() const { return out_.out; }

 private:
  const schema::Field& field(std::string_view name) const;
  void value(const schema::Field& f, uint64_t bits);

  const schema::MessageType* type_;
  wire::testing::WireBuilder out_;
};

// IEEE bits of a float or double, for scalar().
uint64_t float_bits(float v);
uint64_t double_bits(double v);

}  // namespace protoforge::conformance
