// protoc's ValidateProto3: no extension ranges, required fields, defaults, groups, closed enums or non-option
// extensions in proto3 files; enums start at zero; field names must not collide in their lower-case,
// underscore-free form (protoc's JSON name conflict rule).
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "compiler/check/option_reader.h"
#include "compiler/check/validator.h"

namespace protoforge::check {

namespace d = descriptor;
using link::FieldNode;
using link::MapPart;

namespace {

bool allowed_proto3_extendee(std::string_view name) {
  static constexpr std::string_view kOptions[] = {"FileOptions",   "MessageOptions",   "FieldOptions",
                                                  "EnumOptions",   "EnumValueOptions", "ServiceOptions",
                                                  "MethodOptions", "OneofOptions",     "ExtensionRangeOptions"};
  for (std::string_view prefix : {std::string_view("google.protobuf."), std::string_view("proto2.")}) {
    if (name.substr(0, prefix.size()) != prefix) continue;
    for (std::string_view option : kOptions) {
      if (name.substr(prefix.size()) == option) return true;
    }
  }
  return false;
}

std::string lower_without_underscores(std::string_view name) {
  std::string result;
  for (char c : name) {
    if (c == '_') continue;
    result.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return result;
}

std::optional<source::Span> located(const FieldNode& node, source::Span span) {
  if (node.map_part != MapPart::none) return std::nullopt;
  return span;
}

void report(link::Reporter& reporter, std::optional<source::Span> where, std::string message) {
  if (where) reporter.error(*where, std::move(message));
  else reporter.error_without_location(std::move(message));
}

}  // namespace

void Validator::validate_proto3_message(const link::MessageNode& node) {
  for (const link::MessageNode& nested : node.nested) validate_proto3_message(nested);
  for (const link::EnumNode& enumeration : node.enums) validate_proto3_enum(enumeration);
  for (const FieldNode& field : node.fields) validate_proto3_field(field, &node);
  for (const FieldNode& extension : node.extensions) validate_proto3_field(extension, nullptr);
  if (!node.extension_ranges.empty()) {
    reporter_.error(node.extension_ranges.front().ast->span, "Extension ranges are not allowed in proto3.");
  }
  if (option_is_true(node.proto->options, option_numbers::kMessageSetWireFormat)) {
    report(reporter_, node.ast ? std::optional(node.name_span()) : std::nullopt,
           "MessageSet is not supported in proto3.");
  }
  report_json_name_conflicts(node);
}

// Each field whose folded name an earlier field already has conflicts with the first such field. Sorting the
// folded names (stable, so equal names stay in field order) finds them without a tree node per field; the
// conflicts are then reported in field order.
void Validator::report_json_name_conflicts(const link::MessageNode& node) {
  std::vector<std::pair<std::string, size_t>> folded;  // folded name, field index
  folded.reserve(node.fields.size());
  for (size_t i = 0; i < node.fields.size(); ++i) {
    folded.emplace_back(lower_without_underscores(*node.fields[i].proto->name), i);
  }
  std::stable_sort(folded.begin(), folded.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::pair<size_t, size_t>> conflicts;  // field index, index of the first field with its name
  for (size_t i = 1, first = 0; i < folded.size(); ++i) {
    if (folded[i].first == folded[first].first) conflicts.emplace_back(folded[i].second, folded[first].second);
    else first = i;
  }
  std::sort(conflicts.begin(), conflicts.end());
  for (const auto& [index, first] : conflicts) {
    const FieldNode& field = node.fields[index];
    report(reporter_, located(field, field.name_span()),
           "The JSON camel-case name of field \"" + *field.proto->name + "\" conflicts with field \"" +
               *node.fields[first].proto->name + "\". This is not allowed in proto3.");
  }
}

void Validator::validate_proto3_field(const FieldNode& node, const link::MessageNode* containing) {
  const d::FieldDescriptorProto& field = *node.proto;
  // Only an error message needs it; it points into the tree or the pool, which outlive this call.
  std::string_view containing_name = containing ? std::string_view(containing->full_name) : std::string_view();
  if (node.is_extension) {
    const link::Symbol* extendee = symbol_of(field.extendee);
    containing_name = extendee ? std::string_view(extendee->full_name) : std::string_view();
    if (extendee && !allowed_proto3_extendee(extendee->full_name)) {
      reporter_.error(node.extendee->span, "Extensions in proto3 are only allowed for defining options.");
    }
  }
  const std::optional<source::Span> type_where = located(node, node.type_span());
  if (field.label == d::FieldLabel::required) {
    report(reporter_, type_where, "Required fields are not allowed in proto3.");
  }
  if (field.default_value) {
    report(reporter_, node.default_option ? std::optional(node.default_option->value.span) : std::nullopt,
           "Explicit default values are not allowed in proto3.");
  }
  if (field.type == d::FieldType::enum_) {
    const link::Symbol* enum_symbol = symbol_of(field.type_name);
    if (enum_symbol && enum_symbol->file && enum_symbol->file->proto.syntax != "proto3") {
      report(reporter_, type_where,
             "Enum type \"" + enum_symbol->full_name + "\" is not a proto3 enum, but is used in \"" +
                 std::string(containing_name) + "\" which is a proto3 message type.");
    }
  }
  if (field.type == d::FieldType::group) {
    report(reporter_, type_where, "Groups are not supported in proto3 syntax.");
  }
}

void Validator::validate_proto3_enum(const link::EnumNode& node) {
  if (!node.values.empty() && node.values.front().proto->number != 0) {
    reporter_.error(node.values.front().ast->number_span, "The first enum value must be zero in proto3.");
  }
}

}  // namespace protoforge::check
