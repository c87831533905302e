#include "compiler/driver/loader.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "compiler/parse/parser.h"

namespace protoforge::driver {

namespace {

// A work queue of virtual paths; workers parse one file at a time and enqueue its imports.
class ClosureLoader {
 public:
  explicit ClosureLoader(const SourceTree& tree) : tree_(tree) {}

  void enqueue(const std::string& path) {
    std::lock_guard lock(mutex_);
    enqueue_locked(path);
  }

  void run_worker() {
    for (;;) {
      std::string path;
      {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [&] { return !queue_.empty() || in_flight_ == 0; });
        if (queue_.empty()) return;
        path = std::move(queue_.front());
        queue_.pop_front();
        ++in_flight_;
      }
      auto file = load_one(path);
      std::lock_guard lock(mutex_);
      for (const auto& element : file->ast.body) {
        if (const auto* import = std::get_if<ast::Import>(&element)) enqueue_locked(import->path);
      }
      files_[path] = std::move(file);
      --in_flight_;
      ready_.notify_all();
    }
  }

  std::map<std::string, std::unique_ptr<LoadedFile>> take() { return std::move(files_); }

 private:
  void enqueue_locked(const std::string& path) {
    if (!seen_.emplace(path, true).second) return;
    queue_.push_back(path);
    ready_.notify_one();
  }

  std::unique_ptr<LoadedFile> load_one(const std::string& path) const {
    auto file = std::make_unique<LoadedFile>();
    file->virtual_path = path;
    auto opened = tree_.open(path);
    if (!opened) return file;
    file->found = true;
    file->disk_path = std::move(opened->disk_path);
    file->source = std::make_unique<source::SourceFile>(path, std::move(opened->text));
    diag::DiagnosticSink sink;
    file->ast = parse::parse_file(*file->source, sink);
    file->parse_failed = sink.has_errors();
    file->parse_diagnostics = sink.take();
    return file;
  }

  const SourceTree& tree_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<std::string> queue_;
  std::map<std::string, bool> seen_;
  std::map<std::string, std::unique_ptr<LoadedFile>> files_;
  int in_flight_ = 0;
};

}  // namespace

std::map<std::string, std::unique_ptr<LoadedFile>> load_closure(const SourceTree& tree,
                                                                 const std::vector<std::string>& roots,
                                                                 unsigned threads) {
  ClosureLoader loader(tree);
  for (const auto& root : roots) loader.enqueue(root);
  std::vector<std::thread> workers;
  for (unsigned i = 1; i < threads; ++i) workers.emplace_back([&] { loader.run_worker(); });
  loader.run_worker();
  for (auto& worker : workers) worker.join();
  return loader.take();
}

}  // namespace protoforge::driver
