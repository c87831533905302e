// One scalar field value in 64 bits, whatever its protobuf type: integers sign- or zero-extended, bool as 0/1,
// enums as their int32 number, float and double as their IEEE bits. Which reading is right is the schema's to say
// (schema::Kind); keeping one representation lets repeated fields, maps and defaults share one storage type.
#pragma once

#include <bit>
#include <cstdint>

namespace protoforge::schema {

struct Scalar {
  uint64_t bits = 0;

  static constexpr Scalar of_int(int64_t v) { return {static_cast<uint64_t>(v)}; }
  static constexpr Scalar of_uint(uint64_t v) { return {v}; }
  static constexpr Scalar of_bool(bool v) { return {v ? 1u : 0u}; }
  static Scalar of_double(double v) { return {std::bit_cast<uint64_t>(v)}; }
  static Scalar of_float(float v) { return {std::bit_cast<uint32_t>(v)}; }

  constexpr int32_t as_int32() const { return static_cast<int32_t>(bits); }
  constexpr int64_t as_int64() const { return static_cast<int64_t>(bits); }
  constexpr uint32_t as_uint32() const { return static_cast<uint32_t>(bits); }
  constexpr uint64_t as_uint64() const { return bits; }
  constexpr bool as_bool() const { return bits != 0; }
  double as_double() const { return std::bit_cast<double>(bits); }
  float as_float() const { return std::bit_cast<float>(static_cast<uint32_t>(bits)); }

  bool operator==(const Scalar&) const = default;
};

}  // namespace protoforge::schema
