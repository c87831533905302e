// The schema the message-level fuzz targets decode against: descriptor sets compiled at build time by the
// protoforge compiler (google/protobuf/descriptor.proto, plus the conformance suite's test_messages_proto2/proto3
// when the shared data has them) and embedded into the fuzzer, so a target runs anywhere without data files.
//
// Every input starts with a two-byte header, split off by split_input(): byte 0 holds the decode options, byte 1
// picks the message type. The rest is the payload the target parses.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "runtime/message/binary.h"
#include "runtime/schema/pool.h"

namespace protoforge::fuzz {

struct FuzzInput {
  const schema::MessageType* type = nullptr;
  // Byte 0: bits 0-1 the ReservedPolicy (3 counts as 0); for the binary codec also bit 2 no UTF-8 check, bit 3
  // plain_map_entries, bit 4 note_unchecked_utf8.
  message::DecodeOptions options;
  uint8_t flags = 0;  // byte 0 as given: the text and JSON targets read their own options from bits 2-7
  std::string_view payload;
};

// The embedded descriptor sets (tests/conformance/embed_bytes.cmake); static storage. The conformance one is
// defined only when the build found the conformance schemas.
std::string_view embedded_descriptor_schema();
std::string_view embedded_conformance_schema();

// The pool of both sets; aborts if the embedded set does not load (a build problem, not an input problem).
const schema::Pool& fuzz_pool();

// Byte 1 below the number of rich root types picks one of them (TestAllTypesProto3, TestAllTypesProto2,
// FileDescriptorSet, whichever the pool has); above, it picks any message type of the pool, map entries included.
// Returns false for inputs shorter than the header.
bool split_input(const uint8_t* data, size_t size, FuzzInput& out);

}  // namespace protoforge::fuzz
