// protoforge: the command-line entry point. `protoforge [protoc flags] files...` behaves as protoc does.
#include <malloc.h>

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "compiler/driver/command_line.h"
#include "compiler/driver/compilation.h"
#include "compiler/driver/encode_decode.h"
#include "compiler/driver/free_field_numbers.h"
#include "compiler/driver/generators.h"
#include "compiler/driver/outputs.h"
#include "compiler/toolkit/toolkit.h"

namespace {

int run_compiler(const std::vector<std::string>& args) {
  using namespace protoforge::driver;
  ParseOutcome parsed = parse_command_line(args);
  if (!parsed.command_line) {
    std::cerr << parsed.error << '\n';
    return 1;
  }
  const CommandLine& cl = *parsed.command_line;
  if (cl.show_help) {
    std::cout << help_text();
    return 0;
  }
  if (cl.show_version) {
    std::cout << version_text();
    return 0;
  }
  for (const auto& notice : cl.notices) std::cerr << notice << '\n';
  if (cl.codec != Codec::none) return run_codec(cl, std::cin, std::cout, std::cerr);  // --encode, --decode...
  // Never destroyed: main ends the process with _Exit once the outputs are written (see there).
  Compilation& compilation = *new Compilation(cl, std::cerr);
  if (!compilation.run()) return 1;
  if (cl.print_free_field_numbers) {
    for (const auto* file : compilation.inputs()) print_free_field_numbers(file->proto, std::cout);
  }
  if (!cl.descriptor_set_out.empty()) {
    if (std::string error = write_descriptor_set(compilation, cl); !error.empty()) {
      std::cerr << error << '\n';
      return 1;
    }
  }
  std::vector<std::string> generated;
  if (!cl.outputs.empty()) {
    if (!run_generators(compilation, cl, std::cerr, generated)) return 1;
  }
  if (!cl.dependency_out.empty()) {
    if (std::string error = write_dependency_file(compilation, cl, generated); !error.empty()) {
      std::cerr << error << '\n';
      return 1;
    }
  }
  return compilation.warnings_are_fatal() ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  // A compile allocates and frees a file's text and AST over and over: keep freed memory for reuse instead of
  // returning it to the kernel (and re-faulting fresh zeroed pages) each time.
  mallopt(M_MMAP_THRESHOLD, 256 << 20);
  mallopt(M_TRIM_THRESHOLD, 512 << 20);
  const std::vector<std::string> args(argv + 1, argv + argc);
  const int status = !args.empty() && protoforge::toolkit::handles(args.front())
                         ? protoforge::toolkit::run(args, std::cout, std::cerr)  // decode, encode, ... (docs/cli.md)
                         : run_compiler(args);
  // Everything is written; tearing down every descriptor of a large compile would only cost time (the kernel
  // takes the memory back at once), as compilers commonly do.
  std::cout.flush();
  std::cerr.flush();
  std::_Exit(status);
}
