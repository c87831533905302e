// What the printer and the parser both need to know about the well-known types: the numbers of their fields (as
// declared in google/protobuf/*.proto) and how an Any's type URL names a type.
#pragma once

#include <cstdint>
#include <string_view>

#include "runtime/schema/pool.h"

namespace protoforge::json::internal {

// Timestamp and Duration: seconds, nanos. Any: type_url, value. Wrappers: value. FieldMask: paths.
// Struct: fields. ListValue: values.
constexpr int32_t kFirstField = 1;
constexpr int32_t kSecondField = 2;

// google.protobuf.Value's kind, by field number.
enum ValueKind : int32_t {
  kNullValue = 1, kNumberValue = 2, kStringValue = 3, kBoolValue = 4, kStructValue = 5, kListValue = 6,
};

// The type that an Any's URL names: the part after the last '/', looked up in `registry`. Null when the URL has
// no '/', ends with it, names no message in the registry, or there is no registry.
inline const schema::MessageType* resolve_type_url(const schema::Pool* registry, std::string_view url) {
  const size_t slash = url.rfind('/');
  if (registry == nullptr || slash == std::string_view::npos || slash + 1 == url.size()) return nullptr;
  return registry->find_message(url.substr(slash + 1));
}

}  // namespace protoforge::json::internal
