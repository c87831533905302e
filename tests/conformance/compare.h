// How the driver judges a testee's response against the reference's for the same request: the same member of
// the result oneof, and for payloads the same content. Protobuf payloads compare as bytes (both sides encode
// deterministically); JSON and text payloads compare as text first and, when the text differs, as the messages
// they denote: both are parsed back by the reference testee into protobuf bytes, which must be equal.
#pragma once

#include <string>

#include "tests/conformance/cases.h"
#include "tests/conformance/child_process.h"
#include "tests/conformance/protocol.h"

namespace protoforge::conformance {

// known: a mismatch the case table expects (Input::known_difference).
enum class Verdict : uint8_t { pass, fail, skip, known };

struct Judgement {
  Verdict verdict = Verdict::pass;
  bool identical = false;  // a payload equal to the reference's byte for byte (not only after re-parsing)
  std::string detail;      // why it failed or was skipped
};

class Judge {
 public:
  Judge(const Protocol& protocol, ChildTestee& reference) : protocol_(protocol), reference_(reference) {}

  // `request` is one of `input`'s. A malformed input needs parse_error from both sides; a mismatch the input
  // explains (Input::known_difference, for this output format) is `known`, as long as the testee still rejects
  // a malformed input.
  Judgement judge(const Input& input, const Request& request, const Response& testee, const Response& reference);

 private:
  Judgement compare(const Request& request, const Response& testee, const Response& reference, bool malformed);
  Judgement same_kind(const Request& request, const Response& testee, const Response& reference);
  // The reference's protobuf encoding of a JSON or text payload of the request's type, or why there is none.
  bool reparse(const Request& request, WireFormat format, const std::string& payload, std::string& bytes,
               std::string& why);

  const Protocol& protocol_;
  ChildTestee& reference_;
};

// A payload or error for a report line: printable ASCII kept, the rest escaped, cut to `limit` characters.
std::string excerpt(const std::string& value, size_t limit = 240);

}  // namespace protoforge::conformance
