// Names and scalar values: TextFormat::Parser's token-level rules (ranges per type, float forms, bools, enums).
#include <limits>

#include "runtime/text/internal/names.h"
#include "runtime/text/internal/parser_impl.h"
#include "runtime/text/literals.h"

namespace protoforge::text::internal {

using schema::Kind;
using schema::Scalar;

bool Parser::consume_identifier(std::string& out) {
  if (!looking_at(TokenType::identifier)) return report("Expected identifier, got: " + current_text());
  out = current_text();
  advance();
  return true;
}

bool Parser::consume_full_type_name(std::string& out) {
  if (!consume_identifier(out)) return false;
  while (try_consume(".")) {
    std::string part;
    if (!consume_identifier(part)) return false;
    out += "." + part;
  }
  return true;
}

bool Parser::consume_unsigned(uint64_t max_value, uint64_t& out) {
  if (!looking_at(TokenType::integer)) return report("Expected integer, got: " + current_text());
  if (!parse_integer(current().text, max_value, &out)) return report("Integer out of range (" + current_text() + ")");
  advance();
  return true;
}

bool Parser::consume_signed(uint64_t max_value, int64_t& out) {
  const bool negative = try_consume("-");
  if (negative) ++max_value;  // two's complement has one more negative value
  uint64_t magnitude = 0;
  if (!consume_unsigned(max_value, magnitude)) return false;
  out = negative ? static_cast<int64_t>(0 - magnitude) : static_cast<int64_t>(magnitude);
  return true;
}

bool Parser::consume_double(double& out) {
  const bool negative = try_consume("-");
  const std::string text = current_text();
  if (looking_at(TokenType::integer)) {
    // Hex and octal are integers only; "08" (a tokenizer error already) still reads as decimal.
    if (text.size() > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X' || (text[1] >= '0' && text[1] <= '7'))) {
      return report("Expect a decimal number, got: " + text);
    }
    uint64_t value = 0;
    out = parse_integer(text, std::numeric_limits<uint64_t>::max(), &value) ? static_cast<double>(value)
                                                                             : parse_float(text);
  } else if (looking_at(TokenType::floating)) {
    out = parse_float(text);
  } else if (looking_at(TokenType::identifier)) {
    const std::string word = ascii_lowercase(text);
    if (word == "inf" || word == "infinity") {
      out = std::numeric_limits<double>::infinity();
    } else if (word == "nan") {
      out = std::numeric_limits<double>::quiet_NaN();
    } else {
      return report("Expected double, got: " + word);
    }
  } else {
    return report("Expected double, got: " + text);
  }
  advance();
  if (negative) out = -out;  // also for nan: the sign bit is kept, as in protoc
  return true;
}

bool Parser::consume_string(std::string& out) {
  if (!looking_at(TokenType::string)) return report("Expected string, got: " + current_text());
  out.clear();
  while (looking_at(TokenType::string)) {  // adjacent literals are one value
    append_string_literal(current().text, &out);
    advance();
  }
  return true;
}

bool Parser::consume_bool_value(const Field& field, Scalar& out) {
  if (looking_at(TokenType::integer)) {
    uint64_t value = 0;
    if (!consume_unsigned(1, value)) return false;
    out = Scalar::of_bool(value != 0);
    return true;
  }
  std::string word;
  if (!consume_identifier(word)) return false;
  if (word == "true" || word == "True" || word == "t") {
    out = Scalar::of_bool(true);
  } else if (word == "false" || word == "False" || word == "f") {
    out = Scalar::of_bool(false);
  } else {
    return report("Invalid value for boolean field \"" + field.name + "\". Value: \"" + word + "\".");
  }
  return true;
}

// By name, or by number: any number for an open enum, a declared one for a closed enum.
bool Parser::consume_enum_value(const Field& field, Scalar& out) {
  std::string written;
  const schema::EnumValue* value = nullptr;
  bool numeric = false;
  int64_t number = 0;
  if (looking_at(TokenType::identifier)) {
    if (!consume_identifier(written)) return false;
    value = field.enum_type->find(std::string_view(written));
  } else if (looking_at("-") || looking_at(TokenType::integer)) {
    if (!consume_signed(std::numeric_limits<int32_t>::max(), number)) return false;
    numeric = true;
    written = std::to_string(number);
    value = field.enum_type->find(static_cast<int32_t>(number));
  } else {
    return report("Expected integer or identifier, got: " + current_text());
  }
  if (value != nullptr) {
    number = value->number;
  } else if (!numeric || field.enum_type->closed) {
    return report("Unknown enumeration value of \"" + written + "\" for field \"" + field.name + "\".");
  }
  out = Scalar::of_int(static_cast<int32_t>(number));
  return true;
}

bool Parser::consume_scalar_value(Message& message, const Field& field) {
  constexpr uint64_t kInt32Max = std::numeric_limits<int32_t>::max();
  constexpr uint64_t kInt64Max = std::numeric_limits<int64_t>::max();
  if (field.is_string_like()) {
    std::string text;
    if (!consume_string(text)) return false;
    if (field.is_repeated()) message.mutable_strings(field).push_back(std::move(text));
    else message.set_string(field, std::move(text));
    return true;
  }
  Scalar value;
  int64_t s = 0;
  uint64_t u = 0;
  double d = 0;
  switch (field.kind) {
    case Kind::int32: case Kind::sint32: case Kind::sfixed32:
      if (!consume_signed(kInt32Max, s)) return false;
      value = Scalar::of_int(s);
      break;
    case Kind::int64: case Kind::sint64: case Kind::sfixed64:
      if (!consume_signed(kInt64Max, s)) return false;
      value = Scalar::of_int(s);
      break;
    case Kind::uint32: case Kind::fixed32:
      if (!consume_unsigned(std::numeric_limits<uint32_t>::max(), u)) return false;
      value = Scalar::of_uint(u);
      break;
    case Kind::uint64: case Kind::fixed64:
      if (!consume_unsigned(std::numeric_limits<uint64_t>::max(), u)) return false;
      value = Scalar::of_uint(u);
      break;
    case Kind::float_:
      if (!consume_double(d)) return false;
      value = Scalar::of_float(double_to_float(d));
      break;
    case Kind::double_:
      if (!consume_double(d)) return false;
      value = Scalar::of_double(d);
      break;
    case Kind::bool_:
      if (!consume_bool_value(field, value)) return false;
      break;
    case Kind::enum_:
      if (!consume_enum_value(field, value)) return false;
      break;
    default:
      return report("internal error: a message field read as a scalar");
  }
  if (field.is_repeated()) message.mutable_scalars(field).push_back(value);
  else message.set_scalar(field, value);
  return true;
}

}  // namespace protoforge::text::internal
