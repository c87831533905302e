// Build-pass checks across a message's or enum's numbers and names (reserved ranges and names, extension range
// overlaps), plus enums and services, with protoc's wording and locations. protoc records no source location for
// reserved ranges, so errors blamed on them have none either.
#include <algorithm>
#include <limits>
#include <sstream>
#include <unordered_set>

#include "compiler/link/file_linker.h"
#include "compiler/link/names.h"

namespace protoforge::link {

namespace {

constexpr int32_t kMaxFieldNumber = 536870911;

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }
std::string str(int64_t value) { return std::to_string(value); }

bool overlaps_exclusive(int64_t start1, int64_t end1, int64_t start2, int64_t end2) {
  return end1 > start2 && end2 > start1;
}

}  // namespace

void FileLinker::check_message_numbers(MessageNode& node) {
  const auto& proto = *node.proto;
  for (size_t i = 0; i < proto.reserved_range.size(); ++i) {
    const auto& first = proto.reserved_range[i];
    for (size_t j = i + 1; j < proto.reserved_range.size(); ++j) {
      const auto& second = proto.reserved_range[j];
      if (overlaps_exclusive(*first.start, *first.end, *second.start, *second.end)) {
        reporter_.error_without_location("Reserved range " + str(*second.start) + " to " + str(*second.end - 1) +
                                         " overlaps with already-defined range " + str(*first.start) + " to " +
                                         str(*first.end - 1) + ".");
      }
    }
  }
  std::unordered_set<std::string_view> reserved_names;
  for (const std::string& name : proto.reserved_name) {
    if (!reserved_names.insert(name).second) {
      report(node.ast ? std::optional(node.name_span()) : std::nullopt,
             "Field name " + quoted(name) + " is reserved multiple times.");
    }
  }
  for (size_t f = 0; f < proto.field.size(); ++f) {
    const auto& field = proto.field[f];
    const int32_t number = field.number.value_or(0);
    for (size_t r = 0; r < proto.extension_range.size(); ++r) {
      const auto& range = proto.extension_range[r];
      if (*range.start <= number && number < *range.end) {
        const source::Span where = node.extension_ranges[r].ast->span;
        request_hint(node, where);
        reporter_.error(where, "Extension range " + str(*range.start) + " to " + str(*range.end - 1) +
                                   " includes field " + quoted(*field.name) + " (" + str(number) + ").");
      }
    }
    for (const auto& range : proto.reserved_range) {
      if (*range.start <= number && number < *range.end) {
        request_hint(node, std::nullopt);
        reporter_.error_without_location("Field " + quoted(*field.name) + " uses reserved number " + str(number) +
                                         ".");
      }
    }
    if (reserved_names.count(*field.name) > 0) {
      reporter_.error(node.fields[f].name_span(), "Field name " + quoted(*field.name) + " is reserved.");
    }
  }
  for (size_t i = 0; i < proto.extension_range.size(); ++i) {
    const auto& first = proto.extension_range[i];
    const source::Span where = node.extension_ranges[i].ast->span;
    for (const auto& reserved : proto.reserved_range) {
      if (overlaps_exclusive(*first.start, *first.end, *reserved.start, *reserved.end)) {
        reporter_.error(where, "Extension range " + str(*first.start) + " to " + str(*first.end - 1) +
                                   " overlaps with reserved range " + str(*reserved.start) + " to " +
                                   str(*reserved.end - 1) + ".");
      }
    }
    for (size_t j = i + 1; j < proto.extension_range.size(); ++j) {
      const auto& second = proto.extension_range[j];
      if (overlaps_exclusive(*first.start, *first.end, *second.start, *second.end)) {
        reporter_.error(where, "Extension range " + str(*second.start) + " to " + str(*second.end - 1) +
                                   " overlaps with already-defined range " + str(*first.start) + " to " +
                                   str(*first.end - 1) + ".");
      }
    }
  }
}

