// Seeded random scalar values with edge cases drawn often. Private to the oracle.
// Every draw goes through our own arithmetic on std::mt19937_64 (whose output the standard fixes), not through
// std::*_distribution (whose output it does not), so a seed gives the same values with any standard library.
#pragma once

#include <cstdint>
#include <random>
#include <string>

namespace protoforge::oracle::detail {

class Random {
 public:
  explicit Random(uint64_t seed) : engine_(seed) {}

  uint64_t bits() { return engine_(); }
  // Uniform in [0, n); n must be positive.
  uint64_t below(uint64_t n);
  // Uniform in [lo, hi]; lo <= hi.
  int64_t between(int64_t lo, int64_t hi);
  bool chance(double probability);

  int32_t int32();
  int64_t int64();
  uint32_t uint32();
  uint64_t uint64();
  float float32();   // NaN, infinities, -0, denormals and extremes included
  double float64();  // likewise
  double finite_float64();
  // Valid UTF-8: empty, short, long, with multi-byte sequences, controls and characters JSON escapes.
  std::string utf8_string();
  // Any bytes: empty, short, long.
  std::string bytes();
  // A lower_snake identifier that survives FieldMask's JSON camel-casing: [a-z][a-z0-9]* words joined by single
  // underscores, every word after the first at least two characters long.
  std::string snake_word();

 private:
  uint64_t varint_sized();  // a value whose varint length is uniform over 1..10 bytes
  void append_code_point(std::string& out);

  std::mt19937_64 engine_;
};

}  // namespace protoforge::oracle::detail
