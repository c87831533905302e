// Finds the message type a user names on the command line. Users often leave out the package ("Item" for
// "shop.v1.Item") or part of it ("v1.Item"): any dot-aligned suffix of a full name is accepted when exactly one
// type has it. An unknown or ambiguous name yields a message that lists the candidates or the closest names
// (by edit distance), so a typo costs one look, not a grep through the schema.
#pragma once

#include <string>
#include <string_view>

#include "runtime/schema/pool.h"

namespace protoforge::toolkit {

struct TypeLookup {
  const schema::MessageType* type = nullptr;  // null on failure
  std::string error;                          // e.g. `unknown message type "Itme"; did you mean "shop.v1.Item"?`
};

TypeLookup find_message_type(const schema::Pool& pool, std::string_view name);

// Levenshtein distance (insertions, deletions, substitutions), for suggestions.
size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace protoforge::toolkit
