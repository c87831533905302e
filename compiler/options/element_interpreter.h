// Interprets the options of one element (a file, message, field, ...): resolves each option's name, checks and
// encodes its value, wraps sub-field paths into their messages, and finally re-serializes the whole options
// message in protoc's order. Independent of the linker's pool, so it can be tested with hand-made symbol tables.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/options/name_lookup.h"
#include "compiler/options/schema.h"

namespace protoforge::options {

struct ElementContext {
  const Schema& schema;          // the file's pool, falling back to the options schema (like protoc's builder)
  const Schema& builtin;         // the options schema alone: what protoc's compiled-in descriptor.proto knows
  const NameLookup& lookup;      // scoped lookup with the file's visibility rules
  const SymbolTable* file_pool;  // to tell enums of built pools from compiled-in ones (protoc's sibling hint)
  // Not an editions file: only protoc 3.21's built-in options exist (unless the file's own pool defines newer
  // options messages, which protoc 3.21 would then use for names), and newer fields are unknown fields.
  bool protoc_321 = false;
};

struct OptionError {
  const ast::Option* option = nullptr;
  bool at_value = false;  // reported at the value (else at the name)
  std::string message;
  bool unlocated = false;  // protoc reports it for the file as a whole, without line and column
};

struct ElementResult {
  std::string bytes;  // the options message, in protoc's byte order
  std::vector<OptionError> errors;  // protoc stops at an element's first bad option: at most one
  std::vector<std::pair<const ast::Option*, std::vector<int32_t>>> paths;  // per interpreted option
};

ElementResult interpret_element(const ElementContext& context, const std::string& options_type,
                                const std::string& scope, const std::vector<const ast::Option*>& options);

// Whether `bytes` (options encoded so far) already set `leaf` below the message path `chain`, as protoc's
// ExamineIfOptionIsSet checks before setting a non-repeated option.
bool is_option_set(std::string_view bytes, std::span<const FieldInfo> chain, size_t index, int32_t leaf,
                   int depth = 0);

}  // namespace protoforge::options
