#include "tests/fuzz/round_trip.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <variant>
#include <vector>

#include "runtime/message/binary.h"

namespace protoforge::fuzz {

void die(std::string_view target, std::string_view what, std::string_view detail) {
  std::fprintf(stderr, "%.*s: %.*s%s%.*s\n", static_cast<int>(target.size()), target.data(),
               static_cast<int>(what.size()), what.data(), detail.empty() ? "" : ": ",
               static_cast<int>(detail.size()), detail.data());
  std::abort();
}

namespace {

message::Message through_binary(const message::Message& m) {
  message::Message out(m.type());
  message::DecodeOptions options;
  options.check_utf8 = false;  // the text parser, as libprotobuf's, lets invalid UTF-8 into proto3 strings
  const message::DecodeResult result = message::decode(message::encode(m), out, options);
  if (!result.ok()) die("round trip", "the encoder's output does not decode", result.describe());
  return out;
}

}  // namespace

bool any_in_tree(const message::Message& m, const std::function<bool(const message::Message&)>& holds) {
  if (holds(m)) return true;
  bool found = false;
  m.for_each_set_field([&](const schema::Field&, const message::FieldValue& v) {
    if (const auto* one = std::get_if<message::MessagePtr>(&v)) found = found || any_in_tree(**one, holds);
    if (const auto* many = std::get_if<std::vector<message::MessagePtr>>(&v)) {
      for (const auto& x : *many) found = found || any_in_tree(*x, holds);
    }
  });
  return found;
}

bool equal_through_binary(const message::Message& a, const message::Message& b) {
  return through_binary(a) == through_binary(b);
}

}  // namespace protoforge::fuzz
