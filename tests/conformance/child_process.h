// A testee run as a child process with pipes on its stdin and stdout, spoken to one framed request at a time.
// A child that dies, hangs past the deadline or garbles a frame is reported, killed and started again, so one
// crashing case does not take the rest of the run with it.
#pragma once

#include <sys/types.h>

#include <string>
#include <string_view>

namespace protoforge::conformance {

class ChildTestee {
 public:
  // `quiet`: the child's stderr goes to /dev/null (libprotobuf logs a line for every questionable input).
  ChildTestee(std::string path, int timeout_ms, bool quiet)
      : path_(std::move(path)), timeout_ms_(timeout_ms), quiet_(quiet) {}
  ChildTestee(const ChildTestee&) = delete;
  ChildTestee& operator=(const ChildTestee&) = delete;
  ~ChildTestee() { stop(); }

  const std::string& path() const { return path_; }
  // Sends `request` and reads the response frame, starting the child first if it is not running. False, with
  // the reason in *error (and the child stopped), if no well-framed response came back.
  bool exchange(std::string_view request, std::string& response, std::string* error);
  // Closes the child's stdin (a testee's signal to exit) and reaps it.
  void stop();

 private:
  bool start(std::string* error);
  std::string describe_exit();  // after a failed exchange: how the child ended, if it did

  std::string path_;
  int timeout_ms_;
  bool quiet_;
  pid_t pid_ = -1;
  int to_child_ = -1;
  int from_child_ = -1;
};

}  // namespace protoforge::conformance
