// The testee's bridge to the text forms of messages (runtime/json, runtime/text). Each form is one .cc file,
// chosen by tests/conformance.cmake: the real bridge when the build has that library, otherwise a stand-in
// whose has_*() is false, so the testee answers `skipped` instead of failing to build.
#pragma once

#include <string>
#include <string_view>

#include "runtime/message/message.h"
#include "runtime/schema/pool.h"

namespace protoforge::conformance {

struct FormatResult {
  bool ok = true;
  std::string error;  // what went wrong, for parse_error / serialize_error
};

bool has_json();
// Merges `json` into `into`; `ignore_unknown` drops fields (and enum names) the schema does not know.
FormatResult parse_json(const schema::Pool& pool, std::string_view json, bool ignore_unknown,
                        message::Message& into);
// Protobuf's canonical JSON, as the conformance suite expects it (no default-valued fields, lowerCamel names).
FormatResult print_json(const schema::Pool& pool, const message::Message& message, std::string& out);

bool has_text();
FormatResult parse_text(const schema::Pool& pool, std::string_view text, message::Message& into);
FormatResult print_text(const schema::Pool& pool, const message::Message& message, bool print_unknown_fields,
                        std::string& out);

}  // namespace protoforge::conformance
