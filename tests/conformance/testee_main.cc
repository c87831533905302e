// conformance-testee: protoforge's runtime behind the conformance protocol (conformance.proto). It reads framed
// ConformanceRequests from stdin and writes one framed ConformanceResponse for each to stdout, until stdin ends.
// Usage: conformance-testee   (no arguments; the schemas are embedded)
#include <cstdio>
#include <string>

#include "tests/conformance/frames.h"
#include "tests/conformance/testee.h"

int main() {
  using namespace protoforge::conformance;
  std::string error;
  const auto protocol = Protocol::load(&error);
  if (!protocol) {
    std::fprintf(stderr, "conformance-testee: %s\n", error.c_str());
    return 2;
  }
  return serve_frames("conformance-testee", [&](std::string_view request) { return answer(*protocol, request); });
}
