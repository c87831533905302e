#include "compiler/options/name_lookup.h"

#include <vector>

namespace protoforge::options {

namespace {

bool is_aggregate(const link::Symbol& symbol) {
  return symbol.kind == link::SymbolKind::message || symbol.kind == link::SymbolKind::package ||
         symbol.kind == link::SymbolKind::enum_ || symbol.kind == link::SymbolKind::service;
}

bool is_in_package(const link::LinkedFile& file, std::string_view name) {
  std::string_view package = file.proto.package ? std::string_view(*file.proto.package) : std::string_view();
  return package.substr(0, name.size()) == name && (package.size() == name.size() || package[name.size()] == '.');
}

}  // namespace

ScopedNameLookup::ScopedNameLookup(const SymbolTable& symbols, const link::LinkedFile* file) : symbols_(symbols), file_(file) {
  if (file == nullptr) return;
  visible_.insert(file);
  // Direct imports, plus whatever each of them re-exports with `import public`, transitively.
  std::vector<const link::LinkedFile*> pending(file->dependencies.begin(), file->dependencies.end());
  while (!pending.empty()) {
    const link::LinkedFile* dep = pending.back();
    pending.pop_back();
    if (dep == nullptr || !visible_.insert(dep).second) continue;
    for (int32_t index : dep->proto.public_dependency) {
      if (index >= 0 && static_cast<size_t>(index) < dep->dependencies.size()) {
        pending.push_back(dep->dependencies[index]);
      }
    }
  }
}

bool ScopedNameLookup::is_visible(const link::Symbol& symbol, std::string_view full_name) const {
  if (file_ == nullptr || symbol.file == nullptr || visible_.count(symbol.file) > 0) return true;
  if (symbol.kind != link::SymbolKind::package) return false;
  // A package may be declared by several files; any visible one will do.
  for (const link::LinkedFile* file : visible_) {
    if (is_in_package(*file, full_name)) return true;
  }
  return false;
}

const link::Symbol* ScopedNameLookup::find_visible(std::string_view full_name) const {
  const link::Symbol* symbol = symbols_.find_symbol(full_name);
  return symbol != nullptr && is_visible(*symbol, full_name) ? symbol : nullptr;
}

std::string_view enclosing_scope(std::string_view full_name) {
  size_t dot = full_name.rfind('.');
  return dot == std::string_view::npos ? std::string_view() : full_name.substr(0, dot);
}

NameLookup::Result ScopedNameLookup::lookup(std::string_view name, std::string_view scope) const {
  Result result;
  if (!name.empty() && name.front() == '.') {
    result.symbol = find_visible(name.substr(1));
    return result;
  }
  size_t first_dot = name.find('.');
  std::string_view first = name.substr(0, first_dot);
  std::string candidate(scope);
  while (!candidate.empty()) {
    size_t base = candidate.size();
    candidate += '.';
    candidate += first;
    if (const link::Symbol* found = find_visible(candidate)) {
      if (first_dot == std::string_view::npos) {
        result.symbol = found;
        return result;
      }
      if (is_aggregate(*found)) {
        // The first component settles the scope: the rest must be inside it, or the lookup fails.
        candidate += name.substr(first_dot);
        result.symbol = find_visible(candidate);
        if (result.symbol == nullptr) result.undefined_name = candidate;
        return result;
      }
    }
    candidate.erase(base);
    candidate = std::string(enclosing_scope(candidate));
  }
  result.symbol = find_visible(name);
  return result;
}

}  // namespace protoforge::options
