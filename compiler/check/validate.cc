#include "compiler/check/validate.h"

#include <algorithm>

#include "compiler/check/option_reader.h"
#include "compiler/check/validator.h"

namespace protoforge::check {

namespace on = option_numbers;
namespace d = descriptor;

void validate_file(const link::LinkedFile& file, const link::DescriptorPool& pool, diag::DiagnosticSink& sink) {
  // protoc validates (and warns about unused imports) only when building the file reported no error so far. The
  // sink is expected to hold this file's diagnostics only (the driver uses one per file), so errors from option
  // interpretation count too.
  if (sink.has_errors()) file.has_errors = true;
  if (file.has_errors || !file.tree || !file.source) return;
  link::Reporter reporter(*file.source, sink);
  Validator validator(file, pool, reporter);
  validator.validate();
  if (reporter.had_errors()) file.has_errors = true;
  if (!reporter.had_errors() && pool.tracks_unused_imports(file.proto.name.value_or(""))) {
    validator.report_unused_imports();
  }
}

Validator::Validator(const link::LinkedFile& file, const link::DescriptorPool& pool, link::Reporter& reporter)
    : file_(file), pool_(pool), reporter_(reporter), tree_(*file.tree) {}

const link::Symbol* Validator::symbol_of(const std::optional<std::string>& dotted_name) const {
  if (!dotted_name || dotted_name->empty() || (*dotted_name)[0] != '.') return nullptr;
  return pool_.find_symbol(std::string_view(*dotted_name).substr(1));
}

bool Validator::is_lite(const link::LinkedFile* file) const {
  return file && read_varint_option(file->proto.options, on::kFileOptimizeFor).value_or(0) == on::kLiteRuntime;
}

// ValidateFileOptions: each element's options, then lite imports, then the proto3 rules.
void Validator::validate() {
  // buf stops at a file's first error, and its editions checks run in source order before the rest.
  if (file_.proto.syntax == "editions") {
    validate_editions();
    if (reporter_.had_errors()) return;
  }
  for (const link::MessageNode& message : tree_.messages) validate_message(message);
  for (const link::EnumNode& enumeration : tree_.enums) validate_enum(enumeration);
  for (const link::ServiceNode& service : tree_.services) validate_service(service);
  for (const link::FieldNode& extension : tree_.extensions) validate_field(extension, nullptr);
  validate_lite_imports();
  if (file_.proto.syntax == "proto3") {
    for (const link::FieldNode& extension : tree_.extensions) validate_proto3_field(extension, nullptr);
    for (const link::MessageNode& message : tree_.messages) validate_proto3_message(message);
    for (const link::EnumNode& enumeration : tree_.enums) validate_proto3_enum(enumeration);
  }
}

void Validator::validate_message(const link::MessageNode& node) {
  for (const link::FieldNode& field : node.fields) validate_field(field, &node);
  for (const link::MessageNode& nested : node.nested) validate_message(nested);
  for (const link::EnumNode& enumeration : node.enums) validate_enum(enumeration);
  for (const link::FieldNode& extension : node.extensions) validate_field(extension, nullptr);
  const bool message_set = option_is_true(node.proto->options, on::kMessageSetWireFormat);
  const int64_t max_number = message_set ? 2147483647 : 536870911;
  for (size_t i = 0; i < node.extension_ranges.size(); ++i) {
    if (node.proto->extension_range[i].end.value_or(0) > max_number + 1) {
      reporter_.error(node.extension_ranges[i].ast->span,
                      "Extension numbers cannot be greater than " + std::to_string(max_number) + ".");
    }
  }
}

void Validator::validate_enum(const link::EnumNode& node) {
  if (option_is_true(node.proto->options, on::kEnumAllowAlias)) return;
  std::vector<std::pair<int32_t, const std::string*>> used;
  for (const link::EnumValueNode& value : node.values) {
    const int32_t number = value.proto->number.value_or(0);
    auto it = std::find_if(used.begin(), used.end(), [&](const auto& entry) { return entry.first == number; });
    if (it != used.end()) {
      reporter_.error(value.ast->number_span, "\"" + value.full_name + "\" uses the same enum value as \"" +
                                                  *it->second + "\". If this is intended, set "
                                                  "'option allow_alias = true;' to the enum definition.");
    } else {
      used.emplace_back(number, &value.full_name);
    }
  }
}

void Validator::validate_service(const link::ServiceNode& node) {
  const auto& options = file_.proto.options;
  if (is_lite(&file_) && (option_is_true(options, on::kFileCcGenericServices) ||
                          option_is_true(options, on::kFileJavaGenericServices))) {
    reporter_.error(node.ast->name.span,
                    "Files with optimize_for = LITE_RUNTIME cannot define services unless you set both options "
                    "cc_generic_services and java_generic_services to false.");
  }
}

void Validator::validate_lite_imports() {
  if (is_lite(&file_)) return;
  for (size_t i = 0; i < file_.dependencies.size(); ++i) {
    const link::LinkedFile* dependency = file_.dependencies[i];
    if (!is_lite(dependency)) continue;
    reporter_.error(tree_.imports[i]->span,
                    "Files that do not use optimize_for = LITE_RUNTIME cannot import files which do use this "
                    "option.  This file is not lite, but it imports \"" +
                        *dependency->proto.name + "\" which is.");
    return;
  }
}

// protoc keeps unused imports in a set ordered by descriptor address, which mostly follows the order in which the
// imported files were built; build order is the closest stable approximation.
void Validator::report_unused_imports() {
  std::vector<bool> is_public(file_.dependencies.size(), false);
  for (int32_t index : file_.proto.public_dependency) {
    if (index >= 0 && static_cast<size_t>(index) < is_public.size()) is_public[static_cast<size_t>(index)] = true;
  }
  std::vector<std::pair<const link::LinkedFile*, size_t>> unused;  // file, import index
  for (size_t i = 0; i < file_.dependencies.size(); ++i) {
    const link::LinkedFile* dependency = file_.dependencies[i];
    // protoc does not track imports that are public, or files that themselves import publicly.
    if (!dependency || is_public[i] || !dependency->proto.public_dependency.empty()) continue;
    if (file_.used_dependencies.count(dependency) > 0) continue;
    auto same = [&](const auto& entry) { return entry.first == dependency; };
    if (std::find_if(unused.begin(), unused.end(), same) != unused.end()) continue;
    unused.emplace_back(dependency, i);
  }
  std::stable_sort(unused.begin(), unused.end(),
                   [](const auto& a, const auto& b) { return a.first->build_index < b.first->build_index; });
  for (const auto& [dependency, index] : unused) {
    reporter_.warning(tree_.imports[index]->span, "Import " + *dependency->proto.name + " is unused.");
  }
}

}  // namespace protoforge::check
