#include "compiler/link/names.h"

namespace protoforge::link {

namespace {
// Locale-free ASCII case mapping: protoc deliberately avoids <cctype> here.
char ascii_upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }
char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
}  // namespace

namespace {
// protoc's camel-casing of field names: underscores dropped, the letter after each one upper-cased.
std::string camel_case(std::string_view field_name, bool upper_first, size_t extra_capacity) {
  std::string result;
  result.reserve(field_name.size() + extra_capacity);
  bool upper_next = upper_first;
  for (char c : field_name) {
    if (c == '_') {
      upper_next = true;
    } else {
      result.push_back(upper_next ? ascii_upper(c) : c);
      upper_next = false;
    }
  }
  return result;
}
}  // namespace

std::string to_json_name(std::string_view field_name) { return camel_case(field_name, false, 0); }

std::string map_entry_name(std::string_view field_name) {
  return camel_case(field_name, true, sizeof("Entry") - 1) + "Entry";
}

std::string group_field_name(std::string_view group_name) {
  std::string result(group_name);
  for (char& c : result) c = ascii_lower(c);
  return result;
}

std::string qualify(std::string_view scope, std::string_view name) {
  std::string result;
  result.reserve(scope.size() + 1 + name.size());
  if (!scope.empty()) {
    result += scope;
    result += '.';
  }
  result += name;
  return result;
}

std::string_view parent_scope(std::string_view full_name) {
  const size_t dot = full_name.rfind('.');
  return dot == std::string_view::npos ? std::string_view() : full_name.substr(0, dot);
}

bool is_identifier(std::string_view text) {
  if (text.empty() || !is_letter(text[0])) return false;
  for (char c : text) {
    if (!is_letter(c) && !is_digit(c)) return false;
  }
  return true;
}

}  // namespace protoforge::link
