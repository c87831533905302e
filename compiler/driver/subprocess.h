// Runs a program with bytes on its stdin and collects its stdout and stderr, as protoc runs plugins: the name is
// looked up on PATH unless it contains a '/'. Input and output are pumped together (poll), so a plugin that
// writes before it has read everything cannot deadlock against us.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace protoforge::driver {

struct SubprocessResult {
  bool started = false;  // false: the program could not be run (not found, not executable)
  int exit_code = 0;     // when it exited
  int signal = 0;        // when a signal ended it (exit_code is then meaningless)
  std::string out;
  std::string err;
};

SubprocessResult run_subprocess(const std::string& program, const std::vector<std::string>& args,
                                std::string_view input);

}  // namespace protoforge::driver
