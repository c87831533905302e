// The generated classes test_cpp_differential dispatches to, by full name, and the hand-written API edits of the
// three main types: each edit sets, clears and adds through the generated accessors, and makes the same change
// through libprotobuf's reflection (implicit-presence zero stays absent, a map insert overwrites, a oneof member
// replaces the other).
#include <array>
#include <map>

#include "rich_editions.pf.h"
#include "rich_proto2.pf.h"
#include "rich_proto3.pf.h"
#include "tests/cpp/differential_checks.h"

namespace protoforge::cpp_differential {

namespace {

// Reflection by field (or extension) name, for the oracle halves of the edits.
class Reflect {
 public:
  explicit Reflect(pb::Message& m) : m_(m), r_(*m.GetReflection()) {}
  const pb::FieldDescriptor* field(const char* name) const {
    const pb::FieldDescriptor* f = m_.GetDescriptor()->FindFieldByName(name);
    return f != nullptr ? f : m_.GetDescriptor()->file()->pool()->FindExtensionByName(name);
  }
  void clear(const char* name) { r_.ClearField(&m_, field(name)); }
  void set_int32(const char* name, int32_t v) { r_.SetInt32(&m_, field(name), v); }
  void set_int64(const char* name, int64_t v) { r_.SetInt64(&m_, field(name), v); }
  void set_string(const char* name, const std::string& v) { r_.SetString(&m_, field(name), v); }
  void set_enum(const char* name, int v) { r_.SetEnumValue(&m_, field(name), v); }
  void add_int32(const char* name, int32_t v) { r_.AddInt32(&m_, field(name), v); }
  void add_int64(const char* name, int64_t v) { r_.AddInt64(&m_, field(name), v); }
  void add_string(const char* name, const std::string& v) { r_.AddString(&m_, field(name), v); }
  void add_enum(const char* name, int v) { r_.AddEnumValue(&m_, field(name), v); }
  Reflect message(const char* name) { return Reflect(*r_.MutableMessage(&m_, field(name))); }
  // Adds a map entry; libprotobuf keeps the last entry of a key, as an insert_or_assign.
  Reflect map_entry(const char* name) { return Reflect(*r_.AddMessage(&m_, field(name))); }

