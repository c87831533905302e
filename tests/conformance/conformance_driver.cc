// conformance-driver: sends every case of cases_*.cc to two conformance testees and compares their answers
// (compare.h). The first is the one under test, the second the reference (libprotobuf's conformance-reference).
//
// Usage: conformance-driver TESTEE REFERENCE [--filter SUBSTRING] [--verbose] [--strict] [--reference-logs]
//                           [--known-differences FILE]
//   --filter          only cases whose name contains SUBSTRING
//   --verbose         print every case, not only the failures
//   --strict          count skipped cases as failures
//   --reference-logs  keep the reference's stderr (libprotobuf's log lines), dropped by default
//   --known-differences  the testee's own known differences (testee_differences.h); a listed input that no case
//                     has counts as a failure, so the list stays current
// Prints the failures, a table per input and output format, and `N passed, M failed (K skipped, D known
// differences)`; exits 1 if any case failed, 2 on a usage or setup error. A known difference is a mismatch the
// case table explains (Input::known_difference); --verbose lists them.
#include <csignal>
#include <cstdio>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "tests/conformance/cases.h"
#include "tests/conformance/compare.h"
#include "tests/conformance/testee_differences.h"

namespace protoforge::conformance {

namespace {

// A testee answers in microseconds; this only catches one that hangs.
constexpr int kTimeoutMs = 20000;

struct Options {
  std::string testee;
  std::string reference;
  std::string filter;
  std::string known_differences;
  bool verbose = false;
  bool strict = false;
  bool reference_logs = false;
};

struct Tally {
  int passed = 0;
  int failed = 0;
  int skipped = 0;
  int known = 0;      // failures the case table expects (Input::known_difference)
  int identical = 0;  // passes whose payload was byte-identical (for JSON and text: not just equal as messages)

  void add(const Judgement& j) {
    if (j.verdict == Verdict::pass) ++passed;
    if (j.verdict == Verdict::fail) ++failed;
    if (j.verdict == Verdict::skip) ++skipped;
    if (j.verdict == Verdict::known) ++known;
    if (j.verdict == Verdict::pass && j.identical) ++identical;
  }
};

bool parse_options(int argc, char** argv, Options& options) {
  std::vector<std::string> positional;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--filter" && i + 1 < argc) options.filter = argv[++i];
    else if (arg == "--verbose") options.verbose = true;
    else if (arg == "--strict") options.strict = true;
    else if (arg == "--reference-logs") options.reference_logs = true;
    else if (arg == "--known-differences" && i + 1 < argc) options.known_differences = argv[++i];
    else if (arg.starts_with("--")) return false;
    else positional.push_back(arg);
  }
  if (positional.size() != 2) return false;
  options.testee = positional[0];
  options.reference = positional[1];
  return true;
}

// The requests one input makes: one per output format, plus text with unknown fields printed when it has some.
std::vector<std::pair<std::string, Request>> requests_of(const Input& input) {
  std::vector<std::pair<std::string, Request>> out;
  auto add = [&](WireFormat output, bool print_unknown) {
    Request r;
    r.payload_format = input.format;
    r.payload = input.payload;
    r.output_format = output;
    r.message_type = input.message_type;
    r.category = input.category;
    r.print_unknown_fields = print_unknown;
    std::string name = input.name + " -> " + std::string(to_string(output));
    if (print_unknown) name += " (print_unknown_fields)";
    out.emplace_back(std::move(name), std::move(r));
  };
  for (WireFormat output : {WireFormat::protobuf, WireFormat::json, WireFormat::text_format}) add(output, false);
  if (input.has_unknown_fields) add(WireFormat::text_format, true);
  return out;
}

// Asks one testee; a transport failure becomes a runtime_error response so the judge reports it.
Response ask(const Protocol& protocol, ChildTestee& testee, const Request& request) {
  std::string raw, error;
  Response response;
  if (!testee.exchange(protocol.encode_request(request), raw, &error) ||
      !protocol.decode_response(raw, response, &error)) {
    return {ResponseKind::runtime_error, testee.path() + ": " + error};
  }
  return response;
}

void report(const std::string& name, const Judgement& j, bool verbose) {
  if (j.verdict == Verdict::fail) {
    std::printf("FAIL %s: %s\n", name.c_str(), j.detail.c_str());
  } else if (verbose) {
    const char* word = j.verdict == Verdict::pass ? "pass" : j.verdict == Verdict::skip ? "skip" : "known";
    std::printf("%s %s%s%s\n", word, name.c_str(), j.detail.empty() ? "" : ": ", j.detail.c_str());
  }
}

void print_table(const std::map<std::string, Tally>& tallies) {
  std::printf("\n%-22s %7s %7s %7s %7s %10s\n", "input -> output", "passed", "failed", "skipped", "known",
              "identical");
  for (const auto& [key, t] : tallies) {
    std::printf("%-22s %7d %7d %7d %7d %10d\n", key.c_str(), t.passed, t.failed, t.skipped, t.known, t.identical);
  }
}

int run(const Options& options) {
  std::string error;
  const auto protocol = Protocol::load(&error);
  if (!protocol) {
    std::fprintf(stderr, "conformance-driver: %s\n", error.c_str());
    return 2;
  }
  TesteeDifferences differences;
  if (!options.known_differences.empty() &&
      !load_testee_differences(options.known_differences, differences, &error)) {
    std::fprintf(stderr, "conformance-driver: %s\n", error.c_str());
    return 2;
  }
  ChildTestee testee(options.testee, kTimeoutMs, false);
  ChildTestee reference(options.reference, kTimeoutMs, !options.reference_logs);
  Judge judge(*protocol, reference);
  std::map<std::string, Tally> tallies;
  Tally total;
  std::set<std::string, std::less<>> unmatched;
  for (const auto& [name, why] : differences) unmatched.insert(name);
  for (const Input& case_input : all_inputs(protocol->pool())) {
    unmatched.erase(case_input.name);
    if (!options.filter.empty() && case_input.name.find(options.filter) == std::string::npos) continue;
    const Input input = with_testee_difference(case_input, differences);
    for (const auto& [name, request] : requests_of(input)) {
      const Response ours = ask(*protocol, testee, request);
      const Response theirs = ask(*protocol, reference, request);
      Judgement j = judge.judge(input, request, ours, theirs);
      if (j.verdict == Verdict::skip && options.strict) j.verdict = Verdict::fail;
      tallies[std::string(to_string(request.payload_format)) + " -> " + std::string(to_string(request.output_format))]
          .add(j);
      total.add(j);
      report(name, j, options.verbose);
    }
  }
  for (const std::string& name : unmatched) {
    std::printf("FAIL %s: listed in %s, but no case has that name\n", name.c_str(), options.known_differences.c_str());
    ++total.failed;
  }
  print_table(tallies);
  std::printf("\n%d passed, %d failed (%d skipped, %d known differences)\n", total.passed, total.failed,
              total.skipped, total.known);
  return total.failed == 0 ? 0 : 1;
}

}  // namespace

}  // namespace protoforge::conformance

int main(int argc, char** argv) {
  protoforge::conformance::Options options;
  if (!protoforge::conformance::parse_options(argc, argv, options)) {
    std::fprintf(stderr, "usage: conformance-driver TESTEE REFERENCE [--filter SUBSTRING] [--verbose] [--strict] "
                         "[--reference-logs] [--known-differences FILE]\n");
    return 2;
  }
  std::signal(SIGPIPE, SIG_IGN);  // a testee that dies mid-request is reported, not fatal to the driver
  return protoforge::conformance::run(options);
}
