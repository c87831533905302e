#include "compiler/driver/compilation.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <fstream>
#include <sstream>
#include <thread>

#include "runtime/descriptor/deserialize.h"
#include "runtime/descriptor/serialize.h"
#include "compiler/driver/plugin_request.h"
#include "compiler/sourceinfo/source_info.h"

namespace protoforge::driver {

namespace {

bool file_exists(const std::string& path, std::string& reason) {
  struct stat st {};
  if (stat(path.c_str(), &st) == 0) return true;
  reason = std::strerror(errno);
  return false;
}

// Background parser threads: one per core beyond the linking thread, which also parses what it needs first.
unsigned parser_threads() {
  const unsigned hw = std::thread::hardware_concurrency();
  return std::clamp(hw, 2u, 8u) - 1;
}

// How many parsed-but-not-yet-linked files the parser threads may hold: enough to never starve the linker, few
// enough that ASTs of a large corpus are never all alive at once.
constexpr size_t kMaxParsedAhead = 64;

}  // namespace

Compilation::Compilation(const CommandLine& command_line, std::ostream& errors, bool keep_front_end)
    : command_line_(command_line), errors_(errors), tree_(command_line.proto_paths), keep_front_end_(keep_front_end) {}

Compilation::~Compilation() = default;

void Compilation::print(const diag::Diagnostic& diagnostic) {
  if (diagnostic.severity == diag::Severity::error) ++error_count_;
  else ++warning_count_;
  if (command_line_.error_format == diag::ErrorFormat::msvs && loader_) {
    // protoc names the disk file in Visual Studio's format, so the IDE can open it.
    if (const LoadedFile* file = loader_->find(diagnostic.file); file && !file->disk_path.empty()) {
      diag::Diagnostic on_disk = diagnostic;
      on_disk.file = file->disk_path;
      errors_ << diag::render(on_disk, command_line_.error_format) << '\n';
      return;
    }
  }
  errors_ << diag::render(diagnostic, command_line_.error_format) << '\n';
}

void Compilation::print_all(std::vector<diag::Diagnostic> diagnostics) {
  for (const auto& d : diagnostics) print(d);
}

const LoadedFile* Compilation::loaded(const std::string& virtual_path) const {
  return loader_ ? loader_->find(virtual_path) : nullptr;
}

const std::string* Compilation::serialized(const link::LinkedFile* file) const {
  auto it = serialized_.find(file);
  return it == serialized_.end() ? nullptr : &it->second;
}

const std::string* Compilation::plugin_entry(const link::LinkedFile* file) const {
  auto it = plugin_entries_.find(file);
  return it == plugin_entries_.end() ? nullptr : &it->second;
}

// Reads every --descriptor_set_in file; the first occurrence of a file name wins, as in protoc.
bool Compilation::load_descriptor_sets() {
  std::set<std::string, std::less<>> names;
  for (const auto& path : command_line_.descriptor_set_in) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      errors_ << path << ": No such file or directory\n";
      return false;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    std::vector<descriptor::FileDescriptorProto> files;
    if (!descriptor::parse_file_set(bytes.str(), files)) {
      errors_ << path << ": Unable to parse.\n";
      return false;
    }
    for (auto& file : files) {
      const std::string name = file.name.value_or("");
      names.insert(name);
      prebuilt_.try_emplace(name, std::move(file));
    }
  }
  tree_.set_prebuilt_names(std::move(names));
  return true;
}

