# Generated C++ for tests, produced at build time by the protoforge under test:
#   protoforge_test_cpp_library(NAME IMPORT_DIRS dir... PROTOS file... [OPTIONS cpp_opt...])
# defines a static library NAME from the .pf.cc files of PROTOS (each relative to the first import dir holding
# it), with the generated headers' directory on its include path, linked to the runtime and the well-known types.
# Editing a .proto or the generator regenerates (the depfile lists every imported file). Code that also links
# libprotobuf passes OPTIONS namespace_prefix=NS and lists the well-known types it imports among PROTOS: the
# classes of runtime/wkt are in namespace google::protobuf, as libprotobuf's own, so such a library does not link
# them (the linker would otherwise pull them in for libprotobuf's symbols, and they would interpose them).
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
  set(generated)
  # One command per file: --dependency_out, as protoc's, takes a single input.
  foreach(proto IN LISTS arg_PROTOS)
    string(REGEX REPLACE "\\.proto$" "" base ${proto})
    set(outputs ${out}/${base}.pf.cc ${out}/${base}.pf.h ${out}/${base}.pf.fwd.h)
    string(MAKE_C_IDENTIFIER ${base} depfile)  # flat, so its folder exists before protoforge writes it
    list(APPEND generated ${outputs})
    set(source)
    foreach(dir IN LISTS arg_IMPORT_DIRS)
      if(NOT source AND EXISTS ${dir}/${proto})
        set(source ${dir}/${proto})
      endif()
    endforeach()
    if(NOT source)
      message(FATAL_ERROR "protoforge_test_cpp_library(${name}): ${proto} is in none of the import dirs")
    endif()
    add_custom_command(OUTPUT ${outputs}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${out}
      COMMAND $<TARGET_FILE:protoforge> ${flags} --cpp_out=${out} --dependency_out=${out}/${depfile}.d ${proto}
      DEPENDS protoforge ${source}
      DEPFILE ${out}/${depfile}.d
      COMMENT "Generating C++ for ${proto} (${name})")
  endforeach()
  list(FILTER generated INCLUDE REGEX "\\.pf\\.cc$")
  add_library(${name} STATIC ${generated})
  target_include_directories(${name} PUBLIC ${out})
  if(arg_OPTIONS MATCHES "namespace_prefix=")
    target_link_libraries(${name} PUBLIC protoforge_generated)
  else()
    target_link_libraries(${name} PUBLIC protoforge_wkt protoforge_generated)
  endif()
endfunction()
