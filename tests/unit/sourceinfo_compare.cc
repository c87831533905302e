// sourceinfo-compare: compares only the SourceCodeInfo of two FileDescriptorSets, file by file (by name), and
// prints the first differing location of each differing file. Separates source-info bugs from descriptor bugs
// when a corpus or testdata run is not byte-identical.
//   sourceinfo-compare EXPECTED.pb ACTUAL.pb [--show N]
//   sourceinfo-compare --dump SET.pb          (every location of every file, one per line)
// Prints "source info identical: I of T files"; exit 0 only when every expected file has identical source info.
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>

#include "tests/unit/read_file.h"
#include "tests/unit/sourceinfo_decode.h"

namespace {

using protoforge::sourceinfo::testing::DecodedFile;

// Empty when the files' source info is identical.
std::string compare(const DecodedFile& expected, const DecodedFile* actual) {
  if (!actual) return "missing\n";
  if (expected.source_code_info.has_value() != actual->source_code_info.has_value()) {
    return expected.source_code_info ? "no source info\n" : "unexpected source info\n";
  }
  if (!expected.source_code_info) return "";
  return protoforge::sourceinfo::testing::first_difference(*expected.source_code_info, *actual->source_code_info);
}

int dump(const char* path) {
  std::string bytes;
  if (!protoforge::testing::read_file(path, bytes)) return 2;
  const auto files = protoforge::sourceinfo::testing::decode_file_set(bytes);
  if (!files) return 2;
  for (const auto& file : *files) {
    std::cout << file.name << (file.source_code_info ? ":\n" : ": no source info\n");
    if (!file.source_code_info) continue;
    for (const auto& location : file.source_code_info->location) {
      std::cout << "  " << protoforge::sourceinfo::testing::describe(location) << '\n';
    }
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::string(argv[1]) == "--dump") return dump(argv[2]);
  if (argc < 3) {
    std::cerr << "usage: sourceinfo-compare EXPECTED.pb ACTUAL.pb [--show N] | --dump SET.pb\n";
    return 2;
  }
  size_t show = 20;
  if (argc >= 5 && std::string(argv[3]) == "--show") show = std::stoul(argv[4]);
  std::string expected_bytes, actual_bytes;
  using protoforge::testing::read_file;
  if (!read_file(argv[1], expected_bytes) || !read_file(argv[2], actual_bytes)) {
    std::cerr << "sourceinfo-compare: cannot read inputs\n";
    return 2;
  }
  const auto expected = protoforge::sourceinfo::testing::decode_file_set(expected_bytes);
  const auto actual = protoforge::sourceinfo::testing::decode_file_set(actual_bytes);
  if (!expected || !actual) {
    std::cerr << "sourceinfo-compare: input is not a FileDescriptorSet\n";
    return 2;
  }
  std::map<std::string, const DecodedFile*> actual_by_name;
  for (const auto& file : *actual) actual_by_name[file.name] = &file;
  size_t identical = 0, shown = 0;
  for (const auto& file : *expected) {
    auto it = actual_by_name.find(file.name);
    const std::string problem = compare(file, it == actual_by_name.end() ? nullptr : it->second);
    if (problem.empty()) {
      ++identical;
    } else if (shown++ < show) {
      std::cout << file.name << ": " << problem;
    }
  }
  std::cout << "source info identical: " << identical << " of " << expected->size() << " files\n";
  return identical == expected->size() ? 0 : 1;
}
