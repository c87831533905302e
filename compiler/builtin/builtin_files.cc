// Lookup over the table that embed.cmake generates (builtin_files() lives in the generated file).
#include "compiler/builtin/builtin_files.h"

namespace protoforge::builtin {
namespace {

const BuiltinFile* find_entry(std::string_view virtual_path) {
  for (const BuiltinFile& file : builtin_files()) {
    if (file.path == virtual_path) return &file;
  }
  return nullptr;
}

}  // namespace

std::optional<std::string_view> find_builtin_file(std::string_view virtual_path) {
  if (const BuiltinFile* file = find_entry(virtual_path)) return file->text;
  return std::nullopt;
}

std::optional<std::string_view> find_user_builtin_file(std::string_view virtual_path) {
  const BuiltinFile* file = find_entry(virtual_path);
  if (file == nullptr || file->internal) return std::nullopt;
  return file->text;
}

}  // namespace protoforge::builtin
