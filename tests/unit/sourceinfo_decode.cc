#include "tests/unit/sourceinfo_decode.h"

#include <algorithm>
#include <cstdio>

#include "runtime/descriptor/deserialize.h"

namespace protoforge::sourceinfo::testing {

namespace {

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c >= 0x7f) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\%03o", c);
      out += buffer;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

std::string numbers(const std::vector<int32_t>& values) {
  std::string out = "[";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i) out += ' ';
    out += std::to_string(values[i]);
  }
  return out + "]";
}

}  // namespace

// The shared descriptor reader does the decoding; tests only need names and source info.
std::optional<std::vector<DecodedFile>> decode_file_set(std::string_view bytes) {
  std::vector<descriptor::FileDescriptorProto> files;
  if (!descriptor::parse_file_set(bytes, files)) return std::nullopt;
  std::vector<DecodedFile> decoded;
  decoded.reserve(files.size());
  for (auto& file : files) decoded.push_back({file.name.value_or(""), std::move(file.source_code_info)});
  return decoded;
}

std::string describe(const descriptor::SourceLocation& location) {
  std::string out = "path " + numbers(location.path) + " span " + numbers(location.span);
  if (location.leading_comments) out += " leading " + quoted(*location.leading_comments);
  if (location.trailing_comments) out += " trailing " + quoted(*location.trailing_comments);
  if (!location.leading_detached_comments.empty()) {
    out += " detached [";
    for (size_t i = 0; i < location.leading_detached_comments.size(); ++i) {
      if (i) out += ' ';
      out += quoted(location.leading_detached_comments[i]);
    }
    out += "]";
  }
  return out;
}

std::string first_difference(const descriptor::SourceCodeInfo& expected, const descriptor::SourceCodeInfo& actual) {
  const size_t common = std::min(expected.location.size(), actual.location.size());
  for (size_t i = 0; i < common; ++i) {
    if (expected.location[i] == actual.location[i]) continue;
    return "location " + std::to_string(i) + ":\n  expected " + describe(expected.location[i]) + "\n  actual   " +
           describe(actual.location[i]) + "\n";
  }
  if (expected.location.size() == actual.location.size()) return "";
  const bool expected_longer = expected.location.size() > actual.location.size();
  const auto& longer = expected_longer ? expected : actual;
  return "location count: expected " + std::to_string(expected.location.size()) + ", actual " +
         std::to_string(actual.location.size()) + "; first extra (" + (expected_longer ? "expected" : "actual") +
         ") " + describe(longer.location[common]) + "\n";
}

}  // namespace protoforge::sourceinfo::testing
