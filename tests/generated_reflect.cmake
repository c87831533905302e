# JSON and text for generated classes (runtime/generated_reflect) over testdata/cpp's reflect schemas, one of them
# generated lite so that the refusal of unregistered types is tested too. One library per file: --dependency_out
# takes one input file.
protoforge_test_cpp_library(reflect_test_cpp IMPORT_DIRS ${PROJECT_SOURCE_DIR}/testdata/cpp PROTOS reflect_test.proto)
protoforge_test_cpp_library(reflect_proto3_test_cpp IMPORT_DIRS ${PROJECT_SOURCE_DIR}/testdata/cpp
                            PROTOS reflect_proto3_test.proto)
protoforge_test_cpp_library(reflect_lite_test_cpp IMPORT_DIRS ${PROJECT_SOURCE_DIR}/testdata/cpp
                            PROTOS reflect_lite_test.proto OPTIONS lite)
protoforge_unit_test(test_generated_reflect unit/generated_reflect_test.cc unit/test_main.cc)
target_link_libraries(test_generated_reflect PRIVATE protoforge_generated_reflect reflect_test_cpp
                      reflect_proto3_test_cpp reflect_lite_test_cpp Threads::Threads)
