#include "compiler/options/interpret.h"

#include <string>
#include <unordered_map>

#include "compiler/options/element_interpreter.h"

namespace protoforge::options {

namespace {

class PoolSymbols : public SymbolTable {
 public:
  explicit PoolSymbols(const link::DescriptorPool& pool) : pool_(pool) {}
  const link::Symbol* find_symbol(std::string_view full_name) const override { return pool_.find_symbol(full_name); }
  std::vector<const link::Symbol*> extensions_of(std::string_view extendee) const override {
    return pool_.extensions_of(extendee);
  }

 private:
  const link::DescriptorPool& pool_;
};

// The file's pool first, then the options schema: protoc takes descriptor.proto's types from the pool it builds
// when some file loaded it, and from its compiled-in copy otherwise.
class LayeredSymbols : public SymbolTable {
 public:
  LayeredSymbols(const SymbolTable& first, const SymbolTable* second) : first_(first), second_(second) {}
  const link::Symbol* find_symbol(std::string_view full_name) const override {
    const link::Symbol* symbol = first_.find_symbol(full_name);
    if (symbol == nullptr && second_ != nullptr) symbol = second_->find_symbol(full_name);
    return symbol;
  }

 private:
  const SymbolTable& first_;
  const SymbolTable* second_;
};

// Lookups through the linker, which applies protoc's visibility rule and records the imports that options use
// (so they do not count as unused). Results are remembered for the one file being interpreted: the pool does not
// change meanwhile, and repeating a lookup would only record the same import again. Sibling fields share their
// scope and usually their custom options, so most lookups repeat.
class PoolNameLookup : public NameLookup {
 public:
  PoolNameLookup(const link::DescriptorPool& pool, link::LinkedFile& file) : pool_(pool), file_(file) {}
  Result lookup(std::string_view name, std::string_view scope) const override {
    key_.assign(scope);
    key_ += '\0';  // cannot occur in names: separates scope and name
    key_ += name;
    auto it = memo_.find(key_);
    if (it == memo_.end()) {
      link::Resolution found = pool_.resolve_from(file_, scope, name);
      it = memo_.emplace(key_, Result{found.symbol, found.undefined_resolved_name}).first;
    }
    return it->second;
  }

 private:
  const link::DescriptorPool& pool_;
  link::LinkedFile& file_;
  mutable std::string key_;  // reused buffer for the memo key
  mutable std::unordered_map<std::string, Result> memo_;  // "scope\0name" -> result
};

void report(const link::LinkedFile& file, const OptionError& error, diag::DiagnosticSink& sink) {
  const ast::Option& option = *error.option;
  uint32_t offset = error.at_value ? option.value.span.begin
                                   : (option.name.empty() ? option.span.begin : option.name_span.begin);
  std::string path = file.source ? file.source->path() : file.proto.name.value_or("");
  if (file.source == nullptr || error.unlocated) {
    sink.error(path, -1, -1, error.message);
    return;
  }
  source::LineColumn where = file.source->locate(offset);
  sink.error(path, where.line, where.column, error.message);
}

}  // namespace

std::string_view options_message_name(link::OptionsKind kind) {
  switch (kind) {
    case link::OptionsKind::file: return "google.protobuf.FileOptions";
    case link::OptionsKind::message: return "google.protobuf.MessageOptions";
    case link::OptionsKind::field: return "google.protobuf.FieldOptions";
    case link::OptionsKind::oneof: return "google.protobuf.OneofOptions";
    case link::OptionsKind::enum_: return "google.protobuf.EnumOptions";
    case link::OptionsKind::enum_value: return "google.protobuf.EnumValueOptions";
    case link::OptionsKind::service: return "google.protobuf.ServiceOptions";
    case link::OptionsKind::method: return "google.protobuf.MethodOptions";
    case link::OptionsKind::extension_range: return "google.protobuf.ExtensionRangeOptions";
  }
  return "";
}

void interpret_file(link::LinkedFile& file, const link::DescriptorPool& pool, diag::DiagnosticSink& sink) {
  PoolSymbols file_pool(pool);
  const link::DescriptorPool* schema_pool = pool.options_schema();
  PoolSymbols builtin_pool(*schema_pool);
  LayeredSymbols layered(file_pool, schema_pool == &pool ? nullptr : &builtin_pool);
  Schema schema(layered);
  Schema builtin(builtin_pool);
  PoolNameLookup lookup(pool, file);
  // The options schema's own pool (descriptor.proto and the feature files) uses today's options freely.
  bool editions = file.proto.syntax == "editions" || file.proto.edition.has_value();
  bool is_schema_pool = schema_pool == &pool;
  ElementContext context{schema, builtin, lookup, &file_pool, !editions && !is_schema_pool};
  if (file.has_errors) return;  // protoc interprets options only for files that linked cleanly
  for (link::PendingOptions& pending : file.pending_options) {
    if (pending.options.empty() || pending.slot == nullptr) continue;
    std::string options_type(options_message_name(pending.kind));
    ElementResult result = interpret_element(context, options_type, pending.name_scope, pending.options);
    for (const OptionError& error : result.errors) report(file, error, sink);
    // Like protoc's had_errors_: a bad option also skips validation and the unused-import warning.
    if (!result.errors.empty()) file.has_errors = true;
    for (auto& [option, path] : result.paths) file.interpreted_option_paths[option] = std::move(path);
    *pending.slot = descriptor::EncodedOptions{std::move(result.bytes)};
  }
}

}  // namespace protoforge::options
