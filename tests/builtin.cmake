# Built-in .proto files: embedding (unit) and equivalence with protoc's own copies (oracle).
protoforge_unit_test(test_builtin unit/builtin_test.cc unit/test_main.cc)
target_link_libraries(test_builtin PRIVATE protoforge_builtin)
target_compile_definitions(test_builtin PRIVATE
  PROTOFORGE_BUILTIN_PROTO_DIR="${PROJECT_SOURCE_DIR}/compiler/builtin/proto")

add_test(NAME builtin_protos_match_protoc
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/scripts/check-builtin-protos.sh)
# 77: protoc is not installed, nothing to compare against.
set_tests_properties(builtin_protos_match_protoc PROPERTIES LABELS oracle SKIP_RETURN_CODE 77)
