#include "tests/differential/json_compare.h"

#include <algorithm>
#include <utility>
#include <vector>

#include <simdjson.h>

namespace protoforge::differential {

namespace {

namespace pb = google::protobuf;
using Names = std::set<std::string, std::less<>>;

bool is_default(simdjson::dom::element value, const Names& zero_enum_names) {
  switch (value.type()) {
    case simdjson::dom::element_type::INT64: return value.get_int64().value() == 0;
    case simdjson::dom::element_type::UINT64: return value.get_uint64().value() == 0;
    case simdjson::dom::element_type::DOUBLE: return value.get_double().value() == 0;
    case simdjson::dom::element_type::BOOL: return !value.get_bool().value();
    case simdjson::dom::element_type::STRING: {
      const std::string_view s = value.get_string().value();
      return s.empty() || zero_enum_names.contains(s);
    }
    case simdjson::dom::element_type::ARRAY: return value.get_array().size() == 0;
    case simdjson::dom::element_type::OBJECT: return value.get_object().size() == 0;
    default: return false;
  }
}

// `element` in a form only meant for comparison: members sorted by name, and left out as same_json_values says.
// `any_depth` counts the objects with an "@type" member around it, itself included.
void append_sorted(simdjson::dom::element element, int any_depth, const Names& zero_enum_names, std::string& out) {
  if (element.is_array()) {
    out += '[';
    for (simdjson::dom::element item : element.get_array()) {
      append_sorted(item, any_depth, zero_enum_names, out);
      out += ',';
    }
    out += ']';
    return;
  }
  if (!element.is_object()) {
    out += simdjson::minify(element);
    return;
  }
  simdjson::dom::object object = element.get_object();
  const int depth = any_depth + (object.at_key("@type").error() == simdjson::SUCCESS ? 1 : 0);
  std::vector<std::pair<std::string_view, std::string>> members;
  for (simdjson::dom::key_value_pair member : object) {
    if (member.value.is_null() || (depth >= 2 && is_default(member.value, zero_enum_names))) continue;
    members.emplace_back(member.key, "");
    append_sorted(member.value, depth, zero_enum_names, members.back().second);
  }
  std::sort(members.begin(), members.end());
  out += '{';
  for (const auto& [name, value] : members) out += std::to_string(name.size()) + ":" + std::string(name) + value + ",";
  out += '}';
}

void add_zero_names(const pb::EnumDescriptor& type, Names& out) {
  if (const pb::EnumValueDescriptor* zero = type.FindValueByNumber(0)) out.insert(zero->name());
}

}  // namespace

Names zero_enum_names(const oracle::Schema& schema) {
  Names out;
  for (const pb::Descriptor* type : schema.message_types(/*include_google=*/true)) {
    for (int i = 0; i < type->enum_type_count(); ++i) add_zero_names(*type->enum_type(i), out);
    for (int i = 0; i < type->file()->enum_type_count(); ++i) add_zero_names(*type->file()->enum_type(i), out);
  }
  return out;
}

bool same_json_values(std::string_view a, std::string_view b, const Names& zero_enum_names) {
  simdjson::dom::parser parser_a, parser_b;
  simdjson::dom::element x, y;
  if (parser_a.parse(a.data(), a.size()).get(x) || parser_b.parse(b.data(), b.size()).get(y)) return false;
  std::string sorted_a, sorted_b;
  append_sorted(x, 0, zero_enum_names, sorted_a);
  append_sorted(y, 0, zero_enum_names, sorted_b);
  return sorted_a == sorted_b;
}

}  // namespace protoforge::differential
