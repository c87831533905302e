// The random message generator behind oracle::random_message. Private to the oracle.
// Depth counts message nesting below the root. Fields that hold messages (singular, repeated, map values) are
// only set while depth < max_depth, so every walk ends; scalar fields are set at any depth, and required fields
// always, so every generated message serializes.
#pragma once

#include <google/protobuf/message.h>
#include <google/protobuf/unknown_field_set.h>

#include "tests/oracle/oracle.h"
#include "tests/oracle/random_values.h"

namespace protoforge::oracle::detail {

class Generator {
 public:
  // `schema` must outlive the generator.
  Generator(const Schema& schema, uint64_t seed, const RandomOptions& options);

  void fill(google::protobuf::Message& message, int depth);

 private:
  using Field = google::protobuf::FieldDescriptor;

  // random_message.cc: any message, field by field.
  double field_chance(int depth) const;
  size_t repeat_count();
  bool holds_messages(const Field& field) const;
  bool json_drops(const Field& field) const;
  template <typename Float>
  Float json_safe_zero(const google::protobuf::Message& message, const Field& field, Float value) const;
  void fill_field(google::protobuf::Message& message, const Field& field, int depth);
  void fill_oneof(google::protobuf::Message& message, const google::protobuf::OneofDescriptor& oneof, int depth);
  void fill_map(google::protobuf::Message& message, const Field& field, int depth);
  void fill_extensions(google::protobuf::Message& message, int depth);
  // Sets (or, when `add`, appends) one random value of the field's type.
  void put_value(google::protobuf::Message& message, const Field& field, bool add, int depth);
  int enum_number(const Field& field);
  void add_unknown_fields(google::protobuf::Message& message);
  void fill_unknown_set(google::protobuf::UnknownFieldSet& set, const google::protobuf::Descriptor* type,
                        int depth);

  // random_well_known.cc: the well-known types, with values their JSON form accepts.
  bool fill_well_known(google::protobuf::Message& message, int depth);  // false: not a well-known type
  void fill_timestamp(google::protobuf::Message& message);
  void fill_duration(google::protobuf::Message& message);
  void fill_field_mask(google::protobuf::Message& message);
  void fill_struct(google::protobuf::Message& message, int depth);
  void fill_value(google::protobuf::Message& message, int depth);
  void fill_list_value(google::protobuf::Message& message, int depth);
  void fill_any(google::protobuf::Message& message, int depth);
  int32_t nanos();

  Random random_;
  const Schema& schema_;
  RandomOptions options_;
  // Types an Any may pack: every message type of the pool (but ListValue when json_safe); leaf_types_ are
  // those whose empty message is valid in JSON too (no required fields, not Value, not Any).
  std::vector<const google::protobuf::Descriptor*> any_types_;
  std::vector<const google::protobuf::Descriptor*> leaf_types_;
};

}  // namespace protoforge::oracle::detail
