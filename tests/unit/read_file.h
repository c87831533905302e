// Test support: a whole file's bytes, for tests and test tools that compare files.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace protoforge::testing {

// False if the file cannot be opened.
inline bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  out = std::move(bytes).str();
  return true;
}

// The bytes, or "" if the file cannot be opened (the test then fails on the content).
inline std::string read_file(const std::string& path) {
  std::string out;
  read_file(path, out);
  return out;
}

}  // namespace protoforge::testing
