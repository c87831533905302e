#include "compiler/driver/generators.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <memory>
#include <thread>

#include "compiler/driver/output_location.h"
#include "compiler/driver/outputs.h"
#include "compiler/driver/plugin_request.h"
#include "compiler/driver/plugin_runner.h"
#include "plugins/cpp/generator.h"

namespace protoforge::driver {

namespace {

// What one --NAME_out produced, before it is applied.
struct Job {
  const OutputDirective* directive = nullptr;
  bool builtin = false;
  PluginInvocation plugin;
  SubprocessResult plugin_result;
  cpp::GeneratorResult builtin_result;
};

std::string plugin_program(const CommandLine& command_line, const std::string& plugin_name) {
  for (const auto& [name, path] : command_line.plugins) {
    const std::string named = name.empty() ? std::filesystem::path(path).filename().string() : name;
    if (named == plugin_name) return path;
  }
  return plugin_name;  // looked up on PATH
}

void run_all(std::vector<Job>& jobs, const std::vector<descriptor::FileDescriptorProto>& files,
             const std::vector<std::string>& to_generate) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < jobs.size(); i = next++) {
      Job& job = jobs[i];
      if (job.builtin) job.builtin_result = cpp::generate(files, to_generate, job.directive->parameter);
      else job.plugin_result = run_plugin(job.plugin);
    }
  };
  const size_t threads = std::min<size_t>(jobs.size(), std::max(1u, std::thread::hardware_concurrency()));
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
}

// A directory location must exist, as protoc requires (an archive's folder too).
bool location_exists(const OutputLocation& location) {
  if (!location.is_archive()) return std::filesystem::is_directory(location.location());
  const std::filesystem::path parent = std::filesystem::path(location.location()).parent_path();
  return parent.empty() || std::filesystem::is_directory(parent);
}

}  // namespace

bool run_generators(const Compilation& compilation, const CommandLine& command_line, std::ostream& errors,
                    std::vector<std::string>& written) {
  std::vector<descriptor::FileDescriptorProto> files;
  std::vector<const std::string*> entries;
  for (const auto* file : output_order(compilation, /*include_imports=*/true)) {
    files.push_back(file->proto);
    files.back().source_code_info.reset();
    if (const std::string* entry = compilation.plugin_entry(file)) entries.push_back(entry);
  }
  std::vector<std::string> to_generate;
  std::vector<const descriptor::FileDescriptorProto*> inputs;
  for (const auto* file : compilation.inputs()) {
    to_generate.push_back(file->proto.name.value_or(""));
    inputs.push_back(&file->proto);
  }

  std::vector<Job> jobs(command_line.outputs.size());
  for (size_t i = 0; i < jobs.size(); ++i) {
    const OutputDirective& out = command_line.outputs[i];
    jobs[i].directive = &out;
    jobs[i].builtin = is_builtin_generator(out.name);
    if (jobs[i].builtin) continue;
    jobs[i].plugin.plugin_name = "protoc-gen-" + out.name;
    jobs[i].plugin.program = plugin_program(command_line, jobs[i].plugin.plugin_name);
    jobs[i].plugin.request = build_plugin_request(to_generate, out.parameter, entries);
  }
  run_all(jobs, files, to_generate);

  // protoc keys outputs by location: two directives naming one directory share it.
  std::map<std::string, std::unique_ptr<OutputLocation>> locations;
  for (Job& job : jobs) {
    const std::string& dir = job.directive->output_dir;
    auto& location = locations[dir];
    if (!location) location = std::make_unique<OutputLocation>(dir);
    if (job.builtin) {
      if (!job.builtin_result.error.empty()) {
        errors << "--" << job.directive->name << "_out: " << job.builtin_result.error << '\n';
        return false;
      }
      for (const auto& f : job.builtin_result.files) {
        if (std::string error = location->add(f.name, f.content); !error.empty()) errors << error << '\n';
      }
      continue;
    }
    errors << job.plugin_result.err;  // the plugin's own stderr, in command-line order
    const PluginVerdict verdict = apply_plugin_result(job.plugin, job.plugin_result, inputs, *location);
    errors << verdict.notice;
    if (!verdict.ok) {
      errors << "--" << job.directive->name << "_out: " << verdict.error << '\n';
      return false;
    }
  }
  for (const auto& [dir, location] : locations) {
    if (location->had_error()) return false;
    if (!location_exists(*location)) {
      errors << (location->is_archive() ? dir : (dir.ends_with('/') ? dir : dir + "/")) << ": No such file or directory\n";
      return false;
    }
  }
  for (const auto& [dir, location] : locations) {
    if (std::string error = location->commit(); !error.empty()) {
      errors << error << '\n';
      return false;
    }
    for (std::string& path : location->written_paths()) written.push_back(std::move(path));
  }
  return true;
}

}  // namespace protoforge::driver
