#include "tests/oracle/random_values.h"

#include <bit>
#include <cmath>
#include <iterator>
#include <limits>

namespace protoforge::oracle::detail {
namespace {

constexpr double kEdgeChance = 0.35;

template <typename T, size_t N>
T pick(Random& random, const T (&values)[N]) {
  return values[random.below(N)];
}

void append_utf8(std::string& out, uint32_t code_point) {
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xc0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3f));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xe0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (code_point & 0x3f));
  } else {
    out += static_cast<char>(0xf0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3f));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (code_point & 0x3f));
  }
}

}  // namespace

uint64_t Random::below(uint64_t n) {
  return static_cast<uint64_t>((static_cast<unsigned __int128>(bits()) * n) >> 64);
}

int64_t Random::between(int64_t lo, int64_t hi) {
  uint64_t span = static_cast<uint64_t>(hi) - static_cast<uint64_t>(lo);
  if (span == std::numeric_limits<uint64_t>::max()) return static_cast<int64_t>(bits());
  return static_cast<int64_t>(static_cast<uint64_t>(lo) + below(span + 1));
}

bool Random::chance(double probability) {
  return static_cast<double>(bits() >> 11) * 0x1p-53 < probability;
}

uint64_t Random::varint_sized() {
  int width = static_cast<int>(below(64)) + 1;
  uint64_t value = bits();
  return width == 64 ? value : value & ((uint64_t{1} << width) - 1);
}

int32_t Random::int32() {
  using L = std::numeric_limits<int32_t>;
  static constexpr int32_t kEdges[] = {0, -1, 1, L::min(), L::max(), L::min() + 1, L::max() - 1,
                                       127, 128, -128, -129, 16383, 16384, 268435455, 268435456};
  if (chance(kEdgeChance)) return pick(*this, kEdges);
  auto value = static_cast<int32_t>(static_cast<uint32_t>(varint_sized()));
  return chance(0.5) ? value : static_cast<int32_t>(0u - static_cast<uint32_t>(value));
}

int64_t Random::int64() {
  using L = std::numeric_limits<int64_t>;
  static constexpr int64_t kEdges[] = {0, -1, 1, L::min(), L::max(), L::min() + 1, L::max() - 1,
                                       int64_t{1} << 53, (int64_t{1} << 53) + 1, -(int64_t{1} << 53) - 1,
                                       std::numeric_limits<int32_t>::min(), std::numeric_limits<int32_t>::max(),
                                       int64_t{1} << 32, 127, 128};
  if (chance(kEdgeChance)) return pick(*this, kEdges);
  auto value = static_cast<int64_t>(varint_sized());
  return chance(0.5) ? value : static_cast<int64_t>(0 - static_cast<uint64_t>(value));
}

uint32_t Random::uint32() {
  static constexpr uint32_t kEdges[] = {0, 1, 127, 128, 16383, 16384, 0x7fffffff, 0x80000000, 0xfffffffe,
                                        0xffffffff};
  if (chance(kEdgeChance)) return pick(*this, kEdges);
  return static_cast<uint32_t>(varint_sized());
}

uint64_t Random::uint64() {
  static constexpr uint64_t kEdges[] = {0, 1, 127, 128, 0xffffffff, uint64_t{1} << 32, uint64_t{1} << 53,
                                        (uint64_t{1} << 53) + 1, 0x7fffffffffffffff, 0x8000000000000000,
                                        0xfffffffffffffffe, 0xffffffffffffffff};
  if (chance(kEdgeChance)) return pick(*this, kEdges);
  return varint_sized();
}

float Random::float32() {
  using L = std::numeric_limits<float>;
  static constexpr float kEdges[] = {0.0f, -0.0f, 1.0f, -1.0f, L::quiet_NaN(), L::infinity(), -L::infinity(),
                                     L::min(), -L::min(), L::max(), L::lowest(), L::denorm_min(),
                                     -L::denorm_min(), 0x1p-130f, L::epsilon(), 0.1f, 16777216.0f, 16777217.0f,
                                     1e10f, -2.5f};
  if (chance(kEdgeChance)) return pick(*this, kEdges);
  if (chance(0.5)) return static_cast<float>(between(-100000, 100000)) / 64.0f;
  return std::bit_cast<float>(static_cast<uint32_t>(bits()));
}

double Random::float64() {
  using L = std::numeric_limits<double>;
  static constexpr double kEdges[] = {0.0, -0.0, 1.0, -1.0, L::quiet_NaN(), L::infinity(), -L::infinity(),
                                      L::min(), -L::min(), L::max(), L::lowest(), L::denorm_min(),
                                      -L::denorm_min(), 0x1p-1050, L::epsilon(), 0.1, 9007199254740993.0,
                                      1e300, -1e-300, 1e21, 123456789.125};
  if (chance(kEdgeChance)) return pick(*this, kEdges);
  if (chance(0.5)) return static_cast<double>(between(-100000000, 100000000)) / 1024.0;
  return std::bit_cast<double>(bits());
}

double Random::finite_float64() {
  double value = float64();
  return std::isfinite(value) ? value : static_cast<double>(int32());
}

void Random::append_code_point(std::string& out) {
  static constexpr uint32_t kSpecial[] = {'"', '\\', '\'', '/', '<', '>', '&', '\0', '\n', '\t', 0x7f,
                                          0x2028, 0x2029, 0xfeff, 0xfffd, 0xffff, 0x10ffff, 0xd7ff, 0xe000};
  switch (below(8)) {
    case 0: append_utf8(out, static_cast<uint32_t>(below(0x20))); break;
    case 1: append_utf8(out, pick(*this, kSpecial)); break;
    case 2: append_utf8(out, static_cast<uint32_t>(between(0x80, 0x7ff))); break;
    case 3: {
      auto code_point = static_cast<uint32_t>(between(0x800, 0xffff - 0x800));
      append_utf8(out, code_point >= 0xd800 ? code_point + 0x800 : code_point);  // no surrogates
      break;
    }
    case 4: append_utf8(out, static_cast<uint32_t>(between(0x10000, 0x10ffff))); break;
    default: append_utf8(out, static_cast<uint32_t>(between(0x20, 0x7e))); break;
  }
}

std::string Random::utf8_string() {
  std::string out;
  if (chance(0.15)) return out;
  size_t count = chance(0.05) ? below(3000) + 200 : below(16) + 1;
  for (size_t i = 0; i < count; ++i) append_code_point(out);
  return out;
}

std::string Random::bytes() {
  std::string out;
  if (chance(0.15)) return out;
  size_t count = chance(0.05) ? below(5000) + 200 : below(24) + 1;
  if (chance(0.2)) {
    while (out.size() < count) append_code_point(out);
    return out;
  }
  for (size_t i = 0; i < count; ++i) out += static_cast<char>(bits() & 0xff);
  return out;
}

std::string Random::snake_word() {
  std::string out;
  size_t words = below(3) + 1;
  for (size_t w = 0; w < words; ++w) {
    if (w > 0) out += '_';
    out += static_cast<char>('a' + below(26));
    // Two characters at least after the first word: JSON writes "a_b_cd" as "aBCd", which reads back as "a_bcd".
    size_t tail = below(6) + (w > 0 ? 1 : 0);
    for (size_t i = 0; i < tail; ++i) {
      out += chance(0.2) ? static_cast<char>('0' + below(10)) : static_cast<char>('a' + below(26));
    }
  }
  return out;
}

}  // namespace protoforge::oracle::detail
