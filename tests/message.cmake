# The runtime's schema and dynamic-message layers, over testdata/message compiled by protoforge.
protoforge_test_descriptor_set(message_test_schemas _message_schemas
  IMPORT_DIRS ${PROJECT_SOURCE_DIR}/testdata/message
  PROTOS binary_p2.proto binary_p3.proto binary_ed.proto)
protoforge_unit_test(test_message unit/schema_test.cc unit/message_binary_test.cc unit/test_main.cc)
target_link_libraries(test_message PRIVATE protoforge_message)
target_compile_definitions(test_message PRIVATE MESSAGE_TEST_SCHEMAS="${_message_schemas}")
add_dependencies(test_message message_test_schemas)
