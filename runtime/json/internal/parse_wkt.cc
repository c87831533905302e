// Parsing the well-known types from their special JSON forms, with protobuf's validation rules.
#include "runtime/json/internal/field_mask.h"
#include "runtime/json/internal/parser.h"
#include "runtime/json/internal/time_text.h"
#include "runtime/json/internal/well_known.h"

namespace protoforge::json::internal {

using schema::WellKnown;

bool Parser::well_known(od::value& v, Message& m) {
  const MessageType& type = m.type();
  const Field* first = type.find_field(kFirstField);
  switch (type.well_known) {
    case WellKnown::any: return any(v, m);
    case WellKnown::timestamp: return timestamp_or_duration(v, m, true);
    case WellKnown::duration: return timestamp_or_duration(v, m, false);
    case WellKnown::field_mask: return field_mask(v, m);
    case WellKnown::value: return value(v, m);
    case WellKnown::struct_:
      if (first && first->is_map()) return map(v, *first, m);
      break;
    case WellKnown::list_value:
      if (first && first->is_repeated()) return list(v, *first, m);
      break;
    default:  // the wrappers
      if (first && !first->is_repeated()) return single(v, *first, m) != Outcome::failed;
      break;
  }
  return fail(ParseStatus::invalid_value, position(v), "malformed well-known type " + type.full_name);
}

bool Parser::timestamp_or_duration(od::value& v, Message& m, bool timestamp) {
  const char* at = position(v);
  const std::string_view type = timestamp ? "google.protobuf.Timestamp" : "google.protobuf.Duration";
  const Field* seconds = m.type().find_field(kFirstField);
  const Field* nanos = m.type().find_field(kSecondField);
  if (!expect(v, od::json_type::string, "a string for " + std::string(type))) return false;
  std::string_view text;
  if (!string(v, text)) return false;
  SecondsNanos value;
  if (!(timestamp ? parse_timestamp(text, value) : parse_duration(text, value))) {
    return fail(ParseStatus::invalid_value, at,
                "\"" + std::string(text) + "\" is not a valid " + std::string(type) +
                    (timestamp ? " (RFC 3339, from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999999Z)"
                               : " (seconds with up to 9 fractional digits and an \"s\", within +-315576000000s)"));
  }
  if (seconds == nullptr || nanos == nullptr) return fail(ParseStatus::invalid_value, at, "malformed " + std::string(type));
  m.set_scalar(*seconds, Scalar::of_int(value.seconds));
  m.set_scalar(*nanos, Scalar::of_int(value.nanos));
  return true;
}

bool Parser::field_mask(od::value& v, Message& m) {
  const char* at = position(v);
  const Field* paths = m.type().find_field(kFirstField);
  if (!expect(v, od::json_type::string, "a string for google.protobuf.FieldMask")) return false;
  std::string_view text;
  if (!string(v, text)) return false;
  if (paths == nullptr || !paths->is_repeated()) return fail(ParseStatus::invalid_value, at, "malformed FieldMask");
  while (!text.empty()) {  // empty paths ("a,,b") are dropped, as protobuf does
    const size_t comma = text.find(',');
    const std::string_view path = text.substr(0, comma);
    text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
    if (path.empty()) continue;
    std::string snake;
    append_snake_path(snake, path);
    m.mutable_strings(*paths).push_back(std::move(snake));
  }
  return true;
}

bool Parser::value(od::value& v, Message& m) {
  const char* at = position(v);
  od::json_type type;
  if (!type_of(v, type)) return false;
  auto kind_field = [&](ValueKind kind) { return m.type().find_field(kind); };
  const Field* f = nullptr;
  switch (type) {
    case od::json_type::null: f = kind_field(kNullValue); break;
    case od::json_type::number: f = kind_field(kNumberValue); break;
    case od::json_type::string: f = kind_field(kStringValue); break;
    case od::json_type::boolean: f = kind_field(kBoolValue); break;
    case od::json_type::object: f = kind_field(kStructValue); break;
    case od::json_type::array: f = kind_field(kListValue); break;
  }
  if (f == nullptr) return fail(ParseStatus::invalid_value, at, "malformed google.protobuf.Value");
  if (type == od::json_type::null) {
    bool is_null;
    if (auto e = v.is_null().get(is_null)) return fail(e, at);
    m.set_scalar(*f, Scalar::of_int(0));
    return is_null || fail(ParseStatus::syntax_error, at, "invalid literal");
  }
  return single(v, *f, m) != Outcome::failed;
}

bool Parser::any_type_url(od::object& object, const char* at, std::string& url, const char*& url_at, bool& empty) {
  empty = true;
  bool found = false;
  for (auto item : object) {
    od::field field;
    if (auto e = std::move(item).get(field)) return fail(e, at);
    empty = false;
    if (field.key() != "@type") continue;  // compared raw: nothing is unescaped in this pass but the URL
    url_at = position(field.value());
    if (found) return fail(ParseStatus::duplicate_field, url_at, "\"@type\" is given more than once");
    found = true;
    if (!expect(field.value(), od::json_type::string, "a string for \"@type\"")) return false;
    std::string_view text;
    if (!string(field.value(), text)) return false;
    url.assign(text);
  }
  if (found || empty) return true;
  return fail(ParseStatus::invalid_value, at, "google.protobuf.Any has fields but no \"@type\"");
}

bool Parser::any_special_form(od::object& object, Message& inner) {
  bool seen_value = false;
  for (auto item : object) {
    od::field field;
    if (auto e = std::move(item).get(field)) return fail(e, nullptr);
    if (field.key() == "@type") continue;
    const char* key_at = field.key().raw() - 1;
    std::string_view key;
    if (auto e = field.unescaped_key().get(key)) return fail(e, key_at);
    if (key != "value") {
      if (!unknown_member(inner.type(), key, key_at, field.value())) return false;
      continue;
    }
    if (seen_value) return fail(ParseStatus::duplicate_field, key_at, "\"value\" is given more than once");
    seen_value = true;
    push("value");
    bool is_null;
    if (auto e = field.value().is_null().get(is_null)) return fail(e, key_at);
    if (!is_null || inner.type().well_known == WellKnown::value) {
      if (!message_value(field.value(), inner)) return false;
    }
    pop();
  }
  return true;
}

bool Parser::any(od::value& v, Message& m) {
  const char* at = position(v);
  const Field* url_field = m.type().find_field(kFirstField);
  const Field* value_field = m.type().find_field(kSecondField);
  if (url_field == nullptr || value_field == nullptr) return fail(ParseStatus::invalid_value, at, "malformed Any");
  od::object object;
  if (!get_object(v, object, "google.protobuf.Any")) return false;
  std::string url;
  const char* url_at = at;
  bool empty;
  if (!any_type_url(object, at, url, url_at, empty)) return false;
  if (empty) {
    leave();
    return true;
  }
  const MessageType* type = resolve_type_url(options_.type_registry, url);
  if (type == nullptr) {
    return fail(ParseStatus::unknown_type, url_at,
                options_.type_registry ? "\"" + url + "\" names no type in the registry" : "no type registry for Any");
  }
  if (auto e = object.reset().error()) return fail(e, at);
  Message inner(*type);
  const bool ok = type->well_known == WellKnown::none ? members(object, inner, true) : any_special_form(object, inner);
  if (!ok) return false;
  m.set_string(*url_field, std::move(url));
  m.set_string(*value_field, message::encode(inner));
  leave();
  return true;
}

}  // namespace protoforge::json::internal
