// One compiler run over the input files: map them to virtual paths, parse their import closure on background
// threads while linking, interpreting options and validating each file in dependency order on this one, printing
// diagnostics in the order protoc prints them (a file's dependencies' errors before its own). As soon as a file is
// compiled, its descriptor-set entry is serialized (with SourceCodeInfo when asked) and its text and AST are freed,
// so memory holds descriptors, not sources.
#pragma once

#include <map>
#include <memory>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "compiler/driver/command_line.h"
#include "compiler/driver/loader.h"
#include "compiler/driver/pipeline.h"
#include "compiler/driver/source_tree.h"
#include "compiler/link/pool.h"

namespace protoforge::driver {

class Compilation {
 public:
  // `keep_front_end` keeps every file's text, AST and linker tree after it is compiled, for tests and tools that
  // inspect them (SourceCodeInfo from the AST, for instance); the CLI frees them as it goes.
  Compilation(const CommandLine& command_line, std::ostream& errors, bool keep_front_end = false);
  ~Compilation();

  // Runs the whole front end; false if any error was reported.
  bool run();
  // Whether --fatal_warnings turns this run's warnings into failure (protoc still writes the outputs).
  bool warnings_are_fatal() const { return command_line_.fatal_warnings && warning_count_ > 0; }

  // After a successful run: the input files in command-line order and the loaded/linked data behind them.
  const std::vector<const link::LinkedFile*>& inputs() const { return inputs_; }
  const LoadedFile* loaded(const std::string& virtual_path) const;
  const link::DescriptorPool& pool() const { return *pool_; }
  // The serialized FileDescriptorProto of a file that goes into the -o output (nullptr for others).
  const std::string* serialized(const link::LinkedFile* file) const;
  // The file's CodeGeneratorRequest entry (plugin_request.h), kept for every file when plugins run.
  const std::string* plugin_entry(const link::LinkedFile* file) const;

 private:
  bool load_descriptor_sets();
  bool map_inputs(std::vector<std::string>& virtual_inputs);
  bool visit_prebuilt(const std::string& path, descriptor::FileDescriptorProto& proto);
  bool prepare_options_schema();
  bool visit(const std::string& path);
  void report_import_cycle(std::vector<std::string>::iterator cycle_start);
  bool compile_file(LoadedFile& file);
  void finish_file(LoadedFile& file, link::LinkedFile& linked);
  void print(const diag::Diagnostic& diagnostic);
  void print_all(std::vector<diag::Diagnostic> diagnostics);

  const CommandLine& command_line_;
  std::ostream& errors_;
  SourceTree tree_;
  std::unique_ptr<Loader> loader_;
  std::map<std::string, descriptor::FileDescriptorProto, std::less<>> prebuilt_;  // from --descriptor_set_in
  std::set<std::string> input_paths_;
  std::map<const link::LinkedFile*, std::string> serialized_;
  std::map<const link::LinkedFile*, std::string> plugin_entries_;
  std::unique_ptr<OptionsSchema> options_schema_;
  std::unique_ptr<link::DescriptorPool> pool_;
  std::map<std::string, bool> done_;  // virtual path -> compiled without errors
  std::vector<std::string> stack_;    // files being compiled, for import-cycle errors
  std::vector<const link::LinkedFile*> inputs_;
  bool keep_front_end_ = false;
  size_t error_count_ = 0;
  size_t warning_count_ = 0;
};

}  // namespace protoforge::driver
