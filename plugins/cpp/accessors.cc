#include "plugins/cpp/accessors.h"

#include <fmt/format.h>

namespace protoforge::cpp {

namespace {

using schema::Kind;

std::string has_expr(const FieldModel& f) {
  return fmt::format("(_pf_has_bits_[{}] & 0x{:x}u) != 0", f.has_bit / 32, 1u << (f.has_bit % 32));
}
std::string set_has(const FieldModel& f) {
  return fmt::format("_pf_has_bits_[{}] |= 0x{:x}u;", f.has_bit / 32, 1u << (f.has_bit % 32));
}
std::string clear_has(const FieldModel& f) {
  return fmt::format("_pf_has_bits_[{}] &= ~0x{:x}u;", f.has_bit / 32, 1u << (f.has_bit % 32));
}
std::string case_is(const FieldModel& f) {
  return fmt::format("_pf_oneof_case_[{}] == {}", f.oneof_slot, f.field->number);
}
std::string switch_to(const FieldModel& f) {
  return fmt::format("::protoforge::gen::switch_oneof(this, _pf_table, {}, {})", f.oneof_slot, f.field->number);
}
std::string clear_case(const FieldModel& f) {
  return fmt::format("if ({}) ::protoforge::gen::clear_oneof(this, _pf_table, {});", case_is(f), f.oneof_slot);
}

// What marks the field present before a write: the has-bit, the oneof case, or nothing (implicit presence).
std::string mark_present(const FieldModel& f) {
  if (f.oneof_slot >= 0) return switch_to(f) + ";";
  if (f.has_bit >= 0) return set_has(f);
  return "";
}
// The condition under which the stored value is the field's value (else the default applies).
std::string present_expr(const FieldModel& f) {
  if (f.oneof_slot >= 0) return case_is(f);
  if (f.has_bit >= 0) return has_expr(f);
  return "";
}

void add(std::vector<Accessor>& out, std::string ret, std::string name, std::string params, bool is_const,
         std::string body) {
  out.push_back(Accessor{std::move(ret), std::move(name), std::move(params), is_const, std::move(body)});
}

void add_presence(std::vector<Accessor>& out, const FieldModel& f) {
  const std::string present = present_expr(f);
  if (!present.empty()) add(out, "bool", "has_" + f.name, "", true, "return " + present + ";");
}

void singular_number(std::vector<Accessor>& out, const FieldModel& f) {
  const bool is_enum = f.field->kind == Kind::enum_;
  const std::string stored = is_enum ? "static_cast<" + f.enum_class + ">(" + f.member + ")" : f.member;
  const std::string fallback = !f.default_expr.empty() ? f.default_expr
                               : is_enum ? "static_cast<" + f.enum_class + ">(0)" : f.element + "()";
  const std::string present = present_expr(f);
  const bool needs_check = f.oneof_slot >= 0 || !f.default_expr.empty();
  add(out, f.element, f.name, "", true,
      needs_check ? "return " + present + " ? " + stored + " : " + fallback + ";" : "return " + stored + ";");
  add(out, "void", "set_" + f.name, f.element + " value", false,
      mark_present(f) + f.member + " = " + (is_enum ? "static_cast<int32_t>(value)" : "value") + ";");
  add_presence(out, f);
  if (f.oneof_slot >= 0) add(out, "void", "clear_" + f.name, "", false, clear_case(f));
  else add(out, "void", "clear_" + f.name, "", false, f.member + " = {};" + (f.has_bit >= 0 ? " " + clear_has(f) : ""));
}

void singular_string(std::vector<Accessor>& out, const FieldModel& f) {
  const std::string fallback = f.default_expr.empty() ? "std::string_view()" : f.default_expr;
  const bool needs_check = f.oneof_slot >= 0 || !f.default_expr.empty();
  add(out, "std::string_view", f.name, "", true,
      needs_check ? "return " + present_expr(f) + " ? " + f.member + ".view() : " + fallback + ";"
                  : "return " + f.member + ".view();");
  add(out, "void", "set_" + f.name, "std::string_view value", false, mark_present(f) + f.member + ".set(value);");
  std::string mutable_body;
  const std::string fill_default = f.default_expr.empty() ? "" : f.member + ".set(" + f.default_expr + ");";
  if (f.oneof_slot >= 0) {
    mutable_body = fill_default.empty() ? switch_to(f) + ";" : "if (" + switch_to(f) + ") " + fill_default;
  } else if (f.has_bit >= 0) {
    mutable_body = "if (!(" + has_expr(f) + ")) { " + set_has(f) + (fill_default.empty() ? "" : " " + fill_default) + " }";
  }
  add(out, "std::string*", "mutable_" + f.name, "", false, mutable_body + " return " + f.member + ".mutable_string();");
  add_presence(out, f);
  if (f.oneof_slot >= 0) add(out, "void", "clear_" + f.name, "", false, clear_case(f));
  else add(out, "void", "clear_" + f.name, "", false, f.member + ".clear();" + (f.has_bit >= 0 ? " " + clear_has(f) : ""));
}

void singular_message(std::vector<Accessor>& out, const FieldModel& f) {
  const std::string& m = f.message_class;
  const std::string& v = f.member;
  if (f.oneof_slot >= 0) {
    add(out, "const " + m + "&", f.name, "", true,
        "return " + case_is(f) + " && " + v + " != nullptr ? *" + v + " : " + m + "::default_instance();");
    add(out, m + "*", "mutable_" + f.name, "", false,
        switch_to(f) + "; if (" + v + " == nullptr) " + v + " = new " + m + "(); return " + v + ";");
    add_presence(out, f);
    add(out, "void", "clear_" + f.name, "", false, clear_case(f));
    add(out, m + "*", "release_" + f.name, "", false,
        "if (!(" + case_is(f) + ")) return nullptr; _pf_oneof_case_[" + std::to_string(f.oneof_slot) +
            "] = 0; " + m + "* out = " + v + "; " + v + " = nullptr; return out;");
    add(out, "void", "set_allocated_" + f.name, m + "* value", false,
        "if (value == nullptr) { " + clear_case(f) + " return; } " + switch_to(f) + "; delete " + v + "; " + v +
            " = value;");
    return;
  }
  add(out, "const " + m + "&", f.name, "", true, "return " + v + " != nullptr ? *" + v + " : " + m + "::default_instance();");
  add(out, m + "*", "mutable_" + f.name, "", false,
      set_has(f) + " if (" + v + " == nullptr) " + v + " = new " + m + "(); return " + v + ";");
  add_presence(out, f);
  add(out, "void", "clear_" + f.name, "", false, "if (" + v + " != nullptr) " + v + "->Clear(); " + clear_has(f));
  add(out, m + "*", "release_" + f.name, "", false,
      "if (!(" + has_expr(f) + ")) return nullptr; " + clear_has(f) + " " + m + "* out = " + v + "; " + v +
          " = nullptr; return out;");
  add(out, "void", "set_allocated_" + f.name, m + "* value", false,
      "delete " + v + "; " + v + " = value; if (value != nullptr) { " + set_has(f) + " } else { " + clear_has(f) + " }");
}

void repeated_field(std::vector<Accessor>& out, const FieldModel& f) {
  const std::string& v = f.member;
  add(out, "int", f.name + "_size", "", true, "return " + v + ".size();");
  add(out, "const " + f.storage + "&", f.name, "", true, "return " + v + ";");
  add(out, f.storage + "*", "mutable_" + f.name, "", false, "return &" + v + ";");
  add(out, "void", "clear_" + f.name, "", false, v + ".Clear();");
  if (f.field->is_string_like()) {
    add(out, "std::string_view", f.name, "int index", true, "return " + v + ".Get(index).view();");
    add(out, "std::string*", "mutable_" + f.name, "int index", false, "return " + v + ".Mutable(index)->mutable_string();");
    add(out, "void", "set_" + f.name, "int index, std::string_view value", false, v + ".Mutable(index)->set(value);");
    add(out, "std::string*", "add_" + f.name, "", false, "return " + v + ".Add()->mutable_string();");
    add(out, "void", "add_" + f.name, "std::string_view value", false, v + ".Add()->set(value);");
  } else if (f.field->is_message()) {
    const std::string& m = f.message_class;
    add(out, "const " + m + "&", f.name, "int index", true, "return " + v + ".Get(index);");
    add(out, m + "*", "mutable_" + f.name, "int index", false, "return " + v + ".Mutable(index);");
    add(out, m + "*", "add_" + f.name, "", false, "return " + v + ".Add();");
  } else if (f.field->kind == Kind::enum_) {
    add(out, f.element, f.name, "int index", true, "return static_cast<" + f.element + ">(" + v + ".Get(index));");
    add(out, "void", "set_" + f.name, "int index, " + f.element + " value", false,
        v + ".Set(index, static_cast<int32_t>(value));");
    add(out, "void", "add_" + f.name, f.element + " value", false, v + ".Add(static_cast<int32_t>(value));");
  } else {
    add(out, f.element, f.name, "int index", true, "return " + v + ".Get(index);");
    add(out, "void", "set_" + f.name, "int index, " + f.element + " value", false, v + ".Set(index, value);");
    add(out, "void", "add_" + f.name, f.element + " value", false, v + ".Add(value);");
  }
}

void map_field(std::vector<Accessor>& out, const FieldModel& f) {
  add(out, "int", f.name + "_size", "", true, "return static_cast<int>(" + f.member + ".size());");
  add(out, "const " + f.storage + "&", f.name, "", true, "return " + f.member + ";");
  add(out, f.storage + "*", "mutable_" + f.name, "", false, "return &" + f.member + ";");
  add(out, "void", "clear_" + f.name, "", false, f.member + ".clear();");
}

}  // namespace

std::vector<Accessor> field_accessors(const MessageModel&, const FieldModel& f) {
  std::vector<Accessor> out;
  if (f.field->is_map()) map_field(out, f);
  else if (f.field->is_repeated()) repeated_field(out, f);
  else if (f.field->is_string_like()) singular_string(out, f);
  else if (f.field->is_message()) singular_message(out, f);
  else singular_number(out, f);
  return out;
}

std::vector<Accessor> oneof_accessors(const MessageModel&, const OneofModel& o) {
  std::vector<Accessor> out;
  add(out, o.camel + "Case", o.name + "_case", "", true,
      "return static_cast<" + o.camel + "Case>(_pf_oneof_case_[" + std::to_string(o.slot) + "]);");
  add(out, "void", "clear_" + o.name, "", false,
      "::protoforge::gen::clear_oneof(this, _pf_table, " + std::to_string(o.slot) + ");");
  return out;
}

}  // namespace protoforge::cpp
