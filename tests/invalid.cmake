# The invalid-input suite: every case under testdata/invalid/ must fail (or, for warning/, warn) exactly where
# protoc 3.21 does. Goldens come from tests/scripts/regen-invalid.sh; the rules are at the top of
# tests/scripts/check-invalid.sh. Registered only once the CLI target exists.
if(TARGET protoforge)
  add_test(NAME invalid_suite
           COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/scripts/check-invalid.sh $<TARGET_FILE:protoforge>
                   ${PROJECT_SOURCE_DIR}/testdata/invalid)
  set_tests_properties(invalid_suite PROPERTIES LABELS invalid TIMEOUT 900)
endif()
