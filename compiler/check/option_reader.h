// Reads the few built-in option values validation depends on straight from encoded options bytes (the option
// interpreter's output), so the check stage needs no options schema.
#pragma once

#include <cstdint>
#include <optional>

#include "runtime/descriptor/descriptor.h"

namespace protoforge::check {

// The last value of varint field `number` (a non-repeated scalar: the last occurrence wins), if present.
std::optional<uint64_t> read_varint_option(const std::optional<descriptor::EncodedOptions>& options, int32_t number);

// The last value of varint field `inner` inside the message-typed field(s) `outer` (a sub-message set in several
// pieces merges, so the last piece that sets it wins), e.g. a FeatureSet field inside `features`.
std::optional<uint64_t> read_nested_varint_option(const std::optional<descriptor::EncodedOptions>& options,
                                                  int32_t outer, int32_t inner);

inline bool option_is_true(const std::optional<descriptor::EncodedOptions>& options, int32_t number) {
  return read_varint_option(options, number).value_or(0) != 0;
}

// Field numbers of the built-in options that validation reads.
namespace option_numbers {
inline constexpr int32_t kFileOptimizeFor = 9;
inline constexpr int32_t kFileCcGenericServices = 16;
inline constexpr int32_t kFileJavaGenericServices = 17;
inline constexpr int32_t kMessageSetWireFormat = 1;
inline constexpr int32_t kMessageMapEntry = 7;
inline constexpr int32_t kFieldPacked = 2;
inline constexpr int32_t kFieldLazy = 5;
inline constexpr int32_t kFieldJstype = 6;
inline constexpr int32_t kFieldUnverifiedLazy = 15;
inline constexpr int32_t kEnumAllowAlias = 2;
inline constexpr uint64_t kLiteRuntime = 3;
}  // namespace option_numbers

}  // namespace protoforge::check
