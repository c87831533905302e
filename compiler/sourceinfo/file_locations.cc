// The file level: the root location (first token to last), syntax, imports, package, file options, top-level
// definitions and `extend` blocks, and services with their methods.
#include <algorithm>
#include <variant>

#include "compiler/sourceinfo/internal/recorder.h"
#include "compiler/sourceinfo/source_info.h"

namespace protoforge::sourceinfo {

namespace {

using internal::join;
using internal::Path;
using internal::Recorder;
namespace ff = descriptor::field_numbers::file;

// FileDescriptorProto.option_dependency (editions 2024 `import option`; newer than descriptor.h's list).
constexpr int32_t kOptionDependency = 15;

struct FileCounts {
  int32_t dependency = 0;
  int32_t option_dependency = 0;
  int32_t public_dependency = 0;
  int32_t weak_dependency = 0;
  int32_t message_type = 0;
  int32_t enum_type = 0;
  int32_t service = 0;
  int32_t extension = 0;
  int32_t option = 0;
};

source::Span span_of(const ast::FileElement& element) {
  return std::visit(
      [](const auto& node) {
        if constexpr (requires { node->span; }) {
          return node->span;
        } else {
          return node.span;
        }
      },
      element);
}

// An import's location covers the statement; `public`/`weak` get their own location, indexed by how many such
// imports came before. An editions `import option` is listed apart from the dependencies, as option_dependency.
void record_import(Recorder& r, const ast::Import& import, FileCounts& counts) {
  if (import.kind == ast::ImportKind::option_) {
    r.add({kOptionDependency, counts.option_dependency++}, import.span, import.comments);
    return;
  }
  r.add({ff::dependency, counts.dependency++}, import.span, import.comments);
  if (import.kind == ast::ImportKind::public_) {
    r.add({ff::public_dependency, counts.public_dependency++}, import.kind_span);
  } else if (import.kind == ast::ImportKind::weak) {
    r.add({ff::weak_dependency, counts.weak_dependency++}, import.kind_span);
  }
}

void record_method(Recorder& r, const Path& path, const ast::Method& method) {
  namespace fm = descriptor::field_numbers::method;
  r.add(path, method.span, method.comments);
  r.add(join(path, {fm::name}), method.name.span);
  if (method.client_streaming) r.add(join(path, {fm::client_streaming}), method.client_streaming_span);
  r.add(join(path, {fm::input_type}), method.input_type.span);
  if (method.server_streaming) r.add(join(path, {fm::server_streaming}), method.server_streaming_span);
  r.add(join(path, {fm::output_type}), method.output_type.span);
  const Path options_path = join(path, {fm::options});
  int32_t option_count = 0;
  for (const auto& element : method.body) {
    if (const auto* option = std::get_if<ast::Option>(&element)) {
      internal::record_option_statement(r, options_path, option_count, *option);
    }
  }
}

void record_service(Recorder& r, const Path& path, const ast::Service& service) {
  namespace fs = descriptor::field_numbers::service;
  r.add(path, service.span, service.comments);
  r.add(join(path, {fs::name}), service.name.span);
  int32_t method_count = 0;
  const Path options_path = join(path, {fs::options});
  int32_t option_count = 0;
  for (const auto& element : service.body) {
    if (const auto* method = std::get_if<ast::Method>(&element)) {
      record_method(r, join(path, {fs::method, method_count++}), *method);
    } else if (const auto* option = std::get_if<ast::Option>(&element)) {
      internal::record_option_statement(r, options_path, option_count, *option);
    }
  }
}

void record_file_element(Recorder& r, const ast::FileElement& element, FileCounts& counts) {
  if (const auto* import = std::get_if<ast::Import>(&element)) {
    record_import(r, *import, counts);
  } else if (const auto* package = std::get_if<ast::Package>(&element)) {
    r.add({ff::package}, package->span, package->comments);
  } else if (const auto* option = std::get_if<ast::Option>(&element)) {
    internal::record_option_statement(r, {ff::options}, counts.option, *option);
  } else if (const auto* message = std::get_if<ast::Box<ast::Message>>(&element)) {
    internal::record_message(r, {ff::message_type, counts.message_type++}, **message);
  } else if (const auto* enum_type = std::get_if<ast::Enum>(&element)) {
    internal::record_enum(r, {ff::enum_type, counts.enum_type++}, *enum_type);
  } else if (const auto* service = std::get_if<ast::Service>(&element)) {
    record_service(r, {ff::service, counts.service++}, *service);
  } else if (const auto* extend = std::get_if<ast::Extend>(&element)) {
    const Path file_scope;
    const internal::NestedTypes nested{file_scope, ff::message_type, &counts.message_type};
    internal::record_extend(r, {ff::extension}, *extend, counts.extension, nested);
  }
}

// protoc's root location spans the file's first token to its last one.
void record_root(Recorder& r, const ast::File& file) {
  const bool has_syntax = file.syntax.has_declaration;
  if (!has_syntax && file.body.empty()) {
    r.add_empty_root();
    return;
  }
  const uint32_t begin = has_syntax ? file.syntax.span.begin : span_of(file.body.front()).begin;
  const uint32_t end = file.body.empty() ? file.syntax.span.end : span_of(file.body.back()).end;
  r.add_root({begin, std::max(begin, end)});
}

}  // namespace

namespace internal {

void record_file(Recorder& r, const ast::File& file) {
  record_root(r, file);
  if (file.syntax.has_declaration) r.add({ff::syntax}, file.syntax.span, file.syntax.comments);
  FileCounts counts;
  for (const ast::FileElement& element : file.body) record_file_element(r, element, counts);
}

}  // namespace internal

descriptor::SourceCodeInfo build_source_code_info(const link::LinkedFile& file) {
  descriptor::SourceCodeInfo info;
  Recorder r(file, info);
  internal::record_file(r, *file.ast);
  return info;
}

std::string encode_source_code_info(const link::LinkedFile& file) {
  std::string encoded;
  encoded.reserve(file.source->text().size());  // typically 0.5 to 1.5 bytes per source byte
  Recorder r(file, encoded);
  internal::record_file(r, *file.ast);
  return encoded;
}

}  // namespace protoforge::sourceinfo
