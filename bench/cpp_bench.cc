// Generated-class throughput: protoforge's generated C++ (the table-driven codec of runtime/generated) next to
// libprotobuf 3.21's generated classes, in one process on the same bytes. Two workloads:
//   - a serialized FileDescriptorSet (the googleapis corpus, ~20 MB) through descriptor.proto's classes;
//   - a small message (bench/proto/small_message.proto) parsed and serialized in a loop.
// Ours are generated under namespace pfbench so they link beside libprotobuf's google::protobuf classes.
// Every variant runs once per round and the rounds repeat, so machine noise hits all alike; figures are the median
// and the best of RUNS rounds, ratios are libprotobuf's time over ours measured in this run (above 1: ours is
// faster). Before timing, every side's serialization is checked to equal the input (and libprotobuf's) byte for
// byte. A benchmark, not a test: it prints, and fails only when the bytes differ.
//   bench-cpp DATA.pb     env: RUNS (rounds, default 7), SMALL_LOOPS (messages per small round, default 200000)
#include <google/protobuf/arena.h>
#include <google/protobuf/descriptor.pb.h>

#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "bench/bench_util.h"
#include "google/protobuf/descriptor.pf.h"
#include "small_message.pb.h"
#include "small_message.pf.h"

namespace {

using namespace protoforge;
namespace pb = google::protobuf;
namespace pf = pfbench::google::protobuf;
using OurSmall = pfbench::protoforge::bench::SmallMessage;
using TheirSmall = ::protoforge::bench::SmallMessage;

[[noreturn]] void die(const std::string& what) {
  std::fprintf(stderr, "bench-cpp: %s\n", what.c_str());
  std::exit(2);
}

std::string read_or_die(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) die(std::string("cannot read ") + path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// One measured variant: its samples (seconds per round) and the bytes one round processes.
struct Series {
  std::string name;
  size_t bytes = 0;
  std::vector<double> samples;
  double median() const { return bench::median(samples); }
  double best() const { return *std::min_element(samples.begin(), samples.end()); }
};

// Prints a table: each variant's median and best throughput, then its ratio against each anchor (by median).
void print_table(const char* title, const std::vector<const Series*>& rows, const std::vector<const Series*>& anchors,
                 double messages_per_round) {
  std::printf("| %s | median | best |", title);
  for (const Series* a : anchors) std::printf(" vs %s |", a->name.c_str());
  std::printf("\n|---|---|---|");
  for (size_t i = 0; i < anchors.size(); ++i) std::printf("---|");
  std::printf("\n");
  for (const Series* s : rows) {
    const auto figure = [&](double seconds) {
      std::string text = bench::format("%.0f MB/s", bench::mb_per_s(s->bytes, seconds));
      if (messages_per_round > 1) text += bench::format(", %.2f M msg/s", messages_per_round / seconds / 1e6);
      return text;
    };
    std::printf("| %s | %s | %s |", s->name.c_str(), figure(s->median()).c_str(), figure(s->best()).c_str());
    for (const Series* a : anchors) std::printf(" %.2fx |", a->median() / s->median());
    std::printf("\n");
  }
  std::printf("\n");
}

void check_same(const std::string& what, const std::string& got, const std::string& want) {
  if (got != want) die(what + ": bytes differ (" + std::to_string(got.size()) + " vs " + std::to_string(want.size()) + ")");
}

// ---- FileDescriptorSet ----

struct SetBench {
  const std::string& data;
  pf::FileDescriptorSet ours_owned, ours_aliased;
  pb::FileDescriptorSet theirs;
  std::string out;
  Series parse_owned{"protoforge ParseFromString", data.size(), {}};
  Series parse_aliased{"protoforge ParseFromStringAliased", data.size(), {}};
  Series parse_theirs{"libprotobuf ParseFromString", data.size(), {}};
  Series parse_arena{"libprotobuf ParseFromString on an Arena", data.size(), {}};
  Series write_ours{"protoforge SerializeToString", data.size(), {}};
  Series write_theirs{"libprotobuf SerializeToString", data.size(), {}};

  explicit SetBench(const std::string& bytes) : data(bytes) {}

  void verify() {
    if (!ours_owned.ParseFromString(data)) die("protoforge cannot parse the set");
    if (!ours_aliased.ParseFromStringAliased(data)) die("protoforge cannot parse the set aliased");
    if (!theirs.ParseFromString(data)) die("libprotobuf cannot parse the set");
    const std::string reference = theirs.SerializeAsString();
    check_same("libprotobuf's serialization against the input", reference, data);
    check_same("protoforge (owning) against libprotobuf", ours_owned.SerializeAsString(), reference);
    check_same("protoforge (aliased) against libprotobuf", ours_aliased.SerializeAsString(), reference);
    pb::Arena arena;
    auto* on_arena = pb::Arena::CreateMessage<pb::FileDescriptorSet>(&arena);
    if (!on_arena->ParseFromString(data)) die("libprotobuf cannot parse the set on an arena");
    check_same("libprotobuf (arena) against libprotobuf", on_arena->SerializeAsString(), reference);
  }

  // One round: parse into reused messages (both libraries keep cleared sub-objects for reuse), a fresh arena per
  // parse (its release timed, as arenas are used), then serialize into a reused string.
  void round() {
    bool ok = true;
    parse_owned.samples.push_back(bench::time_once([&] { ok &= ours_owned.ParseFromString(data); }));
    parse_aliased.samples.push_back(bench::time_once([&] { ok &= ours_aliased.ParseFromStringAliased(data); }));
    parse_theirs.samples.push_back(bench::time_once([&] { ok &= theirs.ParseFromString(data); }));
    parse_arena.samples.push_back(bench::time_once([&] {
      pb::Arena arena;
      ok &= pb::Arena::CreateMessage<pb::FileDescriptorSet>(&arena)->ParseFromString(data);
    }));
    if (!ok) die("a parse failed while timing");
    write_ours.samples.push_back(bench::time_once([&] { ours_owned.SerializeToString(&out); }));
    check_same("protoforge serialization while timing", out, data);
    write_theirs.samples.push_back(bench::time_once([&] { theirs.SerializeToString(&out); }));
    check_same("libprotobuf serialization while timing", out, data);
  }

  void print() const {
    char title[96];
    std::snprintf(title, sizeof title, "FileDescriptorSet, %.1f MB", data.size() / 1e6);
    print_table(title, {&parse_owned, &parse_aliased, &parse_theirs, &parse_arena}, {&parse_theirs, &parse_arena}, 1);
    print_table(title, {&write_ours, &write_theirs}, {&write_theirs}, 1);
  }
};

// ---- small message ----

template <class M>
void fill_small(M& m) {
  m.set_id(1234567890123);
  m.set_priority(7);
  m.set_urgent(true);
  m.set_score(0.875);
  m.set_name("projects/demo/locations/europe-west1/instances/frontend-7");
  m.mutable_origin()->set_region(42);
  m.mutable_origin()->set_host("host-17.example.net");
  for (int tag : {3, 141, 59, 2653}) m.add_tags(tag);
}

struct SmallBench {
  int loops;
  std::string data;
  OurSmall ours;
  TheirSmall theirs;
  std::string out;
  Series parse_ours, parse_aliased, parse_theirs, parse_arena, write_ours, write_theirs;

  explicit SmallBench(int n) : loops(n) {
    TheirSmall reference;
    fill_small(reference);
    data = reference.SerializeAsString();
    OurSmall mine;
    fill_small(mine);
    check_same("protoforge's small message against libprotobuf's", mine.SerializeAsString(), data);
    if (!ours.ParseFromString(data)) die("protoforge cannot parse the small message");
    check_same("protoforge's small message round trip", ours.SerializeAsString(), data);
    const size_t bytes = data.size() * static_cast<size_t>(loops);
    parse_ours = {"protoforge ParseFromString", bytes, {}};
    parse_aliased = {"protoforge ParseFromStringAliased", bytes, {}};
    parse_theirs = {"libprotobuf ParseFromString", bytes, {}};
    parse_arena = {"libprotobuf ParseFromString on an Arena", bytes, {}};
    write_ours = {"protoforge SerializeToString", bytes, {}};
    write_theirs = {"libprotobuf SerializeToString", bytes, {}};
  }

  // Parses `loops` times into one reused message (libprotobuf's arena side: one message per arena, the arena
  // reset each time over a first block it keeps), then serializes `loops` times into one reused string.
  void round() {
    bool ok = true;
    parse_ours.samples.push_back(bench::time_once([&] {
      for (int i = 0; i < loops; ++i) ok &= ours.ParseFromString(data);
    }));
    parse_aliased.samples.push_back(bench::time_once([&] {
      for (int i = 0; i < loops; ++i) ok &= ours.ParseFromStringAliased(data);
    }));
    parse_theirs.samples.push_back(bench::time_once([&] {
      for (int i = 0; i < loops; ++i) ok &= theirs.ParseFromString(data);
    }));
    static char block[4096];
    pb::ArenaOptions options;
    options.initial_block = block;
    options.initial_block_size = sizeof block;
    pb::Arena arena(options);
    parse_arena.samples.push_back(bench::time_once([&] {
      for (int i = 0; i < loops; ++i) {
        ok &= pb::Arena::CreateMessage<TheirSmall>(&arena)->ParseFromString(data);
        arena.Reset();
      }
    }));
    if (!ok) die("a small parse failed while timing");
    size_t total = 0;
    write_ours.samples.push_back(bench::time_once([&] {
      for (int i = 0; i < loops; ++i) { ours.SerializeToString(&out); total += out.size(); }
    }));
    check_same("protoforge small serialization while timing", out, data);
    write_theirs.samples.push_back(bench::time_once([&] {
      for (int i = 0; i < loops; ++i) { theirs.SerializeToString(&out); total += out.size(); }
    }));
    check_same("libprotobuf small serialization while timing", out, data);
    if (total != 2 * data.size() * static_cast<size_t>(loops)) die("small serialization sizes drifted");
  }

  void print() const {
    char title[96];
    std::snprintf(title, sizeof title, "small message, %zu bytes, %d per round", data.size(), loops);
    print_table(title, {&parse_ours, &parse_aliased, &parse_theirs, &parse_arena}, {&parse_theirs, &parse_arena},
                loops);
    print_table(title, {&write_ours, &write_theirs}, {&write_theirs}, loops);
  }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) die("usage: bench-cpp DATA.pb");
  const std::string data = read_or_die(argv[1]);
  const int runs = bench::runs_from_env(7);
  const char* loops_env = std::getenv("SMALL_LOOPS");
  const int loops = loops_env && std::atoi(loops_env) > 0 ? std::atoi(loops_env) : 200000;

  SetBench set(data);
  set.verify();
  SmallBench small(loops);
  set.round();  // warm-up: first touches of the allocator and caches stay out of the figures
  small.round();
  for (Series* s : {&set.parse_owned, &set.parse_aliased, &set.parse_theirs, &set.parse_arena, &set.write_ours,
                    &set.write_theirs, &small.parse_ours, &small.parse_aliased, &small.parse_theirs,
                    &small.parse_arena, &small.write_ours, &small.write_theirs}) {
    s->samples.clear();
  }
  for (int r = 0; r < runs; ++r) {
    set.round();
    small.round();
  }
  set.print();
  small.print();
  std::printf("Serializations checked byte-identical to libprotobuf's (and the set to its input). Ratios: libprotobuf's"
              " median time over this row's, above 1 when this row is faster.\n");
  return 0;
}
