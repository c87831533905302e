#include "compiler/driver/protoc_logs.h"

#include <algorithm>
#include <vector>

#include "runtime/message/map_key.h"
#include "runtime/strings/utf8.h"

namespace protoforge::driver {

namespace {

using message::FieldValue;
using message::Message;
using message::MessagePtr;
using schema::Field;

class SerializationWalk {
 public:
  SerializationWalk(std::ostream& err, bool deterministic) : err_(err), deterministic_(deterministic) {}

  void message(const Message& m) {
    if (m.type().map_entry) {
      for (const Field* f : {&m.type().map_key(), &m.type().map_value()}) {
        if (f->is_message()) {
          if (const Message* value = m.message(*f)) message(*value);
        } else {
          string(*f, m.string(*f));
        }
      }
      return;
    }
    m.for_each_set_field([&](const Field& f, const FieldValue& v) { field(f, v); });
  }

 private:
  void string(const Field& f, std::string_view bytes) {
    if (f.kind == schema::Kind::string && !strings::is_valid_utf8(bytes)) log_invalid_utf8(err_, f.full_name, true);
  }

  void field(const Field& f, const FieldValue& v) {
    if (const auto* s = std::get_if<std::string>(&v)) {
      string(f, *s);
    } else if (const auto* list = std::get_if<std::vector<std::string>>(&v)) {
      for (const auto& s : *list) string(f, s);
    } else if (const auto* m = std::get_if<MessagePtr>(&v)) {
      message(**m);
    } else if (const auto* list = std::get_if<std::vector<MessagePtr>>(&v)) {
      std::vector<const Message*> order;
      for (const auto& m : *list) order.push_back(m.get());
      if (f.is_map() && deterministic_) sort_map(order);
      for (const Message* m : order) message(*m);
    }
  }

  // libprotobuf sorts a map's entries before writing them and logs each neighbouring pair of equal keys.
  void sort_map(std::vector<const Message*>& entries) {
    auto less = [](const Message* a, const Message* b) { return message::map_key_less(*a, *b); };
    std::stable_sort(entries.begin(), entries.end(), less);
    for (size_t i = 1; i < entries.size(); ++i) {
      if (!less(entries[i - 1], entries[i])) {
        err_ << "[libprotobuf ERROR ./google/protobuf/dynamic_message.h:163] map keys are not unique\n";
      }
    }
  }

  std::ostream& err_;
  bool deterministic_;
};

}  // namespace

void log_invalid_utf8(std::ostream& err, std::string_view field_full_name, bool serializing) {
  err << "[libprotobuf ERROR google/protobuf/wire_format_lite.cc:618] String field '" << field_full_name
      << "' contains invalid UTF-8 data when " << (serializing ? "serializing" : "parsing")
      << " a protocol buffer. Use the 'bytes' type if you intend to send raw bytes. \n";
}

void log_serializing(std::ostream& err, const Message& message, bool deterministic) {
  SerializationWalk(err, deterministic).message(message);
}

}  // namespace protoforge::driver
