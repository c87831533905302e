#include "tests/unit/sourceinfo_decode.h"

#include <algorithm>
#include <cstdio>

#include "runtime/wire/wire_format.h"

namespace protoforge::sourceinfo::testing {

namespace {

using wire::FieldNumber;
using wire::WireType;

// Calls `on_field(number, type, varint, bytes)` for every field of `message`; false on malformed input.
template <class OnField>
bool for_each_field(std::string_view message, OnField on_field) {
  while (!message.empty()) {
    FieldNumber number = 0;
    WireType type{};
    size_t n = wire::consume_tag(message, number, type);
    if (n == 0) return false;
    message.remove_prefix(n);
    uint64_t varint = 0;
    std::string_view bytes;
    if (type == WireType::varint) {
      n = wire::consume_varint(message, varint);
    } else if (type == WireType::length_delimited) {
      n = wire::consume_bytes(message, bytes);
    } else if (type == WireType::fixed32) {
      uint32_t fixed = 0;
      n = wire::consume_fixed32(message, fixed);
    } else if (type == WireType::fixed64) {
      n = wire::consume_fixed64(message, varint);
    } else {
      return false;  // descriptors have no groups
    }
    if (n == 0) return false;
    message.remove_prefix(n);
    if (!on_field(number, type, varint, bytes)) return false;
  }
  return true;
}

// A repeated int32, packed (as libprotobuf writes path and span) or not.
bool append_int32s(WireType type, uint64_t varint, std::string_view bytes, std::vector<int32_t>& out) {
  if (type == WireType::varint) {
    out.push_back(static_cast<int32_t>(varint));
    return true;
  }
  while (!bytes.empty()) {
    uint64_t value = 0;
    const size_t n = wire::consume_varint(bytes, value);
    if (n == 0) return false;
    bytes.remove_prefix(n);
    out.push_back(static_cast<int32_t>(value));
  }
  return true;
}

bool decode_location(std::string_view bytes, descriptor::SourceLocation& location) {
  namespace fl = descriptor::field_numbers::location;
  return for_each_field(bytes, [&](FieldNumber number, WireType type, uint64_t varint, std::string_view value) {
    switch (number) {
      case fl::path: return append_int32s(type, varint, value, location.path);
      case fl::span: return append_int32s(type, varint, value, location.span);
      case fl::leading_comments: location.leading_comments = std::string(value); return true;
      case fl::trailing_comments: location.trailing_comments = std::string(value); return true;
      case fl::leading_detached_comments: location.leading_detached_comments.emplace_back(value); return true;
      default: return true;
    }
  });
}

bool decode_info(std::string_view bytes, descriptor::SourceCodeInfo& info) {
  return for_each_field(bytes, [&](FieldNumber number, WireType, uint64_t, std::string_view value) {
    if (number != 1) return true;
    return decode_location(value, info.location.emplace_back());
  });
}

bool decode_file(std::string_view bytes, DecodedFile& file) {
  namespace ff = descriptor::field_numbers::file;
  return for_each_field(bytes, [&](FieldNumber number, WireType, uint64_t, std::string_view value) {
    if (number == ff::name) file.name = std::string(value);
    if (number != ff::source_code_info) return true;
    return decode_info(value, file.source_code_info.emplace());
  });
}

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

std::optional<std::vector<DecodedFile>> decode_file_set(std::string_view bytes) {
  std::vector<DecodedFile> files;
  const bool ok = for_each_field(bytes, [&](FieldNumber number, WireType, uint64_t, std::string_view value) {
    return number == 1 && decode_file(value, files.emplace_back());
  });
  if (!ok) return std::nullopt;
  return files;
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
