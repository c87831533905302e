// parse_check: parses .proto files with protoforge's front end and prints the diagnostics as protoc does.
// Usage: parse_check [-I<root>] [--time] file...   (files are virtual paths below <root>, default ".")
// Used by the differential scripts (testdata/parse/) and for timing the front end on a corpus.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/diag/render.h"
#include "compiler/parse/parser.h"

using namespace protoforge;

int main(int argc, char** argv) {
  std::string root = ".";
  bool timing = false;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.rfind("-I", 0) == 0) {
      root = arg.substr(2);
    } else if (arg == "--time") {
      timing = true;
    } else {
      files.push_back(arg);
    }
  }
  int failed = 0;
  double seconds = 0;
  for (const std::string& name : files) {
    std::ifstream in(root + "/" + name, std::ios::binary);
    if (!in) {
      std::printf("%s: File not found.\n", name.c_str());
      ++failed;
      continue;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    source::SourceFile file(name, buffer.str());
    diag::DiagnosticSink sink;
    const auto start = std::chrono::steady_clock::now();
    ast::File ast = parse::parse_file(file, sink);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (sink.has_errors()) ++failed;
    for (const diag::Diagnostic& d : sink.take()) std::printf("%s\n", diag::render(d, diag::ErrorFormat::gcc).c_str());
  }
  if (timing) std::fprintf(stderr, "%zu files, %d with errors, %.3f s parsing\n", files.size(), failed, seconds);
  return failed == 0 ? 0 : 1;
}
