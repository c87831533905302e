// fdset-diff: compares two FileDescriptorSets file by file (by name) and reports how many files are
// byte-identical. Used by the corpus parity tests to turn "the sets differ" into "which files differ".
//   fdset-diff EXPECTED.pb ACTUAL.pb [--show N]
// Prints "identical: I of T files" and the names of differing or missing files; exit 0 only when the two sets
// are byte-identical as a whole.
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "tests/unit/read_file.h"
#include "runtime/wire/wire_format.h"

namespace {

using protoforge::wire::WireType;

struct Entry {
  std::string name;
  std::string_view bytes;
};

// Splits a FileDescriptorSet into its files; false on malformed input.
bool split_files(std::string_view set, std::vector<Entry>& out) {
  while (!set.empty()) {
    protoforge::wire::FieldNumber number = 0;
    WireType type{};
    size_t n = protoforge::wire::consume_tag(set, number, type);
    if (n == 0 || number != 1 || type != WireType::length_delimited) return false;
    set.remove_prefix(n);
    std::string_view file;
    n = protoforge::wire::consume_bytes(set, file);
    if (n == 0) return false;
    set.remove_prefix(n);
    Entry entry{"", file};
    // The name is field 1 of FileDescriptorProto and comes first when present.
    std::string_view rest = file;
    if (protoforge::wire::consume_tag(rest, number, type) && number == 1 && type == WireType::length_delimited) {
      rest.remove_prefix(1);
      std::string_view name;
      if (protoforge::wire::consume_bytes(rest, name)) entry.name = std::string(name);
    }
    out.push_back(entry);
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: fdset-diff EXPECTED.pb ACTUAL.pb [--show N]\n";
    return 2;
  }
  size_t show = 20;
  if (argc >= 5 && std::string(argv[3]) == "--show") show = std::stoul(argv[4]);
  std::string expected_bytes, actual_bytes;
  using protoforge::testing::read_file;
  if (!read_file(argv[1], expected_bytes) || !read_file(argv[2], actual_bytes)) {
    std::cerr << "fdset-diff: cannot read inputs\n";
    return 2;
  }
  std::vector<Entry> expected, actual;
  if (!split_files(expected_bytes, expected) || !split_files(actual_bytes, actual)) {
    std::cerr << "fdset-diff: input is not a FileDescriptorSet\n";
    return 2;
  }
  std::map<std::string, std::string_view> actual_by_name;
  for (const auto& e : actual) actual_by_name[e.name] = e.bytes;
  size_t identical = 0, shown = 0;
  for (const auto& e : expected) {
    auto it = actual_by_name.find(e.name);
    const char* problem = nullptr;
    if (it == actual_by_name.end()) problem = "missing";
    else if (it->second != e.bytes) problem = "differs";
    else ++identical;
    if (problem && shown++ < show) std::cout << problem << ": " << e.name << '\n';
  }
  bool same_order = expected.size() == actual.size();
  for (size_t i = 0; same_order && i < expected.size(); ++i) same_order = expected[i].name == actual[i].name;
  std::cout << "identical: " << identical << " of " << expected.size() << " files"
            << (actual.size() != expected.size() ? " (actual has " + std::to_string(actual.size()) + ")" : "")
            << (same_order ? "" : " (file order differs)") << '\n';
  return expected_bytes == actual_bytes ? 0 : 1;
}
