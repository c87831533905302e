// Loads and parses .proto files on background threads while the caller links them.
// Parsing is the bulk of a compile and files are independent until linking, so worker threads parse the import
// closure ahead of the linker, which asks for files in dependency order (get). A file the linker needs before a
// worker reached it is parsed on the linker's own thread, so the linker never waits for a queue to drain. Workers
// stay at most `max_ahead` parsed files ahead of the linker, which bounds how many ASTs are alive at once.
// Each file keeps its own diagnostics, so the driver prints them in protoc's order.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/diag/diagnostic.h"
#include "compiler/link/pool.h"
#include "compiler/driver/source_tree.h"
#include "compiler/source/source_file.h"

namespace protoforge::driver {

struct LoadedFile {
  std::string virtual_path;
  bool found = false;
  std::string disk_path;  // empty for built-in files
  std::unique_ptr<source::SourceFile> source;
  ast::File ast;
  std::vector<diag::Diagnostic> parse_diagnostics;
  bool parse_failed = false;
  // The pool-independent first step of linking, made on the parser thread (empty if parsing failed).
  std::optional<link::LoweredFile> lowered;

  // Frees the text and the AST once the file is linked and its outputs are made; the metadata stays.
  void release_front_end();
};

class Loader {
 public:
  // `workers` background parser threads (0 = parse everything on the caller's thread).
  Loader(const SourceTree& tree, unsigned workers, size_t max_ahead);
  ~Loader();
  Loader(const Loader&) = delete;
  Loader& operator=(const Loader&) = delete;

  // Queues a file for background parsing (each path once).
  void request(const std::string& virtual_path);
  // The parsed file, parsing it here if no worker has started it. The reference stays valid for the Loader's life.
  LoadedFile& get(const std::string& virtual_path);
  // A file already returned by get, or nullptr.
  const LoadedFile* find(const std::string& virtual_path) const;
  // Runs `job` on a parser thread, in posting order, before further parsing; right here when there is no parser
  // thread. The driver posts each compiled file's output and clean-up: they only read that file's data, and on a
  // parser thread they leave the linking thread free (and free the AST on the thread that allocated it).
  void post(std::function<void()> job);
  // Waits until every posted job has run.
  void drain();

 private:
  enum class State { queued, parsing, parsed, consumed };
  struct Entry {
    State state = State::queued;
    std::unique_ptr<LoadedFile> file;
  };

  void run_worker();
  std::unique_ptr<LoadedFile> parse_one(const std::string& path) const;
  void store_locked(const std::string& path, std::unique_ptr<LoadedFile> file);
  void request_locked(const std::string& path, bool urgent);

  const SourceTree& tree_;
  const size_t max_ahead_;
  mutable std::mutex mutex_;
  // Two wake-up channels, each signalled only when someone waits on it: waking threads for nothing costs futex
  // calls on every file of a large compile.
  std::condition_variable work_ready_;  // parser threads wait here for jobs or files to parse
  std::condition_variable file_ready_;  // the linking thread waits here for a file, or for jobs to drain
  int workers_waiting_ = 0;
  bool linker_waiting_ = false;
  void wake_workers_locked() {
    if (workers_waiting_ > 0) work_ready_.notify_one();
  }
  void wake_linker_locked() {
    if (linker_waiting_) file_ready_.notify_one();
  }
  std::deque<std::string> queue_;  // may hold paths the linker already took; workers skip them
  std::unordered_map<std::string, Entry> entries_;
  size_t parsed_ahead_ = 0;  // parsed by workers, not yet taken by get()
  std::deque<std::function<void()>> jobs_;
  size_t running_jobs_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace protoforge::driver
