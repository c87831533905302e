// libFuzzer target over the table-driven codec of generated classes, with the dynamic codec as its oracle: any
// bytes are parsed as a google.protobuf.FileDescriptorSet by the bootstrap generated classes (runtime/wkt) and by
// the dynamic message of the same schema. Both must accept or reject alike (both follow libprotobuf), and when they
// accept, the generated serialization must be byte-identical to the dynamic deterministic encoding. The zero-copy
// parse must give an equal message, and re-parsing the serialization must be a fixpoint.
#include <cstddef>
#include <cstdint>
#include <string>

#include "google/protobuf/descriptor.pf.h"
#include "runtime/message/binary.h"
#include "tests/fuzz/fuzz_schema.h"
#include "tests/fuzz/round_trip.h"

namespace {

using namespace protoforge;

[[noreturn]] void fail(std::string_view what, std::string_view detail = {}) {
  fuzz::die("fuzz-generated-decode", what, detail);
}

const schema::MessageType& file_set_type() {
  static const schema::MessageType* type = fuzz::fuzz_pool().find_message("google.protobuf.FileDescriptorSet");
  if (type == nullptr) fail("the embedded schema has no FileDescriptorSet");
  return *type;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  google::protobuf::FileDescriptorSet generated;
  const bool generated_ok = generated.ParsePartialFromString(input);

  message::Message dynamic(file_set_type());
  const bool dynamic_ok = message::decode(input, dynamic, message::DecodeOptions{}).ok();
  if (generated_ok != dynamic_ok) fail(generated_ok ? "only the generated class accepts" : "only the dynamic message accepts");
  if (!generated_ok) return 0;

  const std::string bytes = generated.SerializeAsString();
  message::EncodeOptions deterministic;
  deterministic.deterministic = true;
  if (bytes != message::encode(dynamic, deterministic)) fail("serializations differ");
  if (bytes.size() != generated.ByteSizeLong()) fail("ByteSizeLong differs from the serialization");

  google::protobuf::FileDescriptorSet aliased;
  if (!aliased.ParseFromStringAliased(input) && generated.IsInitialized()) fail("the aliased parse fails");
  if (generated.IsInitialized() && !(aliased == generated)) fail("the aliased parse differs");

  google::protobuf::FileDescriptorSet again;
  if (!again.ParsePartialFromString(bytes)) fail("the serialization does not parse");
  if (again.SerializeAsString() != bytes) fail("re-serializing is not a fixpoint");
  google::protobuf::FileDescriptorSet copy(again);
  if (!(copy == again)) fail("a copy differs");
  return 0;
}
