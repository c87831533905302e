// The files one output location (a --NAME_out directory, .zip or .jar) receives during a run, held in memory
// until every generator has succeeded, as protoc does: then commit() writes them all, so a failing run leaves
// nothing half-written. Insertion points work on files generated earlier in the same run and location.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace protoforge::driver {

class OutputLocation {
 public:
  // `location` as given on the command line: a directory, or a path ending in .zip or .jar.
  explicit OutputLocation(std::string location);

  // Each returns "" or the error in protoc's wording ("NAME: Tried to write the same file twice."). As in protoc,
  // such an error does not stop the generator: it is printed, and the location refuses to commit.
  std::string add(const std::string& name, std::string_view content);
  std::string append(const std::string& name, std::string_view content);  // a continuation chunk
  std::string insert(const std::string& name, const std::string& insertion_point, std::string_view content);

  // The paths as protoc lists them in a dependency file: location + name, sorted by name.
  std::vector<std::string> written_paths() const;
  // Writes the directory's files or the archive; "" or the error.
  std::string commit() const;

  bool is_archive() const;
  bool had_error() const { return had_error_; }
  const std::string& location() const { return location_; }

 private:
  std::string commit_directory() const;
  std::string commit_archive() const;

  std::string location_;
  std::map<std::string, std::string> files_;
  bool had_error_ = false;
};

// Whether a generator-chosen file name stays inside its output location: relative, no "." or ".." segment, no
// empty segment. protoc 3.21 writes such names wherever they point; protoforge refuses them.
bool is_safe_output_name(std::string_view name);

}  // namespace protoforge::driver
