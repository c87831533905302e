// Name helpers that must agree with protoc byte for byte: json names, synthesized map-entry and group names.
#pragma once

#include <string>
#include <string_view>

namespace protoforge::link {

// protoc's ToJsonName: drops each '_' and upper-cases the ASCII letter after it.
std::string to_json_name(std::string_view field_name);

// protoc's MapEntryName: "foo_bar" -> "FooBarEntry" (first letter and letters after '_' upper-cased).
std::string map_entry_name(std::string_view field_name);

// A group's field name: the group name in ASCII lower case.
std::string group_field_name(std::string_view group_name);

// "pkg.Msg" + "x" -> "pkg.Msg.x"; an empty scope gives just the name.
std::string qualify(std::string_view scope, std::string_view name);

// The scope part of a full name: "a.b.c" -> "a.b", "a" -> "".
std::string_view parent_scope(std::string_view full_name);

// protoc's Tokenizer::IsIdentifier: [A-Za-z_][A-Za-z0-9_]*.
bool is_identifier(std::string_view text);

}  // namespace protoforge::link
