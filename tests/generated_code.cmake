# Generated C++ for tests, produced at build time by the protoforge under test:
#   protoforge_test_cpp_library(NAME IMPORT_DIRS dir... PROTOS file... [OPTIONS cpp_opt...])
# defines a static library NAME from the .pf.cc files of PROTOS (relative to the first import dir), with the
# generated headers' directory on its include path, linked to the runtime and the well-known types. Editing a
# .proto or the generator regenerates (the depfile lists every imported file).
function(protoforge_test_cpp_library name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "IMPORT_DIRS;PROTOS;OPTIONS")
  set(out ${CMAKE_CURRENT_BINARY_DIR}/generated/${name})
  set(flags)
  foreach(dir IN LISTS arg_IMPORT_DIRS)
    list(APPEND flags -I${dir})
  endforeach()
  if(arg_OPTIONS)
    list(JOIN arg_OPTIONS "," joined)
    list(APPEND flags --cpp_opt=${joined})
  endif()
  list(GET arg_IMPORT_DIRS 0 root)
  set(generated)
  set(sources)
  foreach(proto IN LISTS arg_PROTOS)
    string(REGEX REPLACE "\\.proto$" "" base ${proto})
    list(APPEND generated ${out}/${base}.pf.cc ${out}/${base}.pf.h ${out}/${base}.pf.fwd.h)
    list(APPEND sources ${root}/${proto})
  endforeach()
  add_custom_command(OUTPUT ${generated}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${out}
    COMMAND $<TARGET_FILE:protoforge> ${flags} --cpp_out=${out} --dependency_out=${out}/${name}.d ${arg_PROTOS}
    DEPENDS protoforge ${sources}
    DEPFILE ${out}/${name}.d
    COMMENT "Generating C++ for ${name}")
  list(FILTER generated INCLUDE REGEX "\\.pf\\.cc$")
  add_library(${name} STATIC ${generated})
  target_include_directories(${name} PUBLIC ${out})
  target_link_libraries(${name} PUBLIC protoforge_wkt protoforge_generated)
endfunction()
