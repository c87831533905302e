#include "compiler/driver/free_field_numbers.h"

#include <set>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "runtime/wire/wire_format.h"

namespace protoforge::driver {

namespace {

using Range = std::pair<int64_t, int64_t>;  // [first, end)

std::string join_name(std::string_view scope, const std::optional<std::string>& name) {
  return scope.empty() ? name.value_or("") : std::string(scope) + "." + name.value_or("");
}

// Collects the ranges a message occupies; a group's message is folded into its parent, other nested messages
// are returned (with their full names) for printing on their own.
void gather(const descriptor::DescriptorProto& message, const std::string& full_name, std::set<Range>& taken,
            std::vector<std::pair<const descriptor::DescriptorProto*, std::string>>& nested) {
  std::set<std::string> group_types;
  for (const auto& field : message.field) {
    const int64_t n = field.number.value_or(0);
    taken.insert({n, n + 1});
    if (field.type == descriptor::FieldType::group && field.type_name) group_types.insert(*field.type_name);
  }
  for (const auto& r : message.extension_range) taken.insert({r.start.value_or(0), r.end.value_or(0)});
  for (const auto& r : message.reserved_range) taken.insert({r.start.value_or(0), r.end.value_or(0)});
  for (const auto& child : message.nested_type) {
    const std::string child_name = join_name(full_name, child.name);
    if (group_types.contains("." + child_name)) gather(child, child_name, taken, nested);
    else nested.push_back({&child, child_name});
  }
}

std::string format_free(const std::string& name, const std::set<Range>& taken) {
  std::string line = fmt::format("{:<35} free:", name);
  int64_t next_free = 1;
  for (const auto& [first, end] : taken) {
    if (next_free >= end) continue;  // a group reusing its parent's numbers, or an overlap
    if (next_free + 1 == first) line += fmt::format(" {}", next_free);
    else if (next_free < first) line += fmt::format(" {}-{}", next_free, first - 1);
    next_free = end;
  }
  if (next_free <= wire::kMaxFieldNumber) line += fmt::format(" {}-INF", next_free);
  return line;
}

void print_message(const descriptor::DescriptorProto& message, const std::string& full_name, std::ostream& out) {
  std::set<Range> taken;
  std::vector<std::pair<const descriptor::DescriptorProto*, std::string>> nested;
  gather(message, full_name, taken, nested);
  for (const auto& [child, child_name] : nested) print_message(*child, child_name, out);
  out << format_free(full_name, taken) << '\n';
}

}  // namespace

void print_free_field_numbers(const descriptor::FileDescriptorProto& file, std::ostream& out) {
  const std::string package = file.package.value_or("");
  for (const auto& message : file.message_type) print_message(message, join_name(package, message.name), out);
}

}  // namespace protoforge::driver
