#include "tests/fuzz/fuzz_schema.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace protoforge::fuzz {

namespace {

constexpr std::string_view kRootNames[] = {
    "protobuf_test_messages.proto3.TestAllTypesProto3",
    "protobuf_test_messages.proto2.TestAllTypesProto2",
    "google.protobuf.FileDescriptorSet",
};

void add_or_die(schema::Pool& pool, std::string_view set) {
  const std::string error = pool.add_file_set(set);
  if (!error.empty()) {
    std::fprintf(stderr, "fuzz schema does not load: %s\n", error.c_str());
    std::abort();
  }
}

struct Loaded {
  schema::Pool pool;
  std::vector<const schema::MessageType*> roots;
};

const Loaded& loaded() {
  static const Loaded* instance = [] {
    auto* l = new Loaded;
    add_or_die(l->pool, embedded_descriptor_schema());
#if PROTOFORGE_FUZZ_CONFORMANCE
    add_or_die(l->pool, embedded_conformance_schema());
#endif
    for (std::string_view name : kRootNames) {
      if (const auto* t = l->pool.find_message(name)) l->roots.push_back(t);
    }
    if (l->roots.empty() || l->pool.messages().empty()) std::abort();
    return l;
  }();
  return *instance;
}

}  // namespace

const schema::Pool& fuzz_pool() { return loaded().pool; }

bool split_input(const uint8_t* data, size_t size, FuzzInput& out) {
  if (size < 2) return false;
  const Loaded& l = loaded();
  const auto& all = l.pool.messages();
  out.type = data[1] < l.roots.size() ? l.roots[data[1]] : all[data[1] % all.size()];
  out.options = message::DecodeOptions{};
  out.options.reserved = static_cast<message::ReservedPolicy>((data[0] & 3) % 3);
  out.options.check_utf8 = (data[0] & 4) == 0;
  out.options.plain_map_entries = (data[0] & 8) != 0;
  out.options.note_unchecked_utf8 = (data[0] & 16) != 0;
  out.flags = data[0];
  out.payload = std::string_view(reinterpret_cast<const char*>(data) + 2, size - 2);
  return true;
}

}  // namespace protoforge::fuzz
