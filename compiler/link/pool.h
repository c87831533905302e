// The descriptor pool: every linked file and every symbol they define, keyed by fully-qualified name.
// Stage contract: in = a parsed ast::File whose imports are already in the pool (the driver links files in
// dependency order); out = a LinkedFile holding the FileDescriptorProto exactly as protoc's FileDescriptor::CopyTo
// (plus json_name) would write it. Errors go to the sink with protoc's wording and locations; linking carries on
// after an error so that every error of a file is reported.
#pragma once

#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/ast/ast.h"
#include "runtime/descriptor/descriptor.h"
#include "compiler/diag/diagnostic.h"
#include "compiler/source/source_file.h"

namespace protoforge::link {

struct LinkedFile;
struct FileNode;  // the linker's element tree (compiler/link/tree.h), kept for the check stage's diagnostics

enum class SymbolKind { package, message, enum_, enum_value, field, extension, oneof, service, method };

// One named thing in the pool. Exactly one of the descriptor pointers is set, matching `kind` (none for packages).
// Pointers stay valid for the pool's lifetime (LinkedFiles are never moved once added).
struct Symbol {
  SymbolKind kind = SymbolKind::package;
  std::string full_name;  // without a leading dot
  const LinkedFile* file = nullptr;  // defining file (for packages: the first file that declared it)
  const descriptor::DescriptorProto* message = nullptr;
  const descriptor::EnumDescriptorProto* enum_type = nullptr;
  const descriptor::EnumValueDescriptorProto* enum_value = nullptr;
  const descriptor::FieldDescriptorProto* field = nullptr;  // fields and extensions
  const descriptor::OneofDescriptorProto* oneof = nullptr;
  const descriptor::ServiceDescriptorProto* service = nullptr;
  const descriptor::MethodDescriptorProto* method = nullptr;
  std::string parent;  // full name of the enclosing message/enum/service/package ("" at file scope)
};

// Which options message an element uses.
enum class OptionsKind { file, message, field, oneof, enum_, enum_value, service, method, extension_range };

// Options the linker found on one element, waiting for the option interpreter (a later stage). The linker queues
// them in the order protoc's DescriptorBuilder allocates options, so errors come out in protoc's order.
struct PendingOptions {
  OptionsKind kind = OptionsKind::file;
  // Full name of the element that carries the options (e.g. "pkg.Msg.field"); option names such as `(foo)` are
  // resolved from the scope enclosing it, as protoc does. For extension ranges: the message's full name.
  std::string element_name;
  // The scope to pass to DescriptorPool::resolve for `(ext)` option names: protoc resolves them relative to the
  // element's full name, i.e. starting in the element's enclosing scope (for file options: the package; for
  // extension ranges: the scope enclosing the message).
  std::string name_scope;
  // The options as written, in source order, without `default` and `json_name` (the linker handles those).
  std::vector<const ast::Option*> options;
  // Where the encoded options go, inside LinkedFile::proto (stable: the proto is not resized after linking).
  std::optional<descriptor::EncodedOptions>* slot = nullptr;
};

struct LinkedFile {
  const source::SourceFile* source = nullptr;
  const ast::File* ast = nullptr;
  descriptor::FileDescriptorProto proto;
  std::vector<const LinkedFile*> dependencies;  // in import order
  std::vector<PendingOptions> pending_options;  // consumed by options::interpret_file
  // For SourceCodeInfo: for each ast::Option that was interpreted, the path of the option's field below the
  // element's options (e.g. {1} for java_package, {50000, 1} for (my.opt).a). Filled by the option interpreter.
  std::unordered_map<const ast::Option*, std::vector<int32_t>> interpreted_option_paths;
  // True when building this file reported an error (set by linking, and by check::validate_file, which also
  // treats errors already in its sink as this file's). protoc then skips option interpretation and validation (and
  // the unused-import warning), and files importing this one see it as missing ("was not found or had errors").
  // Mutable: later stages mark a file failed through a const LinkedFile&.
  mutable bool has_errors = false;
  // Files whose symbols this file may use: its imports and, transitively, what they import publicly.
  std::unordered_set<const LinkedFile*> visible_files;
  // Files that provided a symbol this file used (filled by linking and by DescriptorPool::resolve_from), for the
  // unused-import warning.
  std::unordered_set<const LinkedFile*> used_dependencies;
  // Position in the pool's build order (0 for the first file added).
  size_t build_index = 0;
  // The linker's tree mapping each descriptor element back to its AST node (see compiler/link/tree.h).
  std::shared_ptr<const FileNode> tree;
};

// The outcome of a name lookup. When `symbol` is null, the other members say why (for protoc's messages).
struct Resolution {
  const Symbol* symbol = nullptr;
  // The name was found, but in a file that is not imported: that file and the full name that matched.
  const LinkedFile* undeclared_file = nullptr;
  std::string undeclared_name;
  // A dotted name whose first component resolved in an inner scope, but the rest did not: the full name tried.
  std::string undefined_resolved_name;
};

// protoc's wording for a failed lookup of `written_name` from file `filename` (AddNotDefinedError): one message,
// or two when both the import hint and the innermost-scope hint apply.
std::vector<std::string> not_defined_messages(const Resolution& failed, std::string_view written_name,
                                              std::string_view filename);

// The part of linking that needs no pool: the AST lowered to descriptors in protoc's element order, with the
// element tree (type names still as written). It depends on nothing but the file itself, so the driver makes it on a
// parser thread ahead of time and hands it to DescriptorPool::add.
struct LoweredFile {
  descriptor::FileDescriptorProto proto;
  std::shared_ptr<FileNode> tree;
  std::vector<diag::Diagnostic> diagnostics;  // protoc's parser-level errors on default values, in order
  bool had_errors = false;
};
// `source` and `file` must outlive the result's use (the tree points into the AST).
LoweredFile lower(const source::SourceFile& source, const ast::File& file);

class DescriptorPool {
 public:
  DescriptorPool();
  ~DescriptorPool();
  DescriptorPool(const DescriptorPool&) = delete;
  DescriptorPool& operator=(const DescriptorPool&) = delete;

