// The option interpreter's view of schemas: message types, their fields and extensions, and enum values, read
// from linked descriptors through a SymbolTable. Keeping the lookup behind a two-method interface lets the value
// encoder and the text-format parser run against hand-made symbol tables in unit tests, without a linker.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/descriptor/descriptor.h"
#include "compiler/link/pool.h"

namespace protoforge::options {

// Symbols by fully-qualified name (no leading dot). Implemented over link::DescriptorPool in production.
class SymbolTable {
 public:
  virtual ~SymbolTable() = default;
  virtual const link::Symbol* find_symbol(std::string_view full_name) const = 0;
  // Extensions of message `extendee` (full name); optional, used when re-serializing with a compiled-in schema.
  virtual std::vector<const link::Symbol*> extensions_of(std::string_view extendee) const { return {}; }
};

// Everything the encoder needs to know about one field or extension.
struct FieldInfo {
  std::string name;             // simple name
  std::string full_name;        // "pkg.Msg.field", or the extension's scope plus name
  std::string containing_type;  // message it belongs to: the parent, or the extendee for extensions
  std::string type_name;        // message/enum/group type, full name without a leading dot ("" for scalars)
  int32_t number = 0;
  descriptor::FieldType type = descriptor::FieldType::int32;
  bool repeated = false;
  bool required = false;
  bool packed = false;        // repeated scalars written as one length-delimited run
  bool has_presence = true;   // false for proto3 singular scalars outside a oneof (not written when default)
  bool is_extension = false;
  int32_t oneof_index = -1;   // real or synthetic oneof, -1 if none
  const link::Symbol* symbol = nullptr;  // the symbol it was described from (field_of_symbol), else nullptr

  bool is_message() const {
    return type == descriptor::FieldType::message || type == descriptor::FieldType::group;
  }
};

// Read-only schema queries over a symbol table.
class Schema {
 public:
  explicit Schema(const SymbolTable& symbols) : symbols_(symbols) {}

  const SymbolTable& symbols() const { return symbols_; }
  const link::Symbol* find_symbol(std::string_view full_name) const { return symbols_.find_symbol(full_name); }
  // The message symbol named `full_name`, or nullptr.
  const link::Symbol* message(std::string_view full_name) const;

  // Regular fields (not extensions) of message `message_name`.
  std::optional<FieldInfo> field_by_name(std::string_view message_name, std::string_view name) const;
  std::vector<FieldInfo> fields(std::string_view message_name) const;
  // Fields and the extensions the symbol table knows, e.g. FeatureSet's (pb.cpp) in the options schema.
  std::vector<FieldInfo> fields_and_extensions(std::string_view message_name) const;
  // The first field numbered `number` of message `message_name` (then, with `with_extensions`, the first such
  // extension), as the corresponding entry of fields() / fields_and_extensions() would be; describes only that one
  // field. With `skip_newer_than_321`, fields protoc 3.21 lacks do not count (see protoc321.h).
  std::optional<FieldInfo> field_by_number(std::string_view message_name, int32_t number, bool with_extensions,
                                           bool skip_newer_than_321 = false) const;
  // The fields of fields() that are required, in the same order, describing only candidates.
  std::vector<FieldInfo> required_fields(std::string_view message_name) const;
  // A field or extension symbol as a FieldInfo (nullopt for other kinds).
  std::optional<FieldInfo> field_of_symbol(const link::Symbol& symbol) const;

  // The value named `value_name` inside enum `enum_name` (not a sibling type's), or nullptr.
  const descriptor::EnumValueDescriptorProto* enum_value(std::string_view enum_name,
                                                         std::string_view value_name) const;
  const descriptor::EnumValueDescriptorProto* enum_value(std::string_view enum_name, int32_t number) const;
  // Whether the file defining `message_name` is proto3 (unknown enum numbers allowed, implicit presence).
  bool is_proto3(std::string_view message_name) const;
  // Text format keeps unknown enum numbers for proto3 messages (and, approximately, for editions ones: open enums).
  bool allows_unknown_enum_numbers(std::string_view message_name) const;
  // MessageOptions.message_set_wire_format of `message_name` (read from its encoded options).
  bool is_message_set(std::string_view message_name) const;

 private:
  // `scope` is where the field is declared (for editions feature inheritance), `file` its file.
  FieldInfo describe(const descriptor::FieldDescriptorProto& field, std::string_view containing,
                     std::string full_name, std::string_view scope, const link::LinkedFile* file) const;

  const SymbolTable& symbols_;
};

// Strips one leading '.' from a fully-qualified reference as stored in descriptors.
inline std::string_view strip_dot(std::string_view name) {
  return !name.empty() && name.front() == '.' ? name.substr(1) : name;
}

// Reads the last varint value of field `number` from encoded message bytes (e.g. FieldOptions.packed), if any.
std::optional<uint64_t> read_varint_field(std::string_view bytes, int32_t number);

}  // namespace protoforge::options
