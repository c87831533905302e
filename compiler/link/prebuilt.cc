// Files that arrive already compiled (--descriptor_set_in): their FileDescriptorProto is taken as it is, and only
// their symbols are registered, so that files compiled from source can import and use them. protoc likewise
// trusts descriptor sets; it only adds json_name where a set lacks it (CopyJsonNameTo), as done here.
#include "compiler/link/prebuilt.h"

#include "compiler/link/names.h"

namespace protoforge::link {

namespace {

namespace d = descriptor;

std::string join(std::string_view scope, const std::optional<std::string>& name) {
  std::string out(scope);
  if (!out.empty()) out += '.';
  out += name.value_or("");
  return out;
}

std::string strip_dot(const std::optional<std::string>& name) {
  const std::string& text = name.value_or("");
  return !text.empty() && text[0] == '.' ? text.substr(1) : text;
}

// Walks one prebuilt file and adds its symbols in the order the linker adds them for a parsed file.
class PrebuiltRegistrar {
 public:
  PrebuiltRegistrar(SymbolTable& table, LinkedFile& file) : table_(table), file_(file) {}

  void run() {
    const std::string package = file_.proto.package.value_or("");
    if (!package.empty()) add_package(package);
    for (auto& message : file_.proto.message_type) add_message(message, package);
    for (auto& enumeration : file_.proto.enum_type) add_enum(enumeration, package);
    for (auto& service : file_.proto.service) add_service(service, package);
    for (auto& extension : file_.proto.extension) add_field(extension, package, SymbolKind::extension);
  }

 private:
  // `describe` points the symbol at its descriptor. A name that is taken is skipped: sets are trusted.
  template <class Describe>
  const Symbol* add(SymbolKind kind, std::string full_name, std::string_view parent, Describe&& describe) {
    Symbol symbol;
    symbol.kind = kind;
    symbol.full_name = std::move(full_name);
    symbol.file = &file_;
    symbol.parent = std::string(parent);
    describe(symbol);
    return table_.add(std::move(symbol));
  }

  void add_package(const std::string& name) {
    if (table_.find(name)) return;
    const size_t dot = name.rfind('.');
    const std::string parent = dot == std::string::npos ? std::string() : name.substr(0, dot);
    add(SymbolKind::package, name, parent, [](Symbol&) {});
    if (!parent.empty()) add_package(parent);
  }

  void add_message(d::DescriptorProto& message, std::string_view parent) {
    const std::string scope = join(parent, message.name);
    for (auto& oneof : message.oneof_decl) {
      add(SymbolKind::oneof, join(scope, oneof.name), scope, [&](Symbol& s) { s.oneof = &oneof; });
    }
    for (auto& field : message.field) add_field(field, scope, SymbolKind::field);
    for (auto& nested : message.nested_type) add_message(nested, scope);
    for (auto& enumeration : message.enum_type) add_enum(enumeration, scope);
    for (auto& extension : message.extension) add_field(extension, scope, SymbolKind::extension);
    add(SymbolKind::message, scope, parent, [&](Symbol& s) { s.message = &message; });
  }

  void add_field(d::FieldDescriptorProto& field, std::string_view parent, SymbolKind kind) {
    if (!field.json_name) field.json_name = to_json_name(field.name.value_or(""));
    const Symbol* added = add(kind, join(parent, field.name), parent, [&](Symbol& s) { s.field = &field; });
    if (added && kind == SymbolKind::extension) {
      table_.add_extension(strip_dot(field.extendee), field.number.value_or(0), added);
    }
  }

  void add_enum(d::EnumDescriptorProto& enumeration, std::string_view parent) {
    const std::string full_name = join(parent, enumeration.name);
    for (auto& value : enumeration.value) {
      // C++ scoping: values are siblings of their enum type.
      add(SymbolKind::enum_value, join(parent, value.name), full_name, [&](Symbol& s) { s.enum_value = &value; });
    }
    add(SymbolKind::enum_, full_name, parent, [&](Symbol& s) { s.enum_type = &enumeration; });
  }

  void add_service(d::ServiceDescriptorProto& service, std::string_view parent) {
    const std::string full_name = join(parent, service.name);
    for (auto& method : service.method) {
      add(SymbolKind::method, join(full_name, method.name), full_name, [&](Symbol& s) { s.method = &method; });
    }
    add(SymbolKind::service, full_name, parent, [&](Symbol& s) { s.service = &service; });
  }

  SymbolTable& table_;
  LinkedFile& file_;
};

}  // namespace

void register_prebuilt_symbols(SymbolTable& table, LinkedFile& file) { PrebuiltRegistrar(table, file).run(); }

}  // namespace protoforge::link
