# Linker and validation: unit tests through the real parser, and the protoc-differential check of
# testdata/link/*.proto.
protoforge_unit_test(test_link unit/link_lower_test.cc unit/link_resolve_test.cc unit/link_errors_test.cc
                     unit/test_main.cc)
target_link_libraries(test_link PRIVATE protoforge_link protoforge_check protoforge_parse)

if(TARGET protoforge)
  add_test(NAME link_differential
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/unit/link_differential.sh $<TARGET_FILE:protoforge>
                   ${PROJECT_SOURCE_DIR}/testdata/link)
  set_tests_properties(link_differential PROPERTIES LABELS "link;oracle")
endif()
