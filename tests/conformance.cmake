# conformance-testee: protoforge's runtime behind the conformance protocol, over the shared conformance schemas
# compiled by this build's protoforge and embedded (tests/conformance/). conformance-driver sends it requests of
# every field kind in every format and compares each answer with conformance-reference's (libprotobuf, see
# oracle.cmake). Nothing here is built when ${PROTOFORGE_SHARED_DIR}/conformance is absent; the ctest test then
# reports itself skipped.
set(_conformance_dir ${PROTOFORGE_SHARED_DIR}/conformance)
set(_conformance_skip_code 77)

# A stand-in test named `test` that reports itself skipped (ctest's SKIP_RETURN_CODE) and says why.
function(protoforge_conformance_skip test why)
  add_test(NAME ${test} COMMAND bash -c "echo '${test} skipped: ${why}'; exit ${_conformance_skip_code}")
  set_tests_properties(${test} PROPERTIES LABELS oracle SKIP_RETURN_CODE ${_conformance_skip_code})
endfunction()

if(NOT EXISTS ${_conformance_dir}/conformance.proto OR NOT TARGET protoforge)
  protoforge_conformance_skip(conformance_parity "no conformance schemas in ${_conformance_dir}")
  return()
endif()

protoforge_test_descriptor_set(conformance_testee_set _conformance_set IMPORT_DIRS ${_conformance_dir}
  PROTOS conformance.proto test_messages_proto2.proto test_messages_proto3.proto)
set(_conformance_embedded ${CMAKE_CURRENT_BINARY_DIR}/conformance_descriptor_set.cc)
add_custom_command(OUTPUT ${_conformance_embedded}
  COMMAND ${CMAKE_COMMAND} -DINPUT=${_conformance_set} -DOUTPUT=${_conformance_embedded}
          -DHEADER=tests/conformance/descriptor_set.h -DNAMESPACE=protoforge::conformance
          -DFUNCTION=embedded_descriptor_set -P ${CMAKE_CURRENT_SOURCE_DIR}/conformance/embed_bytes.cmake
  DEPENDS ${_conformance_set} ${CMAKE_CURRENT_SOURCE_DIR}/conformance/embed_bytes.cmake
  COMMENT "Embedding the conformance descriptor set"
  VERBATIM)

# The protocol layer, shared by the testee and the driver.
add_library(protoforge_conformance_protocol STATIC conformance/protocol.cc conformance/frames.cc
            ${_conformance_embedded})
target_link_libraries(protoforge_conformance_protocol PUBLIC protoforge_message)

# The text forms come from runtime/json and runtime/text when this build has them (formats.h).
set(_conformance_formats conformance/json_absent.cc conformance/text_absent.cc)
set(_conformance_format_libs)
if(TARGET protoforge_json)
  list(TRANSFORM _conformance_formats REPLACE "json_absent" "json_bridge")
  list(APPEND _conformance_format_libs protoforge_json)
endif()
if(TARGET protoforge_text)
  list(TRANSFORM _conformance_formats REPLACE "text_absent" "text_bridge")
  list(APPEND _conformance_format_libs protoforge_text)
endif()
add_executable(conformance-testee conformance/testee_main.cc conformance/testee.cc ${_conformance_formats})
target_link_libraries(conformance-testee PRIVATE protoforge_conformance_protocol ${_conformance_format_libs})

# The driver and its cases.
add_executable(conformance-driver conformance/conformance_driver.cc conformance/compare.cc
               conformance/child_process.cc conformance/cases.cc conformance/wire_payload.cc
               conformance/testee_differences.cc
               conformance/cases_binary_scalars.cc conformance/cases_binary_structure.cc
               conformance/cases_binary_well_known.cc conformance/cases_binary_malformed.cc
               conformance/cases_json_values.cc conformance/cases_json_well_known.cc conformance/cases_text.cc)
target_link_libraries(conformance-driver PRIVATE protoforge_conformance_protocol)

# The ctest test `test`: conformance-driver against the testee target `testee` and conformance-reference, with
# further driver arguments after those. conformance-reference comes from oracle.cmake, which may be included
# after this file: defer the call to the end of the directory, where it is known whether the real test can run.
function(protoforge_conformance_register test testee)
  if(NOT TARGET conformance-reference)
    protoforge_conformance_skip(${test} "conformance-reference (libprotobuf) is not built")
    return()
  endif()
  add_test(NAME ${test}
    COMMAND conformance-driver $<TARGET_FILE:${testee}> $<TARGET_FILE:conformance-reference> ${ARGN})
  set_tests_properties(${test} PROPERTIES LABELS oracle)
endfunction()
cmake_language(DEFER CALL protoforge_conformance_register conformance_parity conformance-testee)
