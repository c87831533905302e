// The differential checks, one function per direction. Each takes the libprotobuf message (or bytes) a case
// starts from and records its checks; none stops at the first failure, so one run shows every kind of problem.
#pragma once

#include <string_view>

#include "tests/differential/harness.h"

namespace protoforge::differential {

// 1. libprotobuf -> protoforge -> libprotobuf: protoforge decodes libprotobuf's deterministic bytes and must
//    encode exactly those bytes; libprotobuf must read protoforge's bytes back to an equal message.
// 2. protoforge -> libprotobuf: the decoded message is changed through protoforge's API (mutate.h); libprotobuf
//    must read protoforge's encoding and write exactly the same bytes back, and agree on missing required fields.
void check_binary(const Case& c, const pb::Message& original, Results& results);

// 3. Text format. `original` has unknown fields (printer parity, as protoc --decode); `plain` has none (the
//    parsers' checks: text format cannot carry unknown fields back).
void check_text(const Case& c, const pb::Message& original, const pb::Message& plain, Results& results);

// 4. JSON, on a message within what libprotobuf 3.21's JSON carries (RandomOptions::json_safe). Without
//    runtime/json in the build, json_absent.cc stands in: no checks, and json_checks_built() is false.
void check_json(const Case& c, const pb::Message& original, Results& results);
bool json_checks_built();

// 5. Corrupted input: truncations and flipped bytes of `bytes`; both decoders must agree on success, and on
//    success re-encode identically.
void check_corrupted(const Case& c, std::string_view bytes, Results& results);

}  // namespace protoforge::differential
