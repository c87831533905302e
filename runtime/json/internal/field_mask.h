// google.protobuf.FieldMask paths between their proto form ("user.display_name") and their JSON form
// ("user.displayName"), as comma-joined lists in JSON.
#pragma once

#include <string>
#include <string_view>

namespace protoforge::json::internal {

// Appends the lowerCamel form of a proto path (each '_' dropped and the letter after it upper-cased). Returns
// false when the result would not read back as the same path: an upper-case letter in the path, or a '_' that is
// not followed by a lower-case letter. (It appends the conversion either way.)
bool append_camel_path(std::string& out, std::string_view path);

// Appends the proto form of a JSON path: each upper-case letter becomes '_' and its lower-case.
void append_snake_path(std::string& out, std::string_view json_path);

}  // namespace protoforge::json::internal
