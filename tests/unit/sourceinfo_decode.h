// Test support: reads the SourceCodeInfo back out of a serialized FileDescriptorSet (protoc's or ours), so tests
// can compare locations one by one and print a readable difference instead of "the bytes differ".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/descriptor/descriptor.h"

namespace protoforge::sourceinfo::testing {

struct DecodedFile {
  std::string name;
  std::optional<descriptor::SourceCodeInfo> source_code_info;
};

// The files of a FileDescriptorSet with their names and source info; nullopt if the bytes are malformed.
std::optional<std::vector<DecodedFile>> decode_file_set(std::string_view bytes);

// One location as a line: "path [4 0 2 1] span [12 2 30] leading \"...\" trailing \"...\" detached [\"...\"]".
std::string describe(const descriptor::SourceLocation& location);

// Empty when equal; otherwise the first differing location index with both sides described, and the sizes.
std::string first_difference(const descriptor::SourceCodeInfo& expected, const descriptor::SourceCodeInfo& actual);

}  // namespace protoforge::sourceinfo::testing
