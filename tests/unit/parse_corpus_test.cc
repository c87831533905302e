// Every file of the shared corpora must parse without a diagnostic: googleapis (FILES.txt) and npm's
// google-proto-files (whose only files protoc 3.21 cannot parse are editions files, which we must parse).
// Each corpus is skipped when absent.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/unit/read_file.h"
#include "tests/unit/parse_test_util.h"

using namespace protoforge;
namespace fs = std::filesystem;

namespace {

// Parses every file; returns the diagnostics of the failing ones (empty when all parse).
std::vector<std::string> parse_all(const fs::path& root, const std::vector<std::string>& files) {
  std::vector<std::string> failures;
  for (const std::string& name : files) {
    const auto parsed = testing::parse_text(testing::read_file((root / name).string()), name);
    failures.insert(failures.end(), parsed.errors.begin(), parsed.errors.end());
  }
  return failures;
}

}  // namespace

TEST_CASE("googleapis parses without errors") {
  const fs::path root = fs::path(PROTOFORGE_SHARED_DIR) / "corpus/googleapis";
  if (!fs::exists(root / "FILES.txt")) {
    MESSAGE("googleapis corpus absent: skipped");
    return;
  }
  std::vector<std::string> files;
  std::ifstream list(root / "FILES.txt");
  for (std::string line; std::getline(list, line);) {
    if (!line.empty()) files.push_back(line);
  }
  REQUIRE(files.size() > 7000);
  const auto failures = parse_all(root, files);
  CHECK(failures.empty());
  for (size_t i = 0; i < failures.size() && i < 20; ++i) MESSAGE(failures[i]);
  MESSAGE(files.size() << " googleapis files parsed");
}

TEST_CASE("npm google-proto-files parses without errors, editions included") {
  const fs::path root = fs::path(PROTOFORGE_SOURCE_DIR) / ".deps/npm/node_modules/google-proto-files";
  if (!fs::exists(root / "google")) {
    MESSAGE("npm corpus absent: skipped");
    return;
  }
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (entry.path().extension() == ".proto") files.push_back(fs::relative(entry.path(), root).generic_string());
  }
  REQUIRE(files.size() > 7000);
  const auto failures = parse_all(root, files);
  CHECK(failures.empty());
  for (size_t i = 0; i < failures.size() && i < 20; ++i) MESSAGE(failures[i]);
  MESSAGE(files.size() << " npm files parsed");
}
