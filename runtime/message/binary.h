// The binary wire format for dynamic messages. Decoding validates as it reads (through wire::Reader) and keeps
// what the schema does not know as unknown fields, byte for byte; encoding writes what libprotobuf writes with
// deterministic output: fields by number (extensions among them), map entries sorted by key with both key and
// value present, packed repeated fields as one record, then the unknown fields as read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/message/message.h"
#include "runtime/wire/reader.h"

namespace protoforge::message {

enum class DecodeStatus : uint8_t {
  ok,
  malformed,       // the wire reader's status says how (truncated, bad wire type, too deep, ...)
  invalid_utf8,    // a string field that must hold UTF-8 does not
  reserved_field,  // a reserved field number was read under ReservedPolicy::reject
};
std::string_view to_string(DecodeStatus status);

// What to do with fields whose numbers the schema reserves (data written by an older version of the schema).
enum class ReservedPolicy : uint8_t { ignore, report, reject };

struct DecodeOptions {
  wire::Limits limits;  // nesting depth (default 100, as protoc) and total size
  ReservedPolicy reserved = ReservedPolicy::ignore;
  bool check_utf8 = true;  // reject invalid UTF-8 in fields that require it (proto3, editions VERIFY)
  // Read map entries as the plain repeated messages they are on the wire, as libprotobuf's DynamicMessage does
  // (what protoc --decode prints): every entry in order, duplicate keys included, each with its own unknown fields
  // and an undeclared closed-enum value among them. By default maps follow protobuf's map semantics instead: a
  // later entry for a key replaces the earlier one, entries drop their unknown fields, and an entry with an
  // undeclared closed-enum value goes whole to the containing message's unknown fields.
  bool plain_map_entries = false;
  // List in DecodeResult::unchecked_utf8 the string fields read with invalid UTF-8 that are not checked (proto2,
  // editions NONE, or check_utf8 off): libprotobuf logs each one.
  bool note_unchecked_utf8 = false;
};

// A reserved field number met while decoding.
struct ReservedUse {
  std::string path;  // field path of the message holding it, e.g. "items[2].price"; "" at the top
  int32_t number = 0;
  size_t offset = 0;  // byte offset of its tag
};

struct DecodeResult {
  DecodeStatus status = DecodeStatus::ok;
  wire::Status wire_status = wire::Status::ok;
  size_t offset = 0;   // byte offset of the problem from the start of the input
  std::string path;    // field path where it happened, e.g. "items[2].name"
  std::vector<ReservedUse> reserved;  // under ReservedPolicy::report (and the first one under reject)
  const schema::Field* field = nullptr;  // for invalid_utf8: the string field that holds it
  std::vector<const schema::Field*> unchecked_utf8;  // under DecodeOptions::note_unchecked_utf8, in read order

  bool ok() const { return status == DecodeStatus::ok; }
  // One line for users: "invalid wire type at byte 12 in field items[2].name".
  std::string describe() const;
};

// Parses `bytes` and merges them into `into` (as ParseFromString after Clear when `into` is fresh). On failure
// `into` holds what was read before the error.
DecodeResult decode(std::string_view bytes, Message& into, const DecodeOptions& options = {});

struct EncodeOptions {
  // Map entries sorted by key (stably), protobuf's deterministic serialization. False writes them as stored, as
  // libprotobuf writes a map it parsed from text (protoc --encode without --deterministic_output).
  bool deterministic = true;
};

// The encoded size of `message`; caches sub-message sizes in them (Message::cached_size).
size_t encoded_size(const Message& message);
// Appends the encoding of `message` to `out`.
void append_encoded(const Message& message, std::string& out, const EncodeOptions& options = {});
std::string encode(const Message& message, const EncodeOptions& options = {});

// Paths of required fields that are not set, e.g. "req", "child.req", "items[1].req" (protoc's IsInitialized).
std::vector<std::string> missing_required_fields(const Message& message);

}  // namespace protoforge::message
