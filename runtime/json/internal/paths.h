// Field paths in errors, shared by the printer and the parser: proto field names joined by '.', "[full.name]" for
// extensions, "[2]" for list elements and "[\"key\"]" / "[12]" for map entries, e.g. items[2].price.
#pragma once

#include <string>
#include <string_view>

#include "runtime/message/message.h"

namespace protoforge::json::internal {

// The segment that names `field`.
std::string path_segment(const schema::Field& field);
// A map entry's key as a segment: ["text"], [12], [true]. `key` is the key's JSON text (a member name).
std::string map_key_segment(const schema::Field& key_field, std::string_view key);
// A map entry's key as JSON writes it (a member name): the string itself, "true"/"false", or the number.
std::string map_key_text(const message::Message& entry);
// The segment for a map entry message.
std::string map_key_segment(const message::Message& entry);

}  // namespace protoforge::json::internal
