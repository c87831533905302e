// protoc's IsInitialized: every required field set, recursively through set sub-messages (maps included).
#include "runtime/message/binary.h"

namespace protoforge::message {

namespace {

void collect(const Message& m, const std::string& prefix, std::vector<std::string>& out) {
  auto name_of = [&](const Field& f) {
    return prefix + (f.is_extension ? "(" + f.full_name + ")" : f.name);
  };
  for (const Field& f : m.type().fields) {
    if (f.is_required() && !m.has(f)) out.push_back(name_of(f));
  }
  m.for_each_set_field([&](const Field& f, const FieldValue& v) {
    if (const auto* sub = std::get_if<MessagePtr>(&v)) {
      collect(**sub, name_of(f) + ".", out);
    } else if (const auto* list = std::get_if<std::vector<MessagePtr>>(&v)) {
      for (size_t i = 0; i < list->size(); ++i) {
        collect(*(*list)[i], name_of(f) + "[" + std::to_string(i) + "].", out);
      }
    }
  });
}

}  // namespace

std::vector<std::string> missing_required_fields(const Message& message) {
  std::vector<std::string> out;
  collect(message, "", out);
  return out;
}

}  // namespace protoforge::message