 private:
  pb::Message& m_;
  const pb::Reflection& r_;
};

void edit_all_types(void* message) {
  namespace p2 = pfgen::pftest::p2;
  auto& m = *static_cast<p2::AllTypes*>(message);
  m.set_opt_int32(-77);
  m.clear_opt_string();
  m.add_rep_string("added");
  m.add_packed_sint32(-5);
  m.set_opt_color(p2::COLOR_MIN);
  (*m.mutable_map_string_string())["edit"] = "value";
  m.set_choice_string("chosen");
  m.mutable_opt_nested()->set_value(9);
  m.mutable_optgroup()->set_group_int32(5);
  m.SetExtension(p2::ext_int32, 42);
  m.AddExtension(p2::ext_rep_string, "ext");
  m.MutableExtension(p2::ExtensionHolder::holder)->set_plain(3);
  m.ClearExtension(p2::ext_bytes);
}
void edit_all_types_oracle(pb::Message& message) {
  Reflect m(message);
  m.set_int32("opt_int32", -77);
  m.clear("opt_string");
  m.add_string("rep_string", "added");
  m.add_int32("packed_sint32", -5);
  m.set_enum("opt_color", INT32_MIN);
  Reflect entry = m.map_entry("map_string_string");
  entry.set_string("key", "edit");
  entry.set_string("value", "value");
  m.set_string("choice_string", "chosen");
  m.message("opt_nested").set_int32("value", 9);
  m.message("optgroup").set_int32("group_int32", 5);
  m.set_int32("pftest.p2.ext_int32", 42);
  m.add_string("pftest.p2.ext_rep_string", "ext");
  m.message("pftest.p2.ExtensionHolder.holder").set_int32("plain", 3);
  m.clear("pftest.p2.ext_bytes");
}

void edit_scalars(void* message) {
  namespace p3 = pfgen::pftest::p3;
  auto& m = *static_cast<p3::Scalars*>(message);
  m.set_f_int32(0);  // implicit presence: absent again
  m.set_o_int32(0);  // explicit: present with 0
  m.add_r_int32(-1);
  m.clear_f_string();
  (*m.mutable_map_int32_string())[7] = "seven";
  m.set_choice_mood(static_cast<p3::Mood>(12345));  // open enum: an undeclared number is kept
  m.mutable_f_nested()->set_label("label");
  m.mutable_f_nested()->set_mood(p3::MOOD_NEGATIVE);
}
void edit_scalars_oracle(pb::Message& message) {
  Reflect m(message);
  m.set_int32("f_int32", 0);
  m.set_int32("o_int32", 0);
  m.add_int32("r_int32", -1);
  m.clear("f_string");
  Reflect entry = m.map_entry("map_int32_string");
  entry.set_int32("key", 7);
  entry.set_string("value", "seven");
  m.set_enum("choice_mood", 12345);
  Reflect nested = m.message("f_nested");
  nested.set_string("label", "label");
  nested.set_enum("mood", -3);
}

void edit_ed_all(void* message) {
  namespace ed = pfgen::pftest::ed;
  auto& m = *static_cast<ed::EdAll*>(message);
  m.set_implicit_int64(0);
  m.set_explicit_int32(0);
  m.add_closed_list(ed::CLOSED_LEVEL_TWO);
  m.mutable_delimited()->set_value(3);
  m.set_choice_closed(ed::CLOSED_LEVEL_MINUS);
  m.SetExtension(ed::ext_int32, 5);
  m.AddExtension(ed::ext_packed, -9);
  (*m.mutable_map_string_open())["k"] = ed::OPEN_LEVEL_HIGH;
  m.clear_unchecked();
}
void edit_ed_all_oracle(pb::Message& message) {
  Reflect m(message);
  m.clear("implicit_int64");  // lowered to proto2, where setting 0 would be presence
  m.set_int32("explicit_int32", 0);
  m.add_enum("closed_list", 2);
  m.message("delimited").set_int32("value", 3);
  m.set_enum("choice_closed", -9);
  m.set_int32("pftest.ed.ext_int32", 5);
  m.add_int64("pftest.ed.ext_packed", -9);
  Reflect entry = m.map_entry("map_string_open");
  entry.set_string("key", "k");
  entry.set_enum("value", 2);
  m.clear("unchecked");
}

template <class G>
GeneratedType type_of() {
  return {G::GetTypeName(), &check_generated<G>};
}

}  // namespace

const Edit* edit_of(std::string_view full_name) {
  static const std::map<std::string_view, Edit> edits = {
      {"pftest.p2.AllTypes", {&edit_all_types, &edit_all_types_oracle}},
      {"pftest.p3.Scalars", {&edit_scalars, &edit_scalars_oracle}},
      {"pftest.ed.EdAll", {&edit_ed_all, &edit_ed_all_oracle}},
  };
  auto it = edits.find(full_name);
  return it == edits.end() ? nullptr : &it->second;
}

std::span<const GeneratedType> generated_types() {
  using namespace pfgen::pftest;
  static const std::array types = {
      type_of<p2::AllTypes>(), type_of<p2::AllTypes_Nested>(), type_of<p2::AllTypes_OptGroup>(),
      type_of<p2::AllTypes_RepGroup>(), type_of<p2::Defaults>(), type_of<p2::Required>(),
      type_of<p2::ExtensionHolder>(), type_of<p3::Scalars>(), type_of<p3::Scalars_Nested>(),
      type_of<p3::WellKnown>(), type_of<p3::JsonNames>(), type_of<ed::EdAll>(), type_of<ed::EdAll_Inner>(),
      type_of<ed::EdAll_Grouplike>(), type_of<ed::Overrides>(), type_of<ed::Required>(),
  };
  return types;
}

}  // namespace protoforge::cpp_differential
