// JSON texts compared as values, modulo what libprotobuf 3.21's always_print_primitive_fields prints and protoforge
// does not, so that json_checks.cc can tell those differences from real ones. Needs simdjson.
#pragma once

#include <set>
#include <string>
#include <string_view>

#include "tests/oracle/oracle.h"

namespace protoforge::differential {

// The names of the enum values numbered 0 in `schema`: how a default enum field prints.
std::set<std::string, std::less<>> zero_enum_names(const oracle::Schema& schema);

// Whether `a` and `b` are valid JSON holding the same values, with object members in any order, a null member
// taken as absent (a null reads as an unset field, but for google.protobuf.Value, whose null the reparsed_equal
// checks cover), and, inside an Any packed in an Any, members at their defaults taken as absent (0, false, "", [],
// {} or a name in `zero_enum_names`).
bool same_json_values(std::string_view a, std::string_view b, const std::set<std::string, std::less<>>& zero_enum_names);

}  // namespace protoforge::differential
