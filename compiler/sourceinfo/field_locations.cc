// Fields (plain, map, group, extension) and `extend` blocks, in the order protoc's parser opens their locations:
// the field, [extendee], [label], type or type_name, name, number, [options, default_value, json_name, each
// option], and for a group its message (which overlaps the field), the message's name, the field's type_name,
// then the group's body.
#include <array>
#include <string_view>

#include "compiler/sourceinfo/internal/recorder.h"

namespace protoforge::sourceinfo::internal {

namespace fn = descriptor::field_numbers;

namespace {

// Type keywords protoc's parser turns into FieldDescriptorProto.type (everything else is a type_name). "group" is
// handled separately (ast::Field::is_group).
bool is_scalar_type(std::string_view name) {
  static constexpr std::array<std::string_view, 15> kScalars = {
      "double", "float",  "int64", "uint64",   "int32",    "fixed64", "fixed32", "bool",
      "string", "bytes",  "uint32", "sfixed32", "sfixed64", "sint32",  "sint64"};
  for (std::string_view scalar : kScalars) {
    if (name == scalar) return true;
  }
  return false;
}

bool is_plain_option(const ast::Option& option, std::string_view name) {
  return option.name.size() == 1 && !option.name[0].is_extension && option.name[0].name == name;
}

bool has_comments(const ast::Comments& comments) {
  return comments.leading || comments.trailing || !comments.detached.empty();
}

void record_field_type(Recorder& r, const Path& path, const ast::Field& field) {
  if (field.is_map) {
    r.add(join(path, {fn::field::type_name}), field.map_span);
  } else if (field.is_group) {
    r.add(join(path, {fn::field::type}), field.group_keyword_span);
  } else {
    const bool scalar = is_scalar_type(field.type.text);
    r.add(join(path, {scalar ? fn::field::type : fn::field::type_name}), field.type.span);
  }
}

// `[...]`: protoc opens the options location first; `default` and `json_name` are not options but get their own
// locations (json_name twice: the whole assignment, then its value), in the order written.
void record_field_options(Recorder& r, const Path& path, const ast::CompactOptions& options) {
  const Path options_path = join(path, {fn::field::options});
  r.add(options_path, options.span);
  int32_t index = 0;
  for (const ast::Option& option : options.options) {
    if (is_plain_option(option, "default")) {
      r.add(join(path, {fn::field::default_value}), option.value.span);
    } else if (is_plain_option(option, "json_name")) {
      r.add(join(path, {fn::field::json_name}), option.span);
      r.add(join(path, {fn::field::json_name}), option.value.span);
    } else {
      record_option(r, options_path, index, option);
    }
  }
}

// A group declares a message that overlaps the field; the group's comments belong to that message, since
// protoc attaches them when it reaches the group's '{'.
void record_group(Recorder& r, const Path& field_path, const ast::Field& field, const NestedTypes& nested) {
  const Path group_path = join(nested.owner, {nested.field_number, (*nested.count)++});
  const ast::Message* body = field.group_body.empty() ? nullptr : &*field.group_body.front();
  const ast::Comments& comments = body && has_comments(body->comments) ? body->comments : field.comments;
  r.add(group_path, field.span, comments);
  r.add(join(group_path, {descriptor::field_numbers::message::name}), field.name.span);
  r.add(join(field_path, {fn::field::type_name}), field.name.span);
  if (body) record_message_body(r, group_path, body->body);
}

}  // namespace

void record_field(Recorder& r, const Path& path, const ast::Field& field, const NestedTypes& nested,
                  const ast::TypeRef* extendee) {
  if (field.is_group) {
    r.add(path, field.span);
  } else {
    r.add(path, field.span, field.comments);
  }
  if (extendee) r.add(join(path, {fn::field::extendee}), extendee->span);
  if (!field.label_span.empty()) r.add(join(path, {fn::field::label}), field.label_span);
  record_field_type(r, path, field);
  r.add(join(path, {fn::field::name}), field.name.span);
  r.add(join(path, {fn::field::number}), field.number_span);
  if (field.options) record_field_options(r, path, *field.options);
  if (field.is_group) {
    record_group(r, path, field, nested);
  } else if (field.is_map) {
    ++*nested.count;  // the map entry message is appended after the field is parsed
  }
}

void record_extend(Recorder& r, const Path& extend_path, const ast::Extend& extend, int32_t& count,
                   const NestedTypes& nested) {
  r.add(extend_path, extend.span, extend.comments);
  for (const ast::Field& field : extend.fields) {
    record_field(r, join(extend_path, {count++}), field, nested, &extend.extendee);
  }
}

}  // namespace protoforge::sourceinfo::internal
