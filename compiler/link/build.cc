// The build pass: registers symbols and runs the checks protoc's DescriptorBuilder makes while building each
// element (BuildMessage, BuildFieldOrExtension, BuildEnum, ...), and queues options in AllocateOptions order.
#include <unordered_set>

#include "compiler/link/file_linker.h"
#include "compiler/link/names.h"

namespace protoforge::link {

namespace {

constexpr int32_t kMaxFieldNumber = 536870911;
constexpr int32_t kFirstReserved = 19000;
constexpr int32_t kLastReserved = 19999;

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

Symbol make_symbol(SymbolKind kind, std::string full_name, const LinkedFile* file, std::string_view parent) {
  Symbol symbol;
  symbol.kind = kind;
  symbol.full_name = std::move(full_name);
  symbol.file = file;
  symbol.parent = std::string(parent);
  return symbol;
}

}  // namespace

void FileLinker::report(std::optional<source::Span> where, std::string message) {
  if (where) reporter_.error(*where, std::move(message));
  else reporter_.error_without_location(std::move(message));
}

void FileLinker::build() {
  if (!tree_.package.empty()) add_package(tree_.package);
  check_imports();
  for (MessageNode& message : tree_.messages) build_message(message, tree_.package);
  for (EnumNode& enumeration : tree_.enums) build_enum(enumeration, tree_.package);
  for (ServiceNode& service : tree_.services) build_service(service);
  for (FieldNode& extension : tree_.extensions) build_field(extension, tree_.package, nullptr);
  queue_options(OptionsKind::file, file_.proto.name.value_or(""), tree_.package, tree_.options, &file_.proto.options);
}

void FileLinker::add_package(const std::string& name) {
  // protoc blames the package statement itself (its first token).
  const source::Span where = tree_.package_ast ? tree_.package_ast->span : source::Span{};
  const Symbol* existing = table_.find(name);
  if (!existing) {
    table_.add(make_symbol(SymbolKind::package, name, &file_, parent_scope(name)));
    const std::string_view parent = parent_scope(name);
    if (!parent.empty()) add_package(std::string(parent));
  } else if (existing->kind != SymbolKind::package) {
    reporter_.error(where, quoted(name) + " is already defined (as something other than a package) in file \"" +
                               (existing->file ? *existing->file->proto.name : std::string("null")) + "\".");
  }
}

void FileLinker::check_imports() {
  std::unordered_set<std::string_view> seen;
  for (size_t i = 0; i < tree_.imports.size(); ++i) {
    const ast::Import* import = tree_.imports[i];
    if (!seen.insert(import->path).second) {
      reporter_.error(import->span, "Import \"" + import->path + "\" was listed twice.");
    }
    // The command-line tool's wording (it has a fallback database): the import failed to load or link.
    if (i < file_.dependencies.size() && !file_.dependencies[i]) {
      reporter_.error(import->span, "Import \"" + import->path + "\" was not found or had errors.");
    }
  }
}

const Symbol* FileLinker::add_symbol(Symbol symbol, std::optional<source::Span> name_span) {
  const Symbol* other = nullptr;
  if (const Symbol* added = table_.add(std::move(symbol), &other)) return added;
  const std::string& full_name = other->full_name;
  if (other->file == &file_) {
    const size_t dot = full_name.rfind('.');
    if (dot == std::string::npos) {
      report(name_span, quoted(full_name) + " is already defined.");
    } else {
      report(name_span, quoted(full_name.substr(dot + 1)) + " is already defined in " +
                            quoted(full_name.substr(0, dot)) + ".");
    }
  } else {
    report(name_span, quoted(full_name) + " is already defined in file \"" +
                          (other->file ? *other->file->proto.name : std::string("null")) + "\".");
  }
  return nullptr;
}

void FileLinker::build_message(MessageNode& node, std::string_view parent) {
  const std::string& scope = node.full_name;
  for (OneofNode& oneof : node.oneofs) {
    queue_options(OptionsKind::oneof, oneof.full_name, scope, oneof.options, &oneof.proto->options);
    Symbol symbol = make_symbol(SymbolKind::oneof, oneof.full_name, &file_, scope);
    symbol.oneof = oneof.proto;
    add_symbol(std::move(symbol), std::nullopt);  // protoc records no location for a oneof's name
  }
  for (FieldNode& field : node.fields) build_field(field, scope, &node);
  for (MessageNode& nested : node.nested) build_message(nested, scope);
  for (EnumNode& enumeration : node.enums) build_enum(enumeration, scope);
  for (ExtensionRangeNode& range : node.extension_ranges) build_extension_range(range, node);
  for (FieldNode& extension : node.extensions) build_field(extension, scope, nullptr);
  for (const RangeNode& range : node.reserved) {
    if (range.ast->start <= 0) {
      request_hint(node, std::nullopt, range.ast->start,
                   range.ast->end_is_max ? int64_t{kMaxFieldNumber} + 1 : int64_t{range.ast->end} + 1);
      reporter_.error_without_location("Reserved numbers must be positive integers.");
    }
  }
  queue_options(OptionsKind::message, scope, parent, node.options, &node.proto->options);
  Symbol symbol = make_symbol(SymbolKind::message, scope, &file_, parent);
  symbol.message = node.proto;
  // A synthesized map entry has no location of its own in protoc.
  add_symbol(std::move(symbol), node.ast ? std::optional(node.name_span()) : std::nullopt);
  check_message_numbers(node);
}

void FileLinker::build_field(FieldNode& node, std::string_view parent, const MessageNode* message) {
  const int32_t number = node.proto->number.value_or(0);
  const source::Span number_span = node.number_span();
  if (node.default_option && node.proto->label == descriptor::FieldLabel::repeated) {
    reporter_.error(node.default_option->value.span, "Repeated fields can't have default values.");
  }
  if (node.is_extension && node.proto->label == descriptor::FieldLabel::required) {
    reporter_.error(node.type_span(), "The extension " + node.full_name + " cannot be required.");
  }
  if (number <= 0) {
    if (message) request_hint(*message, number_span);
    reporter_.error(number_span, "Field numbers must be positive integers.");
  } else if (!node.is_extension && number > kMaxFieldNumber) {
    if (message) request_hint(*message, number_span);
    reporter_.error(number_span, "Field numbers cannot be greater than " + std::to_string(kMaxFieldNumber) + ".");
  } else if (number >= kFirstReserved && number <= kLastReserved) {
    if (message) request_hint(*message, number_span);
    reporter_.error(number_span, "Field numbers " + std::to_string(kFirstReserved) + " through " +
                                     std::to_string(kLastReserved) +
                                     " are reserved for the protocol buffer library implementation.");
  }
  queue_options(OptionsKind::field, node.full_name, parent, node.options, &node.proto->options);
  Symbol symbol = make_symbol(node.is_extension ? SymbolKind::extension : SymbolKind::field, node.full_name, &file_,
                              parent);
  symbol.field = node.proto;
  add_symbol(std::move(symbol),
             node.map_part == MapPart::none ? std::optional(node.name_span()) : std::nullopt);
}

void FileLinker::build_extension_range(ExtensionRangeNode& node, const MessageNode& message) {
  const int32_t start = node.proto->start.value_or(0);
  const int32_t end = node.proto->end.value_or(0);
  if (start <= 0) {
    request_hint(message, node.ast->span, start, end);
    reporter_.error(node.ast->span, "Extension numbers must be positive integers.");
  }
  // The upper bound is checked after options are interpreted (message_set_wire_format allows more).
  if (start >= end) reporter_.error(node.ast->span, "Extension range end number must be greater than start number.");
  queue_options(OptionsKind::extension_range, message.full_name, parent_scope(message.full_name),
                node.options, &node.proto->options);
}

}  // namespace protoforge::link
