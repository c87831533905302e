// protoc-gen-pfcpp: protoforge's C++ generator as a protoc plugin, so a team can keep protoc or buf and adopt
// protoforge's generated C++ one target at a time (`protoc --plugin=protoc-gen-pfcpp=PATH --pfcpp_out=DIR`).
// It runs the same generator as the built-in --cpp_out, so the files are identical.
//
// The request and response go through the classes protoforge generates from plugin.proto (runtime/wkt).
#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "google/protobuf/compiler/plugin.pf.h"
#include "plugins/cpp/generator.h"
#include "runtime/descriptor/deserialize.h"
#include "runtime/wire/wire_format.h"

namespace {

using google::protobuf::compiler::CodeGeneratorRequest;
using google::protobuf::compiler::CodeGeneratorResponse;
using namespace protoforge;

// FEATURE_PROTO3_OPTIONAL | FEATURE_SUPPORTS_EDITIONS, and the editions the generator handles (2023 to 2024).
constexpr uint64_t kFeatures = 3;
constexpr int32_t kMinimumEdition = 1000, kMaximumEdition = 1001;

// minimum_edition (3) and maximum_edition (4) are newer than protoc 3.21's plugin.proto, so they are written as
// the raw fields they are on the wire.
void add_edition_range(CodeGeneratorResponse& response) {
  std::string& extra = *response.mutable_unknown_fields();
  wire::append_tag(extra, 3, wire::WireType::varint);
  wire::append_varint(extra, kMinimumEdition);
  wire::append_tag(extra, 4, wire::WireType::varint);
  wire::append_varint(extra, kMaximumEdition);
}

CodeGeneratorResponse respond(const CodeGeneratorRequest& request) {
  CodeGeneratorResponse response;
  response.set_supported_features(kFeatures);
  add_edition_range(response);
  std::vector<descriptor::FileDescriptorProto> files(static_cast<size_t>(request.proto_file_size()));
  for (int i = 0; i < request.proto_file_size(); ++i) {
    if (!descriptor::parse_file(request.proto_file(i).SerializeAsString(), files[static_cast<size_t>(i)])) {
      response.set_error("protoc-gen-pfcpp: proto_file " + std::to_string(i) + " is malformed");
      return response;
    }
  }
  const std::vector<std::string> to_generate(request.file_to_generate().begin(), request.file_to_generate().end());
  cpp::GeneratorResult result = cpp::generate(files, to_generate, request.parameter());
  if (!result.error.empty()) {
    response.set_error(result.error);
    return response;
  }
  for (const cpp::GeneratedFile& f : result.files) {
    auto* file = response.add_file();
    file->set_name(f.name);
    file->set_content(f.content);
  }
  return response;
}

}  // namespace

int main() {
  std::ios::sync_with_stdio(false);
  const std::string input((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  CodeGeneratorRequest request;
  if (!request.ParseFromString(input)) {
    std::cerr << "protoc-gen-pfcpp: the input is not a CodeGeneratorRequest\n";
    return 1;
  }
  const std::string output = respond(request).SerializeAsString();
  std::fwrite(output.data(), 1, output.size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 1;
}
