// Parses protobuf text format into a dynamic message with protoc 3.21's TextFormat::Parser semantics and error
// messages (what `protoc --encode` accepts): `name: value` with `:` optional before a message, `{}` or `<>`
// around messages, `[a, b]` lists for repeated fields, `#` comments, `;` or `,` after a field, integers in
// decimal, hex or octal with each type's range, floats (`1.5f`, `1e5`, `inf`, `-Infinity`, `nan`), bools
// (`true`/`True`/`t`, `false`/`False`/`f`, `1`/`0`), enums by name or by number (numbers only for open enums),
// strings with C escapes and adjacent literals joined, `[pkg.ext]` extensions, `[type.googleapis.com/pkg.T] {}`
// inside google.protobuf.Any, groups by their type's name, map entries as `key`/`value` messages (kept as
// written, duplicates included, as libprotobuf keeps them until it serializes).
//
// Errors are data: tokenizer errors (the tokenizer carries on) and the parser's first error, which ends the parse,
// in the order protoc reports them. Required fields are not checked (protoc --encode parses partial messages; use
// message::missing_required_fields). Values read before an error stay in the message.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/message/binary.h"
#include "runtime/message/message.h"
#include "runtime/schema/pool.h"

namespace protoforge::text {

// Positions are one-based, as protoc prints them (`input:LINE:COL: message`); columns count bytes, with a tab
// advancing to the next multiple of 8. A parser error points at the token it was looking at.
struct ParseError {
  int line = 0;
  int column = 0;
  std::string message;
  bool operator==(const ParseError&) const = default;
};

struct ParseOptions {
  // Where the types of `[type.googleapis.com/pkg.T]` Any values are found; without it such values are errors.
  const schema::Pool* pool = nullptr;
  // Fields whose names the message type reserves: skipped silently (protoc), skipped and listed in
  // ParseResult::reserved, or an error.
  message::ReservedPolicy reserved = message::ReservedPolicy::ignore;
  // Nesting of messages (and of skipped values) allowed before the parse fails; bounds the parser's recursion.
  int recursion_limit = 1000;
  // Called with each expanded Any value right before it is serialized into its Any, where libprotobuf serializes
  // it (and logs what serializing finds, which protoc's users see); may be empty.
  std::function<void(const message::Message& value)> on_any_value;
};

struct ParseResult {
  std::vector<ParseError> errors;  // empty on success
  // Under ReservedPolicy::report: one entry per reserved field name met (and skipped), e.g.
  // `field "old" of message type "pkg.Item" is reserved; its value is ignored`.
  std::vector<ParseError> reserved;
  bool ok() const { return errors.empty(); }
};

// Merges `text` into `into` (TextFormat::Parser::Merge; on a fresh message, Parse). `options.pool`, when given,
// must hold `into`'s type. The message's type and pool must outlive the call; `text` need not.
ParseResult parse(std::string_view text, message::Message& into, const ParseOptions& options = {});

}  // namespace protoforge::text
