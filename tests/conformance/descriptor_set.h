// The FileDescriptorSet of conformance.proto and the two test-message schemas (imports included), compiled by
// protoforge at build time and embedded by embed_bytes.cmake, so the testee and the driver read no files.
#pragma once

#include <string_view>

namespace protoforge::conformance {

// Serialized google.protobuf.FileDescriptorSet; static storage, valid for the whole program.
std::string_view embedded_descriptor_set();

}  // namespace protoforge::conformance
