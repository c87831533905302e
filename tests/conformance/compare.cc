#include "tests/conformance/compare.h"

#include <cstdio>

namespace protoforge::conformance {

namespace {

Judgement fail(std::string detail) { return {Verdict::fail, false, std::move(detail)}; }

std::string side(const char* who, const Response& r) {
  return std::string(who) + " gave " + std::string(to_string(r.kind)) + " \"" + excerpt(r.value) + "\"";
}

std::string first_difference(const std::string& a, const std::string& b) {
  size_t i = 0;
  while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
  return "first difference at byte " + std::to_string(i) + " of " + std::to_string(a.size()) + " vs " +
         std::to_string(b.size());
}

}  // namespace

std::string excerpt(const std::string& value, size_t limit) {
  std::string out;
  for (unsigned char c : value) {
    if (out.size() >= limit) return out + "...";
    if (c == '\n') out += "\\n";
    else if (c == '"' || c == '\\') out += {'\\', static_cast<char>(c)};
    else if (c >= 0x20 && c < 0x7f) out += static_cast<char>(c);
    else {
      char hex[5];
      std::snprintf(hex, sizeof hex, "\\x%02x", c);
      out += hex;
    }
  }
  return out;
}

Judgement Judge::judge(const Input& input, const Request& request, const Response& testee,
                       const Response& reference) {
  Judgement j = compare(request, testee, reference, input.malformed);
  const bool known_here =
      !input.known_difference.empty() && (input.known_outputs & output_bit(request.output_format)) != 0;
  const bool rejected_as_expected = !input.malformed || testee.kind == ResponseKind::parse_error;
  if (j.verdict == Verdict::fail && known_here && rejected_as_expected) {
    j.verdict = Verdict::known;
    j.detail = std::string(input.known_difference) + " (" + j.detail + ")";
  }
  return j;
}

Judgement Judge::compare(const Request& request, const Response& testee, const Response& reference,
                         bool malformed) {
  if (testee.kind == ResponseKind::skipped) return {Verdict::skip, false, "testee skipped: " + testee.value};
  if (reference.kind == ResponseKind::skipped) return {Verdict::skip, false, "reference skipped: " + reference.value};
  if (testee.kind == ResponseKind::runtime_error || reference.kind == ResponseKind::runtime_error ||
      testee.kind == ResponseKind::none || reference.kind == ResponseKind::none) {
    return fail(side("testee", testee) + "; " + side("reference", reference));
  }
  if (malformed && (testee.kind != ResponseKind::parse_error || reference.kind != ResponseKind::parse_error)) {
    return fail("malformed input must give parse_error; " + side("testee", testee) + "; " +
                side("reference", reference));
  }
  if (testee.kind != reference.kind) return fail(side("testee", testee) + "; " + side("reference", reference));
  return same_kind(request, testee, reference);
}

Judgement Judge::same_kind(const Request& request, const Response& testee, const Response& reference) {
  switch (testee.kind) {
    case ResponseKind::protobuf_payload:
      if (testee.value == reference.value) return {Verdict::pass, true, ""};
      return fail("protobuf payloads differ, " + first_difference(testee.value, reference.value) + "; " +
                  side("testee", testee) + "; " + side("reference", reference));
    case ResponseKind::json_payload:
    case ResponseKind::text_payload: {
      if (testee.value == reference.value) return {Verdict::pass, true, ""};
      const WireFormat format =
          testee.kind == ResponseKind::json_payload ? WireFormat::json : WireFormat::text_format;
      std::string ours, theirs, why;
      if (!reparse(request, format, testee.value, ours, why)) {
        return fail("testee's output does not parse back: " + why + "; " + side("testee", testee) + "; " +
                    side("reference", reference));
      }
      if (!reparse(request, format, reference.value, theirs, why)) {
        return fail("outputs differ and the reference's own does not parse back: " + why + "; " +
                    side("testee", testee) + "; " + side("reference", reference));
      }
      if (ours == theirs) {
        return {Verdict::pass, false,
                "equal as messages; " + side("testee", testee) + "; " + side("reference", reference)};
      }
      return fail("outputs denote different messages; " + side("testee", testee) + "; " +
                  side("reference", reference));
    }
    default: return {Verdict::pass, true, ""};  // the same kind of error: what it says is free text
  }
}

bool Judge::reparse(const Request& request, WireFormat format, const std::string& payload, std::string& bytes,
                    std::string& why) {
  Request back;
  back.payload_format = format;
  back.payload = payload;
  back.output_format = WireFormat::protobuf;
  back.message_type = request.message_type;
  back.category = format == WireFormat::json ? TestCategory::json : TestCategory::text_format;
  std::string raw, error;
  Response response;
  if (!reference_.exchange(protocol_.encode_request(back), raw, &error) ||
      !protocol_.decode_response(raw, response, &error)) {
    why = "reference: " + error;
    return false;
  }
  if (response.kind != ResponseKind::protobuf_payload) {
    why = "reference gave " + std::string(to_string(response.kind)) + " \"" + excerpt(response.value) + "\"";
    return false;
  }
  bytes = std::move(response.value);
  return true;
}

}  // namespace protoforge::conformance
