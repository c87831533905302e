# The breaking-change suite's oracle side (testdata/breaking): breaking_buf_goldens reruns buf 1.75 on every case
# and diffs its answers against the checked-in expected/ files (tests/scripts/breaking-oracle-check.sh), so the
# goldens `protoforge breaking` is compared with are shown to be buf's. In CI on every 4th case (about 40 s); the whole
# suite by hand: tests/scripts/breaking-oracle-check.sh . (no --every). Needs buf from scripts/install-deps and jq;
# without them the test reports itself skipped. It runs two buf processes at a time, hence PROCESSORS 2.
set(_buf ${PROJECT_SOURCE_DIR}/.deps/npm/node_modules/.bin/buf)
if(NOT EXISTS ${_buf})
  message(STATUS "buf not found (scripts/install-deps installs it): breaking_buf_goldens will report skipped")
endif()
add_test(NAME breaking_buf_goldens
  COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/scripts/breaking-oracle-check.sh ${PROJECT_SOURCE_DIR} ${_buf} --every 4)
set_tests_properties(breaking_buf_goldens PROPERTIES LABELS breaking SKIP_RETURN_CODE 77 PROCESSORS 2 TIMEOUT 1800)
