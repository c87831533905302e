# The C++ generator over googleapis: the whole corpus is generated, and every 24th file's .pf.cc (about 300, with the
# headers of everything they import) must compile cleanly under -Wall -Wextra -Werror. Label cpp_corpus; skips when
# the shared corpus is absent. The full corpus (every file) is `tests/scripts/cpp-corpus.sh ... --every 1`.
if(TARGET protoforge)
  add_test(NAME cpp_corpus_googleapis
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/scripts/cpp-corpus.sh $<TARGET_FILE:protoforge> ${PROJECT_SOURCE_DIR}
            ${PROTOFORGE_SHARED_DIR}/corpus/googleapis ${PROTOFORGE_SHARED_DIR}/corpus/googleapis/FILES.txt
            --every 24 --jobs 2)
  set_tests_properties(cpp_corpus_googleapis PROPERTIES LABELS cpp_corpus RUN_SERIAL ON TIMEOUT 1800)
endif()
