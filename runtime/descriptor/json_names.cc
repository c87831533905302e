#include "runtime/descriptor/json_names.h"

namespace protoforge::descriptor {

namespace {

void fill(std::vector<FieldDescriptorProto>& fields) {
  for (auto& f : fields) {
    if (!f.json_name) f.json_name = default_json_name(f.name.value_or(""));
  }
}

void fill(DescriptorProto& message) {
  fill(message.field);
  for (auto& nested : message.nested_type) fill(nested);
  fill(message.extension);
}

}  // namespace

std::string default_json_name(std::string_view field_name) {
  std::string out;
  bool upper = false;
  for (const char c : field_name) {
    if (c == '_') {
      upper = true;
      continue;
    }
    out.push_back(upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    upper = false;
  }
  return out;
}

void fill_json_names(FileDescriptorProto& file) {
  for (auto& m : file.message_type) fill(m);
  fill(file.extension);
}

}  // namespace protoforge::descriptor
