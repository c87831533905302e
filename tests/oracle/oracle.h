// protoforge_oracle: libprotobuf 3.21 as the reference side of the runtime's differential tests. It loads a
// FileDescriptorSet into a DescriptorPool, makes seeded random DynamicMessages, converts them to and from the
// binary, text and JSON forms, and compares messages. Test-only; it links libprotobuf and no protoforge code.
//
// Lifetimes: a Schema owns its pool, message factory and JSON type resolver. Every Descriptor it hands out and
// every Message made from it (new_message, random_message) points into it, so those must be destroyed first.
// None of the functions below keeps a reference to its arguments after it returns. A Schema may be shared by
// threads once loaded (pool, factory and resolver are thread-safe in libprotobuf); a message may not.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <google/protobuf/descriptor.h>
#include <google/protobuf/message.h>
#include <google/protobuf/util/json_util.h>

namespace protoforge::oracle {

// Outcome of a parse or serialization: ok, or libprotobuf's reason in `error`.
struct Status {
  bool ok = true;
  std::string error;

  explicit operator bool() const { return ok; }
  static Status failure(std::string error) { return {false, std::move(error)}; }
};

class Schema {
 public:
  // Builds every file of `descriptor_set` (a serialized FileDescriptorSet whose files may come in any order but
  // must include all their imports). Null, with the reason in *error, if the bytes do not parse or a file does
  // not build in libprotobuf 3.21 (editions files, for one, do not).
  static std::unique_ptr<Schema> load(std::string_view descriptor_set, std::string* error);
  ~Schema();
  Schema(const Schema&) = delete;
  Schema& operator=(const Schema&) = delete;

  const google::protobuf::DescriptorPool& pool() const;
  // Null if no message type has that full name (no leading dot).
  const google::protobuf::Descriptor* find_message(std::string_view full_name) const;
  // Every message type of the set's files, nested ones included and map entries left out, file by file in
  // declaration order; the files under google/protobuf/ only when `include_google`.
  std::vector<const google::protobuf::Descriptor*> message_types(bool include_google = false) const;
  // An empty DynamicMessage of `type`, which must belong to pool(). Owned by the caller.
  std::unique_ptr<google::protobuf::Message> new_message(const google::protobuf::Descriptor& type) const;

  // Resolves type URLs "type.googleapis.com/<full name>" against pool(); used by the JSON functions.
  google::protobuf::util::TypeResolver& type_resolver() const;

 private:
  struct State;
  explicit Schema(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

struct RandomOptions {
  int max_depth = 3;           // message nesting below the root; deeper message fields stay unset
  int max_repeated = 4;        // usual elements per repeated field and entries per map (now and then 4x)
  double field_chance = 0.35;  // chance that a given optional or repeated field is set
  bool unknown_fields = true;  // add unknown fields of every wire kind (varint, fixed32/64, bytes, group)
  bool extensions = true;      // set extensions declared for the message in the pool
  // Only what libprotobuf 3.21's JSON form carries: no unknown fields, no extensions, no groups, and +0 instead
  // of -0 in implicit-presence floats (printed as -0, read back as absent). Overrides the two options above.
  bool json_safe = false;
};

// A message of `type` (from schema.pool()) filled at random from `seed`: the same seed and options give the
// same message. Required fields are always set, so the result always serializes. Owned by the caller.
std::unique_ptr<google::protobuf::Message> random_message(const Schema& schema,
                                                          const google::protobuf::Descriptor& type,
                                                          uint64_t seed, const RandomOptions& options = {});

// Binary, deterministic (map entries sorted by key). Fails if a required field is missing.
Status to_binary(const google::protobuf::Message& message, std::string* out);
// Clears *message, then parses; fails on malformed input or a missing required field.
Status from_binary(std::string_view bytes, google::protobuf::Message* message);

// JSON through schema.type_resolver(), so Any of any type in the pool works.
Status to_json(const Schema& schema, const google::protobuf::Message& message, std::string* out,
               const google::protobuf::util::JsonPrintOptions& options = {});
Status from_json(const Schema& schema, std::string_view json, google::protobuf::Message* message,
                 const google::protobuf::util::JsonParseOptions& options = {});

struct TextPrintOptions {
  bool print_unknown_fields = true;  // as "5: 1" lines; text format has no way to read them back
  bool expand_any = false;           // "[type.googleapis.com/T] { ... }" instead of type_url and value bytes
};

// Text format, as TextFormat::Printer writes it (the defaults are TextFormat::PrintToString's). The parser reads
// Any in both forms when the packed type is in the message's pool.
Status to_text(const google::protobuf::Message& message, std::string* out, const TextPrintOptions& options = {});
Status from_text(std::string_view text, google::protobuf::Message* message);

// MessageDifferencer in its default (Equals) mode, but NaN equals NaN: presence, unknown fields and extensions
// count, -0 equals +0 when both are present, maps compare as maps (entry order does not matter), and Any compares
// by its unpacked content when the packed type is in the pool.
bool equals(const google::protobuf::Message& a, const google::protobuf::Message& b);
// What differs between a and b, one line per difference; "" when equals(a, b).
std::string differences(const google::protobuf::Message& a, const google::protobuf::Message& b);

}  // namespace protoforge::oracle
