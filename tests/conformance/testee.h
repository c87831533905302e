// What the testee does with one ConformanceRequest, apart from the framing: parse the payload into a dynamic
// message of the named type, then write it in the requested format, answering in the ConformanceResponse member
// that conformance.proto defines for each outcome.
#pragma once

#include <string>
#include <string_view>

#include "tests/conformance/protocol.h"

namespace protoforge::conformance {

Response answer(const Protocol& protocol, const Request& request);
// The serialized response to serialized request bytes; a request that does not decode gets a runtime_error.
std::string answer(const Protocol& protocol, std::string_view request_bytes);

}  // namespace protoforge::conformance
