// Stands in for json_checks.cc in a build without runtime/json (tests/differential.cmake picks one of them).
#include "tests/differential/checks.h"

namespace protoforge::differential {

bool json_checks_built() { return false; }

void check_json(const Case&, const pb::Message&, Results&) {}

}  // namespace protoforge::differential
