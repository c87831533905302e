// The testee's bridge to the text forms of messages (runtime/json, runtime/text). Each form is one .cc file,
// chosen by tests/conformance.cmake: the real bridge when the build has that library, otherwise a stand-in that
// supports nothing, so the testee answers `skipped` instead of failing to build. While a library is only half
// written (a printer but no parser yet), its bridge says which half it has.
#pragma once

#include <string>
#include <string_view>

#include "runtime/message/message.h"
#include "runtime/schema/pool.h"

namespace protoforge::conformance {

struct FormatSupport {
  bool parse = false;
  bool print = false;
};

struct FormatResult {
  bool ok = true;
  std::string error;  // what went wrong, for parse_error / serialize_error
};

FormatSupport json_support();
// Reads `json` into `into`; `ignore_unknown` drops fields (and enum names) the schema does not know.
// Precondition: json_support().parse.
FormatResult parse_json(const schema::Pool& pool, std::string_view json, bool ignore_unknown,
                        message::Message& into);
// Protobuf's canonical JSON, as the conformance suite expects it (MessageToJsonString's defaults).
// Precondition: json_support().print.
FormatResult print_json(const schema::Pool& pool, const message::Message& message, std::string& out);

FormatSupport text_support();
FormatResult parse_text(const schema::Pool& pool, std::string_view text, message::Message& into);
// TextFormat::Printer's defaults, with unknown fields only when asked.
FormatResult print_text(const schema::Pool& pool, const message::Message& message, bool print_unknown_fields,
                        std::string& out);

}  // namespace protoforge::conformance
