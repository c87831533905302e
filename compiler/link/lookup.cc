#include "compiler/link/lookup.h"

#include <string>

#include "compiler/link/names.h"

namespace protoforge::link {

namespace {

bool is_in_package(const LinkedFile& file, std::string_view package) {
  const std::string_view own = file.proto.package ? std::string_view(*file.proto.package) : std::string_view();
  return own == package || (own.size() > package.size() && own.substr(0, package.size()) == package &&
                            own[package.size()] == '.');
}

class Finder {
 public:
  Finder(const SymbolTable& table, LinkedFile* from, Resolution& result)
      : table_(table), from_(from), result_(result) {}

  // protoc's FindSymbol: a symbol from a file that is not visible counts as missing, but is remembered so the
  // error can suggest the import. Packages are visible when any visible file shares them.
  const Symbol* find(std::string_view full_name) {
    const Symbol* symbol = table_.find(full_name);
    if (!symbol || !from_) return symbol;
    const LinkedFile* file = symbol->file;
    // A file that failed is rolled back in protoc, so its symbols do not exist for other files.
    if (file != from_ && file && file->has_errors && symbol->kind != SymbolKind::package) return nullptr;
    if (file == from_ || from_->visible_files.count(file) > 0) {
      from_->used_dependencies.insert(file);
      return symbol;
    }
    if (symbol->kind == SymbolKind::package) {
      if (is_in_package(*from_, full_name)) return symbol;
      for (const LinkedFile* visible : from_->visible_files) {
        if (visible && is_in_package(*visible, full_name)) return symbol;
      }
    }
    result_.undeclared_file = file;
    result_.undeclared_name = std::string(full_name);
    return nullptr;
  }

 private:
  const SymbolTable& table_;
  LinkedFile* from_;
  Resolution& result_;
};

}  // namespace

Resolution lookup_symbol(const SymbolTable& table, LinkedFile* from, std::string_view scope, std::string_view name,
                         bool types_only) {
  Resolution result;
  Finder finder(table, from, result);
  if (!name.empty() && name[0] == '.') {
    result.symbol = finder.find(name.substr(1));
    return result;
  }
  const std::string_view first = name.substr(0, name.find('.'));
  std::string scope_to_try;
  scope_to_try.reserve(scope.size() + 1 + name.size());  // the longest candidate: one allocation for them all
  scope_to_try = scope;
  while (true) {
    if (scope_to_try.empty()) {
      result.symbol = finder.find(name);
      return result;
    }
    const size_t scope_size = scope_to_try.size();
    scope_to_try += '.';
    scope_to_try += first;
    if (const Symbol* symbol = finder.find(scope_to_try)) {
      if (first.size() < name.size()) {
        if (is_aggregate(*symbol)) {
          // Only the innermost match of the first component counts: the rest must be found inside it.
          scope_to_try += name.substr(first.size());
          result.symbol = finder.find(scope_to_try);
          if (!result.symbol) result.undefined_resolved_name = scope_to_try;
          return result;
        }
      } else if (!types_only || is_type(*symbol)) {
        result.symbol = symbol;
        return result;
      }
    }
    scope_to_try.resize(parent_scope(std::string_view(scope_to_try).substr(0, scope_size)).size());
  }
}

void compute_visible_files(LinkedFile& file) {
  std::vector<const LinkedFile*> pending(file.dependencies.begin(), file.dependencies.end());
  // Direct imports are visible; public imports of visible-through-import files are too, transitively.
  for (const LinkedFile* dependency : file.dependencies) {
    if (dependency) file.visible_files.insert(dependency);
  }
  while (!pending.empty()) {
    const LinkedFile* current = pending.back();
    pending.pop_back();
    if (!current) continue;
    for (int32_t index : current->proto.public_dependency) {
      if (index < 0 || static_cast<size_t>(index) >= current->dependencies.size()) continue;
      const LinkedFile* exported = current->dependencies[static_cast<size_t>(index)];
      if (exported && file.visible_files.insert(exported).second) pending.push_back(exported);
    }
  }
}

std::vector<std::string> not_defined_messages(const Resolution& failed, std::string_view written_name,
                                              std::string_view filename) {
  std::vector<std::string> messages;
  if (!failed.undeclared_file && failed.undefined_resolved_name.empty()) {
    messages.push_back("\"" + std::string(written_name) + "\" is not defined.");
    return messages;
  }
  if (failed.undeclared_file) {
    messages.push_back("\"" + failed.undeclared_name + "\" seems to be defined in \"" +
                       *failed.undeclared_file->proto.name + "\", which is not imported by \"" +
                       std::string(filename) + "\".  To use it here, please add the necessary import.");
  }
  if (!failed.undefined_resolved_name.empty()) {
    messages.push_back("\"" + std::string(written_name) + "\" is resolved to \"" + failed.undefined_resolved_name +
                       "\", which is not defined. The innermost scope is searched first in name resolution. "
                       "Consider using a leading '.'(i.e., \"." +
                       std::string(written_name) + "\") to start from the outermost scope.");
  }
  return messages;
}

}  // namespace protoforge::link
