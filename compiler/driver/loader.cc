#include "compiler/driver/loader.h"

#include "compiler/parse/parser.h"

namespace protoforge::driver {

void LoadedFile::release_front_end() {
  lowered.reset();
  ast = ast::File{};
  source.reset();
}

void Loader::post(std::function<void()> job) {
  if (workers_.empty()) {
    job();
    return;
  }
  std::lock_guard lock(mutex_);
  jobs_.push_back(std::move(job));
  wake_workers_locked();
}

void Loader::drain() {
  std::unique_lock lock(mutex_);
  linker_waiting_ = true;
  file_ready_.wait(lock, [&] { return jobs_.empty() && running_jobs_ == 0; });
  linker_waiting_ = false;
}

Loader::Loader(const SourceTree& tree, unsigned workers, size_t max_ahead) : tree_(tree), max_ahead_(max_ahead) {
  for (unsigned i = 0; i < workers; ++i) workers_.emplace_back([this] { run_worker(); });
}

Loader::~Loader() {
  drain();
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  work_ready_.notify_all();
  for (auto& worker : workers_) worker.join();
}

void Loader::request(const std::string& path) {
  std::lock_guard lock(mutex_);
  request_locked(path, false);
}

void Loader::request_locked(const std::string& path, bool urgent) {
  auto [it, added] = entries_.try_emplace(path);
  // An urgent request moves a still-queued file to the front; the stale copy further back is skipped later.
  if (!added && !(urgent && it->second.state == State::queued)) return;
  if (urgent) queue_.push_front(path);
  else queue_.push_back(path);
  wake_workers_locked();
}

std::unique_ptr<LoadedFile> Loader::parse_one(const std::string& path) const {
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
  if (!file->parse_failed) file->lowered = link::lower(*file->source, file->ast);
  return file;
}

// Records a parsed file and queues its imports at the front of the queue, first import first: the linker walks
// imports depth-first, so this is the order in which it will ask for them.
void Loader::store_locked(const std::string& path, std::unique_ptr<LoadedFile> file) {
  std::vector<const std::string*> imports;
  for (const auto& element : file->ast.body) {
    if (const auto* import = std::get_if<ast::Import>(&element)) imports.push_back(&import->path);
  }
  for (auto it = imports.rbegin(); it != imports.rend(); ++it) request_locked(**it, true);
  entries_[path].file = std::move(file);
  wake_linker_locked();
}

void Loader::run_worker() {
  std::unique_lock lock(mutex_);
  for (;;) {
    ++workers_waiting_;
    work_ready_.wait(lock, [&] {
      return stopping_ || !jobs_.empty() || (!queue_.empty() && parsed_ahead_ < max_ahead_);
    });
    --workers_waiting_;
    if (stopping_) return;
    if (!jobs_.empty()) {
      auto job = std::move(jobs_.front());
      jobs_.pop_front();
      ++running_jobs_;
      lock.unlock();
      job();
      job = nullptr;  // whatever it captured is freed on this thread
      lock.lock();
      --running_jobs_;
      wake_linker_locked();
      continue;
    }
    std::string path = std::move(queue_.front());
    queue_.pop_front();
    Entry& entry = entries_[path];
    if (entry.state != State::queued) continue;  // the linker took it
    entry.state = State::parsing;
    lock.unlock();
    auto file = parse_one(path);
    lock.lock();
    Entry& done = entries_[path];
    if (done.state == State::parsing) {
      done.state = State::parsed;
      ++parsed_ahead_;
    }
    store_locked(path, std::move(file));
  }
}

LoadedFile& Loader::get(const std::string& path) {
  std::unique_lock lock(mutex_);
  request_locked(path, true);
  Entry* entry = &entries_[path];
  if (entry->state == State::queued) {
    entry->state = State::consumed;
    lock.unlock();
    auto file = parse_one(path);
    lock.lock();
    store_locked(path, std::move(file));
    return *entries_[path].file;
  }
  linker_waiting_ = true;
  file_ready_.wait(lock, [&] {
    entry = &entries_[path];
    return entry->file != nullptr;
  });
  linker_waiting_ = false;
  if (entry->state == State::parsed) {
    // A parser thread held back by max_ahead may go on.
    if (parsed_ahead_-- == max_ahead_) wake_workers_locked();
  }
  entry->state = State::consumed;
  return *entry->file;
}

const LoadedFile* Loader::find(const std::string& path) const {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(path);
  return it == entries_.end() ? nullptr : it->second.file.get();
}

}  // namespace protoforge::driver
