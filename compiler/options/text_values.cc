#include <cstring>
#include <limits>

#include "compiler/lex/literals.h"
#include "compiler/options/text_parser_internal.h"

namespace protoforge::options::text_internal {

using descriptor::FieldType;

bool Parser::try_consume(std::string_view text) {
  if (!looking_at(text)) return false;
  advance();
  return true;
}

bool Parser::consume(std::string_view text) {
  if (!looking_at(text)) {
    return report("Expected \"" + std::string(text) + "\", found \"" + current_text() + "\".");
  }
  advance();
  return true;
}

bool Parser::consume_identifier(std::string& out) {
  if (current().type != TokenType::identifier) return report("Expected identifier, got: " + current_text());
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
  if (current().type != TokenType::integer) return report("Expected integer, got: " + current_text());
  if (!lex::parse_integer(current().text, max_value, &out)) {
    return report("Integer out of range (" + current_text() + ")");
  }
  advance();
  return true;
}

bool Parser::consume_signed(uint64_t max_value, int64_t& out) {
  bool negative = try_consume("-");
  if (negative) ++max_value;  // two's complement has one more negative value
  uint64_t magnitude = 0;
  if (!consume_unsigned(max_value, magnitude)) return false;
  out = negative ? static_cast<int64_t>(0 - magnitude) : static_cast<int64_t>(magnitude);
  return true;
}

bool Parser::consume_double(double& out) {
  bool negative = try_consume("-");
  if (current().type == TokenType::integer) {
    std::string text = current_text();
    if (is_hex_or_octal(text)) return report("Expect a decimal number, got: " + text);
    uint64_t value = 0;
    out = lex::parse_integer(text, std::numeric_limits<uint64_t>::max(), &value) ? static_cast<double>(value)
                                                                                  : lex::parse_float(text);
    advance();
  } else if (current().type == TokenType::floating) {
    out = lex::parse_float(current().text);
    advance();
  } else if (current().type == TokenType::identifier) {
    std::string text = lowercase(current().text);
    if (text == "inf" || text == "infinity") {
      out = std::numeric_limits<double>::infinity();
    } else if (text == "nan") {
      out = std::numeric_limits<double>::quiet_NaN();
    } else {
      return report("Expected double, got: " + text);
    }
    advance();
  } else {
    return report("Expected double, got: " + current_text());
  }
  if (negative) out = -out;
  return true;
}

bool Parser::consume_string(std::string& out) {
  if (current().type != TokenType::string) return report("Expected string, got: " + current_text());
  out.clear();
  while (current().type == TokenType::string) {
    lex::append_string_literal(current().text, &out);  // the same tokenizer rules as .proto strings
    advance();
  }
  return true;
}


namespace {

bool float_is_zero(float f) {
  uint32_t bits = 0;
  std::memcpy(&bits, &f, 4);
  return bits == 0;
}

bool double_is_zero(double d) {
  uint64_t bits = 0;
  std::memcpy(&bits, &d, 8);
  return bits == 0;
}

}  // namespace

bool Parser::consume_scalar_value(MessageState& state, const FieldInfo& field) {
  constexpr uint64_t kInt32Max = std::numeric_limits<int32_t>::max();
  constexpr uint64_t kInt64Max = std::numeric_limits<int64_t>::max();
  int64_t s = 0;
  uint64_t u = 0;
  double d = 0;
  std::string text;
  switch (field.type) {
    case FieldType::int32: case FieldType::sint32: case FieldType::sfixed32:
      if (!consume_signed(kInt32Max, s)) return false;
      state.builder.set(field, encode_signed(field.type, s), s == 0);
      return true;
    case FieldType::int64: case FieldType::sint64: case FieldType::sfixed64:
      if (!consume_signed(kInt64Max, s)) return false;
      state.builder.set(field, encode_signed(field.type, s), s == 0);
      return true;
    case FieldType::uint32: case FieldType::fixed32:
      if (!consume_unsigned(std::numeric_limits<uint32_t>::max(), u)) return false;
      state.builder.set(field, encode_unsigned(field.type, u), u == 0);
      return true;
    case FieldType::uint64: case FieldType::fixed64:
      if (!consume_unsigned(std::numeric_limits<uint64_t>::max(), u)) return false;
      state.builder.set(field, encode_unsigned(field.type, u), u == 0);
      return true;
    case FieldType::float_: {
      if (!consume_double(d)) return false;
      float f = double_to_float(d);
      state.builder.set(field, encode_float(f), float_is_zero(f));
      return true;
    }
    case FieldType::double_:
      if (!consume_double(d)) return false;
      state.builder.set(field, encode_double(d), double_is_zero(d));
      return true;
    case FieldType::string: case FieldType::bytes:
      if (!consume_string(text)) return false;
      state.builder.set(field, text, text.empty());
      return true;
    case FieldType::bool_:
      return consume_bool_value(state, field);
    case FieldType::enum_:
      return consume_enum_value(state, field);
    case FieldType::message: case FieldType::group:
      break;
  }
  return report("internal error: message field parsed as a scalar");
}

bool Parser::consume_bool_value(MessageState& state, const FieldInfo& field) {
  uint64_t value = 0;
  if (current().type == TokenType::integer) {
    if (!consume_unsigned(1, value)) return false;
  } else {
    std::string word;
    if (!consume_identifier(word)) return false;
    if (word == "true" || word == "True" || word == "t") {
      value = 1;
    } else if (word != "false" && word != "False" && word != "f") {
      return report("Invalid value for boolean field \"" + field.name + "\". Value: \"" + word + "\".");
    }
  }
  state.builder.set(field, encode_unsigned(FieldType::bool_, value), value == 0);
  return true;
}

bool Parser::consume_enum_value(MessageState& state, const FieldInfo& field) {
  std::string written;
  const descriptor::EnumValueDescriptorProto* value = nullptr;
  bool numeric = false;
  int64_t number = 0;
  if (current().type == TokenType::identifier) {
    if (!consume_identifier(written)) return false;
    value = schema_.enum_value(field.type_name, written);
  } else if (looking_at("-") || current().type == TokenType::integer) {
    if (!consume_signed(std::numeric_limits<int32_t>::max(), number)) return false;
    numeric = true;
    written = std::to_string(number);
    value = schema_.enum_value(field.type_name, static_cast<int32_t>(number));
  } else {
    return report("Expected integer or identifier, got: " + current_text());
  }
  if (value != nullptr) number = value->number.value_or(0);
  if (value == nullptr && !(numeric && schema_.allows_unknown_enum_numbers(state.type_name))) {
    return report("Unknown enumeration value of \"" + written + "\" for field \"" + field.name + "\".");
  }
  state.builder.set(field, encode_signed(FieldType::enum_, number), number == 0);
  return true;
}

}  // namespace protoforge::options::text_internal
