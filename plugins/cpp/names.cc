#include "plugins/cpp/names.h"

#include <algorithm>
#include <iterator>
#include <cctype>

namespace protoforge::cpp {

namespace {

// C++20 keywords and alternative tokens, plus macros that standard and system headers commonly define.
constexpr std::string_view kReserved[] = {
    "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break", "case", "catch",
    "char", "char8_t", "char16_t", "char32_t", "class", "compl", "concept", "const", "consteval", "constexpr",
    "constinit", "const_cast", "continue", "co_await", "co_return", "co_yield", "decltype", "default", "delete",
    "do", "double", "dynamic_cast", "else", "enum", "explicit", "export", "extern", "false", "float", "for",
    "friend", "goto", "if", "inline", "int", "long", "mutable", "namespace", "new", "noexcept", "not", "not_eq",
    "nullptr", "operator", "or", "or_eq", "private", "protected", "public", "register", "reinterpret_cast",
    "requires", "return", "short", "signed", "sizeof", "static", "static_assert", "static_cast", "struct",
    "switch", "template", "this", "thread_local", "throw", "true", "try", "typedef", "typeid", "typename",
    "union", "unsigned", "using", "virtual", "void", "volatile", "wchar_t", "while", "xor", "xor_eq",
    // macros
    "NULL", "EOF", "TRUE", "FALSE", "DOMAIN", "OVERFLOW", "UNDERFLOW", "PLOSS", "TLOSS", "SING", "linux", "unix",
    "major", "minor", "errno", "assert", "stdin", "stdout", "stderr", "BIG_ENDIAN", "LITTLE_ENDIAN", "BYTE_ORDER",
    "PDP_ENDIAN", "EINVAL", "ERANGE", "EDOM", "INFINITY", "NAN", "DEBUG", "UINT32_MAX", "INT32_MAX", "SIZE_MAX",
};

}  // namespace

std::string escape_identifier(std::string_view name) {
  std::string out(name);
  if (std::find(std::begin(kReserved), std::end(kReserved), name) != std::end(kReserved)) out += '_';
  return out;
}

std::string namespace_of(std::string_view package, std::string_view prefix) {
  std::string out(prefix);
  size_t start = 0;
  while (start < package.size()) {
    size_t dot = package.find('.', start);
    if (dot == std::string_view::npos) dot = package.size();
    if (!out.empty()) out += "::";
    out += escape_identifier(package.substr(start, dot - start));
    start = dot + 1;
  }
  return out;
}

std::string flat_name(std::string_view relative_name) {
  std::string out(relative_name);
  std::replace(out.begin(), out.end(), '.', '_');
  return escape_identifier(out);
}

std::string camel_case(std::string_view name) {
  std::string out;
  bool upper = true;
  for (char c : name) {
    if (c == '_') {
      upper = true;
    } else if (std::isdigit(static_cast<unsigned char>(c))) {
      out += c;
      upper = true;
    } else {
      out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
      upper = false;
    }
  }
  return out;
}

std::string upper_case(std::string_view name) {
  std::string out(name);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string strip_proto(std::string_view file_name) {
  if (file_name.ends_with(".protodevel")) file_name.remove_suffix(11);
  else if (file_name.ends_with(".proto")) file_name.remove_suffix(6);
  return std::string(file_name);
}

std::string string_literal(std::string_view bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  bool after_hex = false;  // a hex escape swallows following hex digits, so break the literal after one
  for (unsigned char c : bytes) {
    if (after_hex && std::isxdigit(c)) out += "\"\"";
    after_hex = false;
    switch (c) {
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '?': out += "\\?"; break;  // no trigraphs
      default:
        if (c >= 0x20 && c < 0x7f) {
          out += static_cast<char>(c);
        } else {
          out += "\\x";
          out += kHex[c >> 4];
          out += kHex[c & 15];
          after_hex = true;
        }
    }
  }
  return out + "\"";
}

}  // namespace protoforge::cpp
