# conformance-testee-generated: the conformance protocol through generated classes of the shared conformance
# schemas (tests/cpp_conformance/), binary through ParseFromString / SerializeAsString, JSON and text through
# runtime/generated_reflect. conformance_parity_generated runs conformance-driver against it and
# conformance-reference, with the same cases and known differences as conformance_parity, plus the few of
# cpp_conformance/known_differences.txt (each with its reason). Uses conformance.cmake's driver, frames library
# and test functions.
if(NOT TARGET conformance-driver)
  protoforge_conformance_skip(conformance_parity_generated
                              "no conformance schemas in ${PROTOFORGE_SHARED_DIR}/conformance")
  return()
endif()

# One library per file (none imports another): --dependency_out takes one input file.
set(_conformance_generated_libs)
foreach(proto conformance test_messages_proto2 test_messages_proto3)
  protoforge_test_cpp_library(${proto}_generated_cpp IMPORT_DIRS ${PROTOFORGE_SHARED_DIR}/conformance
                              PROTOS ${proto}.proto)
  list(APPEND _conformance_generated_libs ${proto}_generated_cpp)
endforeach()
add_executable(conformance-testee-generated cpp_conformance/testee_generated.cc)
target_link_libraries(conformance-testee-generated PRIVATE ${_conformance_generated_libs}
                      protoforge_generated_reflect protoforge_conformance_protocol)
cmake_language(DEFER CALL protoforge_conformance_register conformance_parity_generated conformance-testee-generated
               --known-differences ${CMAKE_CURRENT_SOURCE_DIR}/cpp_conformance/known_differences.txt)
