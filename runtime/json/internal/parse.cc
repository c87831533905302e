// Parsing: the entry point, objects onto messages (members, lists, maps), unknown and reserved members, and
// checked skipping of what is not kept.
#include <algorithm>
#include <unordered_set>

#include "runtime/json/internal/field_mask.h"
#include "runtime/json/internal/parser.h"
#include "runtime/json/internal/number_text.h"
#include "runtime/json/internal/paths.h"
#include "runtime/message/map_key.h"

namespace protoforge::json {

namespace {

namespace od = simdjson::ondemand;
using internal::Parser;
using message::Message;

// Reads the one value of the document (wrapped as "[...]" so that scalar roots are values too) into `into`.
bool parse_root(od::document& doc, Parser& parser, Message& into, const char* end) {
  od::array root;
  if (auto e = doc.get_array().get(root)) return parser.fail(e, end);
  size_t count = 0;
  for (auto item : root) {
    od::value v;
    if (auto e = std::move(item).get(v)) return parser.fail(e, end);
    if (++count > 1) return parser.fail(ParseStatus::syntax_error, end, "more than one JSON value");
    if (!parser.message_value(v, into)) return false;
  }
  if (count == 0) return parser.fail(ParseStatus::syntax_error, end, "no JSON value");
  const char* rest = nullptr;
  if (doc.current_location().get(rest) == simdjson::OUT_OF_BOUNDS) return true;  // nothing after the wrapper
  return parser.fail(ParseStatus::syntax_error, rest ? rest : end, "unexpected text after the JSON value");
}

}  // namespace

ParseResult parse(std::string_view json, message::Message& into, const ParseOptions& options) {
  ParseResult result;
  into.clear();
  simdjson::padded_string buffer(json.size() + 2);
  buffer.data()[0] = '[';
  std::copy(json.begin(), json.end(), buffer.data() + 1);
  buffer.data()[json.size() + 1] = ']';
  Parser parser(options, buffer.data(), json.size(), result);
  const char* end = buffer.data() + json.size() + 1;
  od::parser tokenizer;
  od::document doc;
  const size_t depth = static_cast<size_t>(std::clamp(options.max_depth, 0, kMaxParseDepth)) + 2;  // and the wrapper
  if (auto e = tokenizer.allocate(buffer.size(), depth)) return parser.fail(e, end), result;
  if (auto e = tokenizer.iterate(buffer).get(doc)) return parser.fail(e, end), result;
  if (!parse_root(doc, parser, into, end)) return result;
  if (!options.allow_partial) {
    const std::vector<std::string> missing = message::missing_required_fields(into);
    if (!missing.empty()) {
      result.status = ParseStatus::missing_required;
      result.path = missing.front();
      result.offset = json.size();
      result.message = "required field " + missing.front() + " is not set";
    }
  }
  return result;
}

namespace internal {

namespace {

// Whether JSON null is a value of `f`'s type rather than "unset": google.protobuf.Value and NullValue.
bool null_is_a_value(const Field& f) {
  if (f.is_message()) return f.message_type->well_known == schema::WellKnown::value;
  return f.kind == schema::Kind::enum_ && f.enum_type->well_known == schema::WellKnown::null_value;
}

}  // namespace

const Field* find_member_field(const MessageType& type, std::string_view key) {
  if (key.size() > 2 && key.front() == '[' && key.back() == ']') {
    const std::string_view name = key.substr(1, key.size() - 2);
    for (const Field* f : type.extensions()) {
      if (f->full_name == name) return f;
    }
    return nullptr;
  }
  const Field* f = type.find_field_by_json_name(key);
  return f ? f : type.find_field(key);
}

bool is_reserved_member(const MessageType& type, std::string_view key) {
  if (type.is_reserved_name(key)) return true;
  return std::any_of(type.reserved_names.begin(), type.reserved_names.end(), [&](const std::string& name) {
    std::string camel;
    append_camel_path(camel, name);
    return camel == key;
  });
}

size_t Parser::offset(const char* at) const {
  if (at == nullptr) at = last_at_ ? last_at_ : base_ + 1;
  const auto raw = at - base_ - 1;
  return std::min(static_cast<size_t>(std::max<std::ptrdiff_t>(raw, 0)), input_size_);
}

std::string Parser::path() const {
  std::string out;
  for (const Segment& s : path_) {
    if (!out.empty() && !s.is_index) out.push_back('.');
    out += s.text;
  }
  return out;
}

bool Parser::fail(ParseStatus status, const char* at, std::string message) {
  result_.status = status;
  result_.offset = offset(at);
  result_.path = path();
  result_.message = std::move(message);
  return false;
}

bool Parser::fail(simdjson::error_code error, const char* at) {
  ParseStatus status = ParseStatus::syntax_error;
  if (error == simdjson::UTF8_ERROR) status = ParseStatus::invalid_utf8;
  if (error == simdjson::DEPTH_ERROR) status = ParseStatus::too_deep;
  return fail(status, at, simdjson::error_message(error));
}

bool Parser::enter(const char* at) {
  const int limit = std::min(options_.max_depth, kMaxParseDepth);
  if (++depth_ <= limit) return true;
  return fail(ParseStatus::too_deep, at, "nesting deeper than " + std::to_string(limit) + " levels");
}

bool Parser::type_of(od::value& v, od::json_type& out) {
  if (auto e = v.type().get(out)) return fail(e, position(v));
  return true;
}

bool Parser::expect(od::value& v, od::json_type want, std::string_view what) {
  od::json_type type;
  if (!type_of(v, type)) return false;
  return type == want || fail(ParseStatus::wrong_type, position(v), "expected " + std::string(what));
}

bool Parser::get_object(od::value& v, od::object& out, std::string_view what) {
  const char* at = position(v);
  if (!expect(v, od::json_type::object, "an object for " + std::string(what))) return false;
  if (auto e = v.get_object().get(out)) return fail(e, at);
  return enter(at);
}

bool Parser::get_array(od::value& v, od::array& out, std::string_view what) {
  const char* at = position(v);
  if (!expect(v, od::json_type::array, "a list for " + std::string(what))) return false;
  if (auto e = v.get_array().get(out)) return fail(e, at);
  return enter(at);
}

bool Parser::message_value(od::value& v, Message& m) {
  const schema::WellKnown kind = m.type().well_known;
  if (kind != schema::WellKnown::none && kind != schema::WellKnown::empty) return well_known(v, m);
  od::object object;
  if (!get_object(v, object, m.type().full_name)) return false;
  if (!members(object, m, false)) return false;
  leave();
  return true;
}

bool Parser::members(od::object& object, Message& m, bool skip_type_member) {
  Seen seen{std::vector<bool>(m.type().fields.size()), std::vector<const Field*>(m.type().oneofs.size()), {}};
  for (auto item : object) {
    od::field field;
    if (auto e = std::move(item).get(field)) return fail(e, nullptr);
    if (skip_type_member && field.key() == "@type") continue;
    if (!member(field, m, seen)) return false;
  }
  return true;
}

bool Parser::member(od::field& field, Message& m, Seen& seen) {
  const char* key_at = field.key().raw() - 1;
  last_at_ = key_at;
  std::string_view key;
  if (auto e = field.unescaped_key().get(key)) return fail(e, key_at);
  od::value& v = field.value();
  const Field* f = find_member_field(m.type(), key);
  if (f == nullptr) return unknown_member(m.type(), key, key_at, v);
  push(path_segment(*f));
  const bool again = f->is_extension ? std::find(seen.extensions.begin(), seen.extensions.end(), f) != seen.extensions.end()
                                     : seen.fields[static_cast<size_t>(f->index)];
  if (again) return fail(ParseStatus::duplicate_field, key_at, "field " + f->name + " is given more than once");
  if (f->is_extension) seen.extensions.push_back(f);
  else seen.fields[static_cast<size_t>(f->index)] = true;
  bool is_null;
  if (auto e = v.is_null().get(is_null)) return fail(e, key_at);
  if (is_null && (f->is_repeated() || !null_is_a_value(*f))) {  // null means "not set"
    pop();
    return true;
  }
  if (f->oneof_index >= 0 && !m.type().oneofs[static_cast<size_t>(f->oneof_index)].synthetic) {
    const Field*& set = seen.oneof_member[static_cast<size_t>(f->oneof_index)];
    if (set != nullptr) {
      return fail(ParseStatus::oneof_conflict, key_at,
                  f->name + " and " + set->name + " are members of oneof " +
                      m.type().oneofs[static_cast<size_t>(f->oneof_index)].name + "; only one may be set");
    }
    set = f;
  }
  if (!field_value(v, *f, m)) return false;
  pop();
  return true;
}

bool Parser::unknown_member(const MessageType& type, std::string_view key, const char* key_at, od::value& v) {
  if (options_.reserved != message::ReservedPolicy::ignore && is_reserved_member(type, key)) {
    result_.reserved.push_back({path(), std::string(key), offset(key_at)});
    if (options_.reserved == message::ReservedPolicy::report) return skip(v);
    push(std::string(key));
    return fail(ParseStatus::reserved_field, key_at, std::string(key) + " is a reserved field name of " + type.full_name);
  }
  if (options_.ignore_unknown_fields) return skip(v);
  push(std::string(key));
  return fail(ParseStatus::unknown_field, key_at, type.full_name + " has no field named " + std::string(key));
}

bool Parser::field_value(od::value& v, const Field& f, Message& m) {
  if (f.is_map()) return map(v, f, m);
  if (f.is_repeated()) return list(v, f, m);
  return single(v, f, m) != Outcome::failed;
}

Parser::Outcome Parser::single(od::value& v, const Field& f, Message& m) {
  if (f.is_message()) return message_value(v, m.mutable_message(f)) ? Outcome::ok : Outcome::failed;
  if (f.is_string_like()) {
    std::string s;
    if (!text(v, f, s)) return Outcome::failed;
    m.set_string(f, std::move(s));
    return Outcome::ok;
  }
  Scalar s;
  const Outcome outcome = scalar(v, f, s);
  if (outcome == Outcome::ok) m.set_scalar(f, s);
  return outcome;
}

Parser::Outcome Parser::list_element(od::value& v, const Field& f, Message& m) {
  if (f.is_message()) return message_value(v, m.add_message(f)) ? Outcome::ok : Outcome::failed;
  if (f.is_string_like()) {
    std::string s;
    if (!text(v, f, s)) return Outcome::failed;
    m.mutable_strings(f).push_back(std::move(s));
    return Outcome::ok;
  }
  Scalar s;
  const Outcome outcome = scalar(v, f, s);
  if (outcome == Outcome::ok) m.mutable_scalars(f).push_back(s);
  return outcome;
}

bool Parser::null_element(od::value& v, const Field& f, bool& is_null) {
  const char* at = position(v);
  if (auto e = v.is_null().get(is_null)) return fail(e, at);
  if (!is_null || null_is_a_value(f)) return true;
  return fail(ParseStatus::wrong_type, at, "null is not allowed here (only for google.protobuf.Value)");
}

bool Parser::list(od::value& v, const Field& f, Message& m) {
  od::array array;
  if (!get_array(v, array, "repeated field " + f.name)) return false;
  size_t index = 0;
  for (auto item : array) {
    od::value element;
    if (auto e = std::move(item).get(element)) return fail(e, nullptr);
    last_at_ = position(element);
    push("[" + std::to_string(index++) + "]", true);
    bool is_null;
    if (!null_element(element, f, is_null) || list_element(element, f, m) == Outcome::failed) return false;
    pop();
  }
  leave();
  return true;
}

bool Parser::map(od::value& v, const Field& f, Message& m) {
  od::object object;
  if (!get_object(v, object, "map field " + f.name)) return false;
  const Field& key_field = f.message_type->map_key();
  const Field& value_field = f.message_type->map_value();
  std::unordered_set<std::string> keys;  // not Message::map_entry: its linear search would make this quadratic
  for (auto item : object) {
    od::field field;
    if (auto e = std::move(item).get(field)) return fail(e, nullptr);
    const char* key_at = field.key().raw() - 1;
    last_at_ = key_at;
    std::string_view key;
    if (auto e = field.unescaped_key().get(key)) return fail(e, key_at);
    push(map_key_segment(key_field, key), true);
    Message& entry = m.add_message(f);
    if (!map_key(key, key_at, key_field, entry)) return false;
    if (!keys.insert(message::map_key_bytes(entry)).second) {
      return fail(ParseStatus::duplicate_field, key_at, "map key " + std::string(key) + " is given more than once");
    }
    bool is_null;
    if (!null_element(field.value(), value_field, is_null)) return false;
    const Outcome outcome = single(field.value(), value_field, entry);
    if (outcome == Outcome::failed) return false;
    if (outcome == Outcome::skipped) m.mutable_messages(f).pop_back();
    pop();
  }
  leave();
  return true;
}

bool Parser::skip(od::value& v) {
  const char* at = position(v);
  od::json_type type;
  if (!type_of(v, type)) return false;
  switch (type) {
    case od::json_type::object: {
      od::object object;
      if (!get_object(v, object, "")) return false;
      for (auto item : object) {
        od::field field;
        std::string_view key;
        if (auto e = std::move(item).get(field)) return fail(e, nullptr);
        const char* key_at = field.key().raw() - 1;  // before unescaping, which consumes the key
        if (auto e = field.unescaped_key().get(key)) return fail(e, key_at);
        if (!skip(field.value())) return false;
      }
      leave();
      return true;
    }
    case od::json_type::array: {
      od::array array;
      if (!get_array(v, array, "")) return false;
      for (auto item : array) {
        od::value element;
        if (auto e = std::move(item).get(element)) return fail(e, nullptr);
        if (!skip(element)) return false;
      }
      leave();
      return true;
    }
    case od::json_type::string: {
      std::string_view s;
      return string(v, s);
    }
    case od::json_type::number:
      if (is_json_number(token(v))) return true;
      return fail(ParseStatus::syntax_error, at, "invalid number " + std::string(token(v)));
    case od::json_type::boolean: {
      bool b;
      if (auto e = v.get_bool().get(b)) return fail(e, at);
      return true;
    }
    case od::json_type::null: {
      bool is_null;
      if (auto e = v.is_null().get(is_null)) return fail(e, at);
      return is_null || fail(ParseStatus::syntax_error, at, "invalid literal");
    }
  }
  return fail(ParseStatus::syntax_error, at, "unexpected value");
}

}  // namespace internal
}  // namespace protoforge::json
