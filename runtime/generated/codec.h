// The table-driven operations behind every generated message: parse, size, serialize, clear, merge, compare,
// swap, destroy and the required-field check. Each takes the message as untyped memory plus its MessageTable.
//
// Output matches libprotobuf's serializer byte for byte: fields in number order with extension ranges at their
// place, maps sorted by key (libprotobuf's deterministic order), unknown fields last and unchanged.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/generated/table.h"

namespace protoforge::gen {

// Nesting deeper than this fails to parse (libprotobuf's default recursion limit).
inline constexpr int kDefaultRecursionLimit = 100;

struct ParseOptions {
  // Strings and bytes fields view into the input instead of copying it; the input must then outlive the message
  // (or the next write to each such field).
  bool alias = false;
  int recursion_limit = kDefaultRecursionLimit;
};

struct ParseContext {
  bool alias = false;
  int depth_left = kDefaultRecursionLimit;
  // Set by parse_initialized: each message that may hold required fields checks its own as it ends (while it is
  // still in cache), and `maybe_uninitialized` records a failure or a part the parse cannot vouch for (map
  // entries), after which the full is_initialized walk decides.
  bool check_required = false;
  bool maybe_uninitialized = false;
};

// Parses [p, end) into `message` (merging into what it holds). Returns the end of the message, or null when the
// input is malformed (then `message` holds part of the input). `group_number` is the number whose end-group tag
// closes the body (0 for a length-delimited or top-level message).
const char* parse_message(void* message, const MessageTable& table, const char* p, const char* end,
                          ParseContext& context, int32_t group_number);
// Skips the value of a field whose tag (already read) is `tag`; when `keep` is given, appends the tag and value
// bytes to it. Returns the end of the value, or null when malformed.
const char* skip_field(const char* tag_start, const char* p, const char* end, uint64_t tag, ParseContext& context,
                       std::string* keep);
// Whole-buffer parse: merges `bytes` into `message`; false when malformed.
bool merge_from_bytes(void* message, const MessageTable& table, std::string_view bytes, const ParseOptions& options);
// merge_from_bytes, then is_initialized, with the required fields checked during the parse instead of in a second
// walk over every message. Precondition: `message` is cleared, so that everything in it comes from `bytes`.
bool parse_initialized(void* message, const MessageTable& table, std::string_view bytes, const ParseOptions& options);

// Computes (and caches, for serialize_message) the encoded size.
size_t byte_size(const void* message, const MessageTable& table);
// Writes the encoding at `out` and returns its end. Precondition: byte_size was called since the last change and
// its result fits at `out`.
char* serialize_message(const void* message, const MessageTable& table, char* out);
// Size, then write, appending to `out`.
void append_serialized(const void* message, const MessageTable& table, std::string& out);
// byte_size that also answers is_initialized, in the same walk (`initialized` is set, never left unset).
size_t byte_size_checked(const void* message, const MessageTable& table, bool& initialized);
// append_serialized when the message is initialized; otherwise false with `out` unchanged.
bool append_serialized_if_initialized(const void* message, const MessageTable& table, std::string& out);
// The size cached by the last byte_size.
size_t cached_size(const void* message, const MessageTable& table);

void clear_message(void* message, const MessageTable& table);
void merge_message(void* to, const void* from, const MessageTable& table);
bool equal_messages(const void* a, const void* b, const MessageTable& table);
void swap_messages(void* a, void* b, const MessageTable& table);
// Frees what the message owns through pointers (sub-messages, maps); member destructors do the rest.
void destroy_owned(void* message, const MessageTable& table);
bool is_initialized(const void* message, const MessageTable& table);
// Whether the message's own required fields are set (not those of messages inside it).
bool own_required_fields_set(const void* message, const MessageTable& table);
// Clears whichever member of oneof `slot` is set (the case becomes 0).
void clear_oneof(void* message, const MessageTable& table, int slot);
// Prepares oneof `slot` for the member with `number`: clears another set member first. Returns true when the
// member was not already the set one (its storage then holds its default).
bool switch_oneof(void* message, const MessageTable& table, int slot, int32_t number);

}  // namespace protoforge::gen
