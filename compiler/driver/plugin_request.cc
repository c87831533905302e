#include "compiler/driver/plugin_request.h"

#include "runtime/descriptor/json_names.h"
#include "runtime/descriptor/serialize.h"
#include "runtime/wire/wire_format.h"

namespace protoforge::driver {

namespace {

// CodeGeneratorRequest and Version field numbers (plugin.proto).
enum : int32_t { kFileToGenerate = 1, kParameter = 2, kCompilerVersion = 3, kProtoFile = 15 };

std::string compiler_version() {
  std::string v;
  wire::append_tag(v, 1, wire::WireType::varint);
  wire::append_varint(v, 3);
  wire::append_tag(v, 2, wire::WireType::varint);
  wire::append_varint(v, 21);
  wire::append_tag(v, 3, wire::WireType::varint);
  wire::append_varint(v, 12);
  wire::append_tag(v, 4, wire::WireType::length_delimited);
  wire::append_bytes(v, "");  // protoc sets the (empty) suffix
  return v;
}

}  // namespace

std::string plugin_file_entry(const descriptor::FileDescriptorProto& file, std::string_view encoded_source_info) {
  descriptor::FileDescriptorProto copy = file;
  descriptor::fill_json_names(copy);
  std::string out;
  if (encoded_source_info.empty()) descriptor::append_file(out, copy);
  else descriptor::append_file(out, copy, encoded_source_info);
  return out;
}

std::string build_plugin_request(const std::vector<std::string>& files_to_generate, std::string_view parameter,
                                 const std::vector<const std::string*>& file_entries) {
  std::string out;
  for (const std::string& name : files_to_generate) {
    wire::append_tag(out, kFileToGenerate, wire::WireType::length_delimited);
    wire::append_bytes(out, name);
  }
  if (!parameter.empty()) {
    wire::append_tag(out, kParameter, wire::WireType::length_delimited);
    wire::append_bytes(out, parameter);
  }
  wire::append_tag(out, kCompilerVersion, wire::WireType::length_delimited);
  wire::append_bytes(out, compiler_version());
  for (const std::string* entry : file_entries) {
    wire::append_tag(out, kProtoFile, wire::WireType::length_delimited);
    wire::append_bytes(out, *entry);
  }
  return out;
}

}  // namespace protoforge::driver
