// How .proto names become C++ names in generated code: namespaces from packages, flattened class names for
// nested types (Outer.Inner -> Outer_Inner, reachable as Outer::Inner), accessor names, and escaping of C++
// keywords and common macro names (a trailing underscore, as protoc does).
#pragma once

#include <string>
#include <string_view>

namespace protoforge::cpp {

// "a.b.c" -> "a::b::c" (each part escaped); "" for no package. `prefix` (a --cpp_opt) goes in front.
std::string namespace_of(std::string_view package, std::string_view prefix);
// Full name relative to the package ("Outer.Inner") -> "Outer_Inner".
std::string flat_name(std::string_view relative_name);
// A field, enum value or other identifier that may be a C++ keyword or a macro name.
std::string escape_identifier(std::string_view name);
// "foo_bar" -> "FooBar" (protoc's UnderscoresToCamelCase with the first letter capitalised).
std::string camel_case(std::string_view name);
std::string upper_case(std::string_view name);
// "dir/foo.proto" -> "dir/foo" (the base of the generated file names).
std::string strip_proto(std::string_view file_name);
// A C++ string literal (quoted, escaped) holding `bytes`.
std::string string_literal(std::string_view bytes);

}  // namespace protoforge::cpp
