// Stand-in for builds without runtime/json: the testee answers `skipped` for JSON (see formats.h).
#include "tests/conformance/formats.h"

namespace protoforge::conformance {

FormatSupport json_support() { return {}; }

FormatResult parse_json(const schema::Pool&, std::string_view, bool, message::Message&) {
  return {false, "this build has no JSON support"};
}

FormatResult print_json(const schema::Pool&, const message::Message&, std::string&) {
  return {false, "this build has no JSON support"};
}

}  // namespace protoforge::conformance
