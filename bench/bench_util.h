// What the runtime benchmarks share: wall-clock timing of one run, the median of several, throughput figures and
// the rows of the table that bench/runtime-bench.sh prints. Benchmarks print; they never assert on time.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace protoforge::bench {

// Seconds taken by one call of `run`.
template <typename Run>
double time_once(Run&& run) {
  const auto start = std::chrono::steady_clock::now();
  run();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The median of `samples` (the lower middle one for an even count, as compile-bench.sh does).
inline double median(std::vector<double> samples) {
  std::sort(samples.begin(), samples.end());
  return samples.empty() ? 0 : samples[(samples.size() - 1) / 2];
}

// Timed runs per measurement: RUNS from the environment, else `fallback`; at least 1.
inline int runs_from_env(int fallback) {
  const char* env = std::getenv("RUNS");
  const int n = env ? std::atoi(env) : fallback;
  return n > 0 ? n : 1;
}

inline double mb_per_s(size_t bytes, double seconds) { return static_cast<double>(bytes) / seconds / 1e6; }

// Table rows: benchmark, protoforge, libprotobuf, ratio protoforge/libprotobuf (above 1: protoforge faster).
inline void print_header() {
  std::printf("| benchmark | protoforge | libprotobuf 3.21 | protoforge / libprotobuf |\n");
  std::printf("|---|---|---|---|\n");
}
inline void print_row(const std::string& name, const std::string& ours, const std::string& theirs,
                      const std::string& ratio) {
  std::printf("| %s | %s | %s | %s |\n", name.c_str(), ours.c_str(), theirs.c_str(), ratio.c_str());
}
inline std::string format(const char* fmt, double a, double b = 0) {
  char buf[96];
  std::snprintf(buf, sizeof buf, fmt, a, b);
  return buf;
}

}  // namespace protoforge::bench
