#include "runtime/message/discard_unknown.h"

namespace protoforge::message {

namespace {

void discard_in_field(Message& m, const Field& f) {
  if (!f.is_message() || !m.has(f)) return;
  if (!f.is_repeated()) return discard_unknown_fields(m.mutable_message(f));
  for (MessagePtr& element : m.mutable_messages(f)) discard_unknown_fields(*element);
}

}  // namespace

void discard_unknown_fields(Message& message) {
  message.mutable_unknown_fields().clear();
  for (const Field& f : message.type().fields) discard_in_field(message, f);
  for (const Field* f : message.type().extensions()) discard_in_field(message, *f);
}

}  // namespace protoforge::message
