// Base64 (RFC 4648) as protobuf's JSON mapping uses it for bytes: written in the standard alphabet with padding;
// read in the standard or the URL-safe alphabet, with or without padding.
#pragma once

#include <string>
#include <string_view>

namespace protoforge::strings {

// Appends the standard, padded encoding of `bytes` to `out`.
void append_base64(std::string& out, std::string_view bytes);

// Decodes `text` and appends the bytes to `out`. Either alphabet (not both in one text), padding optional but
// complete when present ("AQ" and "AQ==" are fine, "AQ=" is not). Rejects anything else: whitespace, a lone final
// character, padding in the middle, and unused bits that are not zero ("AR==") so that every accepted text has one
// meaning. Returns false on rejection; `out` may then hold part of the bytes.
bool decode_base64(std::string_view text, std::string& out);

}  // namespace protoforge::strings
