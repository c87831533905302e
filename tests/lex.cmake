# Lexer tests: token kinds and extents, protoc's lexical errors and positions, literal decoding.
protoforge_unit_test(test_lex unit/lex_token_test.cc unit/lex_literals_test.cc unit/test_main.cc)
target_link_libraries(test_lex PRIVATE protoforge_lex)
