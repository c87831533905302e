// conformance-testee-generated: the conformance protocol answered through generated classes. Requests and
// responses are the generated conformance.ConformanceRequest / ConformanceResponse; payloads parse into the
// generated class of the requested type (protobuf_test_messages.proto2/proto3) with ParseFromString, or with
// runtime/generated_reflect's from_json / from_text, and are written back with SerializeAsString, to_json or
// to_text. conformance-driver compares its answers with conformance-reference's (tests/cpp_conformance.cmake).
// Usage: conformance-testee-generated   (no arguments; frames on stdin and stdout until stdin ends)
#include <map>
#include <string>
#include <string_view>

#include "conformance.pf.h"
#include "runtime/generated_reflect/reflect.h"
#include "test_messages_proto2.pf.h"
#include "test_messages_proto3.pf.h"
#include "tests/conformance/frames.h"

namespace {

namespace gr = protoforge::generated_reflect;
using conformance::ConformanceRequest;
using conformance::ConformanceResponse;

// Reads the payload into `m`; false, with the response set, when there is nothing to print.
template <class T>
bool parse_payload(const ConformanceRequest& request, T& m, ConformanceResponse& response) {
  gr::Result result;
  switch (request.payload_case()) {
    case ConformanceRequest::kProtobufPayload:
      if (m.ParseFromString(request.protobuf_payload())) return true;
      response.set_parse_error("ParseFromString failed");
      return false;
    case ConformanceRequest::kJsonPayload: {
      protoforge::json::ParseOptions options;
      options.ignore_unknown_fields = request.test_category() == conformance::JSON_IGNORE_UNKNOWN_PARSING_TEST;
      result = gr::from_json(request.json_payload(), &m, options);
      break;
    }
    case ConformanceRequest::kTextPayload: result = gr::from_text(request.text_payload(), &m); break;
    case ConformanceRequest::kJspbPayload: response.set_skipped("JSPB is Google-internal"); return false;
    case ConformanceRequest::PAYLOAD_NOT_SET: response.set_runtime_error("the request has no payload"); return false;
  }
  if (result.ok()) return true;
  response.set_parse_error(result.describe());
  return false;
}

template <class T>
void write_payload(const ConformanceRequest& request, const T& m, ConformanceResponse& response) {
  std::string out;
  gr::Result result;
  switch (request.requested_output_format()) {
    case conformance::PROTOBUF: response.set_protobuf_payload(m.SerializeAsString()); return;
    case conformance::JSON:
      result = gr::to_json(m, &out);
      if (result.ok()) return response.set_json_payload(out);
      return response.set_serialize_error(result.describe());
    case conformance::TEXT_FORMAT:
      result = gr::to_text(m, &out, {.print_unknown_fields = request.print_unknown_fields()});
      if (result.ok()) return response.set_text_payload(out);
      return response.set_serialize_error(result.describe());
    case conformance::JSPB: return response.set_skipped("JSPB is Google-internal");
    case conformance::UNSPECIFIED: break;
  }
  response.set_runtime_error("unsupported requested_output_format " +
                             std::to_string(static_cast<int>(request.requested_output_format())));
}

template <class T>
void answer_as(const ConformanceRequest& request, ConformanceResponse& response) {
  T m;
  if (parse_payload(request, m, response)) write_payload(request, m, response);
}

using Answer = void (*)(const ConformanceRequest&, ConformanceResponse&);

template <class... T>
std::map<std::string_view, Answer> answers_for() {
  return {{T::GetTypeName(), &answer_as<T>}...};
}

// Every message type of the test schemas that a request may name.
const std::map<std::string_view, Answer>& answers() {
  namespace p2 = protobuf_test_messages::proto2;
  namespace p3 = protobuf_test_messages::proto3;
  static const auto table = answers_for<
      p3::TestAllTypesProto3, p3::TestAllTypesProto3_NestedMessage, p3::ForeignMessage, p3::NullHypothesisProto3,
      p3::EnumOnlyProto3, p2::TestAllTypesProto2, p2::TestAllTypesProto2_NestedMessage,
      p2::TestAllTypesProto2_MessageSetCorrect, p2::TestAllTypesProto2_MessageSetCorrectExtension1,
      p2::TestAllTypesProto2_MessageSetCorrectExtension2, p2::ForeignMessageProto2, p2::UnknownToTestAllTypes,
      p2::NullHypothesisProto2, p2::EnumOnlyProto2, p2::OneStringProto2>();
  return table;
}

std::string answer(std::string_view request_bytes) {
  ConformanceRequest request;
  ConformanceResponse response;
  if (!request.ParseFromString(request_bytes)) {
    response.set_runtime_error("the request is not a ConformanceRequest");
  } else if (request.message_type() == conformance::FailureSet::GetTypeName()) {
    // The runner asks first which tests are expected to fail; we expect none.
    response.set_protobuf_payload(conformance::FailureSet().SerializeAsString());
  } else if (const auto it = answers().find(request.message_type()); it != answers().end()) {
    it->second(request, response);
  } else {
    response.set_runtime_error("unknown message type \"" + std::string(request.message_type()) + "\"");
  }
  return response.SerializeAsString();
}

}  // namespace

int main() { return protoforge::conformance::serve_frames("conformance-testee-generated", answer); }
