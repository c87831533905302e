// conformance-reference: a conformance testee built on libprotobuf 3.21's DynamicMessage, the yardstick for
// protoforge's own testee. Usage: conformance-reference [DESCRIPTOR_SET]; without an argument it reads the set
// the build compiled from the shared conformance schemas. Requests on stdin, responses on stdout.
#include <cstdio>
#include <string>

#include "tests/oracle/conformance.h"
#include "tests/unit/read_file.h"

int main(int argc, char** argv) {
  std::string path = argc > 1 ? argv[1] : PROTOFORGE_ORACLE_CONFORMANCE_SET;
  std::string bytes;
  if (!protoforge::testing::read_file(path, bytes)) {
    std::fprintf(stderr, "conformance-reference: cannot read %s\n", path.c_str());
    return 1;
  }
  std::string error;
  auto schema = protoforge::oracle::Schema::load(bytes, &error);
  if (schema == nullptr) {
    std::fprintf(stderr, "conformance-reference: %s: %s\n", path.c_str(), error.c_str());
    return 1;
  }
  return protoforge::oracle::serve_conformance(*schema, stdin, stdout);
}
