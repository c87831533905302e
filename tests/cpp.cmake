# The C++ generator's tests (tests/cpp/):
#   test_cpp_api           doctest unit tests of the generated API over testdata/cpp/api_test*.proto
#   test_cpp_api_split     the same over split classes (inline_accessor_limit=2)
#   test_cpp_wide_message  a 10,000-field message (written at configure time by cpp/wide_message.cmake) builds and
#                          round-trips
#   test_cpp_differential  the generated classes of testdata/runtime/schemas against libprotobuf 3.21 (oracle)
#   cpp_bootstrap          runtime/wkt and the descriptor_wire classes equal what scripts/regenerate-bootstrap gives
if(NOT TARGET protoforge)
  return()
endif()

protoforge_test_cpp_library(cpp_api_test_protos IMPORT_DIRS ${PROJECT_SOURCE_DIR}/testdata/cpp
                            PROTOS api_test.proto api_test3.proto)
protoforge_unit_test(test_cpp_api cpp/api_proto2_test.cc cpp/api_proto3_test.cc cpp/api_message_test.cc
                     unit/test_main.cc)
target_link_libraries(test_cpp_api PRIVATE cpp_api_test_protos)
# The same tests over split classes (emit.h: data_class), which messages past inline_accessor_limit get: every
# message of more than two fields is split here.
protoforge_test_cpp_library(cpp_api_split_test_protos IMPORT_DIRS ${PROJECT_SOURCE_DIR}/testdata/cpp
                            PROTOS api_test.proto api_test3.proto OPTIONS inline_accessor_limit=2)
protoforge_unit_test(test_cpp_api_split cpp/api_proto2_test.cc cpp/api_proto3_test.cc cpp/api_message_test.cc
                     unit/test_main.cc)
target_link_libraries(test_cpp_api_split PRIVATE cpp_api_split_test_protos)

include(${CMAKE_CURRENT_SOURCE_DIR}/cpp/wide_message.cmake)
set(_wide_dir ${CMAKE_CURRENT_BINARY_DIR}/wide_message)
protoforge_write_wide_message(${_wide_dir}/wide_message.proto 10000)
protoforge_test_cpp_library(cpp_wide_message_protos IMPORT_DIRS ${_wide_dir} PROTOS wide_message.proto)
# Unoptimized: the test is that the code compiles and behaves; -O2 spends two minutes on its 50,000 accessors.
target_compile_options(cpp_wide_message_protos PRIVATE -O0)
protoforge_unit_test(test_cpp_wide_message cpp/wide_message_test.cc unit/test_main.cc)
target_compile_options(test_cpp_wide_message PRIVATE -O0)
target_link_libraries(test_cpp_wide_message PRIVATE cpp_wide_message_protos)

add_test(NAME cpp_bootstrap
         COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DBUILD_DIR=$<TARGET_FILE_DIR:protoforge>/..
                 -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/cpp_bootstrap -P ${CMAKE_CURRENT_SOURCE_DIR}/cpp/check_bootstrap.cmake)
set_tests_properties(cpp_bootstrap PROPERTIES LABELS unit)

# oracle.cmake, which defines the oracle and the editions set, is included after the stage files.
function(protoforge_cpp_differential_register)
  if(NOT TARGET protoforge_oracle OR NOT TARGET oracle_editions_set)
    return()
  endif()
  # Under namespace pfgen, with the well-known types rich_proto3 imports: libprotobuf defines google::protobuf.
  set(wkt)
  foreach(name any duration empty field_mask struct timestamp wrappers)
    list(APPEND wkt google/protobuf/${name}.proto)
  endforeach()
  protoforge_test_cpp_library(cpp_rich_schemas
    IMPORT_DIRS ${PROJECT_SOURCE_DIR}/testdata/runtime/schemas ${PROJECT_SOURCE_DIR}/compiler/builtin/proto
    PROTOS rich_proto2.proto rich_proto3.proto rich_editions.proto ${wkt} OPTIONS namespace_prefix=pfgen)
  add_executable(test_cpp_differential cpp/differential_main.cc cpp/differential_types.cc cpp/lower_editions.cc
                 differential/harness.cc)
  target_link_libraries(test_cpp_differential PRIVATE cpp_rich_schemas protoforge_oracle protoforge_schema)
  add_dependencies(test_cpp_differential oracle_descriptor_sets oracle_editions_set)
  target_compile_definitions(test_cpp_differential PRIVATE
                             PROTOFORGE_ORACLE_PROTO2_SET="${PROTOFORGE_ORACLE_PROTO2_SET}"
                             PROTOFORGE_ORACLE_PROTO3_SET="${PROTOFORGE_ORACLE_PROTO3_SET}"
                             PROTOFORGE_ORACLE_EDITIONS_SET="${PROTOFORGE_ORACLE_EDITIONS_SET}")
  add_test(NAME cpp_differential COMMAND test_cpp_differential)
  set_tests_properties(cpp_differential PROPERTIES LABELS oracle)
endfunction()
cmake_language(DEFER CALL protoforge_cpp_differential_register)
