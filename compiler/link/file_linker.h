// Links one file into a pool, in the order of protoc's DescriptorBuilder::BuildFileImpl: build (symbols, number
// and range checks, option queueing) then cross-link (type names, extendees, defaults, duplicate numbers), then
// the field-number suggestions protoc appends. Internal to the link stage.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "compiler/link/pool.h"
#include "compiler/link/report.h"
#include "compiler/link/symbol_table.h"
#include "compiler/link/tree.h"

namespace protoforge::link {

class FileLinker {
 public:
  FileLinker(SymbolTable& table, LinkedFile& file, FileNode& tree, Reporter& reporter)
      : table_(table), file_(file), tree_(tree), reporter_(reporter) {}

  void build();
  void cross_link();
  void suggest_field_numbers();
  // protoc's DetectMapConflicts, which it runs only once the file already has errors.
  void detect_map_conflicts();

 private:
  // Field-number hints (protoc's MessageHints): how many numbers to suggest and where to report.
  struct Hint {
    int order = 0;
    int count = 0;
    bool has_reason = false;
    std::optional<source::Span> where;  // the first request's location, if it has one
  };

  void add_package(const std::string& name);
  const Symbol* add_symbol(Symbol symbol, std::optional<source::Span> name_span);
  void check_enum_value_prefixes(const EnumNode& node);
  void detect_map_conflicts(const MessageNode& node);
  void check_imports();
  void build_message(MessageNode& node, std::string_view parent);
  void build_field(FieldNode& node, std::string_view parent, const MessageNode* message);
  void build_extension_range(ExtensionRangeNode& node, const MessageNode& message);
  void check_message_numbers(MessageNode& node);
  void build_enum(EnumNode& node, std::string_view parent);
  void check_enum_numbers(EnumNode& node);
  void build_service(ServiceNode& node);
  void queue_options(OptionsKind kind, std::string_view element_name, std::string_view name_scope,
                     const std::vector<const ast::Option*>& options,
                     std::optional<descriptor::EncodedOptions>* slot);
  void request_hint(const MessageNode& message, std::optional<source::Span> where, int64_t start = 0,
                    int64_t end = 1);
  void number_hint_order(std::vector<MessageNode>& messages);

  void cross_link_message(MessageNode& node);
  // Field numbers of a message's fields linked so far, sorted by number (fields mostly come in number order, so
  // an insertion is usually an append).
  using FieldNumbers = std::vector<std::pair<int32_t, const FieldNode*>>;
  void cross_link_field(FieldNode& node, FieldNumbers* numbers, const MessageNode* message);
  bool resolve_extendee(FieldNode& node);
  bool resolve_field_type(FieldNode& node);
  void check_enum_default(FieldNode& node, const Symbol& enum_symbol);
  void cross_link_method(MethodNode& node);
  Resolution lookup(std::string_view scope, std::string_view name, bool types_only);
  void report_not_defined(const Resolution& failed, std::string_view written, std::optional<source::Span> where);
  void report(std::optional<source::Span> where, std::string message);

  SymbolTable& table_;
  LinkedFile& file_;
  FileNode& tree_;
  Reporter& reporter_;
  std::unordered_map<const MessageNode*, Hint> hints_;
  std::unordered_map<const MessageNode*, int> hint_order_;
};

}  // namespace protoforge::link
