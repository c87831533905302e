#include "tests/differential/harness.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>
#include <google/protobuf/text_format.h>

#include "tests/unit/read_file.h"

namespace protoforge::differential {

std::string Sides::load(const std::string& path) {
  std::string bytes, error;
  if (!testing::read_file(path, bytes)) return "cannot read " + path;
  oracle = oracle::Schema::load(bytes, &error);
  if (!oracle) return "libprotobuf cannot load " + path + ": " + error;
  if (error = pool.add_file_set(bytes); !error.empty()) return "protoforge cannot load " + path + ": " + error;
  for (const pb::Descriptor* type : oracle->message_types()) {
    const schema::MessageType* forge = pool.find_message(type->full_name());
    if (!forge) return "protoforge has no type " + type->full_name();
    types.push_back({type, forge});
  }
  return "";
}

void Results::record(std::string_view check, const Case& c, bool ok, const std::function<std::string()>& details) {
  auto it = checks_.find(check);
  if (it == checks_.end()) it = checks_.emplace(std::string(check), Counts{}).first;
  if (ok) {
    ++it->second.passed;
    ++passed_;
    return;
  }
  ++failed_;
  if (++it->second.failed > reports_per_check_) return;
  std::printf("FAIL %.*s: %s\n%s\n\n", static_cast<int>(check.size()), check.data(), describe(c).c_str(),
              details().c_str());
  std::fflush(stdout);
}

void Results::known(std::string_view difference, const Case& c, const std::function<std::string()>& details) {
  auto it = known_.find(difference);
  if (it == known_.end()) it = known_.emplace(std::string(difference), 0).first;
  if (++it->second > 1) return;
  std::printf("KNOWN %.*s; for example %s\n%s\n\n", static_cast<int>(difference.size()), difference.data(),
              describe(c).c_str(), clip(details(), 1500).c_str());
}

size_t Results::passes_of(std::string_view check) const {
  auto it = checks_.find(check);
  return it == checks_.end() ? 0 : it->second.passed;
}

size_t Results::failures_of(std::string_view check) const {
  auto it = checks_.find(check);
  return it == checks_.end() ? 0 : it->second.failed;
}

size_t Results::known_count() const {
  size_t n = 0;
  for (const auto& [name, count] : known_) n += count;
  return n;
}

std::string Results::table() const {
  std::string out;
  for (const auto& [name, counts] : checks_) {
    out += "  " + name + ": " + std::to_string(counts.passed) + " passed, " + std::to_string(counts.failed) +
           " failed\n";
  }
  for (const auto& [name, count] : known_) out += "  known difference, " + name + ": " + std::to_string(count) + "\n";
  return out;
}

bool parse_count(std::string_view text, uint64_t& out) {
  if (text.empty()) return false;
  char* end = nullptr;
  const std::string s(text);
  out = std::strtoull(s.c_str(), &end, 10);
  return *end == '\0';
}

std::string describe(const Case& c) {
  const std::string& type = c.type.oracle->full_name();
  const std::string seed = std::to_string(c.seed);
  return type + " seed " + seed + " (rerun: --type=" + type + " --seed=" + seed + " --seeds=1)";
}

std::string hex(std::string_view bytes, size_t limit) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out = std::to_string(bytes.size()) + " bytes:";
  for (size_t i = 0; i < bytes.size() && i < limit; ++i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    out += i % 32 == 0 ? "\n    " : " ";
    out += kDigits[b >> 4];
    out += kDigits[b & 15];
  }
  if (bytes.size() > limit) out += " ...";
  return out;
}

std::string byte_difference(std::string_view libprotobuf, std::string_view protoforge) {
  const size_t n = std::min(libprotobuf.size(), protoforge.size());
  size_t at = 0;
  while (at < n && libprotobuf[at] == protoforge[at]) ++at;
  const size_t from = at < 16 ? 0 : at - 16;
  return "first difference at byte " + std::to_string(at) + "; from byte " + std::to_string(from) + ":\n" +
         "  libprotobuf " + hex(libprotobuf.substr(std::min(from, libprotobuf.size())), 64) + "\n" +
         "  protoforge  " + hex(protoforge.substr(std::min(from, protoforge.size())), 64) + "\nwhole:\n" +
         "  libprotobuf " + hex(libprotobuf) + "\n  protoforge  " + hex(protoforge);
}

std::string clip(std::string_view text, size_t limit) {
  if (text.size() <= limit) return std::string(text);
  return std::string(text.substr(0, limit)) + "\n... (" + std::to_string(text.size() - limit) + " more bytes)";
}

std::string text_difference(std::string_view a_name, std::string_view a, std::string_view b_name, std::string_view b) {
  size_t at = 0;
  while (at < a.size() && at < b.size() && a[at] == b[at]) ++at;
  const size_t line_start = at == 0 ? std::string_view::npos : a.rfind('\n', at - 1);
  // From the start of the line, or a little before the difference on long lines (JSON is one line).
  const size_t from = std::max(line_start == std::string_view::npos ? 0 : line_start + 1, at < 160 ? 0 : at - 160);
  return "first difference at byte " + std::to_string(at) + ", from byte " + std::to_string(from) + ":\n--- " + std::string(a_name) + "\n" +
         clip(a.substr(std::min(from, a.size())), 600) + "\n--- " + std::string(b_name) + "\n" +
         clip(b.substr(std::min(from, b.size())), 600) + "\n--- whole " + std::string(a_name) + "\n" + clip(a);
}

