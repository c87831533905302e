// Known differences of one testee beyond the case table's own (Input::known_difference), for a testee that
// answers some inputs otherwise for a reason of its own (conformance-testee-generated: generated classes keep
// maps as maps). A file of lines `INPUT_NAME: why`; blank lines and `#` comments are skipped. The driver reads it
// with --known-differences FILE.
#pragma once

#include <functional>
#include <map>
#include <string>

#include "tests/conformance/cases.h"

namespace protoforge::conformance {

using TesteeDifferences = std::map<std::string, std::string, std::less<>>;  // input name -> why

// False, with the reason in *error, when the file cannot be read or a line has no `: why`.
bool load_testee_differences(const std::string& path, TesteeDifferences& out, std::string* error);

// `input`, with the file's reason as its known difference in every output format when the file names it.
Input with_testee_difference(const Input& input, const TesteeDifferences& differences);

}  // namespace protoforge::conformance
