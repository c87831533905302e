# Front end tests: lexer and parser unit tests, protoc-differential syntax errors, corpus parsing.
add_executable(parse_check unit/parse_check_main.cc)
target_link_libraries(parse_check PRIVATE protoforge_parse)
