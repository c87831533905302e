// The conformance protocol answered by libprotobuf: one ConformanceRequest in, one ConformanceResponse out,
// both read and built through reflection of conformance.proto's descriptors (no generated code). Shared by the
// conformance-reference executable and by tests that compare another testee with it in-process.
#pragma once

#include <cstdio>
#include <memory>

#include "tests/oracle/oracle.h"

namespace protoforge::oracle {

// `schema` must hold conformance.proto (package conformance) and the test message types the requests name.
// `request` is a conformance.ConformanceRequest from that schema. The response, owned by the caller, is a
// conformance.ConformanceResponse of the same schema with exactly one `result` member set:
// parse_error / serialize_error when libprotobuf rejects the payload or cannot write the output, skipped for
// JSPB, runtime_error for an unknown message type, a missing payload or an unspecified output format.
std::unique_ptr<google::protobuf::Message> conformance_response(const Schema& schema,
                                                                const google::protobuf::Message& request);

// Serves requests framed as the conformance runner frames them (a 4-byte little-endian length, then the
// bytes) from `in`, writing each response framed the same way to `out` and flushing it, until end of input.
// Returns 0 at a clean end of input, 1 with a message on stderr for a truncated frame or a request that does
// not parse.
int serve_conformance(const Schema& schema, std::FILE* in, std::FILE* out);

}  // namespace protoforge::oracle
