// The cross-link pass (protoc's CrossLinkFile): resolves type names, extendees and method types from the scope
// of each element, checks enum defaults, and registers field and extension numbers. As in protoc, an element
// whose names fail to resolve is not checked further.
#include <algorithm>

#include "compiler/link/file_linker.h"
#include "compiler/link/lookup.h"
#include "compiler/link/names.h"

namespace protoforge::link {

namespace {

namespace d = descriptor;

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

// protoc records no source location for the fields of a synthesized map entry.
std::optional<source::Span> located(const FieldNode& node, source::Span span) {
  if (node.map_part != MapPart::none) return std::nullopt;
  return span;
}

std::optional<source::Span> default_span(const FieldNode& node) {
  if (!node.default_option || node.map_part != MapPart::none) return std::nullopt;
  return node.default_option->value.span;
}

}  // namespace

Resolution FileLinker::lookup(std::string_view scope, std::string_view name, bool types_only) {
  return lookup_symbol(table_, &file_, scope, name, types_only);
}

void FileLinker::report_not_defined(const Resolution& failed, std::string_view written,
                                    std::optional<source::Span> where) {
  for (std::string& message : not_defined_messages(failed, written, *file_.proto.name)) report(where, message);
}

void FileLinker::cross_link() {
  for (MessageNode& message : tree_.messages) cross_link_message(message);
  for (FieldNode& extension : tree_.extensions) cross_link_field(extension, nullptr, nullptr);
  for (ServiceNode& service : tree_.services) {
    for (MethodNode& method : service.methods) cross_link_method(method);
  }
}

void FileLinker::cross_link_message(MessageNode& node) {
  for (MessageNode& nested : node.nested) cross_link_message(nested);
  FieldNumbers numbers;
  numbers.reserve(node.fields.size());
  for (FieldNode& field : node.fields) cross_link_field(field, &numbers, &node);
  for (FieldNode& extension : node.extensions) cross_link_field(extension, nullptr, nullptr);
  for (size_t i = 0; i < node.oneofs.size(); ++i) {
    bool has_member = false;
    for (const auto& field : node.proto->field) {
      has_member = has_member || field.oneof_index == static_cast<int32_t>(i);
    }
    if (!has_member && node.oneofs[i].ast) {
      reporter_.error(node.oneofs[i].ast->name.span, "Oneof must have at least one field.");
    }
  }
}

void FileLinker::cross_link_field(FieldNode& node, FieldNumbers* numbers, const MessageNode* message) {
  if (node.is_extension && !resolve_extendee(node)) return;
  if (node.type_ref && !resolve_field_type(node)) return;
  if (node.ast && node.ast->is_map && node.map_part == MapPart::none && node.proto->default_value) {
    report(default_span(node), "Messages can't have default values.");
  }
  const int32_t number = node.proto->number.value_or(0);
  if (!node.is_extension) {
    if (!numbers) return;
    auto it = numbers->end();
    if (!numbers->empty() && numbers->back().first >= number) {
      it = std::lower_bound(numbers->begin(), numbers->end(), number,
                            [](const auto& entry, int32_t value) { return entry.first < value; });
    }
    const bool inserted = it == numbers->end() || it->first != number;
    if (inserted) {
      numbers->insert(it, {number, &node});
    } else {
      report(located(node, node.number_span()),
             "Field number " + std::to_string(number) + " has already been used in " + quoted(message->full_name) +
                 " by field " + quoted(*it->second->proto->name) + ".");
    }
    return;
  }
  const Symbol* self = table_.find(node.full_name);
  if (!self || self->field != node.proto) return;
  const std::string_view extendee = std::string_view(*node.proto->extendee).substr(1);
  if (const Symbol* other = table_.add_extension(extendee, number, self)) {
    std::string message = "Extension number " + std::to_string(number) + " has already been used in " +
                          quoted(extendee) + " by extension " + quoted(other->full_name);
    // protoc 3.21 only warns when the earlier extension comes from another file (an error before Aug 2018).
    if (other->file == &file_) {
      report(located(node, node.number_span()), message + ".");
    } else {
      message += " defined in " + *other->file->proto.name + ".";
      if (node.map_part == MapPart::none) reporter_.warning(node.number_span(), message);
    }
  }
}

bool FileLinker::resolve_extendee(FieldNode& node) {
  const std::string& written = node.extendee->text;
  const std::optional<source::Span> where = located(node, node.extendee->span);
  Resolution found = lookup(parent_scope(node.full_name), written, false);
  if (!found.symbol) {
    report_not_defined(found, written, where);
    return false;
  }
  if (found.symbol->kind != SymbolKind::message) {
    report(where, quoted(written) + " is not a message type.");
    return false;
  }
  node.proto->extendee = "." + found.symbol->full_name;
  const int32_t number = node.proto->number.value_or(0);
  bool declared = false;
  for (const auto& range : found.symbol->message->extension_range) {
    declared = declared || (range.start.value_or(0) <= number && number < range.end.value_or(0));
  }
  if (!declared) {
    report(located(node, node.number_span()),
           quoted(found.symbol->full_name) + " does not declare " + std::to_string(number) +
               " as an extension number.");
  }
  return true;
}

bool FileLinker::resolve_field_type(FieldNode& node) {
  const std::string& written = node.type_ref->text;
  const std::optional<source::Span> where = located(node, node.type_span());
  Resolution found = lookup(parent_scope(node.full_name), written, true);
  if (!found.symbol) {
    report_not_defined(found, written, where);
    return false;
  }
  const Symbol& symbol = *found.symbol;
  if (!node.proto->type) {
    if (symbol.kind == SymbolKind::message) node.proto->type = d::FieldType::message;
    else if (symbol.kind == SymbolKind::enum_) node.proto->type = d::FieldType::enum_;
    else {
      report(where, quoted(written) + " is not a type.");
      return false;
    }
  }
  node.proto->type_name = "." + symbol.full_name;
  const d::FieldType type = *node.proto->type;
  if (type == d::FieldType::message || type == d::FieldType::group) {
    if (symbol.kind != SymbolKind::message) {
      report(where, quoted(written) + " is not a message type.");
      return false;
    }
    if (node.proto->default_value) report(default_span(node), "Messages can't have default values.");
  } else if (type == d::FieldType::enum_) {
    if (symbol.kind != SymbolKind::enum_) {
      report(where, quoted(written) + " is not an enum type.");
      return false;
    }
    if (node.proto->default_value) check_enum_default(node, symbol);
  } else {
    report(where, "Field with primitive type has type_name.");
    return false;
  }
  return true;
}

void FileLinker::check_enum_default(FieldNode& node, const Symbol& enum_symbol) {
  const std::string& text = *node.proto->default_value;
  if (!is_identifier(text)) {
    report(default_span(node), "Default value for an enum field must be an identifier.");
    return;
  }
  Resolution found = lookup(parent_scope(enum_symbol.full_name), text, false);
  if (!found.symbol || found.symbol->kind != SymbolKind::enum_value ||
      found.symbol->parent != enum_symbol.full_name) {
    report(default_span(node),
           "Enum type " + quoted(enum_symbol.full_name) + " has no value named " + quoted(text) + ".");
  }
}

void FileLinker::cross_link_method(MethodNode& node) {
  const std::string_view scope = parent_scope(node.full_name);
  struct Part {
    const ast::TypeRef& written;
    std::optional<std::string>& out;
  };
  Part parts[] = {{node.ast->input_type, node.proto->input_type}, {node.ast->output_type, node.proto->output_type}};
  for (Part& part : parts) {
    Resolution found = lookup(scope, part.written.text, false);
    if (!found.symbol) {
      report_not_defined(found, part.written.text, part.written.span);
    } else if (found.symbol->kind != SymbolKind::message) {
      report(part.written.span, quoted(part.written.text) + " is not a message type.");
    } else {
      part.out = "." + found.symbol->full_name;
    }
  }
}

}  // namespace protoforge::link
