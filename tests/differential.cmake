# test_runtime_differential: protoforge's runtime (binary, text, JSON) against libprotobuf 3.21 through
# protoforge_oracle, on the protoc-compiled rich_proto2/rich_proto3 descriptor sets (tests/differential/).
# oracle.cmake, which defines the oracle, is included after the stage files: register at the end of the directory.
function(protoforge_differential_register)
  if(NOT TARGET protoforge_oracle)
    return()  # no libprotobuf or protoc; oracle.cmake has said so
  endif()
  add_executable(test_runtime_differential differential/main.cc differential/harness.cc differential/mutate.cc
                 differential/binary_checks.cc differential/text_checks.cc differential/corrupt_checks.cc)
  target_link_libraries(test_runtime_differential PRIVATE protoforge_oracle protoforge_message protoforge_text)
  # The JSON checks join when runtime/json is in the build; simdjson compares JSON texts modulo member order.
  if(TARGET protoforge_json)
    find_package(simdjson QUIET CONFIG)
    if(TARGET simdjson::simdjson)
      set(_differential_simdjson simdjson::simdjson)
    else()
      pkg_check_modules(DIFFERENTIAL_SIMDJSON REQUIRED IMPORTED_TARGET simdjson)
      set(_differential_simdjson PkgConfig::DIFFERENTIAL_SIMDJSON)
    endif()
    target_sources(test_runtime_differential PRIVATE differential/json_checks.cc differential/json_compare.cc)
    target_link_libraries(test_runtime_differential PRIVATE protoforge_json ${_differential_simdjson})
  else()
    target_sources(test_runtime_differential PRIVATE differential/json_absent.cc)
  endif()
  add_dependencies(test_runtime_differential oracle_descriptor_sets)
  target_compile_definitions(test_runtime_differential PRIVATE
                             PROTOFORGE_ORACLE_PROTO2_SET="${PROTOFORGE_ORACLE_PROTO2_SET}"
                             PROTOFORGE_ORACLE_PROTO3_SET="${PROTOFORGE_ORACLE_PROTO3_SET}")
  add_test(NAME test_runtime_differential COMMAND test_runtime_differential)
  set_tests_properties(test_runtime_differential PROPERTIES LABELS oracle)
endfunction()
cmake_language(DEFER CALL protoforge_differential_register)
