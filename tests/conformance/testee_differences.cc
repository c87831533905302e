#include "tests/conformance/testee_differences.h"

#include <fstream>

namespace protoforge::conformance {

namespace {

std::string trimmed(const std::string& s) {
  const size_t first = s.find_first_not_of(" \t\r");
  if (first == std::string::npos) return "";
  return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

}  // namespace

bool load_testee_differences(const std::string& path, TesteeDifferences& out, std::string* error) {
  std::ifstream in(path);
  if (!in) return *error = "cannot read " + path, false;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    line = trimmed(line);
    if (line.empty() || line.front() == '#') continue;
    const size_t colon = line.find(": ");
    if (colon == std::string::npos || trimmed(line.substr(colon + 2)).empty()) {
      return *error = path + ":" + std::to_string(number) + ": expected `INPUT_NAME: why`", false;
    }
    out[line.substr(0, colon)] = trimmed(line.substr(colon + 2));
  }
  return true;
}

Input with_testee_difference(const Input& input, const TesteeDifferences& differences) {
  Input out = input;
  if (const auto it = differences.find(input.name); it != differences.end()) {
    out.known_difference = it->second;
    out.known_outputs = kEveryOutput;
  }
  return out;
}

}  // namespace protoforge::conformance
