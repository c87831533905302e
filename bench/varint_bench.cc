// Raw varint throughput: protoforge's wire primitives next to libprotobuf's, on the same buffer in the same run:
// decode_varint_unchecked / consume_varint against CodedInputStream::ReadVarint64, write_varint against
// CodedOutputStream::WriteVarint64ToArray, append_varint against CodedOutputStream::WriteVarint64 over a
// StringOutputStream. Two mixes of encoded lengths: one
// shaped like field data (mostly tags, lengths and small numbers), one with every length from 1 to 10 bytes
// equally likely (the long-varint paths). Decoding goes as wire::Reader does: the unchecked fast path while 10
// bytes remain, the bounds-checked one for the tail.
//   bench-varint [--rows]      env: RUNS (timed samples per figure, default 7)
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "bench/bench_util.h"
#include "runtime/wire/wire_format.h"

namespace {

using namespace protoforge;
namespace pbio = google::protobuf::io;

constexpr size_t kValues = size_t{1} << 20;
constexpr int kPassesPerSample = 8;  // so one sample lasts tens of milliseconds, well above timer noise

struct Mix {
  const char* name;
  std::array<int, 10> weights;  // relative frequency of encoded lengths 1..10
};

uint64_t value_of_length(size_t length, std::mt19937_64& rng) {
  if (length == 10) return rng() | (uint64_t{1} << 63);
  const uint64_t low = length == 1 ? 0 : uint64_t{1} << (7 * (length - 1));
  const uint64_t high = uint64_t{1} << (7 * length);
  return low + rng() % (high - low);
}

std::vector<uint64_t> make_values(const Mix& mix) {
  std::mt19937_64 rng(42);
  std::discrete_distribution<size_t> length(mix.weights.begin(), mix.weights.end());
  std::vector<uint64_t> values(kValues);
  for (uint64_t& v : values) v = value_of_length(length(rng) + 1, rng);
  return values;
}

uint64_t decode_protoforge(const std::string& buf) {
  const char* p = buf.data();
  const char* end = p + buf.size();
  uint64_t sum = 0, v = 0;
  while (end - p >= static_cast<long>(wire::kMaxVarintBytes)) {
    p += wire::decode_varint_unchecked(p, v);
    sum += v;
  }
  while (p < end) {
    const size_t n = wire::consume_varint(std::string_view(p, static_cast<size_t>(end - p)), v);
    if (n == 0) std::abort();
    p += n;
    sum += v;
  }
  return sum;
}

uint64_t decode_libprotobuf(const std::string& buf) {
  pbio::CodedInputStream in(reinterpret_cast<const uint8_t*>(buf.data()), static_cast<int>(buf.size()));
  uint64_t sum = 0, v = 0;
  while (in.ReadVarint64(&v)) sum += v;
  return sum;
}

// Into a buffer sized beforehand: the primitives an encoder with a size pass uses.
void write_protoforge(const std::vector<uint64_t>& values, std::string& out) {
  char* p = out.data();
  for (const uint64_t v : values) p = wire::write_varint(p, v);
}

void write_libprotobuf(const std::vector<uint64_t>& values, std::string& out) {
  auto* p = reinterpret_cast<uint8_t*>(out.data());
  for (const uint64_t v : values) p = pbio::CodedOutputStream::WriteVarint64ToArray(v, p);
}

// Appending to a growing string: wire::append_varint, and libprotobuf's stream API over a StringOutputStream.
void append_protoforge(const std::vector<uint64_t>& values, std::string& out) {
  out.clear();
  for (const uint64_t v : values) wire::append_varint(out, v);
}

void append_libprotobuf(const std::vector<uint64_t>& values, std::string& out) {
  out.clear();
  pbio::StringOutputStream stream(&out);
  pbio::CodedOutputStream coded(&stream);
  for (const uint64_t v : values) coded.WriteVarint64(v);
}  // the coded stream trims `out` to what was written when it goes

// Median seconds of one pass of `pass`, over `runs` samples of kPassesPerSample passes.
template <typename Pass>
double seconds_per_pass(int runs, Pass&& pass) {
  std::vector<double> samples;
  for (int r = 0; r < runs; ++r) {
    samples.push_back(bench::time_once([&] {
      for (int i = 0; i < kPassesPerSample; ++i) pass();
    }) / kPassesPerSample);
  }
  return bench::median(samples);
}

std::string figures(size_t bytes, double seconds) {
  return bench::format("%.0f MB/s, %.0f M values/s", bench::mb_per_s(bytes, seconds),
                       static_cast<double>(kValues) / seconds / 1e6);
}

void run_mix(const Mix& mix, int runs) {
  const std::vector<uint64_t> values = make_values(mix);
  std::string buf;
  for (const uint64_t v : values) wire::append_varint(buf, v);
  const uint64_t expected = decode_libprotobuf(buf);
  if (decode_protoforge(buf) != expected) std::abort();

  volatile uint64_t sink = 0;
  const double pf_decode = seconds_per_pass(runs, [&] { sink = sink + decode_protoforge(buf); });
  const double pb_decode = seconds_per_pass(runs, [&] { sink = sink + decode_libprotobuf(buf); });

  std::string ours(buf.size(), '\0'), theirs(buf.size(), '\0');
  const double pf_write = seconds_per_pass(runs, [&] { write_protoforge(values, ours); });
  const double pb_write = seconds_per_pass(runs, [&] { write_libprotobuf(values, theirs); });
  if (ours != buf || theirs != buf) std::abort();
  ours.reserve(buf.size());
  theirs.reserve(buf.size());
  const double pf_append = seconds_per_pass(runs, [&] { append_protoforge(values, ours); });
  const double pb_append = seconds_per_pass(runs, [&] { append_libprotobuf(values, theirs); });
  if (ours != buf || theirs != buf) std::abort();

  const std::string label =
      std::string(mix.name) + bench::format(" (%.2f bytes/value)", static_cast<double>(buf.size()) / kValues);
  const auto row = [&](const char* what, double ours_s, double theirs_s) {
    bench::print_row(std::string(what) + ", " + label, figures(buf.size(), ours_s), figures(buf.size(), theirs_s),
                     bench::format("%.2fx", theirs_s / ours_s));
  };
  row("varint decode", pf_decode, pb_decode);
  row("varint write to array", pf_write, pb_write);
  row("varint append to string", pf_append, pb_append);
}

}  // namespace

int main(int argc, char** argv) {
  const bool rows_only = argc > 1 && std::string(argv[1]) == "--rows";
  const int runs = bench::runs_from_env(7);
  if (!rows_only) bench::print_header();
  run_mix(Mix{"field-like mix", {60, 25, 8, 4, 2, 1, 0, 0, 0, 0}}, runs);
  run_mix(Mix{"lengths 1-10 uniform", {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}}, runs);
  return 0;
}
