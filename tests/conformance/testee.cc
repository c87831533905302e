#include "tests/conformance/testee.h"

#include "runtime/message/binary.h"
#include "tests/conformance/formats.h"

namespace protoforge::conformance {

using message::Message;

namespace {

Response respond(ResponseKind kind, std::string value) { return {kind, std::move(value)}; }

// libprotobuf's parsers (binary, JSON and text alike) fail when a required field is missing; so do we.
Response check_required(const Message& m) {
  const std::vector<std::string> missing = message::missing_required_fields(m);
  if (missing.empty()) return {};
  std::string list;
  for (const std::string& path : missing) list += (list.empty() ? "" : ", ") + path;
  return respond(ResponseKind::parse_error, "missing required fields: " + list);
}

Response parse_binary(std::string_view payload, Message& into) {
  const message::DecodeResult result = message::decode(payload, into);
  if (!result.ok()) return respond(ResponseKind::parse_error, result.describe());
  return {};
}

Response parse_json_payload(const Protocol& protocol, const Request& request, Message& into) {
  if (!json_support().parse) return respond(ResponseKind::skipped, "JSON input is not supported by this build");
  const bool ignore_unknown = request.category == TestCategory::json_ignore_unknown_parsing;
  FormatResult result = parse_json(protocol.pool(), request.payload, ignore_unknown, into);
  if (!result.ok) return respond(ResponseKind::parse_error, std::move(result.error));
  return {};
}

Response parse_text_payload(const Protocol& protocol, const Request& request, Message& into) {
  if (!text_support().parse) {
    return respond(ResponseKind::skipped, "text-format input is not supported by this build");
  }
  FormatResult result = parse_text(protocol.pool(), request.payload, into);
  if (!result.ok) return respond(ResponseKind::parse_error, std::move(result.error));
  return {};
}

// An empty response (kind none) means the payload is in `into`.
Response parse_payload(const Protocol& protocol, const Request& request, Message& into) {
  Response r;
  switch (request.payload_format) {
    case WireFormat::protobuf: r = parse_binary(request.payload, into); break;
    case WireFormat::json: r = parse_json_payload(protocol, request, into); break;
    case WireFormat::text_format: r = parse_text_payload(protocol, request, into); break;
    case WireFormat::jspb: return respond(ResponseKind::skipped, "JSPB is Google-internal");
    case WireFormat::unspecified: return respond(ResponseKind::runtime_error, "the request has no payload");
  }
  if (r.kind != ResponseKind::none) return r;
  return check_required(into);
}

Response serialize(const Protocol& protocol, const Request& request, const Message& m) {
  std::string out;
  FormatResult result;
  switch (request.output_format) {
    case WireFormat::protobuf: return respond(ResponseKind::protobuf_payload, message::encode(m));
    case WireFormat::json:
      if (!json_support().print) return respond(ResponseKind::skipped, "JSON output is not supported by this build");
      result = print_json(protocol.pool(), m, out);
      if (!result.ok) return respond(ResponseKind::serialize_error, std::move(result.error));
      return respond(ResponseKind::json_payload, std::move(out));
    case WireFormat::text_format:
      if (!text_support().print) {
        return respond(ResponseKind::skipped, "text-format output is not supported by this build");
      }
      result = print_text(protocol.pool(), m, request.print_unknown_fields, out);
      if (!result.ok) return respond(ResponseKind::serialize_error, std::move(result.error));
      return respond(ResponseKind::text_payload, std::move(out));
    case WireFormat::jspb: return respond(ResponseKind::skipped, "JSPB is Google-internal");
    case WireFormat::unspecified: break;
  }
  return respond(ResponseKind::runtime_error,
                 "unsupported requested_output_format " + std::to_string(static_cast<int>(request.output_format)));
}

}  // namespace

Response answer(const Protocol& protocol, const Request& request) {
  // The runner asks first which tests are expected to fail; we expect none.
  if (request.message_type == kFailureSetType) {
    return respond(ResponseKind::protobuf_payload, message::encode(Message(protocol.failure_set())));
  }
  const schema::MessageType* type = protocol.pool().find_message(request.message_type);
  if (!type) return respond(ResponseKind::runtime_error, "unknown message type \"" + request.message_type + "\"");
  Message m(*type);
  Response parsed = parse_payload(protocol, request, m);
  if (parsed.kind != ResponseKind::none) return parsed;
  return serialize(protocol, request, m);
}

std::string answer(const Protocol& protocol, std::string_view request_bytes) {
  Request request;
  std::string error;
  if (!protocol.decode_request(request_bytes, request, &error)) {
    return protocol.encode_response(respond(ResponseKind::runtime_error, error));
  }
  return protocol.encode_response(answer(protocol, request));
}

}  // namespace protoforge::conformance
