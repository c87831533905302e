// The conformance protocol (conformance.proto's ConformanceRequest / ConformanceResponse) read and written with
// protoforge's own dynamic messages over the embedded descriptor set. The testee and the driver share this layer,
// so both speak the protocol through the same code and neither needs generated classes or libprotobuf.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "runtime/message/message.h"
#include "runtime/schema/pool.h"

namespace protoforge::conformance {

// conformance.WireFormat numbers.
enum class WireFormat : int32_t { unspecified = 0, protobuf = 1, json = 2, jspb = 3, text_format = 4 };
// conformance.TestCategory numbers.
enum class TestCategory : int32_t {
  unspecified = 0, binary = 1, json = 2, json_ignore_unknown_parsing = 3, jspb = 4, text_format = 5,
};
std::string_view to_string(WireFormat format);

// The runner's first request names this type; the answer is a serialized FailureSet.
inline constexpr std::string_view kFailureSetType = "conformance.FailureSet";

// A ConformanceRequest as plain values. `payload_format` says which member of the payload oneof is set
// (unspecified: none; text_format: text_payload).
struct Request {
  WireFormat payload_format = WireFormat::unspecified;
  std::string payload;
  WireFormat output_format = WireFormat::unspecified;
  std::string message_type;
  TestCategory category = TestCategory::unspecified;
  bool print_unknown_fields = false;
};

// Which member of ConformanceResponse's result oneof is set.
enum class ResponseKind : uint8_t {
  none, parse_error, serialize_error, runtime_error, protobuf_payload, json_payload, skipped, jspb_payload,
  text_payload,
};
std::string_view to_string(ResponseKind kind);

struct Response {
  ResponseKind kind = ResponseKind::none;
  std::string value;  // the member's string or bytes
};

// The pool of the embedded schemas and the protocol's fields in it.
class Protocol {
 public:
  // Null, with the reason in *error, if the embedded set does not load or lacks a protocol field.
  static std::unique_ptr<Protocol> load(std::string* error);

  const schema::Pool& pool() const { return pool_; }
  const schema::MessageType& failure_set() const { return *failure_set_; }

  std::string encode_request(const Request& request) const;
  // False, with the reason in *error, if the bytes are not a ConformanceRequest.
  bool decode_request(std::string_view bytes, Request& request, std::string* error) const;
  std::string encode_response(const Response& response) const;
  bool decode_response(std::string_view bytes, Response& response, std::string* error) const;

 private:
  Protocol() = default;
  std::string resolve();

  schema::Pool pool_;
  const schema::MessageType* request_ = nullptr;
  const schema::MessageType* response_ = nullptr;
  const schema::MessageType* failure_set_ = nullptr;
  // Request fields.
  const schema::Field* payload_protobuf_ = nullptr;
  const schema::Field* payload_json_ = nullptr;
  const schema::Field* payload_jspb_ = nullptr;
  const schema::Field* payload_text_ = nullptr;
  const schema::Field* requested_output_format_ = nullptr;
  const schema::Field* message_type_ = nullptr;
  const schema::Field* test_category_ = nullptr;
  const schema::Field* print_unknown_fields_ = nullptr;
  // Response fields, indexed by ResponseKind (none unused).
  const schema::Field* result_[9] = {};
};

}  // namespace protoforge::conformance
