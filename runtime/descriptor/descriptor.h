// The linked schema as google.protobuf descriptor messages: plain structs mirroring descriptor.proto, with
// presence kept exactly (std::optional), because byte-identical output with protoc depends on which fields are set.
// Options messages are kept as their serialized bytes: the option interpreter produces them in protoc's field
// order (known fields by number, then custom options in source order), and nothing downstream re-orders them.
//
// These hand-written types are the bootstrap model; the C++ generator will later produce them from descriptor.proto.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace protoforge::descriptor {

// FieldDescriptorProto.Type
enum class FieldType : int32_t {
  double_ = 1, float_ = 2, int64 = 3, uint64 = 4, int32 = 5, fixed64 = 6, fixed32 = 7, bool_ = 8, string = 9,
  group = 10, message = 11, bytes = 12, uint32 = 13, enum_ = 14, sfixed32 = 15, sfixed64 = 16, sint32 = 17,
  sint64 = 18,
};

// FieldDescriptorProto.Label
enum class FieldLabel : int32_t { optional = 1, required = 2, repeated = 3 };

// google.protobuf.Edition (values as in descriptor.proto)
enum class Edition : int32_t {
  unknown = 0, legacy = 900, proto2 = 998, proto3 = 999, edition_2023 = 1000, edition_2024 = 1001,
  edition_2026 = 1002, unstable = 9999, edition_1_test_only = 1, edition_2_test_only = 2,
  edition_99997_test_only = 99997, edition_99998_test_only = 99998, edition_99999_test_only = 99999,
  max = 0x7fffffff,
};

// google.protobuf.SymbolVisibility (editions 2024+ `export` / `local`)
enum class SymbolVisibility : int32_t { unset = 0, local = 1, export_ = 2 };

// An options message (FileOptions, MessageOptions, ...) in serialized form.
struct EncodedOptions {
  std::string bytes;
  bool operator==(const EncodedOptions&) const = default;
};

struct Range {  // ReservedRange of messages and enums, without options
  std::optional<int32_t> start;
  std::optional<int32_t> end;
  bool operator==(const Range&) const = default;
};

struct ExtensionRange {
  std::optional<int32_t> start;
  std::optional<int32_t> end;  // exclusive
  std::optional<EncodedOptions> options;
  bool operator==(const ExtensionRange&) const = default;
};

struct FieldDescriptorProto {
  std::optional<std::string> name;
  std::optional<int32_t> number;
  std::optional<FieldLabel> label;
  std::optional<FieldType> type;
  std::optional<std::string> type_name;
  std::optional<std::string> extendee;
  std::optional<std::string> default_value;
  std::optional<int32_t> oneof_index;
  std::optional<std::string> json_name;
  std::optional<EncodedOptions> options;
  std::optional<bool> proto3_optional;
  bool operator==(const FieldDescriptorProto&) const = default;
};

struct OneofDescriptorProto {
  std::optional<std::string> name;
  std::optional<EncodedOptions> options;
  bool operator==(const OneofDescriptorProto&) const = default;
};

struct EnumValueDescriptorProto {
  std::optional<std::string> name;
  std::optional<int32_t> number;
  std::optional<EncodedOptions> options;
  bool operator==(const EnumValueDescriptorProto&) const = default;
};

struct EnumDescriptorProto {
  std::optional<std::string> name;
  std::vector<EnumValueDescriptorProto> value;
  std::optional<EncodedOptions> options;
  std::vector<Range> reserved_range;  // end inclusive for enums
  std::vector<std::string> reserved_name;
  std::optional<SymbolVisibility> visibility;
  bool operator==(const EnumDescriptorProto&) const = default;
};

