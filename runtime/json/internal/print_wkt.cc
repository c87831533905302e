// Printing the well-known types in their special JSON forms.
#include <cmath>

#include "runtime/json/internal/field_mask.h"
#include "runtime/json/internal/printer.h"
#include "runtime/json/internal/time_text.h"
#include "runtime/json/internal/well_known.h"

namespace protoforge::json::internal {

using schema::WellKnown;

namespace {

const FieldValue* value_of(const Message& m, int32_t number) {
  const Field* f = m.type().find_field(number);
  return f ? m.find(*f) : nullptr;
}

SecondsNanos seconds_nanos(const Message& m) {
  const Field* seconds = m.type().find_field(kFirstField);
  const Field* nanos = m.type().find_field(kSecondField);
  return {seconds ? m.scalar(*seconds).as_int64() : 0, nanos ? m.scalar(*nanos).as_int32() : 0};
}

std::string describe_seconds_nanos(std::string_view type, SecondsNanos v) {
  return std::string(type) + " out of range: seconds " + std::to_string(v.seconds) + ", nanos " +
         std::to_string(v.nanos);
}

}  // namespace

bool Printer::well_known(const Message& m) {
  switch (m.type().well_known) {
    case WellKnown::any: return any(m);
    case WellKnown::timestamp: return time(m, true);
    case WellKnown::duration: return time(m, false);
    case WellKnown::field_mask: return field_mask(m);
    case WellKnown::struct_: return struct_(m);
    case WellKnown::value: return value(m);
    case WellKnown::list_value: return list_value(m);
    case WellKnown::empty:
      writer_.begin_object();
      writer_.end_object();
      return true;
    case WellKnown::none: case WellKnown::null_value: break;
    default: return wrapper(m);
  }
  writer_.begin_object();
  if (!members(m)) return false;
  writer_.end_object();
  return true;
}

bool Printer::time(const Message& m, bool timestamp) {
  std::string text;
  const SecondsNanos v = seconds_nanos(m);
  if (!(timestamp ? append_timestamp(text, v) : append_duration(text, v))) {
    return fail(PrintStatus::out_of_range, describe_seconds_nanos(timestamp ? "Timestamp" : "Duration", v));
  }
  writer_.plain_string(text);
  return true;
}

bool Printer::field_mask(const Message& m) {
  std::string joined;
  const auto* paths = value_of(m, kFirstField);
  const auto* list = paths ? std::get_if<std::vector<std::string>>(paths) : nullptr;
  for (size_t i = 0; list && i < list->size(); ++i) {
    if (i > 0) joined.push_back(',');
    if (!append_camel_path(joined, (*list)[i])) {
      return fail(PrintStatus::invalid_value, "FieldMask path \"" + (*list)[i] + "\" has no JSON form that reads back");
    }
  }
  if (writer_.string(joined)) return true;
  return fail(PrintStatus::invalid_utf8, "FieldMask path is not valid UTF-8");
}

bool Printer::struct_(const Message& m) {
  const Field* fields = m.type().find_field(kFirstField);
  const auto* entries = value_of(m, kFirstField);
  if (fields == nullptr || !fields->is_map()) return fail(PrintStatus::invalid_value, "malformed Struct type");
  return map(*fields, entries ? &std::get<std::vector<MessagePtr>>(*entries) : nullptr);
}

bool Printer::list_value(const Message& m) {
  const Field* values = m.type().find_field(kFirstField);
  if (values == nullptr || !values->is_repeated()) return fail(PrintStatus::invalid_value, "malformed ListValue type");
  return list(*values, m.find(*values));
}

bool Printer::value(const Message& m) {
  for (const Field& f : m.type().fields) {
    if (!m.has(f)) continue;
    switch (f.number) {
      case kNullValue: writer_.literal("null"); return true;
      case kNumberValue: {
        const double d = m.scalar(f).as_double();
        if (!std::isfinite(d)) return fail(PrintStatus::invalid_value, "a Value cannot hold NaN or an infinity");
        return number(d, false);
      }
      case kStringValue: return text(f, m.string(f));
      case kBoolValue: return scalar(f, m.scalar(f));
      case kStructValue: case kListValue: return element(f, m.message(f));
      default: break;
    }
  }
  return fail(PrintStatus::invalid_value, "a Value with no kind set has no JSON form");
}

bool Printer::wrapper(const Message& m) {
  const Field* f = m.type().find_field(kFirstField);
  if (f == nullptr) return fail(PrintStatus::invalid_value, "malformed wrapper type");
  return f->is_string_like() ? text(*f, m.string(*f)) : scalar(*f, m.scalar(*f));
}

bool Printer::any(const Message& m) {
  const Field* url_field = m.type().find_field(kFirstField);
  const Field* value_field = m.type().find_field(kSecondField);
  if (url_field == nullptr || value_field == nullptr) return fail(PrintStatus::invalid_value, "malformed Any type");
  const std::string_view url = m.string(*url_field);
  const std::string_view bytes = m.string(*value_field);
  if (url.empty() && bytes.empty()) {
    writer_.begin_object();
    writer_.end_object();
    return true;
  }
  if (url.empty()) return fail(PrintStatus::unresolved_any, "Any has a value but no type URL");
  return any_body(url, bytes);
}

bool Printer::any_body(std::string_view url, std::string_view bytes) {
  const schema::MessageType* type = resolve_type_url(options_.type_registry, url);
  if (type == nullptr) {
    return fail(PrintStatus::unresolved_any, options_.type_registry ? "Any type URL \"" + std::string(url) +
                                                                          "\" names no type in the registry"
                                                                    : "no type registry to resolve Any values");
  }
  writer_.begin_object();
  writer_.key("@type");
  if (!writer_.string(url)) return fail(PrintStatus::invalid_utf8, "Any type URL is not valid UTF-8");
  if (!bytes.empty()) {
    Message inner(*type);
    const message::DecodeResult decoded = message::decode(bytes, inner);
    if (!decoded.ok()) {
      return fail(PrintStatus::malformed_any, "Any value is not a valid " + type->full_name + ": " + decoded.describe());
    }
    if (type->well_known == WellKnown::none) {
      if (!members(inner)) return false;
    } else {
      writer_.key("value");
      if (!message(inner)) return prepend("value");
    }
  }
  writer_.end_object();
  return true;
}

}  // namespace protoforge::json::internal