// protoc's MakeInputsBeProtoPathRelative: a file that does not exist on disk may still be a virtual path; one that
// exists must lie under some -I directory, and not be hidden by an earlier one.
bool Compilation::map_inputs(std::vector<std::string>& virtual_inputs) {
  for (const auto& missing : tree_.missing_directories()) {
    errors_ << (missing.empty() ? "." : missing) << ": warning: directory does not exist.\n";
  }
  for (const auto& input : command_line_.input_files) {
    if (prebuilt_.contains(input)) {  // a file the descriptor sets provide needs no disk file
      virtual_inputs.push_back(input);
      continue;
    }
    if (command_line_.proto_paths.empty()) {  // only --descriptor_set_in says where files are
      errors_ << "Could not find file in descriptor database: " << input << ": No such file or directory\n";
      return false;
    }
    if (std::string reason; !file_exists(input, reason)) {
      if (!tree_.open(input)) {
        errors_ << "Could not make proto path relative: " << input << ": " << reason << '\n';
        return false;
      }
      virtual_inputs.push_back(input);
      continue;
    }
    std::string virtual_path;
    std::string detail;
    switch (tree_.disk_to_virtual(input, virtual_path, detail)) {
      case SourceTree::MapResult::ok:
        virtual_inputs.push_back(virtual_path);
        break;
      case SourceTree::MapResult::shadowed:
        errors_ << input << ": Input is shadowed in the --proto_path by \"" << detail
                << "\".  Either use the latter file as your input or reorder the --proto_path so that the former "
                   "file's location comes first.\n";
        return false;
      case SourceTree::MapResult::cannot_open:
        errors_ << "Could not make proto path relative: " << input << ": " << detail << '\n';
        return false;
      case SourceTree::MapResult::no_mapping:
        if (tree_.open(input)) {
          virtual_inputs.push_back(input);
          break;
        }
        errors_ << input
                << ": File does not reside within any path specified using --proto_path (or -I).  You must specify "
                   "a --proto_path which encompasses this file.  Note that the proto_path must be an exact prefix "
                   "of the .proto file names -- protoc is too dumb to figure out when two paths (e.g. absolute and "
                   "relative) are equivalent (it's harder than you think).\n";
        return false;
    }
  }
  return true;
}

bool Compilation::prepare_options_schema() {
  diag::DiagnosticSink sink;
  options_schema_ = OptionsSchema::load(sink);
  print_all(sink.take());  // only shows up if the built-in schema itself is broken
  return options_schema_ != nullptr;
}

bool Compilation::compile_file(LoadedFile& file) {
  diag::DiagnosticSink sink;
  link::LinkedFile* linked =
      compile_parsed_file(*file.source, file.ast, *pool_, sink, file.lowered ? &*file.lowered : nullptr);
  const bool ok = linked && !sink.has_errors();
  print_all(sink.take());
  if (ok) finish_file(file, *linked);
  return ok;
}

// Makes the file's output entry while its AST is still here, then lets the front end's data go: later files only
// need its descriptors and symbols. Runs on a parser thread (Loader::post): it reads only this file's data, which
// nothing changes once the file is compiled.
void Compilation::finish_file(LoadedFile& file, link::LinkedFile& linked) {
  const bool wanted = !command_line_.descriptor_set_out.empty() &&
                      (command_line_.include_imports || input_paths_.contains(file.virtual_path));
  std::string* bytes = wanted ? &serialized_[&linked] : nullptr;  // the maps are only changed on this thread
  std::string* plugin_bytes = uses_plugins(command_line_) ? &plugin_entries_[&linked] : nullptr;
  loader_->post([this, bytes, plugin_bytes, &file, &linked] {
    const std::string source_info = (command_line_.include_source_info && bytes) || plugin_bytes
                                        ? (linked.ast ? sourceinfo::encode_source_code_info(linked) : std::string())
                                        : std::string();
    if (bytes && command_line_.include_source_info && linked.ast) {
      descriptor::append_file(*bytes, linked.proto, source_info);
    } else if (bytes) {
      descriptor::append_file(*bytes, linked.proto);
    }
    if (plugin_bytes) *plugin_bytes = plugin_file_entry(linked.proto, source_info);
    if (keep_front_end_) return;
    linked.tree.reset();
    linked.pending_options.clear();
    linked.interpreted_option_paths.clear();
    linked.ast = nullptr;
    linked.source = nullptr;
    file.release_front_end();
  });
}

