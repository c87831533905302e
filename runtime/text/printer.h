// Prints dynamic messages in protobuf text format exactly as protoc 3.21's TextFormat::Printer does with its
// defaults (what `protoc --decode` writes): fields in number order with extensions among them as `[full.name]`,
// groups under their type's name, nested messages as `name {` ... `}` indented by two spaces, map entries sorted
// by key (stably: duplicate keys keep their order), enums by name (their number when unknown), strings and bytes
// C-escaped byte by byte, floats and doubles as libprotobuf's SimpleFtoa/SimpleDtoa, then the unknown fields by
// number: varints in decimal, fixed32 as 0x%08x, fixed64 as 0x%016x, groups as blocks, and length-delimited
// values as a block when they parse as a message (at most 10 levels deep) or else as a string.
//
// Printing never fails and never reads outside the message; a message's type and pool must outlive the call.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "runtime/message/message.h"
#include "runtime/schema/pool.h"

namespace protoforge::text {

struct PrintOptions {
  // Everything on one line with single spaces between items and none at the end (protobuf's ShortDebugString).
  bool single_line = false;
  // google.protobuf.Any as `[type.googleapis.com/pkg.T] { ... }` when `pool` knows T and the value decodes
  // (protoc --decode does not expand: TextFormat::Printer's default). Otherwise type_url and value are printed.
  // The value is read as PrintAny's DynamicMessage reads it: map entries as written, duplicate keys included.
  bool expand_any = false;
  const schema::Pool* pool = nullptr;  // where expand_any looks types up; not owned
};

// Appends the text of `message` to `out`.
void append_text(const message::Message& message, std::string& out, const PrintOptions& options = {});
std::string print(const message::Message& message, const PrintOptions& options = {});

// The message an expanded Any (`any`, of type google.protobuf.Any) prints as: its value decoded as the type its
// type.googleapis.com/ (or type.googleprod.com/) URL names in `pool`, read as PrintAny's DynamicMessage reads it
// (map entries as written). nullopt when the printer writes type_url and value instead: another URL prefix, a type
// `pool` does not know, a value that does not decode or lacks required fields.
std::optional<message::Message> expanded_any_value(const message::Message& any, const schema::Pool& pool);

// What `protoc --decode_raw` prints for `bytes`: every field as an unknown field, by number. Returns nullopt when
// `bytes` is not a well-formed message (malformed wire data, or groups nested deeper than 100 levels).
std::optional<std::string> print_unknown_fields(std::string_view bytes, const PrintOptions& options = {});

}  // namespace protoforge::text
