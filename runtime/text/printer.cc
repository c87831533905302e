// Known fields as protoc 3.21's TextFormat::Printer prints them; unknown fields go to unknown_printer.cc.
#include "runtime/text/printer.h"

#include <algorithm>
#include <vector>

#include "runtime/message/binary.h"
#include "runtime/message/map_key.h"
#include "runtime/strings/escape.h"
#include "runtime/strings/simple_float.h"
#include "runtime/text/internal/names.h"
#include "runtime/text/internal/unknown_fields.h"

namespace protoforge::text {

namespace {

using message::FieldValue;
using message::Message;
using message::MessagePtr;
using schema::Field;
using schema::Kind;
using schema::Scalar;

void append_scalar(std::string& out, const Field& f, Scalar v) {
  switch (f.kind) {
    case Kind::int32: case Kind::sint32: case Kind::sfixed32: out += std::to_string(v.as_int32()); break;
    case Kind::int64: case Kind::sint64: case Kind::sfixed64: out += std::to_string(v.as_int64()); break;
    case Kind::uint32: case Kind::fixed32: out += std::to_string(v.as_uint32()); break;
    case Kind::uint64: case Kind::fixed64: out += std::to_string(v.as_uint64()); break;
    case Kind::float_: out += strings::simple_ftoa(v.as_float()); break;
    case Kind::double_: out += strings::simple_dtoa(v.as_double()); break;
    case Kind::bool_: out += v.as_bool() ? "true" : "false"; break;
    case Kind::enum_: {
      const schema::EnumValue* value = f.enum_type != nullptr ? f.enum_type->find(v.as_int32()) : nullptr;
      out += value != nullptr ? value->name : std::to_string(v.as_int32());
      break;
    }
    default: break;  // strings, bytes and messages are not scalars
  }
}

void append_quoted(std::string& out, std::string_view bytes) {
  out.push_back('"');
  strings::append_c_escaped(out, bytes);
  out.push_back('"');
}

class MessagePrinter {
 public:
  MessagePrinter(std::string& out, const PrintOptions& options) : writer_(out, options.single_line), options_(options) {}

  void print(const Message& m) {
    print_fields(m);
    writer_.finish();
  }

 private:
  void print_fields(const Message& m) {
    if (options_.expand_any && m.type().well_known == schema::WellKnown::any && print_any(m)) return;
    if (m.type().map_entry) {
      // protoc prints both halves of a map entry, set or not.
      print_entry_field(m, m.type().map_key());
      print_entry_field(m, m.type().map_value());
    } else {
      m.for_each_set_field([&](const Field& f, const FieldValue& v) { print_field(f, v); });
    }
    internal::write_unknown_fields(writer_, m.unknown_fields(), internal::kUnknownFieldBudget);
  }

  void print_entry_field(const Message& entry, const Field& f) {
    if (f.is_message()) {
      const Message* value = entry.message(f);
      if (value != nullptr) {
        print_message(f, *value);
      } else {
        writer_.begin_block(internal::printed_name(f));
        writer_.end_block();
      }
    } else if (f.is_string_like()) {
      append_quoted(writer_.begin_value(internal::printed_name(f)), entry.string(f));
      writer_.end_value();
    } else {
      append_scalar(writer_.begin_value(internal::printed_name(f)), f, entry.scalar(f));
      writer_.end_value();
    }
  }

  void print_field(const Field& f, const FieldValue& v) {
    const std::string name = internal::printed_name(f);
    auto scalar = [&](Scalar s) {
      append_scalar(writer_.begin_value(name), f, s);
      writer_.end_value();
    };
    auto string = [&](std::string_view s) {
      append_quoted(writer_.begin_value(name), s);
      writer_.end_value();
    };
    if (const auto* s = std::get_if<Scalar>(&v)) scalar(*s);
    else if (const auto* s = std::get_if<std::string>(&v)) string(*s);
    else if (const auto* m = std::get_if<MessagePtr>(&v)) print_message(f, **m);
    else if (const auto* list = std::get_if<std::vector<Scalar>>(&v)) for (const Scalar x : *list) scalar(x);
    else if (const auto* list = std::get_if<std::vector<std::string>>(&v)) for (const auto& x : *list) string(x);
    else if (const auto* list = std::get_if<std::vector<MessagePtr>>(&v)) print_messages(f, *list);
  }

  void print_messages(const Field& f, const std::vector<MessagePtr>& list) {
    if (!f.is_map()) {
      for (const auto& m : list) print_message(f, *m);
      return;
    }
    std::vector<const Message*> sorted;
    sorted.reserve(list.size());
    for (const auto& m : list) sorted.push_back(m.get());
    auto less = [](const Message* a, const Message* b) { return message::map_key_less(*a, *b); };
    std::stable_sort(sorted.begin(), sorted.end(), less);
    for (const Message* m : sorted) print_message(f, *m);
  }

  void print_message(const Field& f, const Message& m) {
    writer_.begin_block(internal::printed_name(f));
    print_fields(m);
    writer_.end_block();
  }

  // `[type_url] { ... }` when the type is known and its value decodes completely; false to print the Any as an
  // ordinary message.
  bool print_any(const Message& any) {
    if (options_.pool == nullptr) return false;
    const std::optional<Message> value = expanded_any_value(any, *options_.pool);
    if (!value) return false;
    writer_.begin_block("[" + std::string(any.string(*any.type().find_field(1))) + "]");
    print_fields(*value);
    writer_.end_block();
    return true;
  }

  internal::TextWriter writer_;
  const PrintOptions& options_;
};

}  // namespace

std::optional<Message> expanded_any_value(const Message& any, const schema::Pool& pool) {
  const Field* url_field = any.type().find_field(1);
  const Field* value_field = any.type().find_field(2);
  if (url_field == nullptr || value_field == nullptr) return std::nullopt;
  const std::string_view url = any.string(*url_field);
  const size_t slash = url.rfind('/');
  if (slash == std::string_view::npos) return std::nullopt;
  const std::string_view prefix = url.substr(0, slash + 1);
  if (prefix != "type.googleapis.com/" && prefix != "type.googleprod.com/") return std::nullopt;
  const schema::MessageType* type = pool.find_message(url.substr(slash + 1));
  if (type == nullptr) return std::nullopt;
  // libprotobuf's PrintAny parses the value into a DynamicMessage, which keeps map entries as written (duplicate
  // keys too); as a map, the text would lose entries and no longer parse back to the Any's bytes.
  message::DecodeOptions as_dynamic_message;
  as_dynamic_message.plain_map_entries = true;
  Message value(*type);
  if (!message::decode(any.string(*value_field), value, as_dynamic_message).ok() ||
      !message::missing_required_fields(value).empty()) {
    return std::nullopt;
  }
  return value;
}

void append_text(const Message& message, std::string& out, const PrintOptions& options) {
  MessagePrinter(out, options).print(message);
}

std::string print(const Message& message, const PrintOptions& options) {
  std::string out;
  append_text(message, out, options);
  return out;
}

}  // namespace protoforge::text
