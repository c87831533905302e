// libprotobuf's answers to conformance requests. Fields are found by name in conformance.proto's descriptors
// and enum values compared by name, so the code holds no field numbers of its own.
#include "tests/oracle/conformance.h"

#include <string>

namespace protoforge::oracle {

namespace pb = google::protobuf;

namespace {

// A response with its `result` member `name` set to `value`.
std::unique_ptr<pb::Message> respond(const Schema& schema, const char* name, std::string value) {
  auto response = schema.new_message(*schema.find_message("conformance.ConformanceResponse"));
  const pb::FieldDescriptor* field = response->GetDescriptor()->FindFieldByName(name);
  response->GetReflection()->SetString(response.get(), field, std::move(value));
  return response;
}

// The name of an enum field's value, "" if the number has no name.
std::string enum_name(const pb::Message& message, const char* field_name) {
  const pb::FieldDescriptor* field = message.GetDescriptor()->FindFieldByName(field_name);
  int number = message.GetReflection()->GetEnumValue(message, field);
  const pb::EnumValueDescriptor* value = field->enum_type()->FindValueByNumber(number);
  return value == nullptr ? "" : value->name();
}

// Parses the request's payload into *message; an empty result means success, otherwise the response to send.
std::unique_ptr<pb::Message> parse_payload(const Schema& schema, const pb::Message& request,
                                           pb::Message* message) {
  const pb::Reflection& r = *request.GetReflection();
  const pb::OneofDescriptor* payload = request.GetDescriptor()->FindOneofByName("payload");
  const pb::FieldDescriptor* field = r.GetOneofFieldDescriptor(request, payload);
  if (field == nullptr) return respond(schema, "runtime_error", "request has no payload");
  std::string bytes = r.GetString(request, field);
  Status status;
  if (field->name() == "protobuf_payload") {
    status = from_binary(bytes, message);
  } else if (field->name() == "json_payload") {
    pb::util::JsonParseOptions options;
    options.ignore_unknown_fields = enum_name(request, "test_category") == "JSON_IGNORE_UNKNOWN_PARSING_TEST";
    status = from_json(schema, bytes, message, options);
  } else if (field->name() == "text_payload") {
    status = from_text(bytes, message);
  } else {
    return respond(schema, "skipped", "payload " + field->name() + " is not supported");
  }
  if (!status) return respond(schema, "parse_error", status.error);
  return nullptr;
}

std::unique_ptr<pb::Message> serialize_output(const Schema& schema, const pb::Message& request,
                                              const pb::Message& message) {
  std::string format = enum_name(request, "requested_output_format");
  std::string out;
  Status status;
  const char* result;
  if (format == "PROTOBUF") {
    status = to_binary(message, &out);
    result = "protobuf_payload";
  } else if (format == "JSON") {
    status = to_json(schema, message, &out);
    result = "json_payload";
  } else if (format == "TEXT_FORMAT") {
    const pb::FieldDescriptor* print_unknown = request.GetDescriptor()->FindFieldByName("print_unknown_fields");
    TextPrintOptions options;
    options.print_unknown_fields = request.GetReflection()->GetBool(request, print_unknown);
    status = to_text(message, &out, options);
    result = "text_payload";
  } else if (format == "JSPB") {
    return respond(schema, "skipped", "JSPB output is not supported");
  } else {
    return respond(schema, "runtime_error", "unspecified output format");
  }
  if (!status) return respond(schema, "serialize_error", status.error);
  return respond(schema, result, std::move(out));
}

bool read_exactly(std::FILE* in, void* data, size_t size) { return std::fread(data, 1, size, in) == size; }

bool write_frame(std::FILE* out, const std::string& bytes) {
  auto size = static_cast<uint32_t>(bytes.size());
  unsigned char length[4] = {static_cast<unsigned char>(size), static_cast<unsigned char>(size >> 8),
                             static_cast<unsigned char>(size >> 16), static_cast<unsigned char>(size >> 24)};
  return std::fwrite(length, 1, 4, out) == 4 && std::fwrite(bytes.data(), 1, bytes.size(), out) == bytes.size() &&
         std::fflush(out) == 0;
}

}  // namespace

std::unique_ptr<pb::Message> conformance_response(const Schema& schema, const pb::Message& request) {
  const pb::FieldDescriptor* type_field = request.GetDescriptor()->FindFieldByName("message_type");
  std::string type_name = request.GetReflection()->GetString(request, type_field);
  const pb::Descriptor* type = schema.find_message(type_name);
  if (type == nullptr) return respond(schema, "runtime_error", "unknown message type " + type_name);
  auto message = schema.new_message(*type);
  if (auto failure = parse_payload(schema, request, message.get())) return failure;
  return serialize_output(schema, request, *message);
}

int serve_conformance(const Schema& schema, std::FILE* in, std::FILE* out) {
  const pb::Descriptor* request_type = schema.find_message("conformance.ConformanceRequest");
  if (request_type == nullptr || schema.find_message("conformance.ConformanceResponse") == nullptr) {
    std::fprintf(stderr, "conformance-reference: the descriptor set lacks conformance.proto\n");
    return 1;
  }
  for (;;) {
    unsigned char length[4];
    size_t got = std::fread(length, 1, 4, in);
    if (got == 0 && std::feof(in)) return 0;
    if (got != 4) {
      std::fprintf(stderr, "conformance-reference: truncated length prefix\n");
      return 1;
    }
    uint32_t size = length[0] | length[1] << 8 | length[2] << 16 | uint32_t{length[3]} << 24;
    std::string bytes(size, '\0');
    auto request = schema.new_message(*request_type);
    if (!read_exactly(in, bytes.data(), size) || !from_binary(bytes, request.get())) {
      std::fprintf(stderr, "conformance-reference: truncated or malformed ConformanceRequest\n");
      return 1;
    }
    std::string response;
    if (!to_binary(*conformance_response(schema, *request), &response) || !write_frame(out, response)) {
      std::fprintf(stderr, "conformance-reference: cannot write the response\n");
      return 1;
    }
  }
}

}  // namespace protoforge::oracle
