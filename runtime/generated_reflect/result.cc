#include "runtime/generated_reflect/result.h"

namespace protoforge::generated_reflect {

std::string_view to_string(Status status) {
  switch (status) {
    case Status::ok: return "ok";
    case Status::not_registered: return "not registered";
    case Status::registry_error: return "registry error";
    case Status::malformed_bytes: return "malformed bytes";
    case Status::print_error: return "print error";
    case Status::parse_error: return "parse error";
    case Status::missing_required: return "missing required fields";
    case Status::internal: return "internal error";
  }
  return "unknown status";
}

std::string Result::describe() const {
  std::string out(to_string(status));
  if (!message.empty()) out += ": " + message;
  return out;
}

}  // namespace protoforge::generated_reflect
