protoforge_unit_test(test_command_line unit/command_line_test.cc unit/test_main.cc)
target_link_libraries(test_command_line PRIVATE protoforge_cli)

protoforge_unit_test(test_descriptor unit/descriptor_roundtrip_test.cc unit/test_main.cc)
target_link_libraries(test_descriptor PRIVATE protoforge_descriptor)

add_test(NAME descriptor_set_in_parity
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/scripts/descriptor-set-in.sh $<TARGET_FILE:protoforge>
          $<TARGET_FILE:fdset-diff> ${PROJECT_SOURCE_DIR}/examples/protos)
set_tests_properties(descriptor_set_in_parity PROPERTIES LABELS oracle)

add_test(NAME hostile_inputs COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/scripts/hostile-inputs.sh $<TARGET_FILE:protoforge>)
set_tests_properties(hostile_inputs PROPERTIES LABELS robustness)

add_test(NAME cli_parity COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/scripts/cli-parity.sh $<TARGET_FILE:protoforge>)
set_tests_properties(cli_parity PROPERTIES LABELS oracle)

add_test(NAME cpp_out_cli COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/scripts/cpp-out-cli.sh $<TARGET_FILE:protoforge>
         ${PROJECT_SOURCE_DIR} ${CMAKE_CXX_COMPILER})
set_tests_properties(cpp_out_cli PROPERTIES LABELS cpp)
