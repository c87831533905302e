#include "runtime/json/internal/field_mask.h"

namespace protoforge::json::internal {

namespace {
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
}  // namespace

bool append_camel_path(std::string& out, std::string_view path) {
  bool round_trips = true;
  for (size_t i = 0; i < path.size(); ++i) {
    const char c = path[i];
    if (is_upper(c)) round_trips = false;
    if (c != '_') {
      out.push_back(c);
      continue;
    }
    if (i + 1 < path.size() && is_lower(path[i + 1])) {
      out.push_back(static_cast<char>(path[++i] - 'a' + 'A'));
    } else {
      round_trips = false;
    }
  }
  return round_trips;
}

void append_snake_path(std::string& out, std::string_view json_path) {
  for (const char c : json_path) {
    if (is_upper(c)) {
      out.push_back('_');
      out.push_back(static_cast<char>(c - 'A' + 'a'));
    } else {
      out.push_back(c);
    }
  }
}

}  // namespace protoforge::json::internal
