// Name-conflict checks beyond plain duplicate symbols: enum values that collide once the enum's name prefix is
// stripped (protoc's CheckEnumValueUniqueness), and synthesized map entries colliding with other nested names
// (DetectMapConflicts).
#include <map>

#include "compiler/link/file_linker.h"

namespace protoforge::link {

namespace {

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
char ascii_upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

// The enum's name without underscores, lower-cased, removed from the front of a value name if it is there
// (ignoring case and underscores); the value name is kept whole if that would leave nothing.
std::string strip_enum_prefix(std::string_view enum_name, std::string_view value) {
  std::string prefix;
  for (char c : enum_name) {
    if (c != '_') prefix.push_back(ascii_lower(c));
  }
  size_t i = 0, j = 0;
  for (; i < value.size() && j < prefix.size(); ++i) {
    if (value[i] == '_') continue;
    if (ascii_lower(value[i]) != prefix[j++]) return std::string(value);
  }
  if (j < prefix.size()) return std::string(value);
  while (i < value.size() && value[i] == '_') ++i;
  if (i == value.size()) return std::string(value);
  return std::string(value.substr(i));
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

void FileLinker::check_enum_value_prefixes(const EnumNode& node) {
  std::map<std::string, const EnumValueNode*> seen;
  const bool proto2 = !file_.proto.syntax;
  for (const EnumValueNode& value : node.values) {
    const std::string& name = *value.proto->name;
    auto [it, inserted] = seen.emplace(to_pascal_case(strip_enum_prefix(*node.proto->name, name)), &value);
    if (inserted || *it->second->proto->name == name || it->second->proto->number == value.proto->number) continue;
    std::string message = "Enum name " + name + " has the same name as " + *it->second->proto->name +
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
