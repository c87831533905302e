// The whole front end on testdata/sourceinfo: for every file there, the source info protoforge builds must equal,
// location by location, the one in protoc 3.21's golden descriptor set (<name>.pb), and encode_source_code_info
// must give exactly the serialization of build_source_code_info. Failures name the first differing location.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/unit/read_file.h"
#include "runtime/descriptor/serialize.h"
#include "compiler/driver/command_line.h"
#include "compiler/driver/compilation.h"
#include "compiler/sourceinfo/source_info.h"
#include "runtime/wire/wire_format.h"
#include "tests/unit/sourceinfo_decode.h"

namespace {

using namespace protoforge;
namespace fs = std::filesystem;

std::vector<std::string> testdata_files() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(PROTOFORGE_SOURCEINFO_TESTDATA)) {
    if (entry.path().extension() == ".proto") names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

// The golden source info of `name`, from protoc's descriptor set beside it.
descriptor::SourceCodeInfo golden_info(const std::string& name) {
  const fs::path golden = fs::path(PROTOFORGE_SOURCEINFO_TESTDATA) / (name.substr(0, name.size() - 6) + ".pb");
  const auto files = sourceinfo::testing::decode_file_set(testing::read_file(golden.string()));
  REQUIRE(files.has_value());
  REQUIRE(files->size() == 1);
  REQUIRE((*files)[0].source_code_info.has_value());
  return *(*files)[0].source_code_info;
}

}  // namespace

TEST_CASE("testdata/sourceinfo: source info equals protoc's, and encoding equals serializing") {
  const std::vector<std::string> names = testdata_files();
  REQUIRE(!names.empty());
  for (const std::string& name : names) {
    CAPTURE(name);
    auto parsed = driver::parse_command_line({"-I" PROTOFORGE_SOURCEINFO_TESTDATA, "-o/dev/null", name});
    REQUIRE(parsed.command_line.has_value());
    std::ostringstream errors;
    driver::Compilation compilation(*parsed.command_line, errors, /*keep_front_end=*/true);
    REQUIRE_MESSAGE(compilation.run(), errors.str());
    REQUIRE(compilation.inputs().size() == 1);
    const link::LinkedFile& file = *compilation.inputs()[0];

    const descriptor::SourceCodeInfo info = sourceinfo::build_source_code_info(file);
    const std::string difference = sourceinfo::testing::first_difference(golden_info(name), info);
    CHECK_MESSAGE(difference.empty(), difference);

    std::string serialized;
    descriptor::append_file(serialized, descriptor::FileDescriptorProto{}, &info);
    std::string encoded;
    wire::append_tag(encoded, descriptor::field_numbers::file::source_code_info, wire::WireType::length_delimited);
    wire::append_bytes(encoded, sourceinfo::encode_source_code_info(file));
    CHECK(encoded == serialized);
  }
}
