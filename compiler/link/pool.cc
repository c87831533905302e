#include "compiler/link/pool.h"

#include <unordered_set>

#include "compiler/link/file_linker.h"
#include "compiler/link/lookup.h"
#include "compiler/link/lower.h"
#include "compiler/link/prebuilt.h"
#include "compiler/link/symbol_table.h"

namespace protoforge::link {

struct DescriptorPool::Impl {
  std::deque<LinkedFile> files;  // a deque: LinkedFile addresses must never change
  std::unordered_map<std::string_view, LinkedFile*> files_by_name;
  SymbolTable symbols;
  std::unordered_set<std::string> unused_import_track_files;
};

DescriptorPool::DescriptorPool() : impl_(std::make_unique<Impl>()) {}
DescriptorPool::~DescriptorPool() = default;

LoweredFile lower(const source::SourceFile& source, const ast::File& file) {
  LoweredFile lowered;
  diag::DiagnosticSink sink;
  Reporter reporter(source, sink);
  lowered.tree = std::make_shared<FileNode>(lower_file(file, lowered.proto, reporter));
  lowered.had_errors = reporter.had_errors();
  lowered.diagnostics = sink.take();
  return lowered;
}

LinkedFile* DescriptorPool::add(const source::SourceFile& source, const ast::File& file, diag::DiagnosticSink& sink,
                                LoweredFile* lowered) {
  if (find_file(file.path)) return nullptr;
  LoweredFile made_here;
  if (!lowered) {
    made_here = lower(source, file);
    lowered = &made_here;
  }
  LinkedFile& linked = impl_->files.emplace_back();
  linked.source = &source;
  linked.ast = &file;
  linked.build_index = impl_->files.size() - 1;
  linked.proto = std::move(lowered->proto);
  for (auto& diagnostic : lowered->diagnostics) sink.report(std::move(diagnostic));
  Reporter reporter(source, sink);
  reporter.add_earlier_errors(lowered->had_errors);
  std::shared_ptr<FileNode> tree_holder = std::move(lowered->tree);
  FileNode& tree = *tree_holder;
  bind_tree(tree, linked.proto);  // the proto has its final address now
  linked.tree = tree_holder;
  impl_->files_by_name.emplace(*linked.proto.name, &linked);
  for (const std::string& dependency : linked.proto.dependency) {
    // protoc rolls back a file that failed to build: importers see it as missing.
    const LinkedFile* found = find_file(dependency);
    linked.dependencies.push_back(found == &linked || (found && found->has_errors) ? nullptr : found);
  }
  compute_visible_files(linked);
  // Editions `import option` files serve option names; they are made visible like imports (a little more lenient
  // than protoc, which limits them to options).
  for (const std::string& path : linked.proto.option_dependency) {
    const LinkedFile* found = find_file(path);
    if (found && found != &linked && !found->has_errors) linked.visible_files.insert(found);
  }
  FileLinker linker(impl_->symbols, linked, tree, reporter);
  linker.build();
  linker.cross_link();
  linker.suggest_field_numbers();
  if (reporter.had_errors()) linker.detect_map_conflicts();
  linked.has_errors = reporter.had_errors();
  return &linked;
}

LinkedFile* DescriptorPool::add_prebuilt(descriptor::FileDescriptorProto proto) {
  if (!proto.name || find_file(*proto.name)) return nullptr;
  LinkedFile& linked = impl_->files.emplace_back();
  linked.proto = std::move(proto);
  linked.build_index = impl_->files.size() - 1;
  impl_->files_by_name.emplace(*linked.proto.name, &linked);
  for (const std::string& dependency : linked.proto.dependency) linked.dependencies.push_back(find_file(dependency));
  compute_visible_files(linked);
  register_prebuilt_symbols(impl_->symbols, linked);
  return &linked;
}

const LinkedFile* DescriptorPool::find_file(std::string_view path) const {
  auto it = impl_->files_by_name.find(path);
  return it == impl_->files_by_name.end() ? nullptr : it->second;
}

const Symbol* DescriptorPool::find_symbol(std::string_view full_name) const { return impl_->symbols.find(full_name); }

const Symbol* DescriptorPool::resolve(std::string_view scope, std::string_view name, bool types_only) const {
  return lookup_symbol(impl_->symbols, nullptr, scope, name, types_only).symbol;
}

Resolution DescriptorPool::resolve_from(LinkedFile& file, std::string_view scope, std::string_view name,
                                        bool types_only) const {
  return lookup_symbol(impl_->symbols, &file, scope, name, types_only);
}

const Symbol* DescriptorPool::find_extension(std::string_view extendee, int32_t number) const {
  return impl_->symbols.find_extension(extendee, number);
}

std::vector<const Symbol*> DescriptorPool::extensions_of(std::string_view extendee) const {
  return impl_->symbols.extensions_of(extendee);
}

void DescriptorPool::add_unused_import_track_file(std::string path) {
  impl_->unused_import_track_files.insert(std::move(path));
}

bool DescriptorPool::tracks_unused_imports(std::string_view path) const {
  return impl_->unused_import_track_files.count(std::string(path)) > 0;
}

}  // namespace protoforge::link
