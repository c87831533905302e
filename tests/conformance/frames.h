// The conformance protocol's framing on file descriptors: a 4-byte little-endian length, then that many bytes.
// Plain read(2)/write(2) so that the testee (stdin/stdout) and the driver (pipes to a child) share it, and no
// stdio buffer stands between a response and the peer waiting for it.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace protoforge::conformance {

enum class FrameStatus : uint8_t {
  ok,
  eof,        // the peer closed the stream before the first byte of a frame (the end of a session)
  truncated,  // the stream ended inside a frame
  too_large,  // the length prefix exceeds the caller's limit
  timeout,    // nothing arrived within the caller's deadline
  io_error,
};
std::string_view to_string(FrameStatus status);

// Reads one frame from `fd` into `out`. `timeout_ms` < 0 waits forever; otherwise it bounds each wait for data.
FrameStatus read_frame(int fd, std::string& out, size_t max_size, int timeout_ms = -1);
// Writes one frame; false if the peer is gone or the write fails.
bool write_frame(int fd, std::string_view bytes);

// A testee's session: answers each request frame on stdin with one response frame on stdout until stdin ends.
// Returns the exit code: 0 at the end of stdin, 1 on a broken stream (said on stderr, after `program`).
int serve_frames(const char* program, const std::function<std::string(std::string_view request)>& answer);

}  // namespace protoforge::conformance
