#include "compiler/driver/source_tree.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

#include "compiler/builtin/builtin_files.h"

namespace protoforge::driver {

namespace {

bool read_file(const std::string& path, std::string& out) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0 || S_ISDIR(st.st_mode)) return false;
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  out = std::move(buffer).str();
  return true;
}

// If `path` lies under `prefix` (a canonical relative or absolute directory; "" = the current directory),
// stores the rest in `remainder`.
bool strip_prefix(const std::string& path, const std::string& prefix, std::string& remainder) {
  if (prefix.empty()) {
    if (!path.empty() && path[0] == '/') return false;
    remainder = path;
    return true;
  }
  if (path.size() <= prefix.size() || path.compare(0, prefix.size(), prefix) != 0) return false;
  if (prefix.back() != '/' && path[prefix.size()] != '/') return false;
  remainder = path.substr(prefix.back() == '/' ? prefix.size() : prefix.size() + 1);
  return true;
}

std::string join(const std::string& dir, const std::string& rest) {
  if (dir.empty()) return rest;
  if (dir.back() == '/') return dir + rest;
  return dir + "/" + rest;
}

}  // namespace

std::string canonicalize_path(const std::string& path) {
  std::vector<std::string> parts;
  std::stringstream in(path);
  std::string part;
  while (std::getline(in, part, '/')) {
    if (part.empty() || part == ".") continue;
    parts.push_back(part);
  }
  std::string out = !path.empty() && path[0] == '/' ? "/" : "";
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += '/';
    out += parts[i];
  }
  return out;
}

SourceTree::SourceTree(std::vector<ProtoPath> paths) : paths_(std::move(paths)) {
  for (auto& p : paths_) {
    p.disk_path = canonicalize_path(p.disk_path);
    p.virtual_prefix = canonicalize_path(p.virtual_prefix);
  }
}

std::optional<OpenedFile> SourceTree::open(const std::string& virtual_path) const {
  for (const auto& mapping : paths_) {
    std::string rest;
    if (!strip_prefix(virtual_path, mapping.virtual_prefix, rest)) continue;
    OpenedFile file;
    file.disk_path = join(mapping.disk_path, rest);
    if (read_file(file.disk_path.empty() ? "." : file.disk_path, file.text)) return file;
  }
  if (prebuilt_names_.contains(virtual_path)) return std::nullopt;
  if (auto builtin = builtin::find_user_builtin_file(virtual_path)) return OpenedFile{std::string(*builtin), ""};
  return std::nullopt;
}

SourceTree::MapResult SourceTree::disk_to_virtual(const std::string& disk_file, std::string& virtual_path,
                                                  std::string& detail) const {
  const std::string canonical = canonicalize_path(disk_file);
  for (size_t i = 0; i < paths_.size(); ++i) {
    std::string rest;
    if (!strip_prefix(canonical, paths_[i].disk_path, rest)) continue;
    virtual_path = join(paths_[i].virtual_prefix, rest);
    // An earlier mapping that also provides this virtual path shadows the file.
    for (size_t j = 0; j < i; ++j) {
      std::string earlier_rest;
      if (!strip_prefix(virtual_path, paths_[j].virtual_prefix, earlier_rest)) continue;
      const std::string candidate = join(paths_[j].disk_path, earlier_rest);
      struct stat st {};
      if (stat(candidate.c_str(), &st) == 0) {
        detail = candidate;
        return MapResult::shadowed;
      }
    }
    struct stat st {};
    if (stat(canonical.c_str(), &st) != 0) {
      detail = std::strerror(errno);
      return MapResult::cannot_open;
    }
    return MapResult::ok;
  }
  return MapResult::no_mapping;
}

std::vector<std::string> SourceTree::missing_directories() const {
  std::vector<std::string> missing;
  for (const auto& p : paths_) {
    struct stat st {};
    const std::string dir = p.disk_path.empty() ? "." : p.disk_path;
    if (stat(dir.c_str(), &st) != 0) missing.push_back(p.disk_path);
  }
  return missing;
}

}  // namespace protoforge::driver
