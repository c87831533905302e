// Every symbol of a pool by full name, and extensions by (extendee, number). Symbols live in a deque so that
// pointers and the string_view keys into their names stay valid as the table grows.
#pragma once

#include <deque>
#include <map>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compiler/link/pool.h"

namespace protoforge::link {

class SymbolTable {
 public:
  const Symbol* find(std::string_view full_name) const;
  // Adds `symbol` unless its name is taken; returns the stored symbol, or nullptr when taken (then `*existing`,
  // if given, is the symbol holding the name).
  const Symbol* add(Symbol symbol, const Symbol** existing = nullptr);

  // Registers an extension; returns the conflicting extension if the number is already used for `extendee`.
  const Symbol* add_extension(std::string_view extendee, int32_t number, const Symbol* extension);
  const Symbol* find_extension(std::string_view extendee, int32_t number) const;
  std::vector<const Symbol*> extensions_of(std::string_view extendee) const;

 private:
  // Open addressing with linear probing over (hash, symbol) slots: one cache line per probe instead of a
  // bucket-and-node chase, which matters with millions of symbols. Capacity is a power of two, at most half full.
  struct Slot {
    uint64_t hash = 0;
    const Symbol* symbol = nullptr;
  };
  const Slot* find_slot(std::string_view name, uint64_t hash) const;
  void grow();

  std::deque<Symbol> symbols_;
  std::deque<std::string> extendee_names_;
  std::vector<Slot> slots_;
  size_t used_ = 0;
  std::unordered_map<std::string_view, std::map<int32_t, const Symbol*>> extensions_;
};

// True for symbols that can contain other symbols (protoc's Symbol::IsAggregate).
bool is_aggregate(const Symbol& symbol);
// True for messages and enums.
bool is_type(const Symbol& symbol);

}  // namespace protoforge::link
