# Plugins: protoforge hosting protoc plugins (a misbehaving test plugin, grpc_cpp_plugin) against protoc 3.21,
# and protoc-gen-pfcpp under protoc and buf (tests/scripts/plugin-host.sh); protoc-gen-es over googleapis files
# under both hosts (tests/scripts/plugin-es-corpus.sh).
find_program(PROTOFORGE_PYTHON python3)
set(_buf ${PROJECT_SOURCE_DIR}/.deps/npm/node_modules/.bin/buf)
if(PROTOFORGE_PROTOC AND PROTOFORGE_PYTHON)
  add_test(NAME plugin_host
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/scripts/plugin-host.sh $<TARGET_FILE:protoforge>
            $<TARGET_FILE:protoc-gen-pfcpp> ${PROJECT_SOURCE_DIR} ${PROTOFORGE_SHARED_DIR} ${_buf})
  set_tests_properties(plugin_host PROPERTIES LABELS "oracle;plugins")
endif()

set(_es ${PROJECT_SOURCE_DIR}/.deps/npm/node_modules/.bin/protoc-gen-es)
set(PROTOFORGE_ES_STRIDE 20 CACHE STRING "plugin_es_corpus checks every N-th googleapis file (1: all of them)")
if(PROTOFORGE_PROTOC)
  add_test(NAME plugin_es_corpus
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/scripts/plugin-es-corpus.sh $<TARGET_FILE:protoforge> ${_es}
            ${PROTOFORGE_SHARED_DIR}/corpus/googleapis ${PROTOFORGE_ES_STRIDE})
  set_tests_properties(plugin_es_corpus PROPERTIES LABELS "corpus;plugins")
endif()
