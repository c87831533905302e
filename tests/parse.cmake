# Front end tests: lexer and parser unit tests, protoc-differential syntax errors, corpus parsing.
add_executable(parse_check unit/parse_check_main.cc)
target_link_libraries(parse_check PRIVATE protoforge_parse)

# The reference: libprotoc's parser, for the differential tests (optional).
find_library(PROTOFORGE_LIBPROTOC protoc)
find_library(PROTOFORGE_LIBPROTOBUF protobuf)
if(PROTOFORGE_LIBPROTOC AND PROTOFORGE_LIBPROTOBUF)
  add_executable(parse_oracle unit/parse_oracle_main.cc)
  target_link_libraries(parse_oracle PRIVATE ${PROTOFORGE_LIBPROTOC} ${PROTOFORGE_LIBPROTOBUF} Threads::Threads)
endif()

protoforge_unit_test(test_parse unit/parse_ast_test.cc unit/parse_comments_test.cc unit/parse_errors_test.cc
                     unit/parse_locator_test.cc
                     unit/test_main.cc)
target_link_libraries(test_parse PRIVATE protoforge_parse)
target_compile_definitions(test_parse PRIVATE PROTOFORGE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")

protoforge_unit_test(test_parse_corpus unit/parse_corpus_test.cc unit/test_main.cc)
target_link_libraries(test_parse_corpus PRIVATE protoforge_parse)
target_compile_definitions(test_parse_corpus PRIVATE PROTOFORGE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
                           PROTOFORGE_SHARED_DIR="${PROTOFORGE_SHARED_DIR}")
set_tests_properties(test_parse_corpus PROPERTIES LABELS "unit;corpus")
