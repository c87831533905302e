// Editions features that decide how option values are encoded (repeated_field_encoding, field_presence), resolved
// as protoc does: the field's own `features`, else the nearest enclosing message's, else the file's, else the
// edition's default. Read from the elements' encoded options.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "runtime/descriptor/descriptor.h"
#include "compiler/link/pool.h"
#include "compiler/options/schema.h"

namespace protoforge::options {

// FeatureSet field numbers and values used here.
inline constexpr int32_t kFieldPresence = 1;        // EXPLICIT = 1, IMPLICIT = 2, LEGACY_REQUIRED = 3
inline constexpr int32_t kRepeatedFieldEncoding = 3;  // PACKED = 1, EXPANDED = 2

bool is_editions_file(const link::LinkedFile* file);

// The value of feature `feature` for `field`, declared in `scope` (its message, or for an extension the scope it
// is declared in) of `file`; nullopt if nothing sets it (then the edition default applies).
std::optional<uint64_t> resolve_feature(const SymbolTable& symbols, const descriptor::FieldDescriptorProto& field,
                                        std::string_view scope, const link::LinkedFile* file, int32_t feature);

}  // namespace protoforge::options
