// Message-level productions: message, messageBody, messageElement, oneof, extend, extensions, reserved, ranges.
#include "compiler/parse/parser_impl.h"

namespace protoforge::parse {

namespace {

template <class T, class Variant>
T& add(std::vector<Variant>* body) {
  return std::get<T>(body->emplace_back(std::in_place_type<T>));
}

}  // namespace

// message = "message" messageName messageBody
bool Parser::parse_message(ast::Message* message) {
  const uint32_t begin = start();
  if (!consume("message")) return false;
  if (!consume_identifier(&message->name, "Expected message name.")) return false;
  if (!parse_message_body(message)) return false;
  message->span = span_from(begin);
  return true;
}

// messageBody = "{" { messageElement } "}"
bool Parser::parse_message_body(ast::Message* message) {
  if (!enter_nesting()) return skip_too_deep_block();
  struct Leave {
    Parser* parser;
    ~Leave() { parser->leave_nesting(); }
  } leave{this};
  if (!consume_end_of_declaration("{", &message->comments)) return false;
  return parse_block_elements("message definition", [&] { return parse_message_element(message); });
}

// messageElement = field | group | mapField | enum | message | extend | extensions | option | oneof | reserved
//                | emptyStatement
bool Parser::parse_message_element(ast::Message* message) {
  auto* body = &message->body;
  const source::Span here = current_span();
  if (try_consume_end_of_declaration(";", nullptr)) {
    body->emplace_back(ast::Empty{here});
    return true;
  }
  ast::Visibility visibility = ast::Visibility::unset;
  source::Span visibility_span;
  parse_visibility(&visibility, &visibility_span);
  if (looking_at("message")) {
    ast::Message& nested = *add<ast::Box<ast::Message>>(body);
    nested.visibility = visibility;
    nested.visibility_span = visibility_span;
    return parse_message(&nested);
  }
  if (looking_at("enum")) {
    ast::Enum& nested = add<ast::Enum>(body);
    nested.visibility = visibility;
    nested.visibility_span = visibility_span;
    return parse_enum(&nested);
  }
  if (looking_at("extensions")) return parse_extensions(&add<ast::ExtensionRanges>(body));
  if (looking_at("reserved")) return parse_reserved(&add<ast::Reserved>(body), /*in_enum=*/false);
  if (looking_at("extend")) return parse_extend(&add<ast::Extend>(body));
  if (looking_at("option")) return parse_option_statement(&add<ast::Option>(body));
  if (looking_at("oneof")) return parse_oneof(&add<ast::Oneof>(body));
  return parse_field(&add<ast::Field>(body), FieldContext::message);
}

// oneof = "oneof" oneofName "{" { option | oneofField | emptyStatement } "}"
// Like protoc, the body loop parses one member before looking for '}'.
bool Parser::parse_oneof(ast::Oneof* oneof) {
  const uint32_t begin = start();
  if (!consume("oneof")) return false;
  if (!consume_identifier(&oneof->name, "Expected oneof name.")) return false;
  if (!consume_end_of_declaration("{", &oneof->comments)) return false;
  do {
    if (at_end()) {
      add_error("Reached end of input in oneof definition (missing '}').");
      return false;
    }
    if (looking_at("option")) {
      auto& element = oneof->body.emplace_back(ast::OneofElement{ast::Option{}});
      if (!parse_option_statement(&std::get<ast::Option>(element.value))) return false;
      continue;
    }
    if (looking_at("required") || looking_at("optional") || looking_at("repeated")) {
      add_error("Fields in oneofs must not have labels (required / optional / repeated).");
      advance();  // protoc understands what was meant and goes on
    }
    auto& element = oneof->body.emplace_back(ast::OneofElement{ast::Field{}});
    if (!parse_field(&std::get<ast::Field>(element.value), FieldContext::oneof)) skip_statement();
  } while (!try_consume_end_of_declaration("}", nullptr));
  oneof->span = span_from(begin);
  return true;
}

// extend = "extend" messageType "{" { field | group } "}"
bool Parser::parse_extend(ast::Extend* extend) {
  const uint32_t begin = start();
  if (!consume("extend")) return false;
  if (!parse_message_type(&extend->extendee)) return false;
  if (!consume_end_of_declaration("{", &extend->comments)) return false;
  do {
    if (at_end()) {
      add_error("Reached end of input in extend definition (missing '}').");
      return false;
    }
    if (!parse_field(&extend->fields.emplace_back(), FieldContext::extend)) skip_statement();
  } while (!try_consume_end_of_declaration("}", nullptr));
  extend->span = span_from(begin);
  return true;
}

// extensions = "extensions" ranges [ "[" fieldOption { "," fieldOption } "]" ] ";"
bool Parser::parse_extensions(ast::ExtensionRanges* extensions) {
  const uint32_t begin = start();
  if (!consume("extensions")) return false;
  if (!parse_ranges(&extensions->ranges, false, "Expected field number range.", "Expected field number range.")) {
    return false;
  }
  if (!parse_compact_options(&extensions->options)) return false;
  if (!consume_end_of_declaration(";", &extensions->comments)) return false;
  extensions->span = span_from(begin);
  return true;
}

// reserved = "reserved" ( ranges | strFieldNames | identFieldNames ) ";"   (identifiers: editions only)
bool Parser::parse_reserved(ast::Reserved* reserved, bool in_enum) {
  const uint32_t begin = start();
  if (!consume("reserved")) return false;
  if (looking_at_kind(TokenKind::string) || (is_editions() && looking_at_kind(TokenKind::identifier))) {
    if (!parse_reserved_names(reserved, in_enum)) return false;
  } else if (in_enum) {
    if (!parse_ranges(&reserved->ranges, true, "Expected enum value or number range.",
                      "Expected enum number range.")) {
      return false;
    }
  } else if (!parse_ranges(&reserved->ranges, false, "Expected field name or number range.",
                           "Expected field number range.")) {
    return false;
  }
  if (!consume_end_of_declaration(";", &reserved->comments)) return false;
  reserved->span = span_from(begin);
  return true;
}

// strFieldNames | identFieldNames
bool Parser::parse_reserved_names(ast::Reserved* reserved, bool in_enum) {
  const char* error = in_enum ? "Expected enum value." : "Expected field name.";
  if (is_editions() && looking_at_kind(TokenKind::string)) {
    add_error("Reserved names must be identifiers in editions, not string literals.");
    return false;
  }
  reserved->names_are_identifiers = looking_at_kind(TokenKind::identifier);
  do {
    ast::Name& name = reserved->names.emplace_back();
    const uint32_t name_begin = start();
    if (reserved->names_are_identifiers) {
      if (!consume_identifier(&name, error)) return false;
    } else if (!consume_string(&name.text, error)) {
      return false;
    }
    name.span = span_from(name_begin);
  } while (try_consume(","));
  return true;
}

// ranges = range { "," range }    range = intLit [ "to" ( intLit | "max" ) ]   (enums: signed integers)
bool Parser::parse_ranges(std::vector<ast::ReservedRange>* ranges, bool in_enum, const char* first_error,
                          const char* next_error) {
  bool first = true;
  do {
    ast::ReservedRange& range = ranges->emplace_back();
    const uint32_t begin = start();
    const char* error = first ? first_error : next_error;
    first = false;
    if (!(in_enum ? consume_signed_integer(&range.start, error) : consume_integer(&range.start, error))) return false;
    range.start_span = span_from(begin);
    if (try_consume("to")) {
      range.has_end = true;
      const uint32_t end_begin = start();
      if (try_consume("max")) {
        range.end_is_max = true;
        range.end = INT32_MAX;
      } else if (!(in_enum ? consume_signed_integer(&range.end, "Expected integer.")
                           : consume_integer(&range.end, "Expected integer."))) {
        return false;
      }
      range.end_span = span_from(end_begin);
    } else {
      range.end = range.start;
      range.end_span = range.start_span;
    }
    range.span = span_from(begin);
  } while (try_consume(","));
  return true;
}

}  // namespace protoforge::parse
