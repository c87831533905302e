// Service productions: service, serviceBody, rpc, methodOptions.
#include "compiler/parse/parser_impl.h"

namespace protoforge::parse {

// service = "service" serviceName "{" { option | rpc | emptyStatement } "}"
bool Parser::parse_service(ast::Service* service) {
  const uint32_t begin = start();
  if (!consume("service")) return false;
  if (!consume_identifier(&service->name, "Expected service name.")) return false;
  if (!parse_service_body(service)) return false;
  service->span = span_from(begin);
  return true;
}

// The "{" { option | rpc | emptyStatement } "}" part of service.
bool Parser::parse_service_body(ast::Service* service) {
  if (!consume_end_of_declaration("{", &service->comments)) return false;
  return parse_block_elements("service definition", [&] { return parse_service_element(service); });
}

// option | rpc | emptyStatement
bool Parser::parse_service_element(ast::Service* service) {
  auto& body = service->body;
  if (bool ok = false; parse_empty_or_option(body, &ok)) return ok;
  return parse_rpc(&std::get<ast::Method>(body.emplace_back(std::in_place_type<ast::Method>)));
}

// rpc = "rpc" rpcName "(" [ "stream" ] messageType ")" "returns" "(" [ "stream" ] messageType ")"
//       ( methodOptions | ";" )
bool Parser::parse_rpc(ast::Method* method) {
  const uint32_t begin = start();
  if (!consume("rpc")) return false;
  if (!consume_identifier(&method->name, "Expected method name.")) return false;
  if (!consume("(")) return false;
  if (looking_at("stream")) {
    method->client_streaming = true;
    method->client_streaming_span = current_span();
    advance();
  }
  if (!parse_message_type(&method->input_type)) return false;
  if (!consume(")")) return false;
  if (!consume("returns")) return false;
  if (!consume("(")) return false;
  if (looking_at("stream")) {
    method->server_streaming = true;
    method->server_streaming_span = current_span();
    advance();
  }
  if (!parse_message_type(&method->output_type)) return false;
  if (!consume(")")) return false;
  if (looking_at("{")) {
    method->has_body = true;
    if (!parse_method_options(method)) return false;
  } else if (!consume_end_of_declaration(";", &method->comments)) {
    return false;
  }
  method->span = span_from(begin);
  return true;
}

// methodOptions = "{" { option | emptyStatement } "}"
bool Parser::parse_method_options(ast::Method* method) {
  consume_end_of_declaration("{", &method->comments);
  return parse_block_elements("method options", [&] {
    bool ok = false;
    // Anything else is parsed as an option statement, which reports protoc's error for it.
    if (!parse_empty_or_option(method->body, &ok)) {
      ok = parse_option_statement(&std::get<ast::Option>(method->body.emplace_back(std::in_place_type<ast::Option>)));
    }
    return ok;
  });
}

}  // namespace protoforge::parse
