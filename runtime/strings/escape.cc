#include "runtime/strings/escape.h"

#include "runtime/strings/utf8.h"

namespace protoforge::strings {

void append_c_escaped(std::string& out, std::string_view bytes) {
  for (const char ch : bytes) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '"': out += "\\\""; break;
      case '\'': out += "\\'"; break;
      case '\\': out += "\\\\"; break;
      default:
        if (c < 0x20 || c >= 0x7f) {
          out.push_back('\\');
          out.push_back(static_cast<char>('0' + (c >> 6)));
          out.push_back(static_cast<char>('0' + ((c >> 3) & 7)));
          out.push_back(static_cast<char>('0' + (c & 7)));
        } else {
          out.push_back(ch);
        }
    }
  }
}

std::string c_escape(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  append_c_escaped(out, bytes);
  return out;
}

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool fail(std::string* error, const char* what) {
  if (error) *error = what;
  return false;
}

// Reads `digits` hex digits of a \u or \U escape starting at text[i]; advances i.
bool read_code_point(std::string_view text, size_t& i, int digits, std::string& out, std::string* error) {
  if (text.size() - i < static_cast<size_t>(digits)) return fail(error, "truncated unicode escape");
  uint32_t cp = 0;
  for (int k = 0; k < digits; ++k) {
    const int v = hex_value(text[i + k]);
    if (v < 0) return fail(error, "invalid unicode escape");
    cp = cp * 16 + static_cast<uint32_t>(v);
  }
  i += digits;
  if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return fail(error, "unicode escape out of range");
  append_utf8(out, cp);
  return true;
}

}  // namespace

bool c_unescape(std::string_view text, std::string& out, std::string* error) {
  for (size_t i = 0; i < text.size();) {
    const char c = text[i++];
    if (c != '\\') { out.push_back(c); continue; }
    if (i == text.size()) return fail(error, "string ends in a backslash");
    const char e = text[i++];
    switch (e) {
      case 'a': out.push_back('\a'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 't': out.push_back('\t'); break;
      case 'v': out.push_back('\v'); break;
      case '\\': case '\'': case '"': case '?': out.push_back(e); break;
      case 'x': case 'X': {
        int v = 0, n = 0;
        while (n < 2 && i < text.size() && hex_value(text[i]) >= 0) v = v * 16 + hex_value(text[i++]), ++n;
        if (n == 0) return fail(error, "\\x with no hex digits");
        out.push_back(static_cast<char>(v));
        break;
      }
      case 'u': if (!read_code_point(text, i, 4, out, error)) return false; break;
      case 'U': if (!read_code_point(text, i, 8, out, error)) return false; break;
      default:
        if (e >= '0' && e <= '7') {
          int v = e - '0', n = 1;
          while (n < 3 && i < text.size() && text[i] >= '0' && text[i] <= '7') v = v * 8 + (text[i++] - '0'), ++n;
          out.push_back(static_cast<char>(v));
          break;
        }
        return fail(error, "invalid escape sequence");
    }
  }
  return true;
}

}  // namespace protoforge::strings
