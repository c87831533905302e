#include "compiler/options/protoc321.h"

#include <initializer_list>

namespace protoforge::options {

namespace {

struct NewerFields {
  std::string_view options_type;
  std::initializer_list<int32_t> numbers;
};

// Fields of the current descriptor.proto's options messages that protoc 3.21.12's copy lacks (features,
// feature_support, debug_redact, retention, targets, ...), by number.
constexpr NewerFields kNewerFields[] = {
    {"google.protobuf.FileOptions", {50}},
    {"google.protobuf.MessageOptions", {11, 12}},
    {"google.protobuf.FieldOptions", {16, 17, 19, 20, 21, 22}},
    {"google.protobuf.OneofOptions", {1}},
    {"google.protobuf.EnumOptions", {6, 7}},
    {"google.protobuf.EnumValueOptions", {2, 3, 4}},
    {"google.protobuf.ServiceOptions", {34}},
    {"google.protobuf.MethodOptions", {35}},
    {"google.protobuf.ExtensionRangeOptions", {2, 3, 50}},
};

}  // namespace

bool is_newer_than_protoc_321(std::string_view options_type, int32_t number) {
  for (const auto& entry : kNewerFields) {
    if (entry.options_type != options_type) continue;
    for (int32_t n : entry.numbers) {
      if (n == number) return true;
    }
  }
  return false;
}

}  // namespace protoforge::options
