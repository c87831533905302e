// Test helper: a SymbolTable built from protoc-made FileDescriptorProtos (testdata/options/unit/schema.pb), so the
// option interpreter's pieces can be tested against real schemas without the linker.
#pragma once

#include <deque>
#include <fstream>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/descriptor/deserialize.h"
#include "compiler/options/schema.h"

namespace protoforge::options::testing {

inline std::string read_binary(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

class FixtureSymbols : public SymbolTable {
 public:
  // Loads a FileDescriptorSet; files must come in dependency order (protoc's --include_imports order).
  explicit FixtureSymbols(const std::string& path) {
    std::vector<descriptor::FileDescriptorProto> protos;
    ok_ = descriptor::parse_file_set(read_binary(path), protos);
    for (auto& proto : protos) add_file(std::move(proto));
  }

  bool ok() const { return ok_ && !files_.empty(); }
  const link::LinkedFile* file(const std::string& name) const {
    for (const auto& f : files_) {
      if (f.proto.name == name) return &f;
    }
    return nullptr;
  }
  const link::Symbol* find_symbol(std::string_view full_name) const override {
    auto it = symbols_.find(std::string(full_name));
    return it == symbols_.end() ? nullptr : &it->second;
  }

 private:
  static std::string join(const std::string& scope, const std::string& name) {
    return scope.empty() ? name : scope + "." + name;
  }

  link::Symbol& add(link::SymbolKind kind, std::string full_name, std::string parent, const link::LinkedFile* file) {
    link::Symbol& symbol = symbols_[full_name];
    symbol.kind = kind;
    symbol.full_name = std::move(full_name);
    symbol.parent = std::move(parent);
    symbol.file = file;
    return symbol;
  }

  void add_file(descriptor::FileDescriptorProto proto) {
    files_.emplace_back();
    link::LinkedFile& file = files_.back();
    file.proto = std::move(proto);
    for (const auto& dep : file.proto.dependency) {
      if (const link::LinkedFile* d = this->file(dep)) file.dependencies.push_back(d);
    }
    std::string package = file.proto.package.value_or("");
    for (size_t pos = 0; !package.empty();) {
      size_t dot = package.find('.', pos);
      std::string prefix = package.substr(0, dot);
      if (!symbols_.count(prefix)) add(link::SymbolKind::package, prefix, "", &file);
      if (dot == std::string::npos) break;
      pos = dot + 1;
    }
    for (const auto& message : file.proto.message_type) add_message(message, package, file);
    for (const auto& e : file.proto.enum_type) add_enum(e, package, file);
    for (const auto& ext : file.proto.extension) add_field(ext, package, file, true);
  }

  void add_field(const descriptor::FieldDescriptorProto& field, const std::string& scope,
                 const link::LinkedFile& file, bool extension) {
    add(extension ? link::SymbolKind::extension : link::SymbolKind::field, join(scope, *field.name), scope, &file)
        .field = &field;
  }

  void add_message(const descriptor::DescriptorProto& message, const std::string& scope,
                   const link::LinkedFile& file) {
    std::string full = join(scope, *message.name);
    add(link::SymbolKind::message, full, scope, &file).message = &message;
    for (const auto& field : message.field) add_field(field, full, file, false);
    for (const auto& ext : message.extension) add_field(ext, full, file, true);
    for (const auto& nested : message.nested_type) add_message(nested, full, file);
    for (const auto& e : message.enum_type) add_enum(e, full, file);
  }

  void add_enum(const descriptor::EnumDescriptorProto& e, const std::string& scope, const link::LinkedFile& file) {
    std::string full = join(scope, *e.name);
    add(link::SymbolKind::enum_, full, scope, &file).enum_type = &e;
    for (const auto& value : e.value) add(link::SymbolKind::enum_value, join(scope, *value.name), full, &file)
        .enum_value = &value;
  }

  bool ok_ = false;
  std::deque<link::LinkedFile> files_;
  std::unordered_map<std::string, link::Symbol> symbols_;
};

}  // namespace protoforge::options::testing
