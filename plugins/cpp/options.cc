#include "plugins/cpp/options.h"

#include <charconv>

namespace protoforge::cpp {

namespace {

bool is_identifier(std::string_view s, bool allow_scopes) {
  if (s.empty()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const bool ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && c >= '0' && c <= '9');
    if (ok) continue;
    if (allow_scopes && c == ':' && i + 1 < s.size() && s[i + 1] == ':' && i > 0) {
      ++i;
      continue;
    }
    return false;
  }
  return !s.ends_with(":");
}

std::string apply(std::string_view key, std::string_view value, bool has_value, Options& options) {
  if (key == "lite" && !has_value) {
    options.lite = true;
  } else if (key == "namespace_prefix" && has_value) {
    if (!is_identifier(value, true)) return "namespace_prefix must be a C++ namespace name such as acme::proto";
    options.namespace_prefix = std::string(value);
  } else if (key == "export_macro" && has_value) {
    if (!is_identifier(value, false)) return "export_macro must be a C++ identifier";
    options.export_macro = std::string(value);
  } else if (key == "runtime_include_prefix" && has_value) {
    options.runtime_include_prefix = std::string(value);
    if (!options.runtime_include_prefix.empty() && !options.runtime_include_prefix.ends_with('/')) {
      options.runtime_include_prefix += '/';
    }
  } else if (key == "inline_accessor_limit" && has_value) {
    int n = 0;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || end != value.data() + value.size() || n < 0) {
      return "inline_accessor_limit must be a non-negative number";
    }
    options.inline_accessor_limit = n;
  } else {
    return "unknown parameter '" + std::string(key) + (has_value ? "=" + std::string(value) : "") +
           "' (known: lite, namespace_prefix=NS, export_macro=NAME, runtime_include_prefix=DIR, "
           "inline_accessor_limit=N)";
  }
  return "";
}

}  // namespace

std::string parse_options(std::string_view parameter, Options& options) {
  size_t start = 0;
  while (start <= parameter.size()) {
    size_t comma = parameter.find(',', start);
    if (comma == std::string_view::npos) comma = parameter.size();
    const std::string_view item = parameter.substr(start, comma - start);
    if (!item.empty()) {
      const size_t eq = item.find('=');
      const std::string error = eq == std::string_view::npos ? apply(item, "", false, options)
                                                             : apply(item.substr(0, eq), item.substr(eq + 1), true, options);
      if (!error.empty()) return error;
    }
    start = comma + 1;
  }
  return "";
}

}  // namespace protoforge::cpp
