#include "tests/conformance/frames.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>

namespace protoforge::conformance {

namespace {

// A request is small; a length prefix above this is a broken stream, not a message to allocate for.
constexpr size_t kMaxRequestSize = size_t{1} << 28;

// Reads exactly `size` bytes. `got` counts what arrived, so the caller can tell a clean EOF from a cut frame.
FrameStatus read_exact(int fd, char* data, size_t size, size_t& got, int timeout_ms) {
  got = 0;
  while (got < size) {
    if (timeout_ms >= 0) {
      pollfd p{fd, POLLIN, 0};
      const int ready = poll(&p, 1, timeout_ms);
      if (ready < 0 && errno == EINTR) continue;
      if (ready < 0) return FrameStatus::io_error;
      if (ready == 0) return FrameStatus::timeout;
    }
    const ssize_t n = read(fd, data + got, size - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return FrameStatus::io_error;
    if (n == 0) return FrameStatus::truncated;
    got += static_cast<size_t>(n);
  }
  return FrameStatus::ok;
}

bool write_all(int fd, const char* data, size_t size) {
  while (size > 0) {
    const ssize_t n = write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

std::string_view to_string(FrameStatus status) {
  switch (status) {
    case FrameStatus::ok: return "ok";
    case FrameStatus::eof: return "end of stream";
    case FrameStatus::truncated: return "stream ends inside a frame";
    case FrameStatus::too_large: return "frame length over the limit";
    case FrameStatus::timeout: return "timed out waiting for a frame";
    case FrameStatus::io_error: return "read error";
  }
  return "unknown frame status";
}

FrameStatus read_frame(int fd, std::string& out, size_t max_size, int timeout_ms) {
  unsigned char prefix[4];
  size_t got = 0;
  FrameStatus status = read_exact(fd, reinterpret_cast<char*>(prefix), 4, got, timeout_ms);
  if (status == FrameStatus::truncated && got == 0) return FrameStatus::eof;
  if (status != FrameStatus::ok) return status;
  const uint32_t size = prefix[0] | prefix[1] << 8 | prefix[2] << 16 | static_cast<uint32_t>(prefix[3]) << 24;
  if (size > max_size) return FrameStatus::too_large;
  out.resize(size);
  return read_exact(fd, out.data(), size, got, timeout_ms);
}

bool write_frame(int fd, std::string_view bytes) {
  if (bytes.size() > UINT32_MAX) return false;
  const auto size = static_cast<uint32_t>(bytes.size());
  const char prefix[4] = {static_cast<char>(size), static_cast<char>(size >> 8), static_cast<char>(size >> 16),
                          static_cast<char>(size >> 24)};
  return write_all(fd, prefix, 4) && write_all(fd, bytes.data(), bytes.size());
}

int serve_frames(const char* program, const std::function<std::string(std::string_view request)>& answer) {
  std::string request;
  for (;;) {
    const FrameStatus status = read_frame(0, request, kMaxRequestSize);
    if (status == FrameStatus::eof) return 0;
    if (status != FrameStatus::ok) {
      std::fprintf(stderr, "%s: %s\n", program, std::string(to_string(status)).c_str());
      return 1;
    }
    if (!write_frame(1, answer(request))) {
      std::fprintf(stderr, "%s: cannot write the response\n", program);
      return 1;
    }
  }
}

}  // namespace protoforge::conformance
