# Descriptor sets for tests, compiled at build time (imports included):
#   protoforge_test_descriptor_set(NAME OUTPUT_VAR [PROTOC] IMPORT_DIRS dir... PROTOS file...)
# defines a target NAME that produces ${CMAKE_CURRENT_BINARY_DIR}/descriptor_sets/NAME.pb and sets OUTPUT_VAR
# (in the caller's scope) to that path. PROTOS are relative to the first import dir, as on protoc's command line.
# The compiler is protoforge itself, or with PROTOC the reference protoc (PROTOFORGE_PROTOC; it finds the
# well-known types in its own include directory).
find_program(PROTOFORGE_PROTOC protoc)
function(protoforge_test_descriptor_set name output_var)
  cmake_parse_arguments(PARSE_ARGV 2 arg "PROTOC" "" "IMPORT_DIRS;PROTOS")
  if(arg_PROTOC)
    set(compiler ${PROTOFORGE_PROTOC})
    set(compiler_target)
  else()
    set(compiler $<TARGET_FILE:protoforge>)
    set(compiler_target protoforge)
  endif()
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
    COMMAND ${compiler} ${flags} --include_imports -o ${out} ${arg_PROTOS}
    DEPENDS ${compiler_target} ${sources}
    COMMENT "Compiling test descriptor set ${name}")
  add_custom_target(${name} DEPENDS ${out})
  set(${output_var} ${out} PARENT_SCOPE)
endfunction()
