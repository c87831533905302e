// What the C++ emitter generates for one .proto file, worked out before any text is written: the C++ name and
// storage of every message, field, enum and extension, has-bit and oneof-case slots, and the includes. The
// emitters (emit_*.cc) only print this model.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "plugins/cpp/options.h"
#include "runtime/descriptor/descriptor.h"
#include "runtime/schema/pool.h"

namespace protoforge::cpp {

struct EnumModel {
  const schema::EnumType* type = nullptr;
  std::string name;        // flat C++ name: Outer_Color
  std::string qualified;   // ::pkg::Outer_Color
  std::string value_prefix;  // "Outer_Color_" for nested enums, "" at file level
  std::string scope_class;   // the containing message's class, or "" at file level
  std::string relative;      // Color (name inside the containing class)
  std::vector<std::string> value_names;  // C++ enumerators, in declaration order
};

struct FieldModel {
  const schema::Field* field = nullptr;
  std::string name;     // accessor base (escaped): foo, class_
  std::string member;   // data member: foo_
  std::string camel;    // FooBar
  int has_bit = -1;     // singular fields with explicit presence
  int oneof_slot = -1;  // members of a real (non-synthetic) oneof
  std::string storage;  // member type
  std::string element;  // value type: int32_t, ::pkg::Color, std::string_view, ::pkg::Msg
  std::string message_class;  // message fields and message-valued maps
  std::string enum_class;     // enum fields and enum-valued maps
  std::string default_expr;   // C++ expression of a non-zero default, else ""
  // Maps: key and value.
  const schema::Field* map_key = nullptr;
  const schema::Field* map_value = nullptr;
  std::string map_key_type, map_value_type;
};

struct OneofModel {
  std::string name;   // accessor base: kind
  std::string camel;  // Kind -> KindCase
  std::string upper;  // KIND -> KIND_NOT_SET
  int slot = 0;
  std::vector<const FieldModel*> members;
};

struct ExtensionModel {
  const schema::Field* field = nullptr;
  std::string name;           // identifier
  std::string scope_class;    // "" or the message class it is declared in
  std::string extendee_class;
  std::string value_type;     // T of gen::Extension
  std::string message_class, enum_class;
  std::string default_expr;
};

struct MessageModel {
  const schema::MessageType* type = nullptr;
  std::string name;       // flat: Outer_Inner
  std::string qualified;  // ::pkg::Outer_Inner
  std::vector<std::pair<std::string, std::string>> nested_messages;  // relative name -> flat class
  std::vector<const EnumModel*> nested_enums;
  std::vector<FieldModel> fields;  // declaration order
  std::vector<OneofModel> oneofs;
  std::vector<ExtensionModel*> scoped_extensions;
  int has_bit_count = 0;
  bool has_required = false;  // transitively
  bool split = false;         // more fields than inline_accessor_limit (emit.h: data_class)
};

struct FileModel {
  const descriptor::FileDescriptorProto* file = nullptr;
  std::string base;       // dir/foo (output names are base + .pf.h, .pf.cc, .pf.fwd.h)
  std::string ns;         // a::b
  std::vector<std::string> dependency_bases;
  std::vector<MessageModel> messages;  // every message (not map entries), outer before inner
  std::vector<EnumModel> enums;        // every enum, file-level first in declaration order, then nested
  std::vector<ExtensionModel> extensions;
  bool uses_maps = false;
  std::string descriptor_bytes;  // the serialized FileDescriptorProto (no source info), unless lite
};

// Full name of every message and enum of a request -> the package of its file (where the C++ namespace ends
// inside the name). Built once per request: a request may hold thousands of files.
using PackageIndex = std::map<std::string, std::string>;
PackageIndex index_packages(const std::vector<descriptor::FileDescriptorProto>& files);

// Builds the model of `file`; every type it refers to must be in `pool` and `packages` (all files of the request).
// Returns "" or what is wrong.
std::string build_model(const descriptor::FileDescriptorProto& file, const PackageIndex& packages,
                        const schema::Pool& pool, const Options& options, FileModel& model);

}  // namespace protoforge::cpp
