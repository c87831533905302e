#include "compiler/options/option_name.h"

#include "compiler/options/protoc321.h"

namespace protoforge::options {

namespace {

std::string_view simple_name(std::string_view full_name) {
  size_t dot = full_name.rfind('.');
  return dot == std::string_view::npos ? full_name : full_name.substr(dot + 1);
}

// The field a name part refers to, or an error in `result`.
std::optional<FieldInfo> resolve_part(const ast::OptionNamePart& part, std::string_view current_type,
                                      const std::string& scope, const Schema& schema, const NameLookup& lookup,
                                      bool protoc_321_names, ResolvedName& result) {
  std::optional<FieldInfo> field;
  std::string undefined;
  if (part.is_extension) {
    NameLookup::Result found = lookup.lookup(part.name, scope);
    if (found.symbol != nullptr) field = schema.field_of_symbol(*found.symbol);
    undefined = found.undefined_name;
  } else {
    field = schema.field_by_name(current_type, part.name);
    if (field && protoc_321_names && is_newer_than_protoc_321(current_type, field->number)) field.reset();
  }
  if (!field && !undefined.empty()) {
    result.error = "Option \"" + result.debug_name + "\" is resolved to \"(" + undefined +
                   ")\", which is not defined. The innermost scope is searched first in name resolution. "
                   "Consider using a leading '.'(i.e., \"(." + result.debug_name.substr(1) +
                   "\") to start from the outermost scope.";
  } else if (!field) {
    result.error = "Option \"" + result.debug_name +
                   "\" unknown. Ensure that your proto definition file imports the proto which defines the option.";
  } else if (field->containing_type != current_type) {
    result.error = "Option field \"" + result.debug_name + "\" is not a field or extension of message \"" +
                   std::string(simple_name(current_type)) + "\".";
    field.reset();
  }
  return field;
}

}  // namespace

ResolvedName resolve_option_name(const std::vector<ast::OptionNamePart>& name, const std::string& options_type,
                                 const std::string& scope, const Schema& schema, const NameLookup& lookup,
                                 bool protoc_321_names) {
  ResolvedName result;
  if (name.empty()) {
    result.error = "Option must have a name.";
    return result;
  }
  if (name.front().name == "uninterpreted_option") {
    result.error = "Option must not use reserved name \"uninterpreted_option\".";
    return result;
  }
  result.chain.reserve(name.size());  // `current_type` points into the chain: it must not reallocate
  std::string_view current_type = options_type;
  for (size_t i = 0; i < name.size(); ++i) {
    const ast::OptionNamePart& part = name[i];
    if (!result.debug_name.empty()) result.debug_name += ".";
    if (part.is_extension) {
      result.debug_name += '(';
      result.debug_name += part.name;
      result.debug_name += ')';
    } else {
      result.debug_name += part.name;
    }
    std::optional<FieldInfo> field = resolve_part(part, current_type, scope, schema, lookup, protoc_321_names, result);
    if (!field) return result;
    result.path.push_back(field->number);
    const FieldInfo& added = result.chain.emplace_back(std::move(*field));
    if (i + 1 == name.size()) break;
    if (!added.is_message()) {
      result.error = "Option \"" + result.debug_name + "\" is an atomic type, not a message.";
      return result;
    }
    if (added.repeated) {
      result.error = "Option field \"" + result.debug_name +
                     "\" is a repeated message. Repeated message options must be initialized using an aggregate "
                     "value.";
      return result;
    }
    current_type = added.type_name;
  }
  return result;
}

}  // namespace protoforge::options
