#include "runtime/json/internal/writer.h"

#include <cstdint>

#include "runtime/strings/utf8.h"

namespace protoforge::json::internal {

namespace {

constexpr char kHex[] = "0123456789abcdef";

void append_u_escape(std::string& out, uint32_t unit) {
  out += "\\u";
  for (int shift = 12; shift >= 0; shift -= 4) out.push_back(kHex[(unit >> shift) & 0xf]);
}

// Code points at or above U+007F that libprotobuf 3.21 writes as \u escapes (measured against its printer).
bool needs_escape(uint32_t cp) {
  struct Range { uint32_t first, last; };
  static constexpr Range kRanges[] = {
      {0x7f, 0x9f},       {0xad, 0xad},       {0x600, 0x603},     {0x6dd, 0x6dd},     {0x70f, 0x70f},
      {0x17b4, 0x17b5},   {0x200b, 0x200f},   {0x2028, 0x202e},   {0x2060, 0x2064},   {0x206a, 0x206f},
      {0xfeff, 0xfeff},   {0xfff9, 0xfffb},   {0x1d173, 0x1d17a}, {0xe0001, 0xe0001}, {0xe0020, 0xe007f},
  };
  for (const Range& r : kRanges) {
    if (cp < r.first) return false;  // the ranges are sorted
    if (cp <= r.last) return true;
  }
  return false;
}

// Decodes the sequence at text[i] (precondition: valid UTF-8) and advances i past it.
uint32_t next_code_point(std::string_view text, size_t& i) {
  const auto lead = static_cast<uint8_t>(text[i]);
  const int length = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
  uint32_t cp = lead & (0xff >> (length + 1));
  for (int k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<uint8_t>(text[i + k]) & 0x3f);
  i += length;
  return cp;
}

void append_ascii(std::string& out, char c) {
  switch (c) {
    case '"': out += "\\\""; return;
    case '\\': out += "\\\\"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '<': case '>': case 0x7f: append_u_escape(out, static_cast<uint8_t>(c)); return;
    default:
      if (static_cast<uint8_t>(c) < 0x20) append_u_escape(out, static_cast<uint8_t>(c));
      else out.push_back(c);
  }
}

}  // namespace

bool append_escaped(std::string& out, std::string_view text) {
  if (!strings::is_valid_utf8(text)) return false;
  for (size_t i = 0; i < text.size();) {
    if (static_cast<uint8_t>(text[i]) < 0x80) {
      append_ascii(out, text[i++]);
      continue;
    }
    const size_t start = i;
    const uint32_t cp = next_code_point(text, i);
    if (!needs_escape(cp)) {
      out.append(text.substr(start, i - start));
    } else if (cp < 0x10000) {
      append_u_escape(out, cp);
    } else {  // as a UTF-16 surrogate pair
      append_u_escape(out, 0xd800 + ((cp - 0x10000) >> 10));
      append_u_escape(out, 0xdc00 + ((cp - 0x10000) & 0x3ff));
    }
  }
  return true;
}

void Writer::newline(size_t depth) {
  out_.push_back('\n');
  out_.append(depth * static_cast<size_t>(indent_), ' ');
}

void Writer::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (has_items_.empty()) return;
  if (has_items_.back()) out_.push_back(',');
  has_items_.back() = true;
  if (indent_ > 0) newline(has_items_.size());
}

void Writer::open(char bracket) {
  before_value();
  out_.push_back(bracket);
  has_items_.push_back(false);
}

void Writer::close(char bracket) {
  const bool had_items = has_items_.back();
  has_items_.pop_back();
  if (had_items && indent_ > 0) newline(has_items_.size());
  out_.push_back(bracket);
}

bool Writer::key(std::string_view name) {
  before_value();
  out_.push_back('"');
  if (!append_escaped(out_, name)) return false;
  out_ += indent_ > 0 ? "\": " : "\":";
  after_key_ = true;
  return true;
}

bool Writer::string(std::string_view text) {
  before_value();
  out_.push_back('"');
  if (!append_escaped(out_, text)) return false;
  out_.push_back('"');
  return true;
}

void Writer::literal(std::string_view token) {
  before_value();
  out_.append(token);
}

void Writer::plain_string(std::string_view text) {
  before_value();
  out_.push_back('"');
  out_.append(text);
  out_.push_back('"');
}

void Writer::finish() {
  if (indent_ > 0) out_.push_back('\n');
}

}  // namespace protoforge::json::internal
