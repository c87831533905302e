# SourceCodeInfo: unit tests on hand-built ASTs, a tool that compares only the source info of two descriptor sets,
# and the differential check of testdata/sourceinfo/*.proto against protoc's goldens.
add_library(protoforge_sourceinfo_testing STATIC unit/sourceinfo_decode.cc)
target_link_libraries(protoforge_sourceinfo_testing PUBLIC protoforge_descriptor)

protoforge_unit_test(test_sourceinfo unit/sourceinfo_test.cc unit/test_main.cc)
target_link_libraries(test_sourceinfo PRIVATE protoforge_sourceinfo protoforge_sourceinfo_testing
                      protoforge_descriptor)

add_executable(sourceinfo-compare unit/sourceinfo_compare.cc)
target_link_libraries(sourceinfo-compare PRIVATE protoforge_sourceinfo_testing)

if(TARGET protoforge)
  add_test(NAME sourceinfo_testdata
    COMMAND bash ${PROJECT_SOURCE_DIR}/testdata/sourceinfo/check.sh $<TARGET_FILE:protoforge>
            $<TARGET_FILE:sourceinfo-compare>)
  set_tests_properties(sourceinfo_testdata PROPERTIES LABELS sourceinfo)
endif()

# The same comparison in-process, through the driver's Compilation (also checks encode_source_code_info).
if(TARGET protoforge_driver)
  protoforge_unit_test(test_sourceinfo_pipeline unit/sourceinfo_pipeline_test.cc unit/test_main.cc)
  target_link_libraries(test_sourceinfo_pipeline PRIVATE protoforge_driver protoforge_sourceinfo_testing)
  target_compile_definitions(test_sourceinfo_pipeline PRIVATE
                             PROTOFORGE_SOURCEINFO_TESTDATA="${PROJECT_SOURCE_DIR}/testdata/sourceinfo")
endif()
