// Printing ordinary messages: fields in number order (extensions among them), lists, maps and scalars.
#include <cmath>

#include "runtime/json/internal/printer.h"
#include "runtime/strings/base64.h"
#include "runtime/strings/float_text.h"
#include "runtime/strings/simple_float.h"

namespace protoforge::json {

using internal::Printer;
using schema::Kind;

PrintResult print(const message::Message& message, std::string& out, const PrintOptions& options) {
  PrintResult result;
  const size_t start = out.size();
  Printer printer(out, options, result);
  if (printer.message(message)) printer.finish();
  else out.resize(start);
  return result;
}

namespace internal {

namespace {
// Messages nest through Any values without a bound from the decoder's depth limit; this one keeps the stack safe.
constexpr int kMaxPrintDepth = 1000;
}  // namespace

bool Printer::fail(PrintStatus status, std::string message) {
  result_.status = status;
  result_.message = std::move(message);
  return false;
}

bool Printer::prepend(std::string_view segment, bool is_index) {
  if (!result_.path.empty() && !path_starts_with_index_) result_.path.insert(0, ".");
  result_.path.insert(0, segment);
  path_starts_with_index_ = is_index;
  return false;
}

bool Printer::message(const Message& m) {
  if (depth_ >= kMaxPrintDepth) return fail(PrintStatus::too_deep, "messages nest too deeply");
  ++depth_;
  bool ok;
  if (m.type().well_known != schema::WellKnown::none) {
    ok = well_known(m);
  } else {
    writer_.begin_object();
    ok = members(m);
    if (ok) writer_.end_object();
  }
  --depth_;
  return ok;
}

bool Printer::members(const Message& m) {
  bool ok = true;
  if (!options_.always_print_fields_with_no_presence) {
    m.for_each_set_field([&](const Field& f, const FieldValue& v) { ok = ok && member(f, &v); });
    return ok;
  }
  // Set fields (extensions among them) merged by number with the unset fields that have no presence.
  std::vector<std::pair<const Field*, const FieldValue*>> set;
  m.for_each_set_field([&](const Field& f, const FieldValue& v) { set.emplace_back(&f, &v); });
  size_t next = 0;
  for (const Field* f : m.type().fields_by_number()) {
    for (; ok && next < set.size() && set[next].first->number < f->number; ++next) {
      ok = member(*set[next].first, set[next].second);
    }
    if (next < set.size() && set[next].first == f) ok = ok && member(*f, set[next++].second);
    else if (!f->has_presence) ok = ok && member(*f, nullptr);
  }
  for (; ok && next < set.size(); ++next) ok = member(*set[next].first, set[next].second);
  return ok;
}

bool Printer::member(const Field& f, const FieldValue* value) {
  const std::string_view name = options_.preserve_proto_field_names ? f.name : f.json_name;
  if (f.is_extension) writer_.key("[" + f.full_name + "]");
  else writer_.key(name);
  bool ok;
  if (f.is_map()) {
    ok = map(f, value ? &std::get<std::vector<MessagePtr>>(*value) : nullptr);
  } else if (f.is_repeated()) {
    ok = list(f, value);
  } else if (f.is_message()) {
    ok = element(f, value ? std::get<MessagePtr>(*value).get() : nullptr);
  } else if (f.is_string_like()) {
    ok = text(f, value ? std::string_view(std::get<std::string>(*value)) : std::string_view(f.default_string));
  } else {
    ok = scalar(f, value ? std::get<Scalar>(*value) : f.default_scalar);
  }
  return ok || prepend(path_segment(f));
}

bool Printer::list(const Field& f, const FieldValue* value) {
  writer_.begin_array();
  size_t i = 0;
  bool ok = true;
  if (value == nullptr) {
  } else if (const auto* scalars = std::get_if<std::vector<Scalar>>(value)) {
    for (; ok && i < scalars->size(); ++i) ok = scalar(f, (*scalars)[i]);
  } else if (const auto* texts = std::get_if<std::vector<std::string>>(value)) {
    for (; ok && i < texts->size(); ++i) ok = text(f, (*texts)[i]);
  } else if (const auto* messages = std::get_if<std::vector<MessagePtr>>(value)) {
    for (; ok && i < messages->size(); ++i) ok = element(f, (*messages)[i].get());
  }
  if (!ok) return prepend("[" + std::to_string(i - 1) + "]", true);
  writer_.end_array();
  return true;
}

bool Printer::map(const Field& f, const std::vector<MessagePtr>* entries) {
  writer_.begin_object();
  const Field& value_field = f.message_type->map_value();
  for (size_t i = 0; entries && i < entries->size(); ++i) {
    const Message& entry = *(*entries)[i];
    bool ok = map_key(entry);
    if (ok && value_field.is_message()) ok = element(value_field, entry.message(value_field));
    else if (ok && value_field.is_string_like()) ok = text(value_field, entry.string(value_field));
    else if (ok) ok = scalar(value_field, entry.scalar(value_field));
    if (!ok) return prepend(map_key_segment(entry), true);
  }
  writer_.end_object();
  return true;
}

bool Printer::map_key(const Message& entry) {
  if (writer_.key(map_key_text(entry))) return true;
  return fail(PrintStatus::invalid_utf8, "map key is not valid UTF-8");
}

bool Printer::element(const Field& f, const Message* value) {
  if (value) return message(*value);
  const Message empty(*f.message_type);  // an unset map value or list element reads as the default instance
  return message(empty);
}

bool Printer::number(double value, bool is_float) {
  if (std::isnan(value)) writer_.plain_string("NaN");
  else if (std::isinf(value)) writer_.plain_string(value > 0 ? "Infinity" : "-Infinity");
  else if (options_.libprotobuf_float_digits && is_float) writer_.literal(strings::simple_ftoa(static_cast<float>(value)));
  else if (options_.libprotobuf_float_digits) writer_.literal(strings::simple_dtoa(value));
  else if (is_float) writer_.literal(strings::format_float_shortest(static_cast<float>(value)));
  else writer_.literal(strings::format_double_shortest(value));
  return true;
}

bool Printer::scalar(const Field& f, Scalar value) {
  switch (f.kind) {
    case Kind::int32: case Kind::sint32: case Kind::sfixed32:
      writer_.literal(std::to_string(value.as_int32()));
      return true;
    case Kind::uint32: case Kind::fixed32: writer_.literal(std::to_string(value.as_uint32())); return true;
    case Kind::int64: case Kind::sint64: case Kind::sfixed64:
      writer_.plain_string(std::to_string(value.as_int64()));
      return true;
    case Kind::uint64: case Kind::fixed64: writer_.plain_string(std::to_string(value.as_uint64())); return true;
    case Kind::float_: return number(value.as_float(), true);
    case Kind::double_: return number(value.as_double(), false);
    case Kind::bool_: writer_.literal(value.as_bool() ? "true" : "false"); return true;
    case Kind::enum_: {
      if (f.enum_type->well_known == schema::WellKnown::null_value) {
        writer_.literal("null");
        return true;
      }
      const schema::EnumValue* named = options_.enums_as_ints ? nullptr : f.enum_type->find(value.as_int32());
      if (named) writer_.plain_string(named->name);
      else writer_.literal(std::to_string(value.as_int32()));
      return true;
    }
    default: return fail(PrintStatus::invalid_value, "not a scalar field");
  }
}

bool Printer::text(const Field& f, std::string_view value) {
  if (f.kind == Kind::bytes) {
    std::string encoded;
    strings::append_base64(encoded, value);
    writer_.plain_string(encoded);
    return true;
  }
  if (writer_.string(value)) return true;
  return fail(PrintStatus::invalid_utf8, "string is not valid UTF-8");
}

}  // namespace internal
}  // namespace protoforge::json
