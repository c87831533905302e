# The toolkit subcommands end to end, with protoc 3.21 as the oracle for encodings, text output and decode-raw.
add_test(NAME toolkit_cli
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/scripts/toolkit-cli.sh $<TARGET_FILE:protoforge>
          ${PROJECT_SOURCE_DIR}/testdata/toolkit-cli)
set_tests_properties(toolkit_cli PROPERTIES LABELS oracle)
