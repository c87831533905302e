// JSON and text format for generated message classes (any T deriving from gen::Message<T>), through the dynamic
// runtime: the message's bytes decode into a dynamic message of its registered schema, which runtime/json or
// runtime/text prints; input parses into a dynamic message, whose encoding T then parses. So generated code gets
// exactly the dynamic runtime's behaviour (protoc 3.21's text format, the canonical proto3 JSON mapping) without a
// second implementation, for the price of one encode and decode per call.
//
// The schemas come from the descriptors generated files register at start-up (registry_pool.h): a type generated
// with --cpp_opt=lite has none, and every call on it fails with Status::not_registered. google.protobuf.Any
// values resolve against the same registry unless the options name another pool.
//
// Errors are values (result.h); nothing throws. On failure the output string or message is left as it was.
// Thread-safe: calls may run concurrently on different messages.
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "runtime/generated_reflect/result.h"
#include "runtime/json/json.h"

namespace protoforge::generated_reflect {

struct TextPrintOptions {
  bool single_line = false;          // ShortDebugString's one line
  bool expand_any = false;           // Any as `[type.googleapis.com/pkg.T] { ... }` (see text::PrintOptions)
  bool print_unknown_fields = true;  // false: as TextFormat::Printer with SetHideUnknownFields(true)
};

struct TextParseOptions {
  bool allow_partial = false;  // accept unset proto2 required fields (TextFormat::ParseFromString refuses them)
};

// The byte-level bridges under the templates below. `type_name` is the message's full name; `bytes` its binary
// encoding. Each replaces *out (or *bytes) on success only.
Result json_from_bytes(std::string_view type_name, std::string_view bytes, std::string* out,
                       const json::PrintOptions& options);
Result bytes_from_json(std::string_view type_name, std::string_view json, std::string* bytes,
                       const json::ParseOptions& options);
Result text_from_bytes(std::string_view type_name, std::string_view bytes, std::string* out,
                       const TextPrintOptions& options);
Result bytes_from_text(std::string_view type_name, std::string_view text, std::string* bytes,
                       const TextParseOptions& options);

// Why T's generated parser refused `bytes`, the runtime's encoding of parsed input: parse_error when a string
// field that must hold UTF-8 does not (the text format can spell such bytes with escapes, and generated classes,
// unlike libprotobuf's, are only ever filled through their parser), else Status::internal.
Result explain_rejected(std::string_view type_name, std::string_view bytes);

// Replaces `*message` with the encoding `bytes` made by the runtime (partial: required fields were checked there).
template <class T>
Result parse_bridged(std::string_view bytes, T* message) {
  T parsed;  // parsing clears first; `*message` is only replaced on success
  if (!parsed.ParsePartialFromString(bytes)) return explain_rejected(T::GetTypeName(), bytes);
  *message = std::move(parsed);
  return {};
}

// MessageToJsonString: the JSON form of `message` in *out.
template <class T>
Result to_json(const T& message, std::string* out, const json::PrintOptions& options = {}) {
  return json_from_bytes(T::GetTypeName(), message.SerializeAsString(), out, options);
}

// JsonStringToMessage: replaces `*message` with what `json` says.
template <class T>
Result from_json(std::string_view json, T* message, const json::ParseOptions& options = {}) {
  std::string bytes;
  Result result = bytes_from_json(T::GetTypeName(), json, &bytes, options);
  return result.ok() ? parse_bridged(bytes, message) : result;
}

// TextFormat::PrintToString (options' defaults) into *out.
template <class T>
Result to_text(const T& message, std::string* out, const TextPrintOptions& options = {}) {
  return text_from_bytes(T::GetTypeName(), message.SerializeAsString(), out, options);
}

// TextFormat::ParseFromString: replaces `*message` with what `text` says.
template <class T>
Result from_text(std::string_view text, T* message, const TextParseOptions& options = {}) {
  std::string bytes;
  Result result = bytes_from_text(T::GetTypeName(), text, &bytes, options);
  return result.ok() ? parse_bridged(bytes, message) : result;
}

// Message::DebugString and ShortDebugString. For a type without a registered schema they return a `#` comment
// saying why (text format that reads back as an empty message) rather than nothing.
template <class T>
std::string DebugString(const T& message) {
  std::string out;
  const Result result = to_text(message, &out);
  return result.ok() ? out : "# " + result.describe() + "\n";
}
template <class T>
std::string ShortDebugString(const T& message) {
  std::string out;
  const Result result = to_text(message, &out, TextPrintOptions{.single_line = true});
  return result.ok() ? out : "# " + result.describe();
}

}  // namespace protoforge::generated_reflect
