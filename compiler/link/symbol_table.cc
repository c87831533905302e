#include "compiler/link/symbol_table.h"

namespace protoforge::link {

namespace {
uint64_t hash_name(std::string_view name) { return std::hash<std::string_view>()(name); }
}  // namespace

const SymbolTable::Slot* SymbolTable::find_slot(std::string_view name, uint64_t hash) const {
  if (slots_.empty()) return nullptr;
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (!slot.symbol) return &slot;  // the empty slot where `name` would go
    if (slot.hash == hash && slot.symbol->full_name == name) return &slot;
  }
}

void SymbolTable::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
  const size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (!slot.symbol) continue;
    size_t i = slot.hash & mask;
    while (slots_[i].symbol) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

const Symbol* SymbolTable::find(std::string_view full_name) const {
  const Slot* slot = find_slot(full_name, hash_name(full_name));
  return slot ? slot->symbol : nullptr;
}

const Symbol* SymbolTable::add(Symbol symbol, const Symbol** existing) {
  if ((used_ + 1) * 2 > slots_.size()) grow();
  const uint64_t hash = hash_name(symbol.full_name);
  Slot* slot = const_cast<Slot*>(find_slot(symbol.full_name, hash));
  if (slot->symbol) {
    if (existing) *existing = slot->symbol;
    return nullptr;
  }
  const Symbol& stored = symbols_.emplace_back(std::move(symbol));
  *slot = Slot{hash, &stored};
  ++used_;
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
