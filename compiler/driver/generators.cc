#include "compiler/driver/generators.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <system_error>

#include "compiler/driver/outputs.h"
#include "plugins/cpp/generator.h"

namespace protoforge::driver {

namespace {

struct PendingFile {
  std::filesystem::path path;
  const std::string* content;
};

std::string write_all(const std::vector<PendingFile>& files) {
  for (const PendingFile& f : files) {
    std::error_code ec;
    std::filesystem::create_directories(f.path.parent_path(), ec);
    std::ofstream out(f.path, std::ios::binary | std::ios::trunc);
    if (!out) return f.path.string() + ": " + (ec ? ec.message() : "cannot be written");
    out.write(f.content->data(), static_cast<std::streamsize>(f.content->size()));
    if (!out.flush()) return f.path.string() + ": write failed";
  }
  return "";
}

}  // namespace

std::string run_generators(const Compilation& compilation, const CommandLine& command_line,
                           std::vector<std::string>& written) {
  std::vector<descriptor::FileDescriptorProto> files;
  for (const auto* file : output_order(compilation, /*include_imports=*/true)) {
    files.push_back(file->proto);
    files.back().source_code_info.reset();
  }
  std::vector<std::string> to_generate;
  for (const auto* file : compilation.inputs()) to_generate.push_back(file->proto.name.value_or(""));

  std::vector<cpp::GeneratorResult> results;
  std::vector<PendingFile> pending;
  std::map<std::string, std::map<std::string, const std::string*>> by_location;  // protoc's "dir/" -> name -> text
  results.reserve(command_line.outputs.size());
  for (const OutputDirective& out : command_line.outputs) {
    if (out.name != "cpp") {
      return "--" + out.name + "_out: protoc plugins are not supported yet; the built-in generator is --cpp_out";
    }
    if (!std::filesystem::is_directory(out.output_dir)) return out.output_dir + "/: No such file or directory";
    results.push_back(cpp::generate(files, to_generate, out.parameter));
    if (!results.back().error.empty()) return "--" + out.name + "_out: " + results.back().error;
    const std::string location = out.output_dir.ends_with('/') ? out.output_dir : out.output_dir + "/";
    for (const auto& f : results.back().files) by_location[location][f.name] = &f.content;
  }
  for (const auto& [location, files_here] : by_location) {
    for (const auto& [name, content] : files_here) {
      pending.push_back({std::filesystem::path(location + name), content});
      written.push_back(location.starts_with("./") ? location.substr(2) + name : location + name);
    }
  }
  return write_all(pending);
}

}  // namespace protoforge::driver
