#include "compiler/driver/plugin_runner.h"

#include "google/protobuf/compiler/plugin.pf.h"
#include "runtime/strings/escape.h"
#include "runtime/wire/reader.h"

namespace protoforge::driver {

namespace {

using google::protobuf::compiler::CodeGeneratorResponse;

constexpr uint64_t kProto3Optional = 1;
constexpr uint64_t kSupportsEditions = 2;

bool has_proto3_optional(const std::vector<descriptor::FieldDescriptorProto>& fields) {
  for (const auto& f : fields) {
    if (f.proto3_optional.value_or(false)) return true;
  }
  return false;
}
bool has_proto3_optional(const descriptor::DescriptorProto& m) {
  if (has_proto3_optional(m.field) || has_proto3_optional(m.extension)) return true;
  for (const auto& n : m.nested_type) {
    if (has_proto3_optional(n)) return true;
  }
  return false;
}
bool has_proto3_optional(const descriptor::FileDescriptorProto& f) {
  for (const auto& m : f.message_type) {
    if (has_proto3_optional(m)) return true;
  }
  return has_proto3_optional(f.extension);
}

// minimum_edition (3) and maximum_edition (4) of CodeGeneratorResponse: newer than the plugin.proto protoc 3.21
// defines, so they arrive as unknown fields of the generated class.
void read_edition_range(std::string_view unknown, int32_t& minimum, int32_t& maximum) {
  wire::Reader reader(unknown);
  wire::Field f;
  while (reader.next(f)) {
    if (f.type == wire::WireType::varint && f.number == 3) minimum = static_cast<int32_t>(f.value);
    if (f.type == wire::WireType::varint && f.number == 4) maximum = static_cast<int32_t>(f.value);
    if (!reader.skip(f)) break;
  }
}

std::string edition_name(int32_t edition) {
  switch (edition) {
    case 998: return "PROTO2";
    case 999: return "PROTO3";
    case 1000: return "2023";
    case 1001: return "2024";
    default: return std::to_string(edition);
  }
}

// protoc refuses generators that do not declare support for what the inputs use.
PluginVerdict check_features(const PluginInvocation& invocation, const CodeGeneratorResponse& response,
                             const std::vector<const descriptor::FileDescriptorProto*>& inputs) {
  const uint64_t features = response.supported_features();
  int32_t minimum = 0, maximum = 0;
  read_edition_range(response.unknown_fields(), minimum, maximum);
  for (const auto* file : inputs) {
    const std::string name = file->name.value_or("");
    if ((features & kProto3Optional) == 0 && has_proto3_optional(*file)) {
      return {"",
              name + ": is a proto3 file that contains optional fields, but code generator " + invocation.plugin_name +
                  " hasn't been updated to support optional fields in proto3. Please ask the owner of this code "
                  "generator to support proto3 optional.",
              false};
    }
    if (file->syntax.value_or("") != "editions") continue;
    const int32_t edition = static_cast<int32_t>(file->edition.value_or(descriptor::Edition::unknown));
    if ((features & kSupportsEditions) == 0) {
      return {name + ": is an editions file, but code generator " + invocation.plugin_name +
                  " hasn't been updated to support editions yet. Please ask the owner of this code generator to "
                  "add support or switch back to proto2/proto3.",
              "", false};
    }
    if ((minimum != 0 && edition < minimum) || (maximum != 0 && edition > maximum)) {
      return {name + ": is a file using edition " + edition_name(edition) + ", which isn't supported by code "
                  "generator " + invocation.plugin_name + " (it supports editions " + edition_name(minimum) +
                  " to " + edition_name(maximum) + ").",
              "", false};
    }
  }
  return {"", "", true};
}

// The response's files into `location`, chunk by chunk as protoc reads them. Errors of the location (a file
// written twice, a missing insertion point) go to `notices` and do not stop the run, as in protoc; the returned
// error does.
std::string apply_files(const PluginInvocation& invocation, const CodeGeneratorResponse& response,
                        OutputLocation& location, std::string& notices) {
  std::string current;  // the file that a chunk without a name continues
  for (const auto& file : response.file()) {
    const std::string name(file.name());
    const std::string point(file.insertion_point());
    if (!name.empty() && !is_safe_output_name(name)) {
      return invocation.plugin_name + ": refused to write \"" + name +
             "\": a generated file name must be relative and stay inside the output location";
    }
    std::string error;
    if (!point.empty()) {
      error = location.insert(name, point, file.content());
      current.clear();
    } else if (!name.empty()) {
      error = location.add(name, file.content());
      current = name;
    } else if (current.empty()) {
      return invocation.plugin_name + ": First file chunk returned by plugin did not specify a file name.";
    } else {
      error = location.append(current, file.content());
    }
    if (!error.empty()) notices += error + "\n";
  }
  return "";
}

}  // namespace

SubprocessResult run_plugin(const PluginInvocation& invocation) {
  return run_subprocess(invocation.program, {}, invocation.request);
}

PluginVerdict apply_plugin_result(const PluginInvocation& invocation, const SubprocessResult& result,
                                  const std::vector<const descriptor::FileDescriptorProto*>& inputs,
                                  OutputLocation& location) {
  if (!result.started) {
    return {invocation.plugin_name + ": Plugin failed with status code 1.",
            invocation.program + ": program not found or is not executable\nPlease specify a program using "
                                 "absolute path or make sure the program is available in your PATH system variable\n",
            false};
  }
  if (result.signal != 0) {
    return {invocation.plugin_name + ": Plugin killed by signal " + std::to_string(result.signal) + ".", "", false};
  }
  if (result.exit_code != 0) {
    return {invocation.plugin_name + ": Plugin failed with status code " + std::to_string(result.exit_code) + ".", "",
            false};
  }
  CodeGeneratorResponse response;
  if (!response.ParseFromString(result.out)) {
    return {invocation.plugin_name + ": Plugin output is unparseable: " + strings::c_escape(result.out), "", false};
  }
  // As protoc: the files go in first (an erroring generator's files are dropped with the whole run).
  std::string notices;
  if (std::string error = apply_files(invocation, response, location, notices); !error.empty()) {
    return {error, notices, false};
  }
  if (!response.error().empty()) return {std::string(response.error()), notices, false};
  PluginVerdict verdict = check_features(invocation, response, inputs);
  verdict.notice = notices + verdict.notice;
  return verdict;
}

}  // namespace protoforge::driver
