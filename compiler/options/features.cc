#include "compiler/options/features.h"

#include "compiler/options/wire_record.h"

namespace protoforge::options {

namespace {

// `features` field numbers in FieldOptions, MessageOptions and FileOptions.
constexpr int32_t kFieldFeatures = 21;
constexpr int32_t kMessageFeatures = 12;
constexpr int32_t kFileFeatures = 50;

// Feature `feature` inside sub-message `features_field` of encoded options, merging repeated occurrences.
std::optional<uint64_t> feature_in(const std::optional<descriptor::EncodedOptions>& options, int32_t features_field,
                                   int32_t feature) {
  if (!options) return std::nullopt;
  std::optional<uint64_t> result;
  std::string_view rest = options->bytes;
  WireRecord record;
  while (next_record(rest, record)) {
    if (record.number != features_field || record.type != wire::WireType::length_delimited) continue;
    if (auto value = read_varint_field(record.payload, feature)) result = value;
  }
  return result;
}

}  // namespace

bool is_editions_file(const link::LinkedFile* file) {
  return file != nullptr && (file->proto.syntax == "editions" || file->proto.edition.has_value());
}

std::optional<uint64_t> resolve_feature(const SymbolTable& symbols, const descriptor::FieldDescriptorProto& field,
                                        std::string_view scope, const link::LinkedFile* file, int32_t feature) {
  if (auto value = feature_in(field.options, kFieldFeatures, feature)) return value;
  std::string name(scope);
  for (int guard = 0; guard < 100 && !name.empty(); ++guard) {
    const link::Symbol* symbol = symbols.find_symbol(name);
    if (symbol == nullptr || symbol->kind != link::SymbolKind::message || symbol->message == nullptr) break;
    if (auto value = feature_in(symbol->message->options, kMessageFeatures, feature)) return value;
    name = symbol->parent;
  }
  if (file != nullptr) return feature_in(file->proto.options, kFileFeatures, feature);
  return std::nullopt;
}

}  // namespace protoforge::options
