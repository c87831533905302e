// Differential syntax-error suite: every testdata/parse/errors/<name>.proto must produce exactly protoc's output
// (<name>.expected, made by testdata/parse/regen-errors.sh from protoc 3.21), and every testdata/parse/valid/*.proto
// must parse without a diagnostic.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/unit/read_file.h"
#include "tests/unit/parse_test_util.h"

using namespace protoforge;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> protos_in(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".proto") out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string join(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) out += line + "\n";
  return out;
}

}  // namespace

TEST_CASE("syntax errors match protoc's") {
  const fs::path dir = fs::path(PROTOFORGE_SOURCE_DIR) / "testdata/parse/errors";
  const auto cases = protos_in(dir);
  REQUIRE(cases.size() > 40);
  int matched = 0;
  for (const fs::path& path : cases) {
    CAPTURE(path.filename().string());
    const auto parsed = testing::parse_text(testing::read_file(path.string()), path.filename().string());
    fs::path golden = path;
    golden.replace_extension(".expected");
    REQUIRE(fs::exists(golden));
    const std::string expected = testing::read_file(golden.string());
    CHECK(join(parsed.errors) == expected);
    matched += join(parsed.errors) == expected;
  }
  MESSAGE(matched << " of " << cases.size() << " syntax-error files match protoc");
}

TEST_CASE("valid inputs parse without diagnostics") {
  for (const fs::path& path : protos_in(fs::path(PROTOFORGE_SOURCE_DIR) / "testdata/parse/valid")) {
    CAPTURE(path.filename().string());
    CHECK(testing::parse_text(testing::read_file(path.string()), path.filename().string()).errors.empty());
  }
}
