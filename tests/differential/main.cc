// test_runtime_differential: protoforge's runtime against libprotobuf 3.21 on seeded random messages of every
// type of rich_proto2 and rich_proto3, in the binary, text and JSON forms and on corrupted bytes (checks.h).
//
//   test_runtime_differential [--seeds=N] [--seed=FIRST] [--type=FULL.NAME] [--only=binary,text,json,corrupt]
//                             [--reports=N] [PROTO2_SET PROTO3_SET]
//
// --seeds (or the environment variable PROTOFORGE_DIFF_SEEDS) sets the seeds per type, for a longer soak; a
// failure report names the type and seed and the flags that rerun just that case. Exits non-zero on a failure.
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <google/protobuf/stubs/logging.h>

#include "tests/differential/checks.h"

namespace {

using namespace protoforge::differential;
namespace oracle = protoforge::oracle;

// Enough for several thousand messages per direction over the 11 types, in well under a minute (Release).
constexpr uint64_t kDefaultSeeds = 400;
// Enough reports to see a pattern, few enough that one systematic bug does not bury the others.
constexpr uint64_t kDefaultReports = 3;

struct Settings {
  uint64_t seeds = kDefaultSeeds;
  uint64_t first_seed = 0;
  uint64_t reports = kDefaultReports;  // full failure reports per check
  std::string type;  // only this type when set
  std::set<std::string, std::less<>> only;  // directions; all when empty
  std::vector<std::string> sets = {PROTOFORGE_ORACLE_PROTO2_SET, PROTOFORGE_ORACLE_PROTO3_SET};

  bool runs(std::string_view direction) const { return only.empty() || only.contains(direction); }
};

bool parse_settings(int argc, char** argv, Settings& s) {
  if (const char* env = std::getenv("PROTOFORGE_DIFF_SEEDS"); env && !parse_count(env, s.seeds)) return false;
  std::vector<std::string> sets;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    auto value = [&](std::string_view flag) { return arg.substr(flag.size()); };
    if (arg.starts_with("--seeds=")) {
      if (!parse_count(value("--seeds="), s.seeds)) return false;
    } else if (arg.starts_with("--seed=")) {
      if (!parse_count(value("--seed="), s.first_seed)) return false;
    } else if (arg.starts_with("--reports=")) {
      if (!parse_count(value("--reports="), s.reports)) return false;
    } else if (arg.starts_with("--type=")) {
      s.type = value("--type=");
    } else if (arg.starts_with("--only=")) {
      std::string_view list = value("--only=");
      for (size_t comma; !list.empty(); list.remove_prefix(comma == list.npos ? list.size() : comma + 1)) {
        comma = list.find(',');
        s.only.emplace(list.substr(0, comma));
      }
    } else if (arg.starts_with("--")) {
      return false;
    } else {
      sets.emplace_back(arg);
    }
  }
  if (!sets.empty()) s.sets = sets;
  return true;
}

void run_case(const Case& c, const Settings& s, Results& results) {
  const oracle::Schema& schema = *c.sides.oracle;
  const pb::Descriptor& type = *c.type.oracle;
  if (s.runs("binary") || s.runs("text") || s.runs("corrupt")) {
    auto original = oracle::random_message(schema, type, c.seed);
    if (s.runs("binary")) check_binary(c, *original, results);
    if (s.runs("corrupt")) check_corrupted(c, oracle_bytes(*original), results);
    if (s.runs("text")) {
      oracle::RandomOptions plain_options;
      plain_options.unknown_fields = false;
      check_text(c, *original, *oracle::random_message(schema, type, c.seed, plain_options), results);
    }
  }
  if (s.runs("json")) {
    oracle::RandomOptions json_options;
    json_options.json_safe = true;
    check_json(c, *oracle::random_message(schema, type, c.seed, json_options), results);
  }
}

// "binary: 4400 of 4400 messages identical, ..." from the checks' counts.
void print_summary(const Results& r) {
  auto of = [&](std::string_view check) {
    const size_t pass = r.passes_of(check);
    return std::to_string(pass) + " of " + std::to_string(pass + r.failures_of(check));
  };
  std::printf("binary: %s messages identical through protoforge, %s protoforge-built messages identical through "
              "libprotobuf\n", of("binary.identical").c_str(), of("binary.built.identical").c_str());
  std::printf("text: %s printed identically (unknown fields on), %s with Any expanded; %s parsed to identical "
              "bytes; %s of protoforge's texts read back equal by libprotobuf\n", of("text.print").c_str(),
              of("text.print_expanded_any").c_str(), of("text.parse_identical").c_str(),
              of("text.reparsed_equal").c_str());
  if (json_checks_built()) {
    std::printf("json: %s printed identically (%s with options); %s of protoforge's JSON read back equal by "
                "libprotobuf; %s of libprotobuf's JSON parsed to identical bytes (%s with options)\n",
                of("json.print_identical").c_str(), of("json.options.print_identical").c_str(),
                of("json.reparsed_equal").c_str(), of("json.parse_identical").c_str(),
                of("json.options.parse_identical").c_str());
  } else {
    std::printf("json: not checked, this build has no runtime/json\n");
  }
  std::printf("corrupt: %s inputs judged alike, %s accepted by both re-encoded identically (%s reading maps as "
              "DynamicMessage does)\n", of("corrupt.agree").c_str(), of("corrupt.identical").c_str(),
              of("corrupt.plain_maps_identical").c_str());
  std::printf("known differences (explained, neither passed nor failed): %zu\n", r.known_count());
}

}  // namespace

int main(int argc, char** argv) {
  Settings settings;
  if (!parse_settings(argc, argv, settings)) {
    std::fprintf(stderr, "usage: %s [--seeds=N] [--seed=FIRST] [--type=FULL.NAME] "
                 "[--only=binary,text,json,corrupt] [--reports=N] [PROTO2_SET PROTO3_SET]\n", argv[0]);
    return 2;
  }
  std::vector<Sides> all(settings.sets.size());
  for (size_t i = 0; i < all.size(); ++i) {
    all[i].name = settings.sets[i];
    if (std::string error = all[i].load(settings.sets[i]); !error.empty()) {
      std::fprintf(stderr, "%s\n", error.c_str());
      return 2;
    }
  }
  // libprotobuf logs every invalid UTF-8 string it rejects; the checks report what matters.
  google::protobuf::SetLogHandler([](google::protobuf::LogLevel, const char*, int, const std::string&) {});
  Results results(settings.reports);
  for (const Sides& sides : all) {
    for (const TypePair& type : sides.types) {
      if (!settings.type.empty() && type.oracle->full_name() != settings.type) continue;
      for (uint64_t seed = settings.first_seed; seed < settings.first_seed + settings.seeds; ++seed) {
        run_case(Case{sides, type, seed}, settings, results);
      }
    }
  }
  print_summary(results);
  std::printf("%s", results.table().c_str());
  std::printf("%zu passed, %zu failed\n", results.passed(), results.failed());
  return results.failed() == 0 ? 0 : 1;
}
