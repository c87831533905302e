#include "runtime/strings/base64.h"

#include <array>
#include <cstdint>

namespace protoforge::strings {

namespace {

constexpr char kStandard[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

enum : uint8_t { kInvalid = 0xff };
enum Alphabet : uint8_t { kAny = 0, kStd = 1, kUrl = 2 };

// Sextet value of each character, and which alphabet it belongs to ('+' '/' standard, '-' '_' URL-safe).
struct Decoded {
  uint8_t value = kInvalid;
  Alphabet alphabet = kAny;
};

constexpr std::array<Decoded, 256> make_table() {
  std::array<Decoded, 256> t{};
  for (int i = 0; i < 62; ++i) t[static_cast<uint8_t>(kStandard[i])] = {static_cast<uint8_t>(i), kAny};
  t['+'] = {62, kStd};
  t['/'] = {63, kStd};
  t['-'] = {62, kUrl};
  t['_'] = {63, kUrl};
  return t;
}
constexpr auto kTable = make_table();

}  // namespace

void append_base64(std::string& out, std::string_view bytes) {
  out.reserve(out.size() + (bytes.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 3 <= bytes.size(); i += 3) {
    const uint32_t v = static_cast<uint8_t>(bytes[i]) << 16 | static_cast<uint8_t>(bytes[i + 1]) << 8 |
                       static_cast<uint8_t>(bytes[i + 2]);
    for (int shift = 18; shift >= 0; shift -= 6) out.push_back(kStandard[(v >> shift) & 63]);
  }
  const size_t rest = bytes.size() - i;
  if (rest == 0) return;
  uint32_t v = static_cast<uint8_t>(bytes[i]) << 16;
  if (rest == 2) v |= static_cast<uint8_t>(bytes[i + 1]) << 8;
  out.push_back(kStandard[(v >> 18) & 63]);
  out.push_back(kStandard[(v >> 12) & 63]);
  out.push_back(rest == 2 ? kStandard[(v >> 6) & 63] : '=');
  out.push_back('=');
}

bool decode_base64(std::string_view text, std::string& out) {
  // Padding, when present, completes the last group of four.
  size_t pad = 0;
  if (!text.empty() && text.back() == '=') {
    if (text.size() % 4 != 0) return false;
    pad = text.size() >= 2 && text[text.size() - 2] == '=' ? 2 : 1;
    text.remove_suffix(pad);
  }
  const size_t tail = text.size() % 4;
  if (tail == 1 || (pad != 0 && pad != 4 - tail)) return false;
  Alphabet seen = kAny;
  uint32_t acc = 0;
  int bits = 0;
  for (const char c : text) {
    const Decoded d = kTable[static_cast<uint8_t>(c)];
    if (d.value == kInvalid) return false;
    if (d.alphabet != kAny) {
      if (seen != kAny && seen != d.alphabet) return false;
      seen = d.alphabet;
    }
    acc = (acc << 6) | d.value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((acc >> bits) & 0xff));
    }
  }
  // The bits left over from a short final group must be zero.
  return (acc & ((1u << bits) - 1)) == 0;
}

}  // namespace protoforge::strings
