// Status names and one-line descriptions of print and parse results.
#include "runtime/json/json.h"

namespace protoforge::json {

std::string_view to_string(PrintStatus status) {
  switch (status) {
    case PrintStatus::ok: return "ok";
    case PrintStatus::out_of_range: return "value out of range";
    case PrintStatus::invalid_value: return "value has no JSON form";
    case PrintStatus::invalid_utf8: return "string is not valid UTF-8";
    case PrintStatus::unresolved_any: return "unresolvable Any type";
    case PrintStatus::malformed_any: return "malformed Any value";
    case PrintStatus::too_deep: return "nesting too deep";
  }
  return "unknown status";
}

std::string_view to_string(ParseStatus status) {
  switch (status) {
    case ParseStatus::ok: return "ok";
    case ParseStatus::syntax_error: return "invalid JSON";
    case ParseStatus::invalid_utf8: return "invalid UTF-8";
    case ParseStatus::too_deep: return "nesting too deep";
    case ParseStatus::wrong_type: return "wrong JSON type";
    case ParseStatus::invalid_value: return "invalid value";
    case ParseStatus::unknown_field: return "unknown field";
    case ParseStatus::unknown_enum_value: return "unknown enum value";
    case ParseStatus::duplicate_field: return "duplicate field";
    case ParseStatus::oneof_conflict: return "oneof already set";
    case ParseStatus::unknown_type: return "unknown Any type";
    case ParseStatus::reserved_field: return "reserved field";
    case ParseStatus::missing_required: return "missing required field";
  }
  return "unknown status";
}

std::string PrintResult::describe() const {
  std::string out(to_string(status));
  if (!path.empty()) out += " in field " + path;
  if (!message.empty()) out += ": " + message;
  return out;
}

std::string ParseResult::describe() const {
  std::string out(to_string(status));
  if (status != ParseStatus::ok) out += " at byte " + std::to_string(offset);
  if (!path.empty()) out += " in field " + path;
  if (!message.empty()) out += ": " + message;
  return out;
}

}  // namespace protoforge::json
