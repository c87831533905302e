# The JSON mapping (runtime/json), over testdata/json compiled by protoforge. The message tests' schema helper
# (unit/message_test_schemas.h) loads this set through MESSAGE_TEST_SCHEMAS.
protoforge_test_descriptor_set(json_test_schemas _json_schemas
  IMPORT_DIRS ${PROJECT_SOURCE_DIR}/testdata/json
  PROTOS scalars.proto maps.proto wkt.proto proto2.proto)
protoforge_unit_test(test_json unit/json_text_helpers_test.cc unit/json_print_test.cc unit/json_parse_test.cc
                     unit/json_wkt_test.cc unit/json_errors_test.cc unit/test_main.cc)
target_link_libraries(test_json PRIVATE protoforge_json)
target_compile_definitions(test_json PRIVATE MESSAGE_TEST_SCHEMAS="${_json_schemas}")
add_dependencies(test_json json_test_schemas)
