#include "compiler/link/symbol_table.h"

namespace protoforge::link {

const Symbol* SymbolTable::find(std::string_view full_name) const {
  auto it = by_name_.find(full_name);
  return it == by_name_.end() ? nullptr : it->second;
}

const Symbol* SymbolTable::add(Symbol symbol, const Symbol** existing) {
  // Store first so the key can view the stored name: one hash per insertion, undone if the name is taken.
  const Symbol& stored = symbols_.emplace_back(std::move(symbol));
  auto [it, inserted] = by_name_.try_emplace(stored.full_name, &stored);
  if (!inserted) {
    symbols_.pop_back();
    if (existing) *existing = it->second;
    return nullptr;
  }
  return &stored;
}

const Symbol* SymbolTable::add_extension(std::string_view extendee, int32_t number, const Symbol* extension) {
  auto it = extensions_.find(extendee);
  if (it == extensions_.end()) {
    const std::string& key = extendee_names_.emplace_back(extendee);
    it = extensions_.emplace(key, std::map<int32_t, const Symbol*>()).first;
  }
  auto [slot, inserted] = it->second.emplace(number, extension);
  return inserted ? nullptr : slot->second;
}

const Symbol* SymbolTable::find_extension(std::string_view extendee, int32_t number) const {
  auto it = extensions_.find(extendee);
  if (it == extensions_.end()) return nullptr;
  auto slot = it->second.find(number);
  return slot == it->second.end() ? nullptr : slot->second;
}

std::vector<const Symbol*> SymbolTable::extensions_of(std::string_view extendee) const {
  std::vector<const Symbol*> result;
  auto it = extensions_.find(extendee);
  if (it == extensions_.end()) return result;
  for (const auto& [number, symbol] : it->second) result.push_back(symbol);
  return result;
}

bool is_aggregate(const Symbol& symbol) {
  return symbol.kind == SymbolKind::message || symbol.kind == SymbolKind::package ||
         symbol.kind == SymbolKind::enum_ || symbol.kind == SymbolKind::service;
}

bool is_type(const Symbol& symbol) {
  return symbol.kind == SymbolKind::message || symbol.kind == SymbolKind::enum_;
}

}  // namespace protoforge::link
