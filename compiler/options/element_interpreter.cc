#include "compiler/options/element_interpreter.h"

#include <map>

#include "compiler/options/message_builder.h"
#include "compiler/options/option_name.h"
#include "compiler/options/text_parser.h"
#include "compiler/options/value_encoder.h"
#include "compiler/options/wire_record.h"

namespace protoforge::options {

namespace {

constexpr int kMaxDepth = 100;

struct ElementState {
  std::string encoded;  // interpreted options in the order written, like protoc's unknown field set
  std::map<std::vector<int32_t>, int32_t> repeated_counts;  // next index per repeated option path
};

// The leaf value as a complete record, or an error message.
bool encode_leaf(const ElementContext& context, const FieldInfo& leaf, const ast::OptionValue& value,
                 std::string& record, std::string& error) {
  if (leaf.is_message()) {
    if (value.kind != ast::OptionValue::Kind::aggregate) {
      error = message_needs_aggregate_error(leaf);
      return false;
    }
    AggregateResult parsed = parse_aggregate(value.text, leaf.type_name, context.schema, context.lookup);
    if (!parsed.ok()) {
      error = "Error while parsing option value for \"" + leaf.name + "\": " + parsed.error;
      return false;
    }
    append_record(record, leaf.number, leaf.type, parsed.bytes);
    return true;
  }
  // Only enum values use the hint: skip the lookup for other types.
  bool sibling_hint = leaf.type == descriptor::FieldType::enum_ && context.file_pool != nullptr &&
                      context.file_pool->find_symbol(leaf.type_name) != nullptr;
  EncodedValue encoded = encode_option_value(leaf, value, context.schema, sibling_hint);
  if (!encoded.ok()) {
    error = encoded.error;
    return false;
  }
  append_record(record, leaf.number, leaf.type, encoded.payload);
  return true;
}

// Interprets one option into `state`; false (with `error` filled) on the first problem.
// `protoc_321_names`: see resolve_option_name().
bool interpret_option(const ElementContext& context, const std::string& options_type, const std::string& scope,
                      bool protoc_321_names, const ast::Option& option, ElementState& state, ElementResult& result) {
  // `option () = 1;` parses (as in protoc) but names nothing; protoc rejects it for the whole file.
  for (const ast::OptionNamePart& part : option.name) {
    if (part.name.empty()) {
      result.errors.push_back({&option, false, "Uninterpreted option is missing name or value.", true});
      return false;
    }
  }
  ResolvedName name = resolve_option_name(option.name, options_type, scope, context.schema, context.lookup,
                                          protoc_321_names);
  if (!name.error.empty()) {
    result.errors.push_back({&option, false, name.error});
    return false;
  }
  const FieldInfo& leaf = name.chain.back();
  std::span<const FieldInfo> parents(name.chain.data(), name.chain.size() - 1);
  if (!leaf.repeated && is_option_set(state.encoded, parents, 0, leaf.number)) {
    result.errors.push_back({&option, false, "Option \"" + name.debug_name + "\" was already set."});
    return false;
  }
  std::string record;
  std::string error;
  if (!encode_leaf(context, leaf, option.value, record, error)) {
    result.errors.push_back({&option, true, error});
    return false;
  }
  for (auto it = parents.rbegin(); it != parents.rend(); ++it) {
    std::string outer;
    append_record(outer, it->number, it->type, record);
    record = std::move(outer);
  }
  state.encoded += record;
  int32_t index = leaf.repeated ? state.repeated_counts[name.path]++ : 0;
  if (leaf.repeated) name.path.push_back(index);
  result.paths.emplace_back(&option, std::move(name.path));
  return true;
}

}  // namespace

bool is_option_set(std::string_view bytes, std::span<const FieldInfo> chain, size_t index, int32_t leaf,
                   int depth) {
  if (depth > kMaxDepth) return false;
  WireRecord record;
  while (next_record(bytes, record)) {
    if (index == chain.size()) {
      if (record.number == leaf) return true;
      continue;
    }
    const FieldInfo& field = chain[index];
    if (record.number != field.number) continue;
    bool nested = (field.type == descriptor::FieldType::message &&
                   record.type == wire::WireType::length_delimited) ||
                  (field.type == descriptor::FieldType::group && record.type == wire::WireType::start_group);
    if (nested && is_option_set(record.payload, chain, index + 1, leaf, depth + 1)) return true;
  }
  return false;
}

ElementResult interpret_element(const ElementContext& context, const std::string& options_type,
                                const std::string& scope, const std::vector<const ast::Option*>& options) {
  ElementResult result;
  ElementState state;
  // An options message defined by the file's own pool names options as it defines them, even outside editions.
  bool from_file_pool = context.file_pool != nullptr && context.file_pool->find_symbol(options_type) != nullptr;
  bool protoc_321_names = context.protoc_321 && !from_file_pool;
  for (const ast::Option* option : options) {
    if (!interpret_option(context, options_type, scope, protoc_321_names, *option, state, result)) break;
  }
  // protoc re-parses the options message with its compiled-in descriptor.proto: known fields move to the front
  // in number order, custom options stay behind them in the order written.
  result.bytes = canonicalize(state.encoded, context.builtin, options_type, 0, context.protoc_321);
  return result;
}

}  // namespace protoforge::options
