// The printer's walk over a message: print.cc writes fields, lists, maps and scalars; print_wkt.cc writes the
// well-known types' special forms. Errors unwind as `false`, each level prepending its part of the field path.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/json/internal/paths.h"
#include "runtime/json/internal/writer.h"
#include "runtime/json/json.h"

namespace protoforge::json::internal {

using message::FieldValue;
using message::Message;
using message::MessagePtr;
using schema::Field;
using schema::Scalar;

class Printer {
 public:
  Printer(std::string& out, const PrintOptions& options, PrintResult& result)
      : writer_(out, options.pretty ? std::clamp(options.indent, 1, 64) : 0), options_(options), result_(result) {}

  // A message as a JSON value: an object, or the special form of a well-known type.
  bool message(const Message& m);
  void finish() { writer_.finish(); }

 private:
  // print.cc
  bool members(const Message& m);  // the fields of `m` as members of the object being written
  bool member(const Field& f, const FieldValue* value);  // null `value`: the field's default (or empty list)
  bool list(const Field& f, const FieldValue* value);
  bool map(const Field& f, const std::vector<MessagePtr>* entries);
  bool map_key(const Message& entry);
  bool scalar(const Field& f, Scalar value);       // numbers, bools, enums
  bool text(const Field& f, std::string_view value);  // strings and bytes
  bool element(const Field& f, const Message* value);  // a message value; null for an unset one
  bool number(double value, bool is_float);

  // print_wkt.cc
  bool well_known(const Message& m);
  bool time(const Message& m, bool timestamp);  // Timestamp or Duration
  bool field_mask(const Message& m);
  bool struct_(const Message& m);
  bool value(const Message& m);
  bool list_value(const Message& m);
  bool wrapper(const Message& m);
  bool any(const Message& m);
  bool any_body(std::string_view url, std::string_view bytes);

  bool fail(PrintStatus status, std::string message);
  // Adds a field name or an index ("[2]", "[\"key\"]") in front of the error's path; returns false so that
  // callers can `return prepend(...)`.
  bool prepend(std::string_view segment, bool is_index = false);

  Writer writer_;
  const PrintOptions& options_;
  PrintResult& result_;
  int depth_ = 0;
  bool path_starts_with_index_ = false;
};

}  // namespace protoforge::json::internal