std::string oracle_bytes(const pb::Message& message) {
  std::string out;
  {
    pb::io::StringOutputStream stream(&out);
    pb::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    message.SerializePartialToCodedStream(&coded);
  }  // the coded stream flushes into `out` when it goes
  return out;
}

std::unique_ptr<pb::Message> oracle_parse(const Case& c, std::string_view bytes) {
  auto m = c.sides.oracle->new_message(*c.type.oracle);
  if (!m->ParsePartialFromArray(bytes.data(), static_cast<int>(bytes.size()))) return nullptr;
  return m;
}

namespace {

void keep_last_entries(pb::Message& m, const pb::FieldDescriptor& map) {
  const pb::Reflection& r = *m.GetReflection();
  const pb::FieldDescriptor& key = *map.message_type()->map_key();
  std::map<std::string, int> last;
  for (int i = 0; i < r.FieldSize(m, &map); ++i) {
    std::string text;
    pb::TextFormat::PrintFieldValueToString(r.GetRepeatedMessage(m, &map, i), &key, -1, &text);
    last[text] = i;
  }
  std::vector<std::unique_ptr<pb::Message>> kept;
  for (const auto& [text, index] : last) {
    kept.emplace_back(r.GetRepeatedMessage(m, &map, index).New());
    kept.back()->CopyFrom(r.GetRepeatedMessage(m, &map, index));
    kept.back()->GetReflection()->MutableUnknownFields(kept.back().get())->Clear();
  }
  r.ClearField(&m, &map);
  for (const auto& entry : kept) r.AddMessage(&m, &map)->CopyFrom(*entry);
}

template <typename Float>
Float without_zero_sign(Float v) {
  return v == 0 ? Float(0) : v;
}

void clear_zero_signs_in_any(const oracle::Schema& schema, pb::Message& any) {
  const pb::Reflection& r = *any.GetReflection();
  const pb::FieldDescriptor* url = any.GetDescriptor()->FindFieldByName("type_url");
  const pb::FieldDescriptor* value = any.GetDescriptor()->FindFieldByName("value");
  const std::string name = r.GetString(any, url).substr(r.GetString(any, url).rfind('/') + 1);
  const pb::Descriptor* type = schema.find_message(name);
  if (!type) return;
  auto inner = schema.new_message(*type);
  if (!inner->ParsePartialFromString(r.GetString(any, value))) return;
  clear_zero_signs(schema, *inner);
  r.SetString(&any, value, oracle_bytes(*inner));
}

}  // namespace

void clear_zero_signs(const oracle::Schema& schema, pb::Message& m) {
  if (m.GetDescriptor()->full_name() == "google.protobuf.Any") return clear_zero_signs_in_any(schema, m);
  const pb::Reflection& r = *m.GetReflection();
  std::vector<const pb::FieldDescriptor*> fields;
  r.ListFields(m, &fields);
  for (const pb::FieldDescriptor* f : fields) {
    const int n = f->is_repeated() ? r.FieldSize(m, f) : 1;
    for (int i = 0; i < n; ++i) {
      switch (f->cpp_type()) {
        case pb::FieldDescriptor::CPPTYPE_FLOAT:
          if (f->is_repeated()) r.SetRepeatedFloat(&m, f, i, without_zero_sign(r.GetRepeatedFloat(m, f, i)));
          else r.SetFloat(&m, f, without_zero_sign(r.GetFloat(m, f)));
          break;
        case pb::FieldDescriptor::CPPTYPE_DOUBLE:
          if (f->is_repeated()) r.SetRepeatedDouble(&m, f, i, without_zero_sign(r.GetRepeatedDouble(m, f, i)));
          else r.SetDouble(&m, f, without_zero_sign(r.GetDouble(m, f)));
          break;
        case pb::FieldDescriptor::CPPTYPE_MESSAGE:
          clear_zero_signs(schema, f->is_repeated() ? *r.MutableRepeatedMessage(&m, f, i) : *r.MutableMessage(&m, f));
          break;
        default: break;
      }
    }
  }
}

void apply_map_semantics(pb::Message& m) {
  const pb::Reflection& r = *m.GetReflection();
  std::vector<const pb::FieldDescriptor*> fields;
  r.ListFields(m, &fields);
  for (const pb::FieldDescriptor* f : fields) {
    if (f->cpp_type() != pb::FieldDescriptor::CPPTYPE_MESSAGE) continue;
    if (!f->is_repeated()) {
      apply_map_semantics(*r.MutableMessage(&m, f));
      continue;
    }
    if (f->is_map()) keep_last_entries(m, *f);
    for (int i = 0; i < r.FieldSize(m, f); ++i) apply_map_semantics(*r.MutableRepeatedMessage(&m, f, i));
  }
}

std::string oracle_text(const pb::Message& message) {
  std::string text;
  oracle::to_text(message, &text);
  return text;
}

}  // namespace protoforge::differential
