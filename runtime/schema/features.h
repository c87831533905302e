// Edition features as the runtime needs them. proto2 and proto3 files are treated as the editions they are
// equivalent to, so one resolution serves every syntax: defaults for the file's edition, then overrides from the
// file, each enclosing message, and the element itself (FeatureSet inside each options message).
#pragma once

#include <cstdint>
#include <string_view>

#include "runtime/descriptor/descriptor.h"

namespace protoforge::schema {

// FeatureSet values (descriptor.proto numbering); 0 = not set at this level.
struct Features {
  int32_t field_presence = 0;           // 1 EXPLICIT, 2 IMPLICIT, 3 LEGACY_REQUIRED
  int32_t enum_type = 0;                // 1 OPEN, 2 CLOSED
  int32_t repeated_field_encoding = 0;  // 1 PACKED, 2 EXPANDED
  int32_t utf8_validation = 0;          // 2 VERIFY, 3 NONE
  int32_t message_encoding = 0;         // 1 LENGTH_PREFIXED, 2 DELIMITED
  int32_t json_format = 0;              // 1 ALLOW, 2 LEGACY_BEST_EFFORT

  // Values set in `overrides` replace these.
  Features merged(const Features& overrides) const;
};

namespace feature_values {
inline constexpr int32_t kExplicit = 1, kImplicit = 2, kLegacyRequired = 3;
inline constexpr int32_t kOpen = 1, kClosed = 2;
inline constexpr int32_t kPacked = 1, kExpanded = 2;
inline constexpr int32_t kVerify = 2, kNone = 3;
inline constexpr int32_t kLengthPrefixed = 1, kDelimited = 2;
}  // namespace feature_values

// The defaults of the edition a file is written in: proto2, proto3, or an `edition = "..."` file.
Features edition_defaults(const descriptor::FileDescriptorProto& file);

// The FeatureSet held in a serialized options message at field `features_number` (50 in FileOptions, 12 in
// MessageOptions, 21 in FieldOptions, 7 in EnumOptions); all zero when absent or malformed.
Features features_in_options(std::string_view options_bytes, int32_t features_number);

// A bool option held at `number` in a serialized options message, e.g. FieldOptions.packed (2) or
// MessageOptions.map_entry (7). Returns `absent` when the option is not set.
int bool_option(std::string_view options_bytes, int32_t number, int absent = -1);

namespace option_numbers {
inline constexpr int32_t kFileFeatures = 50, kMessageFeatures = 12, kFieldFeatures = 21, kEnumFeatures = 7;
inline constexpr int32_t kFieldPacked = 2, kMessageSetWireFormat = 1, kMapEntry = 7;
}  // namespace option_numbers

}  // namespace protoforge::schema
