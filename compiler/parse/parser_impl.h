// Internal: the parser's state and one member function per grammar production (grammar/proto.ebnf).
// Each production returns false when it gave up on the statement (protoc's DO() convention); the enclosing block
// loop then skips to the end of the statement, as protoc does.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/diag/diagnostic.h"
#include "compiler/parse/locator.h"
#include "compiler/parse/parser.h"
#include "compiler/lex/token.h"
#include "compiler/source/source_file.h"

namespace protoforge::parse {

using lex::Token;
using lex::TokenKind;

// What a field's type says about its default value, as far as protoc's parser knows it.
enum class DefaultKind { signed32, signed64, unsigned32, unsigned64, floating, boolean, string, bytes, message, named };

// Where a field is being parsed: decides the label rules (oneof members have none, extensions no maps).
enum class FieldContext { message, oneof, extend };

class Parser {
 public:
  Parser(const source::SourceFile& source, diag::DiagnosticSink& sink);
  ast::File run();

 private:
  // ---- tokens (parser_tokens.cc) ----
  const Token& current() const { return tokens_[index_]; }
  std::string_view text_of(const Token& token) const { return token.text(text_); }
  std::string_view current_text() const { return text_of(current()); }
  bool looking_at(std::string_view text) const { return current_text() == text; }
  bool looking_at_kind(TokenKind kind) const { return current().kind == kind; }
  bool at_end() const { return current().kind == TokenKind::end; }
  uint32_t start() const { return current().offset; }
  uint32_t previous_end() const { return index_ > 0 ? tokens_[index_ - 1].end() : 0; }
  source::Span span_from(uint32_t begin) const { return {begin, std::max(begin, previous_end())}; }
  source::Span current_span() const { return {current().offset, current().end()}; }

  void advance();  // protoc's Next(): comments are dropped
  void advance_with_comments(std::string* trailing, std::vector<std::string>* detached, std::string* leading);
  void report_lex_errors();
  bool try_consume(std::string_view text);
  bool consume(std::string_view text);
  bool consume(std::string_view text, const char* error);
  bool consume_identifier(ast::Name* name, const char* error);
  bool consume_integer(int32_t* output, const char* error);
  bool consume_signed_integer(int32_t* output, const char* error);
  bool consume_integer64(uint64_t max_value, uint64_t* output, bool* overflow, const char* error);
  bool consume_number(ast::OptionValue* value, const char* error);
  bool consume_string(std::string* output, const char* error);
  bool try_consume_end_of_declaration(std::string_view text, ast::Comments* comments);
  bool consume_end_of_declaration(std::string_view text, ast::Comments* comments);
  void add_error(std::string message);
  void add_error_at(uint32_t offset, std::string message);
  void skip_statement();
  // The two statements that enum, service and method bodies accept first, `;` and `option ...;`: parses one into
  // `body` and stores the production's result in `*ok`. Returns false, consuming nothing, for anything else.
  template <class Body>
  bool parse_empty_or_option(Body& body, bool* ok) {
    const source::Span here = current_span();
    if (try_consume_end_of_declaration(";", nullptr)) {
      body.emplace_back(ast::Empty{here});
      *ok = true;
      return true;
    }
    if (!looking_at("option")) return false;
    *ok = parse_option_statement(&std::get<ast::Option>(body.emplace_back(std::in_place_type<ast::Option>)));
    return true;
  }
  // The element loop of a `{ ... }` block up to its '}', with protoc's recovery: an element that fails skips to the
  // end of its statement, and the end of input inside the block is an error naming the block (`what`).
  template <class ParseElement>
  bool parse_block_elements(const char* what, ParseElement&& parse_element) {
    while (!try_consume_end_of_declaration("}", nullptr)) {
      if (at_end()) {
        add_error(std::string("Reached end of input in ") + what + " (missing '}').");
        return false;
      }
      if (!parse_element()) skip_statement();
    }
    return true;
  }
  void skip_rest_of_block();

