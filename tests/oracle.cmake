# The libprotobuf 3.21 side of the runtime's differential tests (test-only): descriptor sets of
# testdata/runtime/schemas, the protoforge_oracle library, its self-test, and conformance-reference, a
# conformance testee built on libprotobuf to check ours against response by response.
#
# For other tests/*.cmake files (cache variables, so the order of inclusion does not matter after the first
# configure; each path is the OUTPUT of a custom command, so depending on the path or on its target is enough):
#   PROTOFORGE_ORACLE_PROTO2_SET       rich_proto2.proto + imports, by protoc      target oracle_descriptor_sets
#   PROTOFORGE_ORACLE_PROTO3_SET       rich_proto3.proto + imports, by protoc      target oracle_descriptor_sets
#   PROTOFORGE_ORACLE_EDITIONS_SET     rich_editions.proto + imports, by protoforge (protoc 3.21 has no editions;
#                                      unset when protoforge is not built)        target oracle_editions_set
#   PROTOFORGE_ORACLE_CONFORMANCE_SET  ${PROTOFORGE_SHARED_DIR}/conformance's conformance.proto and
#                                      test_messages_proto{2,3}.proto, by protoc   target oracle_conformance_set
#   PROTOFORGE_ORACLE_SCHEMA_DIR       testdata/runtime/schemas
pkg_check_modules(ORACLE_PROTOBUF IMPORTED_TARGET protobuf)
if(NOT ORACLE_PROTOBUF_FOUND OR NOT PROTOFORGE_PROTOC)
  message(STATUS "libprotobuf or protoc not found: no oracle, oracle self-test or conformance-reference")
  return()
endif()

set(PROTOFORGE_ORACLE_SCHEMA_DIR ${PROJECT_SOURCE_DIR}/testdata/runtime/schemas CACHE INTERNAL
    "Test schemas of the runtime's differential tests")

protoforge_test_descriptor_set(oracle_proto2 _oracle_proto2_set PROTOC IMPORT_DIRS ${PROTOFORGE_ORACLE_SCHEMA_DIR}
                                 PROTOS rich_proto2.proto)
protoforge_test_descriptor_set(oracle_proto3 _oracle_proto3_set PROTOC IMPORT_DIRS ${PROTOFORGE_ORACLE_SCHEMA_DIR}
                                 PROTOS rich_proto3.proto)
add_custom_target(oracle_descriptor_sets DEPENDS ${_oracle_proto2_set} ${_oracle_proto3_set})
set(PROTOFORGE_ORACLE_PROTO2_SET ${_oracle_proto2_set} CACHE INTERNAL "rich_proto2.proto descriptor set (protoc)")
set(PROTOFORGE_ORACLE_PROTO3_SET ${_oracle_proto3_set} CACHE INTERNAL "rich_proto3.proto descriptor set (protoc)")

unset(PROTOFORGE_ORACLE_EDITIONS_SET CACHE)
if(TARGET protoforge)
  protoforge_test_descriptor_set(oracle_editions_set _oracle_editions_set IMPORT_DIRS ${PROTOFORGE_ORACLE_SCHEMA_DIR}
                                 PROTOS rich_editions.proto)
  set(PROTOFORGE_ORACLE_EDITIONS_SET ${_oracle_editions_set} CACHE INTERNAL
      "rich_editions.proto descriptor set (protoforge)")
endif()

add_library(protoforge_oracle STATIC oracle/schema.cc oracle/codecs.cc oracle/random_values.cc
            oracle/random_message.cc oracle/random_well_known.cc oracle/conformance.cc)
target_link_libraries(protoforge_oracle PUBLIC PkgConfig::ORACLE_PROTOBUF Threads::Threads)

protoforge_unit_test(oracle_selftest unit/oracle_selftest.cc unit/test_main.cc)
target_link_libraries(oracle_selftest PRIVATE protoforge_oracle)
add_dependencies(oracle_selftest oracle_descriptor_sets)
target_compile_definitions(oracle_selftest PRIVATE PROTOFORGE_ORACLE_PROTO2_SET="${_oracle_proto2_set}"
                           PROTOFORGE_ORACLE_PROTO3_SET="${_oracle_proto3_set}")
if(TARGET oracle_editions_set)
  add_dependencies(oracle_selftest oracle_editions_set)
  target_compile_definitions(oracle_selftest PRIVATE PROTOFORGE_ORACLE_EDITIONS_SET="${_oracle_editions_set}")
endif()
set_tests_properties(oracle_selftest PROPERTIES LABELS oracle)

if(EXISTS ${PROTOFORGE_SHARED_DIR}/conformance/conformance.proto)
  protoforge_test_descriptor_set(oracle_conformance _oracle_conformance_set PROTOC
    IMPORT_DIRS ${PROTOFORGE_SHARED_DIR}/conformance
    PROTOS conformance.proto test_messages_proto2.proto test_messages_proto3.proto)
  add_custom_target(oracle_conformance_set DEPENDS ${_oracle_conformance_set})
  set(PROTOFORGE_ORACLE_CONFORMANCE_SET ${_oracle_conformance_set} CACHE INTERNAL
      "conformance.proto and the test messages, descriptor set (protoc)")
  add_executable(conformance-reference oracle/reference_testee.cc)
  target_link_libraries(conformance-reference PRIVATE protoforge_oracle)
  add_dependencies(conformance-reference oracle_conformance_set)
  # The build tree's own path; the testee also takes another set as its first argument.
  target_compile_definitions(conformance-reference PRIVATE
                             PROTOFORGE_ORACLE_CONFORMANCE_SET="${_oracle_conformance_set}")
  add_dependencies(oracle_selftest oracle_conformance_set)
  target_compile_definitions(oracle_selftest PRIVATE
                             PROTOFORGE_ORACLE_CONFORMANCE_SET="${_oracle_conformance_set}")
else()
  unset(PROTOFORGE_ORACLE_CONFORMANCE_SET CACHE)
endif()
