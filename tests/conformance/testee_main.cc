// conformance-testee: protoforge's runtime behind the conformance protocol (conformance.proto). It reads framed
// ConformanceRequests from stdin and writes one framed ConformanceResponse for each to stdout, until stdin ends.
// Usage: conformance-testee   (no arguments; the schemas are embedded)
#include <cstdio>
#include <string>

#include "tests/conformance/frames.h"
#include "tests/conformance/testee.h"

namespace {

// A request is small; a length prefix above this is a broken stream, not a message to allocate for.
constexpr size_t kMaxRequestSize = size_t{1} << 28;

}  // namespace

int main() {
  using namespace protoforge::conformance;
  std::string error;
  const auto protocol = Protocol::load(&error);
  if (!protocol) {
    std::fprintf(stderr, "conformance-testee: %s\n", error.c_str());
    return 2;
  }
  std::string request;
  for (;;) {
    const FrameStatus status = read_frame(0, request, kMaxRequestSize);
    if (status == FrameStatus::eof) return 0;
    if (status != FrameStatus::ok) {
      std::fprintf(stderr, "conformance-testee: %s\n", std::string(to_string(status)).c_str());
      return 1;
    }
    if (!write_frame(1, answer(*protocol, request))) {
      std::fprintf(stderr, "conformance-testee: cannot write the response\n");
      return 1;
    }
  }
}
