// Stand-in for builds without runtime/text: the testee answers `skipped` for text format (see formats.h).
#include "tests/conformance/formats.h"

namespace protoforge::conformance {

FormatSupport text_support() { return {}; }

FormatResult parse_text(const schema::Pool&, std::string_view, message::Message&) {
  return {false, "this build has no text-format support"};
}

FormatResult print_text(const schema::Pool&, const message::Message&, bool, std::string&) {
  return {false, "this build has no text-format support"};
}

}  // namespace protoforge::conformance
