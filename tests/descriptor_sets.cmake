# Descriptor sets for tests, compiled at build time by protoforge itself (imports included):
#   protoforge_test_descriptor_set(NAME OUTPUT_VAR IMPORT_DIRS dir... PROTOS file...)
# defines a target NAME that produces ${CMAKE_CURRENT_BINARY_DIR}/descriptor_sets/NAME.pb and sets OUTPUT_VAR
# (in the caller's scope) to that path. PROTOS are relative to the first import dir, as on protoc's command line.
function(protoforge_test_descriptor_set name output_var)
  cmake_parse_arguments(PARSE_ARGV 2 arg "" "" "IMPORT_DIRS;PROTOS")
  set(out ${CMAKE_CURRENT_BINARY_DIR}/descriptor_sets/${name}.pb)
  set(flags)
  set(sources)
  foreach(dir IN LISTS arg_IMPORT_DIRS)
    list(APPEND flags -I${dir})
  endforeach()
  list(GET arg_IMPORT_DIRS 0 root)
  foreach(proto IN LISTS arg_PROTOS)
    list(APPEND sources ${root}/${proto})
  endforeach()
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/descriptor_sets
    COMMAND $<TARGET_FILE:protoforge> ${flags} --include_imports -o ${out} ${arg_PROTOS}
    DEPENDS protoforge ${sources}
    COMMENT "Compiling test descriptor set ${name}")
  add_custom_target(${name} DEPENDS ${out})
  set(${output_var} ${out} PARENT_SCOPE)
endfunction()
