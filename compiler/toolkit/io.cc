#include "compiler/toolkit/io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <ostream>
#include <sys/stat.h>

namespace protoforge::toolkit {

namespace {

bool is_stdio(const std::string& path) { return path.empty() || path == "-"; }

// stdio rather than std::cin: main turns off iostream/stdio synchronization, and binary input must not pass
// through any text translation.
std::string read_stdin(std::string& out) {
  char buffer[1 << 16];
  size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, stdin)) > 0) out.append(buffer, n);
  if (std::ferror(stdin)) return "<stdin>: cannot read: " + std::string(std::strerror(errno));
  return "";
}

}  // namespace

std::string display_name(const std::string& path) { return is_stdio(path) ? "<stdin>" : path; }

std::string read_input(const std::string& path, std::string& out) {
  out.clear();
  if (is_stdio(path)) return read_stdin(out);
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return path + ": " + std::strerror(errno);
  if (S_ISDIR(info.st_mode)) return path + ": is a directory";
  std::ifstream in(path, std::ios::binary);
  if (!in) return path + ": " + std::strerror(errno);
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) return path + ": cannot read";
  return "";
}

std::string write_output(const std::string& path, const std::string& bytes, std::ostream& stdout_stream) {
  if (is_stdio(path)) {
    stdout_stream.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    stdout_stream.flush();
    return stdout_stream ? "" : "<stdout>: cannot write";
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return path + ": cannot open for writing: " + std::strerror(errno);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return path + ": cannot write";
  return "";
}

}  // namespace protoforge::toolkit