void FileLinker::build_enum(EnumNode& node, std::string_view parent) {
  if (node.values.empty()) reporter_.error(node.ast->name.span, "Enums must contain at least one value.");
  std::unordered_set<std::string_view> names_in_enum;
  for (EnumValueNode& value : node.values) {
    queue_options(OptionsKind::enum_value, value.full_name, parent, value.options,
                  &value.proto->options);
    Symbol symbol;
    symbol.kind = SymbolKind::enum_value;
    symbol.full_name = value.full_name;
    symbol.file = &file_;
    symbol.parent = node.full_name;
    symbol.enum_value = value.proto;
    const bool added_outer = add_symbol(std::move(symbol), value.ast->name.span) != nullptr;
    const bool added_inner = names_in_enum.insert(value.ast->name.text).second;
    if (added_inner && !added_outer) {
      const std::string outer = parent.empty() ? std::string("the global scope") : quoted(parent);
      reporter_.error(value.ast->name.span,
                      "Note that enum values use C++ scoping rules, meaning that enum values are siblings of their "
                      "type, not children of it.  Therefore, " +
                          quoted(value.ast->name.text) + " must be unique within " + outer + ", not just within " +
                          quoted(node.ast->name.text) + ".");
    }
  }
  check_enum_value_prefixes(node);
  for (const auto& range : node.proto->reserved_range) {
    if (*range.start > *range.end) {
      reporter_.error_without_location("Reserved range end number must be greater than start number.");
    }
  }
  queue_options(OptionsKind::enum_, node.full_name, parent, node.options, &node.proto->options);
  Symbol symbol;
  symbol.kind = SymbolKind::enum_;
  symbol.full_name = node.full_name;
  symbol.file = &file_;
  symbol.parent = std::string(parent);
  symbol.enum_type = node.proto;
  add_symbol(std::move(symbol), node.ast->name.span);
  check_enum_numbers(node);
}

void FileLinker::check_enum_numbers(EnumNode& node) {
  const auto& proto = *node.proto;
  for (size_t i = 0; i < proto.reserved_range.size(); ++i) {
    const auto& first = proto.reserved_range[i];
    for (size_t j = i + 1; j < proto.reserved_range.size(); ++j) {
      const auto& second = proto.reserved_range[j];
      if (*first.end >= *second.start && *second.end >= *first.start) {
        reporter_.error_without_location("Reserved range " + str(*second.start) + " to " + str(*second.end) +
                                         " overlaps with already-defined range " + str(*first.start) + " to " +
                                         str(*first.end) + ".");
      }
    }
  }
  std::unordered_set<std::string_view> reserved_names;
  for (const std::string& name : proto.reserved_name) {
    if (!reserved_names.insert(name).second) {
      reporter_.error(node.ast->name.span, "Enum value " + quoted(name) + " is reserved multiple times.");
    }
  }
  for (size_t v = 0; v < proto.value.size(); ++v) {
    const auto& value = proto.value[v];
    for (const auto& range : proto.reserved_range) {
      if (*range.start <= *value.number && *value.number <= *range.end) {
        reporter_.error_without_location("Enum value " + quoted(*value.name) + " uses reserved number " +
                                         str(*value.number) + ".");
      }
    }
    if (reserved_names.count(*value.name) > 0) {
      reporter_.error(node.values[v].ast->name.span, "Enum value " + quoted(*value.name) + " is reserved.");
    }
  }
}

void FileLinker::build_service(ServiceNode& node) {
  for (MethodNode& method : node.methods) {
    queue_options(OptionsKind::method, method.full_name, node.full_name, method.options, &method.proto->options);
    Symbol symbol;
    symbol.kind = SymbolKind::method;
    symbol.full_name = method.full_name;
    symbol.file = &file_;
    symbol.parent = node.full_name;
    symbol.method = method.proto;
    add_symbol(std::move(symbol), method.ast->name.span);
  }
  queue_options(OptionsKind::service, node.full_name, tree_.package, node.options, &node.proto->options);
  Symbol symbol;
  symbol.kind = SymbolKind::service;
  symbol.full_name = node.full_name;
  symbol.file = &file_;
  symbol.parent = tree_.package;
  symbol.service = node.proto;
  add_symbol(std::move(symbol), node.ast->name.span);
}

