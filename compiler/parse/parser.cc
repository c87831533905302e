// Entry point and file-level productions: proto, syntax / edition, topLevelDef, import, package.
#include "compiler/parse/parser.h"

#include <string>

#include "compiler/lex/token.h"
#include "compiler/parse/parser_impl.h"

namespace protoforge::parse {

Parser::Parser(const source::SourceFile& source, diag::DiagnosticSink& sink)
    : source_(source), text_(source.text()), sink_(sink), locator_(source) {
  lex::LexResult lexed = lex::lex(text_);
  tokens_ = std::move(lexed.tokens);
  lex_errors_ = std::move(lexed.errors);
  bad_byte_order_mark_ = lexed.bad_byte_order_mark;
}

// proto = [ syntax | edition ] { topLevelDef | import | package | option | emptyStatement }
ast::File Parser::run() {
  ast::File file;
  file.path = source_.path();
  if (bad_byte_order_mark_) {
    // protoc gives up on the first token: the parser then sees its virtual start token.
    add_error_at(lex_errors_[0].offset, lex_errors_[0].message);
    next_lex_error_ = 1;
  } else {
    advance_with_comments(nullptr, &upcoming_detached_comments_, &upcoming_doc_comments_);
  }
  if (looking_at("syntax") || looking_at("edition")) {
    if (!parse_syntax(&file.syntax)) return file;  // protoc does not parse a file whose syntax it does not know
  }
  while (!at_end()) {
    if (!parse_top_level_statement(&file)) {
      skip_statement();
      if (looking_at("}")) {
        add_error("Unmatched \"}\".");
        advance_with_comments(nullptr, &upcoming_detached_comments_, &upcoming_doc_comments_);
      }
    }
  }
  if (too_deep_ && error_count_ == 0) {
    // protoc's descriptor builder rejects such a file (beyond 32 levels) with this file-level error, which it
    // prints only when the file parsed.
    sink_.error(source_.path(), -1, -1, "Reached maximum recursion limit for nested messages.");
  }
  return file;
}

// syntax = "syntax" "=" strLit ";"    edition = "edition" "=" strLit ";"
bool Parser::parse_syntax(ast::Syntax* syntax) {
  const uint32_t begin = start();
  const bool is_edition = try_consume("edition");
  if (!is_edition && !consume("syntax", "File must begin with a syntax statement, e.g. 'syntax = \"proto2\";'.")) {
    return false;
  }
  if (!consume("=")) return false;
  const uint32_t value_begin = start();
  std::string value;
  if (!consume_string(&value, "Expected syntax identifier.")) return false;
  syntax->value_span = span_from(value_begin);
  if (!consume_end_of_declaration(";", &syntax->comments)) return false;
  syntax->span = span_from(begin);
  syntax->has_declaration = true;
  syntax->value = value;
  if (is_edition) {
    // The editions buf 1.75 accepts.
    if (value != "2023" && value != "2024" && value != "2026") {
      add_error_at(value_begin, "Unknown edition \"" + value + "\".");
      return false;
    }
    syntax->kind = ast::SyntaxKind::editions;
    edition_ = std::stoi(value);
  } else if (value == "proto2" || value == "proto3") {
    syntax->kind = value == "proto2" ? ast::SyntaxKind::proto2 : ast::SyntaxKind::proto3;
  } else {
    add_error_at(value_begin, "Unrecognized syntax identifier \"" + value +
                                  "\".  This parser only recognizes \"proto2\" and \"proto3\".");
    return false;
  }
  syntax_kind_ = syntax->kind;
  return true;
}

// emptyStatement = ";"
bool Parser::parse_empty_statement(std::vector<ast::FileElement>* body) {
  const source::Span span = current_span();
  if (!try_consume_end_of_declaration(";", nullptr)) return false;
  body->emplace_back(ast::Empty{span});
  return true;
}

// topLevelDef = message | enum | service | extend
bool Parser::parse_top_level_statement(ast::File* file) {
  auto& body = file->body;
  if (parse_empty_statement(&body)) return true;
  ast::Visibility visibility = ast::Visibility::unset;
  source::Span visibility_span;
  parse_visibility(&visibility, &visibility_span);
  if (looking_at("message")) {
    auto& message = std::get<ast::Box<ast::Message>>(body.emplace_back(std::in_place_type<ast::Box<ast::Message>>));
    message->visibility = visibility;
    message->visibility_span = visibility_span;
    return parse_message(&*message);
  }
  if (looking_at("enum")) {
    auto& enum_type = std::get<ast::Enum>(body.emplace_back(std::in_place_type<ast::Enum>));
    enum_type.visibility = visibility;
    enum_type.visibility_span = visibility_span;
    return parse_enum(&enum_type);
  }
  if (looking_at("service")) {
    return parse_service(&std::get<ast::Service>(body.emplace_back(std::in_place_type<ast::Service>)));
  }
  if (looking_at("extend")) {
    return parse_extend(&std::get<ast::Extend>(body.emplace_back(std::in_place_type<ast::Extend>)));
  }
  if (looking_at("import")) return parse_import(file);
  if (looking_at("package")) return parse_package(file);
  if (looking_at("option")) {
    return parse_option_statement(&std::get<ast::Option>(body.emplace_back(std::in_place_type<ast::Option>)));
  }
  add_error("Expected top-level statement (e.g. \"message\").");
  return false;
}

// import = "import" [ "weak" | "public" | "option" ] strLit ";"   ("option": editions only)
bool Parser::parse_import(ast::File* file) {
  auto& import = std::get<ast::Import>(file->body.emplace_back(std::in_place_type<ast::Import>));
  const uint32_t begin = start();
  if (!consume("import")) return false;
  if (looking_at("public") || looking_at("weak") || (edition_ >= 2024 && looking_at("option"))) {
    import.kind = looking_at("public") ? ast::ImportKind::public_
                  : looking_at("weak") ? ast::ImportKind::weak
                                       : ast::ImportKind::option_;
    import.kind_span = current_span();
    advance();
  }
  const uint32_t path_begin = start();
  if (!consume_string(&import.path, "Expected a string naming the file to import.")) return false;
  import.path_span = span_from(path_begin);
  if (!consume_end_of_declaration(";", &import.comments)) return false;
  import.span = span_from(begin);
  return true;
}

// package = "package" fullIdent ";"
bool Parser::parse_package(ast::File* file) {
  if (has_package_) add_error("Multiple package definitions.");
  auto& package = std::get<ast::Package>(file->body.emplace_back(std::in_place_type<ast::Package>));
  const uint32_t begin = start();
  if (!consume("package")) return false;
  const uint32_t name_begin = start();
  while (true) {
    ast::Name part;
    if (!consume_identifier(&part, "Expected identifier.")) return false;
    has_package_ = true;
    package.name.text += part.text;
    if (!try_consume(".")) break;
    package.name.text += '.';
  }
  package.name.span = span_from(name_begin);
  if (!consume_end_of_declaration(";", &package.comments)) return false;
  package.span = span_from(begin);
  return true;
}

// visibility = "export" | "local"   (editions 2024+, before "message" or "enum"; `local message = 1;` is a field)
bool Parser::looking_at_visibility() const {
  if (edition_ < 2024 || (!looking_at("export") && !looking_at("local"))) return false;
  if (index_ + 2 >= tokens_.size()) return false;
  const std::string_view next = text_of(tokens_[index_ + 1]);
  return (next == "message" || next == "enum") && text_of(tokens_[index_ + 2]) != "=";
}

void Parser::parse_visibility(ast::Visibility* visibility, source::Span* span) {
  if (!looking_at_visibility()) return;
  *visibility = looking_at("export") ? ast::Visibility::export_ : ast::Visibility::local;
  *span = current_span();
  advance();
}

ast::File parse_file(const source::SourceFile& source, diag::DiagnosticSink& sink) {
  return Parser(source, sink).run();
}

}  // namespace protoforge::parse
