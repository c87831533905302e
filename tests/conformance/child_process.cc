#include "tests/conformance/child_process.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "tests/conformance/frames.h"

extern char** environ;

namespace protoforge::conformance {

namespace {

constexpr size_t kMaxResponseSize = size_t{1} << 28;

void close_fd(int& fd) {
  if (fd >= 0) close(fd);
  fd = -1;
}

}  // namespace

bool ChildTestee::start(std::string* error) {
  int in[2];   // parent writes in[1], child reads in[0] as stdin
  int out[2];  // child writes out[1] as stdout, parent reads out[0]
  if (pipe(in) != 0) return *error = std::string("pipe: ") + std::strerror(errno), false;
  if (pipe(out) != 0) {
    close(in[0]);
    close(in[1]);
    return *error = std::string("pipe: ") + std::strerror(errno), false;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in[0], 0);
  posix_spawn_file_actions_adddup2(&actions, out[1], 1);
  if (quiet_) posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  for (int fd : {in[0], in[1], out[0], out[1]}) posix_spawn_file_actions_addclose(&actions, fd);
  char* argv[] = {path_.data(), nullptr};
  const int spawned = posix_spawn(&pid_, path_.c_str(), &actions, nullptr, argv, environ);
  posix_spawn_file_actions_destroy(&actions);
  close(in[0]);
  close(out[1]);
  to_child_ = in[1];
  from_child_ = out[0];
  if (spawned != 0) {
    pid_ = -1;
    stop();
    *error = "cannot start " + path_ + ": " + std::strerror(spawned);
    return false;
  }
  return true;
}

bool ChildTestee::exchange(std::string_view request, std::string& response, std::string* error) {
  if (pid_ < 0 && !start(error)) return false;
  if (!write_frame(to_child_, request)) {
    *error = "cannot send the request" + describe_exit();
    return false;
  }
  const FrameStatus status = read_frame(from_child_, response, kMaxResponseSize, timeout_ms_);
  if (status == FrameStatus::ok) return true;
  *error = std::string(to_string(status)) + describe_exit();
  return false;
}

std::string ChildTestee::describe_exit() {
  if (pid_ < 0) return "";
  int wstatus = 0;
  // A child that closed its pipes is usually exiting: give it a moment to say how before killing it. One still
  // running (after a timeout or a garbled frame) cannot be trusted with the next case.
  pid_t done = 0;
  for (int waited_ms = 0; done == 0 && waited_ms < 1000; waited_ms += 10) {
    done = waitpid(pid_, &wstatus, WNOHANG);
    if (done == 0) usleep(10 * 1000);
  }
  if (done == 0) {
    kill(pid_, SIGKILL);
    done = waitpid(pid_, &wstatus, 0);
  }
  pid_ = -1;
  close_fd(to_child_);
  close_fd(from_child_);
  if (done <= 0) return "";
  if (WIFSIGNALED(wstatus)) return " (testee killed by signal " + std::to_string(WTERMSIG(wstatus)) + ")";
  if (WIFEXITED(wstatus)) return " (testee exited with status " + std::to_string(WEXITSTATUS(wstatus)) + ")";
  return "";
}

void ChildTestee::stop() {
  close_fd(to_child_);
  close_fd(from_child_);
  if (pid_ > 0) waitpid(pid_, nullptr, 0);
  pid_ = -1;
}

}  // namespace protoforge::conformance
