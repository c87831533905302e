// The parser's walk over simdjson's on-demand values: parse.cc maps objects onto messages (fields, lists, maps,
// unknown and reserved members), parse_scalar.cc reads scalars and strings, parse_wkt.cc the well-known types.
// Every container entered counts against ParseOptions::max_depth, so recursion is bounded; every value skipped is
// still checked, so malformed JSON is an error wherever it is.
//
// On-demand iteration reads the input once, front to back; the walk follows the document's order. The one
// exception is Any, whose "@type" may come last: its object is read twice, and only "@type" is unescaped in the
// first pass, so no string is unescaped twice (simdjson's string buffer is sized for one pass).
#pragma once

#include <simdjson.h>

#include <string>
#include <string_view>
#include <vector>

#include "runtime/json/json.h"

namespace protoforge::json::internal {

namespace od = simdjson::ondemand;
using message::FieldValue;
using message::Message;
using schema::Field;
using schema::MessageType;
using schema::Scalar;

class Parser {
 public:
  // `base` is the start of the padded buffer, which holds the input (`input_size` bytes) after one extra byte.
  Parser(const ParseOptions& options, const char* base, size_t input_size, ParseResult& result)
      : options_(options), base_(base), input_size_(input_size), result_(result) {}

  // A message value: an object, or the special form of a well-known type.
  bool message_value(od::value& v, Message& m);
  bool fail(ParseStatus status, const char* at, std::string message);
  // A simdjson error at `at`.
  bool fail(simdjson::error_code error, const char* at);

 private:
  enum class Outcome { ok, skipped, failed };  // skipped: an unknown enum value under ignore_unknown_fields

  // What an object has set so far, for duplicate and oneof checks.
  struct Seen {
    std::vector<bool> fields;                // by Field::index
    std::vector<const Field*> oneof_member;  // by oneof index
    std::vector<const Field*> extensions;
  };

  // parse.cc
  bool members(od::object& object, Message& m, bool skip_type_member);
  bool member(od::field& field, Message& m, Seen& seen);
  bool unknown_member(const MessageType& type, std::string_view key, const char* key_at, od::value& v);
  bool field_value(od::value& v, const Field& f, Message& m);
  Outcome single(od::value& v, const Field& f, Message& m);        // a singular field or a map entry's value
  Outcome list_element(od::value& v, const Field& f, Message& m);  // appended to a repeated field
  bool list(od::value& v, const Field& f, Message& m);
  bool map(od::value& v, const Field& f, Message& m);
  bool null_element(od::value& v, const Field& f, bool& is_null);  // fails on null unless `f` takes it
  bool skip(od::value& v);
  bool type_of(od::value& v, od::json_type& out);
  // Fails as wrong_type ("expected <what>") unless `v` is of type `want`.
  bool expect(od::value& v, od::json_type want, std::string_view what);
  bool get_object(od::value& v, od::object& out, std::string_view what);  // also enters a nesting level
  bool get_array(od::value& v, od::array& out, std::string_view what);
  bool enter(const char* at);
  void leave() { --depth_; }

  // parse_scalar.cc
  Outcome scalar(od::value& v, const Field& f, Scalar& out);
  Outcome enum_value(od::value& v, const Field& f, Scalar& out);
  bool number(od::value& v, const Field& f, Scalar& out);
  bool number_text(std::string_view text, const Field& f, const char* at, bool quoted, Scalar& out);
  bool boolean(od::value& v, const Field& f, Scalar& out);
  bool text(od::value& v, const Field& f, std::string& out);
  bool string(od::value& v, std::string_view& out);
  bool map_key(std::string_view key, const char* at, const Field& key_field, Message& entry);
  Outcome unknown_enum(const char* at, std::string message);

  // parse_wkt.cc
  bool well_known(od::value& v, Message& m);
  bool timestamp_or_duration(od::value& v, Message& m, bool timestamp);
  bool field_mask(od::value& v, Message& m);
  bool value(od::value& v, Message& m);
  bool wrapper(od::value& v, Message& m);
  bool any(od::value& v, Message& m);
  bool any_type_url(od::object& object, const char* at, std::string& url, const char*& url_at, bool& empty);
  bool any_special_form(od::object& object, Message& inner);

  // Where a value starts; a scalar's token without the whitespace after it.
  static const char* position(od::value& v) { return v.raw_json_token().data(); }
  static std::string_view token(od::value& v);
  size_t offset(const char* at) const;
  std::string path() const;
  void push(std::string segment, bool is_index = false) { path_.push_back({std::move(segment), is_index}); }
  void pop() { path_.pop_back(); }

  struct Segment {
    std::string text;
    bool is_index;  // "[2]", "[\"key\"]": written without a '.' before it
  };

  const ParseOptions& options_;
  const char* base_;
  size_t input_size_;
  ParseResult& result_;
  std::vector<Segment> path_;
  int depth_ = 0;
  const char* last_at_ = nullptr;  // the last member or element reached, for errors simdjson gives no place for
};

// The field that a member name means in `type`: its json_name or its proto name, or "[full.name]" for an
// extension of it. Null when none.
const Field* find_member_field(const MessageType& type, std::string_view key);
// Whether `key` is a reserved field name of `type`, as written or in its lowerCamel form.
bool is_reserved_member(const MessageType& type, std::string_view key);

}  // namespace protoforge::json::internal
