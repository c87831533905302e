# Corpus parity: protoforge's descriptor sets must be byte-identical to protoc's on real corpora.
add_executable(fdset-diff tools/fdset_diff.cc)
target_link_libraries(fdset-diff PRIVATE protoforge_wire)

if(TARGET protoforge)
  set(_googleapis ${PROTOFORGE_SHARED_DIR}/corpus/googleapis)
  set(_npm ${PROJECT_SOURCE_DIR}/.deps/npm/node_modules/google-proto-files)
  set(_parity ${CMAKE_CURRENT_SOURCE_DIR}/scripts/corpus-parity.sh)
  foreach(_mode descriptors source_info)
    set(_flag "")
    if(_mode STREQUAL source_info)
      set(_flag --source-info)
    endif()
    add_test(NAME corpus_googleapis_${_mode}
      COMMAND bash ${_parity} $<TARGET_FILE:protoforge> $<TARGET_FILE:fdset-diff> ${_googleapis}
              ${_googleapis}/FILES.txt ${_flag})
    add_test(NAME corpus_npm_${_mode}
      COMMAND bash ${_parity} $<TARGET_FILE:protoforge> $<TARGET_FILE:fdset-diff> ${_npm}
              ${PROJECT_SOURCE_DIR}/testdata/corpus/npm-files.txt ${_flag}
              --exclude ${PROJECT_SOURCE_DIR}/testdata/corpus/npm-protoc-rejects.txt
              --exclude ${PROJECT_SOURCE_DIR}/testdata/corpus/npm-conflicts.txt)
    set_tests_properties(corpus_googleapis_${_mode} corpus_npm_${_mode} PROPERTIES LABELS corpus RUN_SERIAL ON)
  endforeach()
  add_test(NAME corpus_editions_vs_buf
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/scripts/editions-vs-buf.sh $<TARGET_FILE:protoforge>
            ${PROJECT_SOURCE_DIR}/.deps/npm/node_modules/.bin/buf ${_npm})
  set_tests_properties(corpus_editions_vs_buf PROPERTIES LABELS corpus)
endif()