// Depth-first in import order, as protoc builds files: a file's imports are compiled (and their diagnostics
// printed) before the file itself. Returns whether the file compiled without errors.
bool Compilation::visit(const std::string& path) {
  if (auto it = done_.find(path); it != done_.end()) return it->second;
  if (auto on_stack = std::find(stack_.begin(), stack_.end(), path); on_stack != stack_.end()) {
    report_import_cycle(on_stack);
    return false;  // the importer reports the import as failed; the outer visit of `path` records the result
  }
  LoadedFile& file = loader_->get(path);
  if (!file.found) {
    if (auto it = prebuilt_.find(path); it != prebuilt_.end()) return done_[path] = visit_prebuilt(path, it->second);
    print({diag::Severity::error, path, -1, -1, "File not found.", {}});
    return done_[path] = false;
  }
  print_all(std::move(file.parse_diagnostics));
  if (file.parse_failed) return done_[path] = false;
  if (!file.ast.syntax.has_declaration) {
    // protoc logs this (outside its diagnostics: it never fails a build, even with --fatal_warnings).
    errors_ << "[protoforge WARNING] No syntax specified for the proto file: " << path
            << ". Please use 'syntax = \"proto2\";' or 'syntax = \"proto3\";' to specify a syntax version. "
               "(Defaulted to proto2 syntax.)\n";
  }

  stack_.push_back(path);
  bool imports_itself = false;
  for (const auto& element : file.ast.body) {
    const auto* import = std::get_if<ast::Import>(&element);
    if (!import) continue;
    visit(import->path);
    imports_itself = imports_itself || import->path == path;
  }
  // protoc gives up on a file that imports itself once the cycle error is out, without further errors.
  const bool ok = !imports_itself && compile_file(file);
  stack_.pop_back();
  return done_[path] = ok;
}

// A file from --descriptor_set_in: its dependencies first (from source or sets), then the descriptor as it is.
bool Compilation::visit_prebuilt(const std::string& path, descriptor::FileDescriptorProto& proto) {
  stack_.push_back(path);
  bool ok = true;
  for (const auto& dependency : proto.dependency) ok = visit(dependency) && ok;
  stack_.pop_back();
  if (!command_line_.include_source_info) proto.source_code_info.reset();  // as protoc strips it
  link::LinkedFile* linked = ok ? pool_->add_prebuilt(std::move(proto)) : nullptr;
  if (!linked) return false;
  LoadedFile& file = loader_->get(path);
  finish_file(file, *linked);
  return true;
}

// protoc notices a cycle when it is about to build a file that is still being built: the error goes to that
// file, at its import of the next file in the cycle, and names the whole chain back to itself.
void Compilation::report_import_cycle(std::vector<std::string>::iterator cycle_start) {
  std::string chain;
  for (auto it = cycle_start; it != stack_.end(); ++it) chain += *it + " -> ";
  chain += *cycle_start;
  const LoadedFile& file = loader_->get(*cycle_start);
  const std::string& next = cycle_start + 1 != stack_.end() ? *(cycle_start + 1) : *cycle_start;
  int line = -1, column = -1;
  for (const auto& element : file.ast.body) {
    const auto* import = std::get_if<ast::Import>(&element);
    if (!import || import->path != next) continue;
    const auto where = file.source->locate(import->span.begin);
    line = where.line;
    column = where.column;
    break;
  }
  print({diag::Severity::error, *cycle_start, line, column, "File recursively imports itself: " + chain, {}});
}

bool Compilation::run() {
  std::vector<std::string> virtual_inputs;
  if (!load_descriptor_sets()) return false;
  if (!map_inputs(virtual_inputs)) return false;
  if (!prepare_options_schema()) return false;
  pool_ = std::make_unique<link::DescriptorPool>();
  pool_->set_options_schema(&options_schema_->pool());
  for (const auto& input : virtual_inputs) pool_->add_unused_import_track_file(input);

  input_paths_.insert(virtual_inputs.begin(), virtual_inputs.end());
  loader_ = std::make_unique<Loader>(tree_, parser_threads(), kMaxParsedAhead);
  for (const auto& input : virtual_inputs) loader_->request(input);
  bool ok = true;
  for (const auto& input : virtual_inputs) ok = visit(input) && ok;
  loader_->drain();
  if (!ok || error_count_ > 0) return false;
  for (const auto& input : virtual_inputs) {
    const auto* linked = pool_->find_file(input);
    if (std::find(inputs_.begin(), inputs_.end(), linked) == inputs_.end()) inputs_.push_back(linked);
  }
  return true;
}

}  // namespace protoforge::driver
