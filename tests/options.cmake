# Option interpreter: unit tests of value encoding, byte order and text-format aggregates against protoc-made
# schemas (testdata/options/unit), and the differential check of testdata/options/*.proto against protoc goldens.
protoforge_unit_test(test_options unit/options_values_test.cc unit/options_text_test.cc unit/options_element_test.cc
                     unit/test_main.cc)
target_link_libraries(test_options PRIVATE protoforge_options_core)
target_compile_definitions(test_options PRIVATE
  PROTOFORGE_OPTIONS_TESTDATA="${PROJECT_SOURCE_DIR}/testdata/options")

if(TARGET protoforge)
  add_test(NAME options_testdata
           COMMAND bash ${PROJECT_SOURCE_DIR}/testdata/options/check.sh $<TARGET_FILE:protoforge>)
  set_tests_properties(options_testdata PROPERTIES LABELS options)
endif()
