# Text format: tokenizer, printer and parser unit tests over testdata/toolkit's schemas, and protoc 3.21 as the
# oracle for --encode, --decode and --decode_raw end to end (testdata/toolkit).
protoforge_test_descriptor_set(text_test_schemas _text_schemas
  IMPORT_DIRS ${PROJECT_SOURCE_DIR}/testdata/toolkit/protos
  PROTOS toolkit/kinds2.proto toolkit/kinds3.proto)
protoforge_unit_test(test_text unit/text_tokenizer_test.cc unit/text_printer_test.cc unit/text_parser_test.cc
                     unit/test_main.cc)
target_link_libraries(test_text PRIVATE protoforge_text)
target_compile_definitions(test_text PRIVATE TEXT_TEST_SCHEMAS="${_text_schemas}")
add_dependencies(test_text text_test_schemas)

add_test(NAME encode_decode_parity
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/scripts/encode-decode-parity.sh $<TARGET_FILE:protoforge>
          ${PROJECT_SOURCE_DIR}/testdata/toolkit)
set_tests_properties(encode_decode_parity PROPERTIES LABELS oracle)
