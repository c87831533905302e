// Name-conflict checks beyond plain duplicate symbols: enum values that collide once the enum's name prefix is
// stripped (protoc's CheckEnumValueUniqueness), and synthesized map entries colliding with other nested names
// (DetectMapConflicts).
#include <algorithm>
#include <map>
#include <utility>
#include <vector>

#include "compiler/link/file_linker.h"

namespace protoforge::link {

namespace {

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
char ascii_upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

// The enum's name without underscores, lower-cased: the prefix protoc strips from its value names.
std::string enum_prefix(std::string_view enum_name) {
  std::string prefix;
  prefix.reserve(enum_name.size());
  for (char c : enum_name) {
    if (c != '_') prefix.push_back(ascii_lower(c));
  }
  return prefix;
}

// `value` without `prefix` at its front (ignoring case and underscores); the value name is kept whole if the
// prefix is not there or if removing it would leave nothing.
std::string_view strip_enum_prefix(std::string_view prefix, std::string_view value) {
  size_t i = 0, j = 0;
  for (; i < value.size() && j < prefix.size(); ++i) {
    if (value[i] == '_') continue;
    if (ascii_lower(value[i]) != prefix[j++]) return value;
  }
  if (j < prefix.size()) return value;
  while (i < value.size() && value[i] == '_') ++i;
  if (i == value.size()) return value;
  return value.substr(i);
}

std::string to_pascal_case(std::string_view text) {
  std::string result;
  bool upper_next = true;
  for (char c : text) {
    if (c == '_') {
      upper_next = true;
    } else {
      result.push_back(upper_next ? ascii_upper(c) : ascii_lower(c));
      upper_next = false;
    }
  }
  return result;
}

bool is_map_entry(const MessageNode& node) { return node.map_field != nullptr; }

}  // namespace

// protoc keeps the first value of each stripped name and compares every later one with it. Sorting the names
// (stable, so equal names stay in value order) finds the pairs without a tree node per value; they are then
// reported in value order.
void FileLinker::check_enum_value_prefixes(const EnumNode& node) {
  const std::string prefix = enum_prefix(*node.proto->name);
  std::vector<std::pair<std::string, size_t>> stripped;  // stripped name in PascalCase, value index
  stripped.reserve(node.values.size());
  for (size_t i = 0; i < node.values.size(); ++i) {
    stripped.emplace_back(to_pascal_case(strip_enum_prefix(prefix, *node.values[i].proto->name)), i);
  }
  std::stable_sort(stripped.begin(), stripped.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::pair<size_t, size_t>> clashes;  // value index, index of the first value with its stripped name
  for (size_t i = 1, first = 0; i < stripped.size(); ++i) {
    if (stripped[i].first == stripped[first].first) clashes.emplace_back(stripped[i].second, stripped[first].second);
    else first = i;
  }
  std::sort(clashes.begin(), clashes.end());
  const bool proto2 = !file_.proto.syntax;
  for (const auto& [index, first_index] : clashes) {
    const EnumValueNode& value = node.values[index];
    const EnumValueNode& first = node.values[first_index];
    const std::string& name = *value.proto->name;
    if (*first.proto->name == name || first.proto->number == value.proto->number) continue;
    std::string message = "Enum name " + name + " has the same name as " + *first.proto->name +
                          " if you ignore case and strip out the enum name prefix (if any). This is error-prone and "
                          "can lead to undefined behavior. Please avoid doing this. If you are using allow_alias, "
                          "please assign the same numeric value to both enums.";
    // protoc only warns for proto2, where such enums exist in the wild.
    if (proto2) reporter_.warning(value.ast->name.span, message);
    else reporter_.error(value.ast->name.span, message);
  }
}

void FileLinker::detect_map_conflicts() {
  for (const MessageNode& message : tree_.messages) detect_map_conflicts(message);
}

void FileLinker::detect_map_conflicts(const MessageNode& node) {
  const std::optional<source::Span> where = node.ast ? std::optional(node.name_span()) : std::nullopt;
  std::map<std::string_view, const MessageNode*> seen;
  for (const MessageNode& nested : node.nested) {
    auto [it, inserted] = seen.emplace(*nested.proto->name, &nested);
    if (!inserted && (is_map_entry(*it->second) || is_map_entry(nested))) {
      report(where, "Expanded map entry type " + *nested.proto->name +
                        " conflicts with an existing nested message type.");
      break;
    }
    detect_map_conflicts(nested);
  }
  auto check = [&](const std::string& name, const char* what) {
    auto it = seen.find(name);
    if (it != seen.end() && is_map_entry(*it->second)) {
      report(where, "Expanded map entry type " + *it->second->proto->name + " conflicts with an existing " + what +
                        ".");
    }
  };
  for (const auto& field : node.proto->field) check(*field.name, "field");
  for (const auto& enumeration : node.proto->enum_type) check(*enumeration.name, "enum type");
  for (const auto& oneof : node.proto->oneof_decl) check(*oneof.name, "oneof type");
}

}  // namespace protoforge::link
