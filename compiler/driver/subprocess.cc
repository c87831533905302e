#include "compiler/driver/subprocess.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>

extern char** environ;

namespace protoforge::driver {

namespace {

struct Pipe {
  int read_end = -1, write_end = -1;
  bool open() {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) return false;
    read_end = fds[0];
    write_end = fds[1];
    return true;
  }
  static void close_fd(int& fd) {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
  ~Pipe() {
    close_fd(read_end);
    close_fd(write_end);
  }
};

// Feeds `input` to `to_child` while draining `from_out` and `from_err` until both reach end of file.
void pump(int& to_child, int& from_out, int& from_err, std::string_view input, SubprocessResult& result) {
  size_t written = 0;
  if (input.empty()) Pipe::close_fd(to_child);
  else fcntl(to_child, F_SETFL, O_NONBLOCK);
  char buf[65536];
  while (from_out >= 0 || from_err >= 0) {
    pollfd fds[3];
    int n = 0;
    int which[3];
    if (to_child >= 0) { fds[n] = {to_child, POLLOUT, 0}; which[n++] = 0; }
    if (from_out >= 0) { fds[n] = {from_out, POLLIN, 0}; which[n++] = 1; }
    if (from_err >= 0) { fds[n] = {from_err, POLLIN, 0}; which[n++] = 2; }
    if (poll(fds, static_cast<nfds_t>(n), -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int i = 0; i < n; ++i) {
      if (fds[i].revents == 0) continue;
      if (which[i] == 0) {
        const ssize_t k = ::write(to_child, input.data() + written, input.size() - written);
        if (k > 0) written += static_cast<size_t>(k);
        if (k < 0 && errno != EAGAIN && errno != EINTR) written = input.size();  // the child stopped reading
        if (written == input.size()) Pipe::close_fd(to_child);
      } else {
        int& fd = which[i] == 1 ? from_out : from_err;
        const ssize_t k = ::read(fd, buf, sizeof buf);
        if (k > 0) (which[i] == 1 ? result.out : result.err).append(buf, static_cast<size_t>(k));
        else if (k == 0 || (errno != EAGAIN && errno != EINTR)) Pipe::close_fd(fd);
      }
    }
  }
  Pipe::close_fd(to_child);
}

}  // namespace

SubprocessResult run_subprocess(const std::string& program, const std::vector<std::string>& args,
                                std::string_view input) {
  SubprocessResult result;
  Pipe in, out, err;
  if (!in.open() || !out.open() || !err.open()) return result;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in.read_end, 0);
  posix_spawn_file_actions_adddup2(&actions, out.write_end, 1);
  posix_spawn_file_actions_adddup2(&actions, err.write_end, 2);
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(program.c_str()));
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  const bool has_slash = program.find('/') != std::string::npos;
  const int rc = has_slash ? posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ)
                           : posix_spawnp(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  Pipe::close_fd(in.read_end);
  Pipe::close_fd(out.write_end);
  Pipe::close_fd(err.write_end);
  if (rc != 0) return result;
  result.started = true;
  // A plugin that exits without reading all of its input must not kill us with SIGPIPE (the write fails instead).
  signal(SIGPIPE, SIG_IGN);
  pump(in.write_end, out.read_end, err.read_end, input, result);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
  else result.exit_code = WEXITSTATUS(status);
  return result;
}

}  // namespace protoforge::driver
