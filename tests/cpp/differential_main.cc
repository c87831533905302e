// test_cpp_differential: the classes protoforge's C++ generator writes for rich_proto2, rich_proto3 and
// rich_editions against libprotobuf 3.21, on seeded random messages of every type (differential_checks.h).
// libprotobuf cannot load editions, so rich_editions is checked against its proto2 lowering (lower_editions).
//
//   test_cpp_differential [--seeds=N] [--seed=FIRST] [--type=FULL.NAME] [--reports=N]
//
// --seeds (or PROTOFORGE_DIFF_SEEDS) sets the seeds per type; a failure report names the type and seed and the
// flags that rerun just that case. Prints the count of every check; exits non-zero on a failure.
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <google/protobuf/stubs/logging.h>

#include "tests/cpp/differential_checks.h"
#include "tests/unit/read_file.h"

namespace protoforge::cpp_differential {

std::unique_ptr<pb::Message> oracle_message(const Case& c, uint64_t seed) {
  auto message = oracle::random_message(*c.sides.oracle, *c.type.oracle, seed);
  clear_implicit_zeros(*message, c.sides.pool);  // a no-op outside editions (proto3 zeros are never set)
  return message;
}

}  // namespace protoforge::cpp_differential

namespace {

using namespace protoforge::cpp_differential;
using protoforge::differential::Sides;
using protoforge::differential::TypePair;
using protoforge::differential::parse_count;
namespace oracle = protoforge::oracle;

// About 16 types x 300 seeds x 2 messages, each through a dozen operations: a few seconds in Release.
constexpr uint64_t kDefaultSeeds = 300;
constexpr uint64_t kDefaultReports = 3;

struct Settings {
  uint64_t seeds = kDefaultSeeds;
  uint64_t first_seed = 0;
  uint64_t reports = kDefaultReports;
  std::string type;
};

bool parse_settings(int argc, char** argv, Settings& s) {
  if (const char* env = std::getenv("PROTOFORGE_DIFF_SEEDS"); env && !parse_count(env, s.seeds)) return false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg.starts_with("--seeds=")) {
      if (!parse_count(arg.substr(8), s.seeds)) return false;
    } else if (arg.starts_with("--seed=")) {
      if (!parse_count(arg.substr(7), s.first_seed)) return false;
    } else if (arg.starts_with("--reports=")) {
      if (!parse_count(arg.substr(10), s.reports)) return false;
    } else if (arg.starts_with("--type=")) {
      s.type = arg.substr(7);
    } else {
      return false;
    }
  }
  return true;
}

// The editions set into protoforge as it is, and into libprotobuf lowered to proto2.
std::string load_editions(const std::string& path, Sides& sides) {
  std::string bytes, error;
  if (!protoforge::testing::read_file(path, bytes)) return "cannot read " + path;
  if (error = sides.pool.add_file_set(bytes); !error.empty()) return "protoforge cannot load " + path + ": " + error;
  const std::string lowered = lower_editions(bytes, sides.pool, &error);
  if (lowered.empty()) return path + ": " + error;
  sides.oracle = oracle::Schema::load(lowered, &error);
  if (!sides.oracle) return "libprotobuf cannot load the proto2 lowering of " + path + ": " + error;
  for (const pb::Descriptor* type : sides.oracle->message_types()) {
    const auto* forge = sides.pool.find_message(type->full_name());
    if (forge == nullptr) return "protoforge has no type " + type->full_name();
    sides.types.push_back({type, forge});
  }
  return "";
}

std::string load_all(std::vector<Sides>& all) {
  all[0].name = "rich_proto2";
  all[1].name = "rich_proto3";
  all[2].name = "rich_editions";
  if (std::string error = all[0].load(PROTOFORGE_ORACLE_PROTO2_SET); !error.empty()) return error;
  if (std::string error = all[1].load(PROTOFORGE_ORACLE_PROTO3_SET); !error.empty()) return error;
  return load_editions(PROTOFORGE_ORACLE_EDITIONS_SET, all[2]);
}

}  // namespace

int main(int argc, char** argv) {
  Settings settings;
  if (!parse_settings(argc, argv, settings)) {
    std::fprintf(stderr, "usage: %s [--seeds=N] [--seed=FIRST] [--type=FULL.NAME] [--reports=N]\n", argv[0]);
    return 2;
  }
  std::vector<Sides> all(3);
  if (std::string error = load_all(all); !error.empty()) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 2;
  }
  google::protobuf::SetLogHandler([](google::protobuf::LogLevel, const char*, int, const std::string&) {});
  std::map<std::string_view, const GeneratedType*> by_name;
  for (const GeneratedType& type : generated_types()) by_name.emplace(type.full_name, &type);
  Results results(settings.reports);
  size_t cases = 0;
  for (const Sides& sides : all) {
    for (const TypePair& type : sides.types) {
      if (!settings.type.empty() && type.oracle->full_name() != settings.type) continue;
      auto it = by_name.find(type.oracle->full_name());
      results.record("cpp.type_generated", Case{sides, type, 0}, it != by_name.end(),
                     [] { return std::string("no generated class in generated_types()"); });
      if (it == by_name.end()) continue;
      for (uint64_t seed = settings.first_seed; seed < settings.first_seed + settings.seeds; ++seed, ++cases) {
        it->second->check(Case{sides, type, seed}, results);
      }
    }
  }
  std::printf("%zu cases (type and seed, two random messages each)\n%s", cases, results.table().c_str());
  std::printf("%zu checks passed, %zu failed\n", results.passed(), results.failed());
  return results.failed() == 0 ? 0 : 1;
}