struct DescriptorProto {
  std::optional<std::string> name;
  std::vector<FieldDescriptorProto> field;
  std::vector<FieldDescriptorProto> extension;
  std::vector<DescriptorProto> nested_type;
  std::vector<EnumDescriptorProto> enum_type;
  std::vector<ExtensionRange> extension_range;
  std::vector<OneofDescriptorProto> oneof_decl;
  std::optional<EncodedOptions> options;
  std::vector<Range> reserved_range;  // end exclusive for messages
  std::vector<std::string> reserved_name;
  std::optional<SymbolVisibility> visibility;
  bool operator==(const DescriptorProto&) const = default;
};

struct MethodDescriptorProto {
  std::optional<std::string> name;
  std::optional<std::string> input_type;
  std::optional<std::string> output_type;
  std::optional<EncodedOptions> options;
  std::optional<bool> client_streaming;
  std::optional<bool> server_streaming;
  bool operator==(const MethodDescriptorProto&) const = default;
};

struct ServiceDescriptorProto {
  std::optional<std::string> name;
  std::vector<MethodDescriptorProto> method;
  std::optional<EncodedOptions> options;
  bool operator==(const ServiceDescriptorProto&) const = default;
};

struct SourceLocation {
  std::vector<int32_t> path;
  std::vector<int32_t> span;  // [start_line, start_col, end_line, end_col] or 3 elements when on one line
  std::optional<std::string> leading_comments;
  std::optional<std::string> trailing_comments;
  std::vector<std::string> leading_detached_comments;
  bool operator==(const SourceLocation&) const = default;
};

struct SourceCodeInfo {
  std::vector<SourceLocation> location;
  bool operator==(const SourceCodeInfo&) const = default;
};

struct FileDescriptorProto {
  std::optional<std::string> name;
  std::optional<std::string> package;
  std::vector<std::string> dependency;
  std::vector<int32_t> public_dependency;
  std::vector<int32_t> weak_dependency;
  std::vector<DescriptorProto> message_type;
  std::vector<EnumDescriptorProto> enum_type;
  std::vector<ServiceDescriptorProto> service;
  std::vector<FieldDescriptorProto> extension;
  std::optional<EncodedOptions> options;
  std::optional<SourceCodeInfo> source_code_info;
  std::optional<std::string> syntax;
  std::optional<Edition> edition;
  std::vector<std::string> option_dependency;  // editions `import option "x.proto";`
  bool operator==(const FileDescriptorProto&) const = default;
};

// Field numbers inside descriptor.proto, used by the serializer and by SourceCodeInfo paths.
namespace field_numbers {
namespace file { enum : int32_t { name = 1, package = 2, dependency = 3, message_type = 4, enum_type = 5, service = 6,
  extension = 7, options = 8, source_code_info = 9, public_dependency = 10, weak_dependency = 11, syntax = 12,
  edition = 14, option_dependency = 15 }; }
namespace message { enum : int32_t { name = 1, field = 2, nested_type = 3, enum_type = 4, extension_range = 5,
  extension = 6, options = 7, oneof_decl = 8, reserved_range = 9, reserved_name = 10, visibility = 11 }; }
namespace range { enum : int32_t { start = 1, end = 2, options = 3 }; }
namespace field { enum : int32_t { name = 1, extendee = 2, number = 3, label = 4, type = 5, type_name = 6,
  default_value = 7, options = 8, oneof_index = 9, json_name = 10, proto3_optional = 17 }; }
namespace oneof { enum : int32_t { name = 1, options = 2 }; }
namespace enum_ { enum : int32_t { name = 1, value = 2, options = 3, reserved_range = 4, reserved_name = 5,
  visibility = 6 }; }
namespace enum_value { enum : int32_t { name = 1, number = 2, options = 3 }; }
namespace service { enum : int32_t { name = 1, method = 2, options = 3 }; }
namespace method { enum : int32_t { name = 1, input_type = 2, output_type = 3, options = 4, client_streaming = 5,
  server_streaming = 6 }; }
namespace location { enum : int32_t { path = 1, span = 2, leading_comments = 3, trailing_comments = 4,
  leading_detached_comments = 6 }; }
}  // namespace field_numbers

}  // namespace protoforge::descriptor
