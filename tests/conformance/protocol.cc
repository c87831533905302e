#include "tests/conformance/protocol.h"

#include <array>

#include "runtime/message/binary.h"
#include "tests/conformance/descriptor_set.h"

namespace protoforge::conformance {

using message::Message;
using schema::Field;

namespace {

// The protocol carries payload and error text as the peer wrote it; whether a payload is valid UTF-8 is for the
// payload's parser to judge, not the envelope's.
bool decode_envelope(std::string_view bytes, Message& into, std::string* error) {
  message::DecodeOptions options;
  options.check_utf8 = false;
  const message::DecodeResult result = message::decode(bytes, into, options);
  if (!result.ok()) *error = into.type().name + ": " + result.describe();
  return result.ok();
}

// Response oneof members by ResponseKind, as conformance.proto names them.
constexpr std::array<std::string_view, 9> kResultFields = {
    "", "parse_error", "serialize_error", "runtime_error", "protobuf_payload", "json_payload", "skipped",
    "jspb_payload", "text_payload",
};

}  // namespace

std::string_view to_string(WireFormat format) {
  switch (format) {
    case WireFormat::unspecified: return "unspecified";
    case WireFormat::protobuf: return "protobuf";
    case WireFormat::json: return "json";
    case WireFormat::jspb: return "jspb";
    case WireFormat::text_format: return "text";
  }
  return "unknown format";
}

std::string_view to_string(ResponseKind kind) {
  return kind == ResponseKind::none ? "no result" : kResultFields[static_cast<size_t>(kind)];
}

std::unique_ptr<Protocol> Protocol::load(std::string* error) {
  std::unique_ptr<Protocol> protocol(new Protocol());
  std::string problem = protocol->pool_.add_file_set(embedded_descriptor_set());
  if (problem.empty()) problem = protocol->resolve();
  if (!problem.empty()) {
    *error = "embedded conformance schema: " + problem;
    return nullptr;
  }
  return protocol;
}

std::string Protocol::resolve() {
  request_ = pool_.find_message("conformance.ConformanceRequest");
  response_ = pool_.find_message("conformance.ConformanceResponse");
  failure_set_ = pool_.find_message(kFailureSetType);
  if (!request_ || !response_ || !failure_set_) return "conformance.proto's messages are missing";
  std::string missing;
  auto field = [&](const schema::MessageType& type, std::string_view name) {
    const Field* f = type.find_field(name);
    if (!f) missing += " " + type.name + "." + std::string(name);
    return f;
  };
  payload_protobuf_ = field(*request_, "protobuf_payload");
  payload_json_ = field(*request_, "json_payload");
  payload_jspb_ = field(*request_, "jspb_payload");
  payload_text_ = field(*request_, "text_payload");
  requested_output_format_ = field(*request_, "requested_output_format");
  message_type_ = field(*request_, "message_type");
  test_category_ = field(*request_, "test_category");
  print_unknown_fields_ = field(*request_, "print_unknown_fields");
  for (size_t k = 1; k < kResultFields.size(); ++k) result_[k] = field(*response_, kResultFields[k]);
  return missing.empty() ? "" : "fields missing:" + missing;
}

std::string Protocol::encode_request(const Request& request) const {
  Message m(*request_);
  const Field* payload = request.payload_format == WireFormat::protobuf  ? payload_protobuf_
                         : request.payload_format == WireFormat::json    ? payload_json_
                         : request.payload_format == WireFormat::jspb    ? payload_jspb_
                         : request.payload_format == WireFormat::text_format ? payload_text_
                                                                             : nullptr;
  if (payload) m.set_string(*payload, request.payload);
  m.set_scalar(*requested_output_format_, schema::Scalar::of_int(static_cast<int32_t>(request.output_format)));
  m.set_string(*message_type_, request.message_type);
  m.set_scalar(*test_category_, schema::Scalar::of_int(static_cast<int32_t>(request.category)));
  m.set_scalar(*print_unknown_fields_, schema::Scalar::of_bool(request.print_unknown_fields));
  return message::encode(m);
}

bool Protocol::decode_request(std::string_view bytes, Request& request, std::string* error) const {
  Message m(*request_);
  if (!decode_envelope(bytes, m, error)) return false;
  request = Request{};
  const std::pair<const Field*, WireFormat> payloads[] = {
      {payload_protobuf_, WireFormat::protobuf}, {payload_json_, WireFormat::json},
      {payload_jspb_, WireFormat::jspb}, {payload_text_, WireFormat::text_format}};
  for (const auto& [field, format] : payloads) {
    if (!m.has(*field)) continue;  // a oneof: at most one member is set
    request.payload_format = format;
    request.payload = m.string(*field);
  }
  request.output_format = static_cast<WireFormat>(m.scalar(*requested_output_format_).as_int32());
  request.message_type = m.string(*message_type_);
  request.category = static_cast<TestCategory>(m.scalar(*test_category_).as_int32());
  request.print_unknown_fields = m.scalar(*print_unknown_fields_).as_bool();
  return true;
}

std::string Protocol::encode_response(const Response& response) const {
  Message m(*response_);
  if (response.kind != ResponseKind::none) m.set_string(*result_[static_cast<size_t>(response.kind)], response.value);
  return message::encode(m);
}

bool Protocol::decode_response(std::string_view bytes, Response& response, std::string* error) const {
  Message m(*response_);
  if (!decode_envelope(bytes, m, error)) return false;
  response = Response{};
  for (size_t k = 1; k < kResultFields.size(); ++k) {
    if (!m.has(*result_[k])) continue;
    response.kind = static_cast<ResponseKind>(k);
    response.value = m.string(*result_[k]);
  }
  return true;
}

}  // namespace protoforge::conformance
