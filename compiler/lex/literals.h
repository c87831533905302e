// The literal decoders live in runtime/text: the .proto language and text format share protoc's tokenizer rules,
// and the runtime may not depend on the compiler. The lexer's users keep their lex:: names.
#pragma once

#include "runtime/text/literals.h"

namespace protoforge::lex {

using text::append_string_literal;
using text::parse_float;
using text::parse_integer;

}  // namespace protoforge::lex
