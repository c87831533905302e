// test_cpp_differential's shared declarations: the generated classes it knows, each with its check function, the
// hand-written API edits of some types (applied alike to a generated message and to libprotobuf's), and the
// lowering of rich_editions to a proto2 set that libprotobuf 3.21 can load.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include <google/protobuf/message.h>

#include "runtime/schema/pool.h"
#include "tests/differential/harness.h"

namespace protoforge::cpp_differential {

using differential::Case;
using differential::Results;
namespace pb = google::protobuf;

// The same change made through the generated API (on a message of the type) and through libprotobuf's reflection.
struct Edit {
  void (*generated)(void* message);
  void (*oracle)(pb::Message& message);
};
// Null when the type has no hand-written edit.
const Edit* edit_of(std::string_view full_name);

struct GeneratedType {
  std::string_view full_name;
  void (*check)(const Case& c, Results& results);
};
// Every message type of the rich schemas that has a generated class in this test.
std::span<const GeneratedType> generated_types();

// A FileDescriptorSet holding editions files, rewritten as proto2 with the features `pool` resolved for it
// (groups for DELIMITED, required for LEGACY_REQUIRED, packed as resolved, features options dropped), so that
// libprotobuf 3.21 loads it. Implicit presence and open enums have no proto2 form: implicit fields become
// optional (see clear_implicit_zeros) and open enums closed (random values then stay declared ones).
// "" with *error set when the set does not parse.
std::string lower_editions(std::string_view set, const schema::Pool& pool, std::string* error);
// Clears the fields of `message` (and of its sub-messages) that are implicit-presence in `pool` but hold their
// zero value, which an editions message cannot tell from absent.
void clear_implicit_zeros(pb::Message& message, const schema::Pool& pool);

}  // namespace protoforge::cpp_differential
