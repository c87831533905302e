#include "runtime/generated_reflect/decode_bytes.h"

#include "runtime/generated_reflect/reflect.h"
#include "runtime/generated_reflect/registry_pool.h"
#include "runtime/message/binary.h"

namespace protoforge::generated_reflect {

Result decode_bytes(std::string_view bytes, message::Message& into) {
  message::DecodeOptions options;
  options.check_utf8 = false;
  const message::DecodeResult result = message::decode(bytes, into, options);
  if (result.ok()) return {};
  return {Status::malformed_bytes, result.describe()};
}

Result missing_required(const message::Message& message) {
  const std::vector<std::string> missing = message::missing_required_fields(message);
  if (missing.empty()) return {};
  std::string list;
  for (const std::string& path : missing) list += (list.empty() ? "" : ", ") + path;
  return {Status::missing_required, list};
}

Result explain_rejected(std::string_view type_name, std::string_view bytes) {
  return with_registered_type(type_name, [&](const schema::Pool&, const schema::MessageType& type) -> Result {
    message::Message m(type);
    const message::DecodeResult checked = message::decode(bytes, m);
    if (checked.status == message::DecodeStatus::invalid_utf8) {
      return {Status::parse_error, "string field " + checked.path + " holds invalid UTF-8, which its generated class "
                                   "refuses (the field must hold UTF-8)"};
    }
    return {Status::internal,
            "the generated parser of " + std::string(type_name) + " rejected the runtime's encoding"};
  });
}

}  // namespace protoforge::generated_reflect