  // ---- file level (parse_file.cc) ----
  bool parse_syntax(ast::Syntax* syntax);
  bool parse_top_level_statement(ast::File* file);
  bool parse_import(ast::File* file);
  bool parse_package(ast::File* file);
  bool parse_empty_statement(std::vector<ast::FileElement>* body);
  bool looking_at_visibility() const;
  void parse_visibility(ast::Visibility* visibility, source::Span* span);

  // ---- messages (parse_message.cc) ----
  bool parse_message(ast::Message* message);
  bool parse_message_body(ast::Message* message);
  bool parse_message_element(ast::Message* message);
  bool parse_oneof(ast::Oneof* oneof);
  bool parse_extend(ast::Extend* extend);
  bool parse_extensions(ast::ExtensionRanges* extensions);
  bool parse_reserved(ast::Reserved* reserved, bool in_enum);
  bool parse_ranges(std::vector<ast::ReservedRange>* ranges, bool in_enum, const char* first_error,
                    const char* next_error);
  bool parse_reserved_names(ast::Reserved* reserved, bool in_enum);

  // ---- fields (parse_field.cc) ----
  bool parse_field(ast::Field* field, FieldContext context);
  bool parse_label(ast::Field* field);
  bool parse_field_type(ast::Field* field, FieldContext context, DefaultKind* default_kind);
  bool parse_map_type(ast::Field* field, FieldContext context, uint32_t begin);
  bool parse_type(ast::TypeRef* type, DefaultKind* default_kind);
  bool parse_message_type(ast::TypeRef* type);
  bool parse_group(ast::Field* field);
  bool parse_field_options(ast::Field* field, DefaultKind default_kind);
  bool parse_default(ast::Field* field, DefaultKind default_kind, bool* has_default);
  bool parse_default_value(ast::OptionValue* value, DefaultKind default_kind);
  bool parse_json_name(ast::Field* field, bool* has_json_name);

  // ---- enums and services (parse_enum.cc, parse_service.cc) ----
  bool parse_enum(ast::Enum* enum_type);
  bool parse_enum_body(ast::Enum* enum_type);
  bool parse_enum_element(ast::Enum* enum_type);
  bool parse_enum_value(ast::EnumValue* value);
  bool validate_enum(const ast::Enum& enum_type);
  bool parse_compact_options(std::optional<ast::CompactOptions>* options);
  bool parse_service(ast::Service* service);
  bool parse_service_body(ast::Service* service);
  bool parse_service_element(ast::Service* service);
  bool parse_rpc(ast::Method* method);
  bool parse_method_options(ast::Method* method);

  // ---- options (parse_option.cc) ----
  bool parse_option_statement(ast::Option* option);
  bool parse_option_assignment(ast::Option* option);
  bool parse_option_name(ast::Option* option);
  bool parse_option_name_part(ast::OptionNamePart* part);
  bool parse_option_value(ast::OptionValue* value);
  bool parse_aggregate(ast::OptionValue* value);

  bool enter_nesting() { return depth_ < kMaxNestingDepth ? (++depth_, true) : false; }
  void leave_nesting() { --depth_; }
  bool skip_too_deep_block();
  bool is_editions() const { return syntax_kind_ == ast::SyntaxKind::editions; }
  bool is_proto3() const { return syntax_kind_ == ast::SyntaxKind::proto3; }

  const source::SourceFile& source_;
  std::string_view text_;
  diag::DiagnosticSink& sink_;
  std::vector<Token> tokens_;
  std::vector<lex::LexError> lex_errors_;
  size_t next_lex_error_ = 0;
  size_t index_ = 0;
  bool bad_byte_order_mark_ = false;
  Locator locator_;
  int depth_ = 0;
  bool too_deep_ = false;   // a message body was skipped for being nested deeper than kMaxNestingDepth
  size_t error_count_ = 0;  // errors this parser reported (the sink may hold other files' too)
  ast::SyntaxKind syntax_kind_ = ast::SyntaxKind::proto2;
  int edition_ = 0;  // 2023, 2024, 2026 for editions files
  bool has_package_ = false;
  std::string upcoming_doc_comments_;
  std::vector<std::string> upcoming_detached_comments_;
};

}  // namespace protoforge::parse
