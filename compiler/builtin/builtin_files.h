// The .proto files protoforge ships inside its binary, so `import "google/protobuf/any.proto";` works without
// any -I, as with protoc. Texts are protoforge's own definitions of the same schemas (see proto/).
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace protoforge::builtin {

// One embedded file. Both views point into static storage and stay valid for the whole program.
struct BuiltinFile {
  std::string_view path;  // virtual path, e.g. "google/protobuf/any.proto"
  std::string_view text;  // the whole file
  // True for files used only inside protoforge (the options schema, editions language features):
  // protoc 3.21 has no such files, so user imports must not find them.
  bool internal = false;
};

// The editions-aware descriptor schema (package google.protobuf) that built-in options are interpreted against.
inline constexpr std::string_view kOptionsSchemaPath = "protoforge/options_schema/descriptor.proto";
// Editions language features; they import kOptionsSchemaPath and extend its google.protobuf.FeatureSet.
inline constexpr std::string_view kCppFeaturesPath = "google/protobuf/cpp_features.proto";
inline constexpr std::string_view kJavaFeaturesPath = "google/protobuf/java_features.proto";

// Every embedded file, user-visible ones first. Thread-safe; no allocation.
std::span<const BuiltinFile> builtin_files();

// The text of any embedded file, internal ones included.
std::optional<std::string_view> find_builtin_file(std::string_view virtual_path);

// Like find_builtin_file, but only the files protoc 3.21 itself would find (the well-known types,
// google/protobuf/descriptor.proto and google/protobuf/compiler/plugin.proto). Use this to resolve user imports.
std::optional<std::string_view> find_user_builtin_file(std::string_view virtual_path);

}  // namespace protoforge::builtin