void FileLinker::queue_options(OptionsKind kind, std::string_view element_name, std::string_view name_scope,
                               const std::vector<const ast::Option*>& options,
                               std::optional<descriptor::EncodedOptions>* slot) {
  if (options.empty()) return;
  PendingOptions pending;
  pending.kind = kind;
  pending.element_name = element_name;
  pending.name_scope = name_scope;
  pending.options = options;
  pending.slot = slot;
  file_.pending_options.push_back(std::move(pending));
}

// protoc keeps its hints in a map keyed by descriptor address; descriptors are allocated array by array as the
// build walks the file, so that address order is: each nested array in the order the build reaches it.
void FileLinker::number_hint_order(std::vector<MessageNode>& messages) {
  for (const MessageNode& message : messages) hint_order_.emplace(&message, static_cast<int>(hint_order_.size()));
  for (MessageNode& message : messages) number_hint_order(message.nested);
}

void FileLinker::request_hint(const MessageNode& message, std::optional<source::Span> where, int64_t start,
                              int64_t end) {
  auto fit = [](int64_t value) { return std::min<int64_t>(std::max<int64_t>(value, 0), kMaxFieldNumber); };
  Hint& hint = hints_[&message];
  hint.count = static_cast<int>(fit(hint.count + fit(fit(end) - fit(start))));
  if (hint.has_reason) return;
  hint.has_reason = true;
  hint.where = where;
}

void FileLinker::suggest_field_numbers() {
  if (hints_.empty()) return;
  number_hint_order(tree_.messages);
  for (auto& [message, hint] : hints_) hint.order = hint_order_[message];
  std::vector<std::pair<const MessageNode*, Hint>> ordered(hints_.begin(), hints_.end());
  std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.second.order < b.second.order; });
  for (const auto& [message, hint] : ordered) {
    int to_suggest = std::min(3, hint.count);
    if (to_suggest <= 0 || !hint.has_reason) continue;
    std::vector<std::pair<int64_t, int64_t>> used;
    auto add_number = [&](int64_t n) {
      if (n <= 0 || n > kMaxFieldNumber) return;
      if (!used.empty() && n == used.back().second) used.back().second = n + 1;
      else used.push_back({n, n + 1});
    };
    auto add_range = [&](int64_t from, int64_t to) {
      from = std::max<int64_t>(0, std::min<int64_t>(kMaxFieldNumber + 1, from));
      to = std::max<int64_t>(0, std::min<int64_t>(kMaxFieldNumber + 1, to));
      if (from < to) used.push_back({from, to});
    };
    const auto& proto = *message->proto;
    for (const auto& field : proto.field) add_number(field.number.value_or(0));
    for (const auto& field : proto.extension) add_number(field.number.value_or(0));
    for (const auto& range : proto.reserved_range) add_range(*range.start, *range.end);
    for (const auto& range : proto.extension_range) add_range(*range.start, *range.end);
    used.push_back({kMaxFieldNumber, std::numeric_limits<int32_t>::max()});
    std::sort(used.begin(), used.end());
    int64_t current = 1;
    std::ostringstream text;
    text << "Suggested field numbers for " << message->full_name << ": ";
    const char* separator = "";
    for (const auto& [from, to] : used) {
      while (current < from && to_suggest > 0) {
        text << separator << current++;
        separator = ", ";
        --to_suggest;
      }
      if (to_suggest == 0) break;
      current = std::max(current, to);
    }
    report(hint.where, text.str());
  }
}

}  // namespace protoforge::link
