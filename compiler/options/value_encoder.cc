#include "compiler/options/value_encoder.h"

#include <cmath>
#include <cstdint>
#include <limits>

#include "compiler/options/message_builder.h"

namespace protoforge::options {

using descriptor::FieldType;
using Kind = ast::OptionValue::Kind;

namespace {

// The value as protoc's parser stores it in UninterpretedOption: exactly one of these is meaningful.
struct Uninterpreted {
  bool has_positive = false;
  uint64_t positive = 0;
  bool has_negative = false;
  int64_t negative = 0;
  bool has_double = false;
  double dbl = 0;
  bool has_identifier = false;
  std::string identifier;
  bool has_string = false;
};

Uninterpreted classify(const ast::OptionValue& value) {
  Uninterpreted u;
  switch (value.kind) {
    case Kind::identifier:
      u.has_identifier = true;
      u.identifier = value.text;
      break;
    case Kind::integer:
      if (value.negative) {
        u.has_negative = true;
        u.negative = static_cast<int64_t>(0 - value.unsigned_value);
      } else {
        u.has_positive = true;
        u.positive = value.unsigned_value;
      }
      break;
    case Kind::floating:
      u.has_double = true;
      // Robust to either sign convention of float_value: the sign comes from `negative` alone.
      u.dbl = value.negative ? -std::fabs(value.float_value) : std::fabs(value.float_value);
      if (std::isnan(value.float_value)) u.dbl = value.float_value;
      break;
    case Kind::string:
      u.has_string = true;
      break;
    case Kind::aggregate:
      break;
  }
  return u;
}

std::string quoted(const std::string& s) { return "\"" + s + "\"."; }

EncodedValue fail(std::string message) { return EncodedValue{{}, std::move(message)}; }
EncodedValue done(std::string payload) { return EncodedValue{std::move(payload), {}}; }

EncodedValue encode_int32(const FieldInfo& f, const Uninterpreted& u) {
  if (u.has_positive) {
    if (u.positive > static_cast<uint64_t>(std::numeric_limits<int32_t>::max())) {
      return fail("Value out of range for int32 option " + quoted(f.full_name));
    }
    return done(encode_signed(f.type, static_cast<int64_t>(u.positive)));
  }
  if (u.has_negative) {
    if (u.negative < std::numeric_limits<int32_t>::min()) {
      return fail("Value out of range for int32 option " + quoted(f.full_name));
    }
    return done(encode_signed(f.type, u.negative));
  }
  return fail("Value must be integer for int32 option " + quoted(f.full_name));
}

EncodedValue encode_int64(const FieldInfo& f, const Uninterpreted& u) {
  if (u.has_positive) {
    if (u.positive > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
      return fail("Value out of range for int64 option " + quoted(f.full_name));
    }
    return done(encode_signed(f.type, static_cast<int64_t>(u.positive)));
  }
  if (u.has_negative) return done(encode_signed(f.type, u.negative));
  return fail("Value must be integer for int64 option " + quoted(f.full_name));
}

EncodedValue encode_uint32(const FieldInfo& f, const Uninterpreted& u) {
  if (!u.has_positive) return fail("Value must be non-negative integer for uint32 option " + quoted(f.full_name));
  // protoc names the field by its short name in this one message.
  if (u.positive > std::numeric_limits<uint32_t>::max()) {
    return fail("Value out of range for uint32 option " + quoted(f.name));
  }
  return done(encode_unsigned(f.type, u.positive));
}

EncodedValue encode_uint64(const FieldInfo& f, const Uninterpreted& u) {
  if (!u.has_positive) return fail("Value must be non-negative integer for uint64 option " + quoted(f.full_name));
  return done(encode_unsigned(f.type, u.positive));
}

// A number for float/double options: a float literal or an integer of either sign.
bool number_of(const Uninterpreted& u, double& out) {
  if (u.has_double) { out = u.dbl; return true; }
  if (u.has_positive) { out = static_cast<double>(u.positive); return true; }
  if (u.has_negative) { out = static_cast<double>(u.negative); return true; }
  return false;
}

EncodedValue encode_float_option(const FieldInfo& f, const Uninterpreted& u) {
  float value = 0;
  // Integers convert straight to float (not through double), as protoc does.
  if (u.has_double) value = double_to_float(u.dbl);
  else if (u.has_positive) value = static_cast<float>(u.positive);
  else if (u.has_negative) value = static_cast<float>(u.negative);
  else return fail("Value must be number for float option " + quoted(f.full_name));
  return done(encode_float(value));
}

EncodedValue encode_double_option(const FieldInfo& f, const Uninterpreted& u) {
  double value = 0;
  if (!number_of(u, value)) return fail("Value must be number for double option " + quoted(f.full_name));
  return done(encode_double(value));
}

EncodedValue encode_bool(const FieldInfo& f, const Uninterpreted& u) {
  if (!u.has_identifier) return fail("Value must be identifier for boolean option " + quoted(f.full_name));
  if (u.identifier == "true") return done(encode_unsigned(FieldType::bool_, 1));
  if (u.identifier == "false") return done(encode_unsigned(FieldType::bool_, 0));
  return fail("Value must be \"true\" or \"false\" for boolean option " + quoted(f.full_name));
}

EncodedValue encode_enum(const FieldInfo& f, const Uninterpreted& u, const Schema& schema, bool sibling_hint) {
  if (!u.has_identifier) return fail("Value must be identifier for enum-valued option " + quoted(f.full_name));
  std::string no_value = "Enum type \"" + f.type_name + "\" has no value named \"" + u.identifier +
                         "\" for option \"" + f.full_name + "\".";
  if (const auto* value = schema.enum_value(f.type_name, u.identifier)) {
    return done(encode_signed(FieldType::enum_, value->number.value_or(0)));
  }
  if (sibling_hint) {
    // Enum values are siblings of their enum: a value of another enum in the same scope has the name we'd expect.
    std::string_view scope = f.type_name;
    size_t dot = scope.rfind('.');
    std::string candidate = dot == std::string_view::npos ? u.identifier
                                                          : std::string(scope.substr(0, dot + 1)) + u.identifier;
    const link::Symbol* symbol = schema.find_symbol(candidate);
    if (symbol != nullptr && symbol->kind == link::SymbolKind::enum_value) {
      return fail(no_value + " This appears to be a value from a sibling type.");
    }
  }
  return fail(no_value);
}

}  // namespace

std::string message_needs_aggregate_error(const FieldInfo& field) {
  return "Option \"" + field.full_name + "\" is a message. To set the entire message, use syntax like \"" +
         field.name + " = { <proto text format> }\". To set fields within it, use syntax like \"" + field.name +
         ".foo = value\".";
}

EncodedValue encode_option_value(const FieldInfo& field, const ast::OptionValue& value, const Schema& schema,
                                 bool sibling_hint) {
  Uninterpreted u = classify(value);
  switch (field.type) {
    case FieldType::int32: case FieldType::sint32: case FieldType::sfixed32: return encode_int32(field, u);
    case FieldType::int64: case FieldType::sint64: case FieldType::sfixed64: return encode_int64(field, u);
    case FieldType::uint32: case FieldType::fixed32: return encode_uint32(field, u);
    case FieldType::uint64: case FieldType::fixed64: return encode_uint64(field, u);
    case FieldType::float_: return encode_float_option(field, u);
    case FieldType::double_: return encode_double_option(field, u);
    case FieldType::bool_: return encode_bool(field, u);
    case FieldType::enum_: return encode_enum(field, u, schema, sibling_hint);
    case FieldType::string: case FieldType::bytes:
      if (!u.has_string) return fail("Value must be quoted string for string option " + quoted(field.full_name));
      return done(value.string_value);
    case FieldType::message: case FieldType::group:
      return fail(message_needs_aggregate_error(field));
  }
  return fail("unsupported option type");
}

}  // namespace protoforge::options
