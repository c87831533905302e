// BASE.pf.cc: what the header only declares. The layout tables are the heart of it; everything else is small.
#include <algorithm>
#include <fmt/format.h>

#include "plugins/cpp/emit.h"
#include "plugins/cpp/names.h"
#include "plugins/cpp/printer.h"

namespace protoforge::cpp {

using schema::Kind;

namespace {

// Dense lookup covers field numbers below this; larger ones are found by binary search.
constexpr int32_t kMaxDenseNumber = 4096;

void print_enum_functions(Printer& p, const EnumModel& e) {
  p.print("bool {}_IsValid(int value) {{", e.name);
  p.indent();
  p.line("switch (value) {");
  std::vector<int32_t> numbers;
  for (const auto& v : e.type->values) {
    if (std::find(numbers.begin(), numbers.end(), v.number) == numbers.end()) numbers.push_back(v.number);
  }
  for (int32_t n : numbers) p.print("  case {}:", n == INT32_MIN ? "-2147483647 - 1" : std::to_string(n));
  if (!numbers.empty()) p.line("    return true;");
  p.line("  default:");
  p.line("    return false;");
  p.line("}");
  p.outdent();
  p.line("}");
  p.print("std::string_view {0}_Name({0} value) {{", e.name);
  p.indent();
  p.line("switch (static_cast<int32_t>(value)) {");
  numbers.clear();
  for (const auto& v : e.type->values) {
    if (std::find(numbers.begin(), numbers.end(), v.number) != numbers.end()) continue;  // aliases: first name
    numbers.push_back(v.number);
    p.print("  case {}: return \"{}\";", v.number == INT32_MIN ? "-2147483647 - 1" : std::to_string(v.number), v.name);
  }
  p.line("  default: return std::string_view();");
  p.line("}");
  p.outdent();
  p.line("}");
  p.print("bool {0}_Parse(std::string_view name, {0}* value) {{", e.name);
  p.indent();
  for (const auto& v : e.type->values) {
    p.print("if (name == \"{}\") {{ *value = static_cast<{}>({}); return true; }}", v.name, e.name,
            v.number == INT32_MIN ? "-2147483647 - 1" : std::to_string(v.number));
  }
  p.line("return false;");
  p.outdent();
  p.line("}");
  p.blank();
}

// The kind the codec uses: messages written as groups (editions DELIMITED) are groups on the wire.
Kind wire_kind(const schema::Field& f) { return f.is_message() && f.delimited ? Kind::group : f.kind; }

std::string flags_of(const schema::Field& f) {
  std::vector<std::string> flags;
  if (f.packed) flags.push_back("::protoforge::gen::kPacked");
  if (f.validate_utf8) flags.push_back("::protoforge::gen::kValidateUtf8");
  if (f.kind == Kind::enum_ && f.enum_type->closed) flags.push_back("::protoforge::gen::kClosedEnum");
  if (f.is_required()) flags.push_back("::protoforge::gen::kRequired");
  if (flags.empty()) return "0";
  std::string out;
  for (const auto& x : flags) out += (out.empty() ? "" : " | ") + x;
  return out;
}

std::string enum_check(const schema::EnumType& e, const std::string& qualified) {
  return e.closed ? "&" + qualified + "_IsValid" : "nullptr";
}

std::string map_codec(const FieldModel& f, const std::string& enum_qualified_of_value) {
  const schema::Field& k = *f.map_key;
  const schema::Field& v = *f.map_value;
  std::vector<std::string> flags;
  if (k.validate_utf8) flags.push_back("::protoforge::gen::kKeyUtf8");
  if (v.validate_utf8) flags.push_back("::protoforge::gen::kValueUtf8");
  std::string flag_text = flags.empty() ? "0" : flags[0];
  if (flags.size() > 1) flag_text += " | " + flags[1];
  const std::string check = v.kind == Kind::enum_ ? enum_check(*v.enum_type, enum_qualified_of_value) : "nullptr";
  return fmt::format("&::protoforge::gen::MapCodec<{}, {}, {}, {}, {}, {}>::ops", f.map_key_type, kind_enumerator(k.kind),
                     f.map_value_type, kind_enumerator(v.kind), flag_text, check);
}

void print_layout(Printer& p, const MessageModel& m) {
  std::vector<const FieldModel*> by_number;
  for (const FieldModel& f : m.fields) by_number.push_back(&f);
  std::sort(by_number.begin(), by_number.end(),
            [](const FieldModel* a, const FieldModel* b) { return a->field->number < b->field->number; });
  p.print("struct {}::_pf_layout {{", data_class(m));
  p.indent();
  std::vector<std::string> aux;
  if (!by_number.empty()) {
    p.line("static constexpr ::protoforge::gen::FieldEntry kFields[] = {");
    p.indent();
    for (const FieldModel* fm : by_number) {
      const schema::Field& f = *fm->field;
      std::string cardinality = f.is_map() ? "map" : f.is_repeated() ? "repeated" : fm->oneof_slot >= 0 ? "oneof" : "singular";
      const int presence = fm->oneof_slot >= 0 ? fm->oneof_slot : fm->has_bit;
      int aux_index = 0;
      if (f.is_map()) {
        aux_index = static_cast<int>(aux.size());
        aux.push_back("{nullptr, nullptr, " + map_codec(*fm, fm->enum_class) + "}");
      } else if (f.is_message()) {
        aux_index = static_cast<int>(aux.size());
        aux.push_back("{&" + fm->message_class + "::_pf_table, nullptr, nullptr}");
      } else if (f.kind == Kind::enum_ && f.enum_type->closed) {
        aux_index = static_cast<int>(aux.size());
        aux.push_back("{nullptr, &" + fm->enum_class + "_IsValid, nullptr}");
      }
      p.print("{{{}, offsetof({}, {}), {}, {}, ::protoforge::gen::Cardinality::{}, {}, {}}},", f.number, m.name,
              fm->member, presence, kind_enumerator(wire_kind(f)), cardinality, flags_of(f), aux_index);
    }
    p.outdent();
    p.line("};");
  }
  if (!aux.empty()) {
    p.line("static constexpr ::protoforge::gen::AuxEntry kAux[] = {");
    p.indent();
    for (const std::string& a : aux) p.line(a + ",");
    p.outdent();
    p.line("};");
  }
  int32_t dense_count = 0;
  for (const FieldModel* f : by_number) {
    if (f->field->number < kMaxDenseNumber) dense_count = f->field->number + 1;
  }
  if (dense_count > 0) {
    std::vector<int> dense(static_cast<size_t>(dense_count), 0);
    for (size_t i = 0; i < by_number.size(); ++i) {
      if (by_number[i]->field->number < dense_count) dense[static_cast<size_t>(by_number[i]->field->number)] = static_cast<int>(i) + 1;
    }
    std::string row;
    p.line("static constexpr uint16_t kDense[] = {");
    p.indent();
    for (size_t i = 0; i < dense.size(); ++i) {
      row += std::to_string(dense[i]) + ",";
      if (row.size() > 100 || i + 1 == dense.size()) {
        p.line(row);
        row.clear();
      } else {
        row += ' ';
      }
    }
    p.outdent();
    p.line("};");
  }
  if (!m.type->extension_ranges.empty()) {
    p.line("static constexpr ::protoforge::gen::ExtensionRangeEntry kRanges[] = {");
    p.indent();
    for (const auto& r : m.type->extension_ranges) p.print("{{{}, {}}},", r.start, r.end > INT32_MAX ? INT32_MAX : r.end);
    p.outdent();
    p.line("};");
  }
  p.outdent();
  p.line("};");
  p.blank();

  auto offset_of = [&](const char* member) { return fmt::format("offsetof({}, {})", m.name, member); };
  const std::string cached = offset_of("_pf_cached_size_");
  const std::string oneofs = m.oneofs.empty() ? cached : offset_of("_pf_oneof_case_");
  const std::string has_bits = m.has_bit_count > 0 ? offset_of("_pf_has_bits_") : oneofs;
  const bool ranges = !m.type->extension_ranges.empty();
  p.print("const ::protoforge::gen::MessageTable {}::_pf_table = {{", data_class(m));
  p.indent();
  p.print("\"{}\",", m.type->full_name);
  p.print("{}, {},", by_number.empty() ? "nullptr" : "_pf_layout::kFields", by_number.size());
  p.print("{},", aux.empty() ? "nullptr" : "_pf_layout::kAux");
  p.print("{}, {},", dense_count > 0 ? "_pf_layout::kDense" : "nullptr", dense_count);
  p.print("{}, {}, {}, {},", has_bits, oneofs, cached, offset_of("_pf_unknown_fields_"));
  p.print("{},", ranges ? "static_cast<int32_t>(" + offset_of("_pf_extensions_") + ")" : "-1");
  p.print("{}, {},", ranges ? "_pf_layout::kRanges" : "nullptr", m.type->extension_ranges.size());
  p.print("&::protoforge::gen::create_message<{0}>, &::protoforge::gen::destroy_message<{0}>,", m.name);
  p.print("{}, {},", m.has_required ? "true" : "false", m.type->message_set ? "true" : "false");
  p.outdent();
  p.line("};");
  p.blank();
}

void print_special_members(Printer& p, const MessageModel& m) {
  const std::string& c = m.name;
  p.print("static_assert(std::is_standard_layout_v<{}>, \"the layout table needs offsetof\");", c);
  p.print("{0}::{0}() = default;", c);
  p.print("{0}::~{0}() {{ ::protoforge::gen::destroy_owned(this, _pf_table); }}", c);
  p.print("{0}::{0}(const {0}& other) : {0}() {{ MergeFrom(other); }}", c);
  p.print("{0}::{0}({0}&& other) noexcept : {0}() {{ Swap(&other); }}", c);
  p.print("{0}& {0}::operator=(const {0}& other) {{ CopyFrom(other); return *this; }}", c);
  p.print("{0}& {0}::operator=({0}&& other) noexcept {{ if (this != &other) Swap(&other); return *this; }}", c);
  p.print("const {0}& {0}::default_instance() {{ static const {0} instance; return instance; }}", c);
  p.blank();
}

std::string extension_flags(const schema::Field& f) { return flags_of(f); }

void print_extensions(Printer& p, const FileModel& model) {
  if (model.extensions.empty()) return;
  p.line("namespace {");
  for (size_t i = 0; i < model.extensions.size(); ++i) {
    const ExtensionModel& x = model.extensions[i];
    const schema::Field& f = *x.field;
    p.print("constexpr ::protoforge::gen::ExtensionInfo _pf_extension_{} = {{&{}::_pf_table, {}, {}, {}, {}, {}, {}, \"{}\"}};", i,
            x.extendee_class, f.number, kind_enumerator(wire_kind(f)), f.is_repeated() ? "true" : "false",
            extension_flags(f), f.is_message() ? "&" + x.message_class + "::_pf_table" : "nullptr",
            f.kind == Kind::enum_ ? enum_check(*f.enum_type, x.enum_class) : "nullptr", f.full_name);
    p.print("const ::protoforge::gen::ExtensionRegistration _pf_register_extension_{0}(_pf_extension_{0});", i);
  }
  p.line("}  // namespace");
  for (size_t i = 0; i < model.extensions.size(); ++i) {
    const ExtensionModel& x = model.extensions[i];
    const std::string scope = x.scope_class.empty() ? "" : x.scope_class + "::";
    p.print("const {} {}{}(_pf_extension_{}{});", extension_type(x), scope, x.name, i,
            x.default_expr.empty() ? "" : ", " + x.default_expr);
  }
  p.blank();
}

void print_descriptor_registration(Printer& p, const FileModel& model) {
  p.line("namespace {");
  std::string literal;
  p.line("constexpr char _pf_descriptor[] =");
  p.indent();
  for (size_t i = 0; i < model.descriptor_bytes.size(); i += 64) {
    p.line(string_literal(std::string_view(model.descriptor_bytes).substr(i, 64)));
  }
  if (model.descriptor_bytes.empty()) p.line("\"\"");
  p.outdent();
  p.line(";");
  const auto& deps = model.file->dependency;
  if (!deps.empty()) {
    p.line("const char* const _pf_dependencies[] = {");
    for (const std::string& d : deps) p.print("  {},", string_literal(d));
    p.line("};");
  }
  p.print("const ::protoforge::gen::FileDescriptorBlob _pf_file = {{{}, _pf_descriptor, sizeof(_pf_descriptor) - 1, {}, {}}};",
          string_literal(model.file->name.value_or("")), deps.empty() ? "nullptr" : "_pf_dependencies", deps.size());
  p.line("const ::protoforge::gen::FileRegistration _pf_register_file(_pf_file);");
  p.line("}  // namespace");
  p.blank();
}

}  // namespace

std::string emit_source(const FileModel& model, const Options& options) {
  Printer p;
  p.print("// Generated by protoforge from {}. Do not edit.", model.file->name.value_or(""));
  p.print("#include \"{}.pf.h\"", model.base);
  p.blank();
  p.line("#include <cstddef>");
  p.line("#include <type_traits>");
  p.blank();
  const std::string& rt = options.runtime_include_prefix;
  p.print("#include \"{}codec.h\"", rt);
  if (model.uses_maps) p.print("#include \"{}map_codec.h\"", rt);
  if (!model.extensions.empty()) p.print("#include \"{}extension.h\"", rt);
  if (!options.lite) p.print("#include \"{}file_registry.h\"", rt);
  p.blank();
  open_namespace(p, model.ns);
  p.blank();
  for (const EnumModel& e : model.enums) print_enum_functions(p, e);
  for (const MessageModel& m : model.messages) {
    print_layout(p, m);
    print_special_members(p, m);
    if (m.split) print_accessor_definitions(p, m, "");
  }
  print_extensions(p, model);
  if (!options.lite) print_descriptor_registration(p, model);
  close_namespace(p, model.ns);
  return p.text();
}

}  // namespace protoforge::cpp