  // `options_schema` is the pool that holds google/protobuf/descriptor.proto as protoforge interprets built-in
  // options (google.protobuf.FileOptions etc.), like protoc's compiled-in descriptor.proto. It may be nullptr only
  // for the pool that links that schema itself (then built-in options are looked up in this pool).
  void set_options_schema(const DescriptorPool* options_schema) { options_schema_ = options_schema; }
  const DescriptorPool* options_schema() const { return options_schema_ ? options_schema_ : this; }

  // Links `file` (its imports must already be in the pool; `source` and `file` must outlive the pool): builds
  // descriptors, registers symbols, resolves type names, and queues options in LinkedFile::pending_options.
  // Returns the linked file even when errors were reported (so later files can still be checked), or nullptr if
  // a file with that name is already in the pool. The caller then runs options::interpret_file and
  // check::validate_file on it, in that order (protoc's build, interpret-options, validate sequence).
  // `lowered`, when given, is lower(source, file) made ahead of time; it is consumed.
  LinkedFile* add(const source::SourceFile& source, const ast::File& file, diag::DiagnosticSink& sink,
                  LoweredFile* lowered = nullptr);

  // Adds a file that arrives already compiled (--descriptor_set_in): its descriptor is kept as it is (plus any
  // missing json_name) and its symbols registered. Its dependencies must already be in the pool. nullptr if a file
  // of that name is already there.
  LinkedFile* add_prebuilt(descriptor::FileDescriptorProto proto);

  const LinkedFile* find_file(std::string_view path) const;
  const Symbol* find_symbol(std::string_view full_name) const;

  // protoc's scoped name lookup (DescriptorBuilder::LookupSymbol): resolves `name` as written (relative,
  // partially qualified, or with a leading dot) from within `scope` (a full name, "" for the file's package
  // root). Inner scopes shadow outer ones; for a dotted name the first component is looked up first.
  // When `types_only`, only messages/enums (and packages as intermediate scopes) match, as for field types.
  // `scope` is the innermost scope searched: e.g. "pkg.Msg" for names used inside message pkg.Msg, the package
  // for names used at file level. Visibility across files is not checked; see resolve_from.
  const Symbol* resolve(std::string_view scope, std::string_view name, bool types_only = false) const;
  // As resolve, but as seen from `file`: symbols of files it does not import are invisible (as in protoc), and
  // each use is recorded in file.used_dependencies.
  Resolution resolve_from(LinkedFile& file, std::string_view scope, std::string_view name,
                          bool types_only = false) const;

  // protoc warns "Import x is unused." only for files named on the command line; the driver registers them here.
  void add_unused_import_track_file(std::string path);
  bool tracks_unused_imports(std::string_view path) const;

  // The extension of `extendee` (full name) with field number `number`, if any.
  const Symbol* find_extension(std::string_view extendee, int32_t number) const;
  // All extensions of `extendee` by number order (for diagnostics such as free field numbers).
  std::vector<const Symbol*> extensions_of(std::string_view extendee) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  const DescriptorPool* options_schema_ = nullptr;
};

}  // namespace protoforge::link
