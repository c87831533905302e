#include "compiler/driver/output_location.h"

#include <zip.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <system_error>

namespace protoforge::driver {

namespace {

// protoc's jar manifest, the first entry of every .jar it writes.
constexpr std::string_view kJarManifest = "Manifest-Version: 1.0\nCreated-By: 1.6.0 (protoc)\n\n";
// Archive entries carry the DOS epoch (1980-01-01 00:00), as protoc's, so archives do not change with the clock.
constexpr time_t kDosEpoch = 315532800;

// Inserts `data` before the line holding `@@protoc_insertion_point(NAME)` (or just before an inline
// `/* @@protoc_insertion_point(NAME) */`), indenting each inserted line as the insertion point is and ending the
// data with a newline, as protoc does; repeated insertions at one point come out in order.
bool insert_at(std::string& target, const std::string& point, std::string_view data) {
  const std::string magic = "@@protoc_insertion_point(" + point + ")";
  size_t pos = target.find(magic);
  if (pos == std::string::npos) return false;
  if (pos > 3 && target.compare(pos - 3, 2, "/*") == 0) {
    pos -= 3;
  } else {
    const size_t newline = target.rfind('\n', pos);
    pos = newline == std::string::npos ? 0 : newline + 1;
  }
  const size_t text = target.find_first_not_of(" \t", pos);
  const std::string indent = target.substr(pos, (text == std::string::npos ? target.size() : text) - pos);
  std::string indented;
  bool line_start = true;
  for (char c : data) {
    if (line_start) indented += indent;
    indented += c;
    line_start = c == '\n';
  }
  if (!indented.empty() && indented.back() != '\n') indented += '\n';  // as protoc: whole lines go in
  target.insert(pos, indented);
  return true;
}

bool ends_with_case(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

OutputLocation::OutputLocation(std::string location) : location_(std::move(location)) {}

bool OutputLocation::is_archive() const { return ends_with_case(location_, ".zip") || ends_with_case(location_, ".jar"); }

std::string OutputLocation::add(const std::string& name, std::string_view content) {
  if (files_.try_emplace(name, content).second) return "";
  had_error_ = true;
  return name + ": Tried to write the same file twice.";
}

std::string OutputLocation::append(const std::string& name, std::string_view content) {
  files_[name].append(content);
  return "";
}

std::string OutputLocation::insert(const std::string& name, const std::string& insertion_point,
                                   std::string_view content) {
  auto it = files_.find(name);
  std::string error;
  if (it == files_.end()) error = name + ": Tried to insert into file that doesn't exist.";
  else if (!insert_at(it->second, insertion_point, content)) error = name + ": insertion point \"" + insertion_point + "\" not found.";
  if (!error.empty()) had_error_ = true;
  return error;
}

std::vector<std::string> OutputLocation::written_paths() const {
  std::vector<std::string> out;
  if (is_archive()) {
    out.push_back(location_);
    return out;
  }
  std::string prefix = location_.ends_with('/') ? location_ : location_ + "/";
  if (prefix.starts_with("./")) prefix = prefix.substr(2);
  for (const auto& [name, content] : files_) out.push_back(prefix + name);
  return out;
}

std::string OutputLocation::commit() const { return is_archive() ? commit_archive() : commit_directory(); }

std::string OutputLocation::commit_directory() const {
  const std::filesystem::path root(location_);
  for (const auto& [name, content] : files_) {
    const std::filesystem::path path = root / name;
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) return path.string() + ": " + std::strerror(errno);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    if (!out.flush()) return path.string() + ": " + std::strerror(errno);
  }
  return "";
}

std::string OutputLocation::commit_archive() const {
  int error = 0;
  zip_t* archive = zip_open(location_.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (archive == nullptr) {
    zip_error_t e;
    zip_error_init_with_code(&e, error);
    std::string message = location_ + ": " + zip_error_strerror(&e);
    zip_error_fini(&e);
    return message;
  }
  auto add_entry = [&](const std::string& name, std::string_view content) {
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    if (source == nullptr) return false;
    const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(source);
      return false;
    }
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
    zip_file_set_mtime(archive, static_cast<zip_uint64_t>(index), kDosEpoch, 0);
    return true;
  };
  bool ok = true;
  if (ends_with_case(location_, ".jar")) ok = add_entry("META-INF/MANIFEST.MF", kJarManifest);
  for (const auto& [name, content] : files_) ok = ok && add_entry(name, content);
  if (!ok) {
    std::string message = location_ + ": " + zip_strerror(archive);
    zip_discard(archive);
    return message;
  }
  if (zip_close(archive) != 0) {
    std::string message = location_ + ": " + zip_strerror(archive);
    zip_discard(archive);
    return message;
  }
  return "";
}

bool is_safe_output_name(std::string_view name) {
  if (name.empty() || name.front() == '/' || name.find('\\') != std::string_view::npos) return false;
  size_t start = 0;
  while (start <= name.size()) {
    size_t slash = name.find('/', start);
    if (slash == std::string_view::npos) slash = name.size();
    const std::string_view segment = name.substr(start, slash - start);
    if (segment.empty() || segment == "." || segment == "..") return false;
    start = slash + 1;
  }
  return true;
}

}  // namespace protoforge::driver
