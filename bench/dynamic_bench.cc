// Dynamic-message throughput: a serialized FileDescriptorSet (the googleapis corpus, ~20 MB) decoded and encoded
// as google.protobuf.FileDescriptorSet through protoforge's dynamic Message and through libprotobuf's
// DynamicMessage, both typed by the same descriptor set of descriptor.proto (libprotobuf's side builds its own
// DescriptorPool from it, so no generated class is involved). Each timed decode starts from a fresh message and
// its destruction is not timed; the runs of the two libraries alternate so that machine noise hits both alike.
// libprotobuf runs its Partial calls: protoforge's decode and encode do not check required fields either.
//   bench-dynamic SCHEMA.pb DATA.pb [--rows]     env: RUNS (timed runs per figure, default 5)
#include <google/protobuf/descriptor.h>
#include <google/protobuf/descriptor.pb.h>
#include <google/protobuf/dynamic_message.h>

#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "bench/bench_util.h"
#include "runtime/message/binary.h"
#include "runtime/schema/pool.h"

namespace {

using namespace protoforge;
namespace pb = google::protobuf;

constexpr const char* kTypeName = "google.protobuf.FileDescriptorSet";

std::string read_or_die(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "bench-dynamic: cannot read %s\n", path);
    std::exit(2);
  }
  return std::string(std::istreambuf_iterator<char>(in), {});
}

[[noreturn]] void die(const std::string& what) {
  std::fprintf(stderr, "bench-dynamic: %s\n", what.c_str());
  std::exit(2);
}

// libprotobuf's dynamic side: a pool of its own built from the schema set, and the factory's prototype.
struct Libprotobuf {
  pb::DescriptorPool pool;
  std::unique_ptr<pb::DynamicMessageFactory> factory;
  const pb::Message* prototype = nullptr;

  explicit Libprotobuf(const std::string& schema_bytes) {
    pb::FileDescriptorSet files;  // the generated class only reads the schema; it is not what is measured
    if (!files.ParseFromString(schema_bytes)) die("schema set does not parse in libprotobuf");
    for (const auto& file : files.file()) {
      if (!pool.BuildFile(file)) die("libprotobuf rejects " + file.name());
    }
    const pb::Descriptor* type = pool.FindMessageTypeByName(kTypeName);
    if (!type) die(std::string("no ") + kTypeName + " in the schema set");
    factory = std::make_unique<pb::DynamicMessageFactory>(&pool);
    prototype = factory->GetPrototype(type);
  }
};

struct Timings {
  std::vector<double> decode, encode;
  bool identical = true;
};

void run_protoforge(const schema::MessageType& type, const std::string& data, Timings& t) {
  auto m = std::make_unique<message::Message>(type);
  message::DecodeResult result;
  t.decode.push_back(bench::time_once([&] { result = message::decode(data, *m); }));
  if (!result.ok()) die("protoforge cannot decode the data: " + result.describe());
  std::string out;
  t.encode.push_back(bench::time_once([&] { out = message::encode(*m); }));
  t.identical = t.identical && out == data;
}

void run_libprotobuf(const Libprotobuf& lib, const std::string& data, Timings& t) {
  std::unique_ptr<pb::Message> m(lib.prototype->New());
  bool parsed = false;
  t.decode.push_back(bench::time_once([&] { parsed = m->ParsePartialFromString(data); }));
  if (!parsed) die("libprotobuf cannot parse the data");
  std::string out;
  t.encode.push_back(bench::time_once([&] { m->SerializePartialToString(&out); }));
  t.identical = t.identical && out == data;
}

void print_rows(const std::string& data, const Timings& ours, const Timings& theirs) {
  const auto row = [&](const char* what, const std::vector<double>& a, const std::vector<double>& b) {
    const double x = bench::median(a), y = bench::median(b);
    bench::print_row(std::string("FileDescriptorSet ") + what + bench::format(" (%.1f MB, dynamic)", data.size() / 1e6),
                     bench::format("%.0f MB/s (%.3f s)", bench::mb_per_s(data.size(), x), x),
                     bench::format("%.0f MB/s (%.3f s)", bench::mb_per_s(data.size(), y), y),
                     bench::format("%.2fx", y / x));
  };
  row("decode", ours.decode, theirs.decode);
  row("encode", ours.encode, theirs.encode);
  bench::print_row("FileDescriptorSet encode == input bytes", ours.identical ? "yes" : "NO",
                   theirs.identical ? "yes" : "NO", "");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) die("usage: bench-dynamic SCHEMA.pb DATA.pb [--rows]");
  const bool rows_only = argc > 3 && std::string(argv[3]) == "--rows";
  const std::string schema_bytes = read_or_die(argv[1]);
  const std::string data = read_or_die(argv[2]);
  const int runs = bench::runs_from_env(5);

  schema::Pool pool;
  if (const std::string error = pool.add_file_set(schema_bytes); !error.empty()) die("schema set: " + error);
  const schema::MessageType* type = pool.find_message(kTypeName);
  if (!type) die(std::string("no ") + kTypeName + " in the schema set");
  const Libprotobuf lib(schema_bytes);

  Timings ours, theirs, warmup;
  run_protoforge(*type, data, warmup);  // first touches of the allocator and the page cache stay out of the figures
  run_libprotobuf(lib, data, warmup);
  for (int r = 0; r < runs; ++r) {
    run_protoforge(*type, data, ours);
    run_libprotobuf(lib, data, theirs);
  }
  if (!rows_only) bench::print_header();
  print_rows(data, ours, theirs);
  return 0;
}
