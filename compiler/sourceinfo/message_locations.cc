// Messages, oneofs, extension ranges, reserved statements and enums. Indices count the descriptor lists as
// protoc's parser fills them: in source order, with map entries and groups taking their nested_type slot when
// their field is parsed (synthetic proto3 oneofs come after parsing, so they never shift a path).
#include <variant>

#include "compiler/sourceinfo/internal/recorder.h"

namespace protoforge::sourceinfo::internal {

namespace fm = descriptor::field_numbers::message;
namespace fe = descriptor::field_numbers::enum_;
namespace fr = descriptor::field_numbers::range;

namespace {

// How many entries of each descriptor list a message has so far.
struct MessageCounts {
  int32_t field = 0;
  int32_t nested_type = 0;
  int32_t enum_type = 0;
  int32_t extension_range = 0;
  int32_t extension = 0;
  int32_t oneof = 0;
  int32_t reserved_range = 0;
  int32_t reserved_name = 0;
  int32_t option = 0;
};

// A `reserved` statement of a message or an enum: one location for the statement (which gets the comments),
// then one per name, or per range with its start and end. A single number's end location repeats its first
// token (for a negative enum number: only the '-').
struct ReservedFields {
  int32_t range;
  int32_t name;
};
void record_reserved(Recorder& r, const Path& owner, const ast::Reserved& reserved, ReservedFields fields,
                     int32_t& range_count, int32_t& name_count) {
  if (!reserved.names.empty() || reserved.ranges.empty()) {
    const Path path = join(owner, {fields.name});
    r.add(path, reserved.span, reserved.comments);
    for (const ast::Name& name : reserved.names) r.add(join(path, {name_count++}), name.span);
    return;
  }
  const Path path = join(owner, {fields.range});
  r.add(path, reserved.span, reserved.comments);
  for (const ast::ReservedRange& range : reserved.ranges) {
    const Path range_path = join(path, {range_count++});
    r.add(range_path, range.span);
    r.add(join(range_path, {fr::start}), range.start_span);
    r.add(join(range_path, {fr::end}), range.has_end ? range.end_span : r.sign_or_whole(range.start_span));
  }
}

// `extensions ...;`: the statement, each range with start and end, then (protoc copies the bracketed options'
// locations to every range of the statement) each range's options.
void record_extension_ranges(Recorder& r, const Path& owner, const ast::ExtensionRanges& ranges, int32_t& count) {
  const Path path = join(owner, {fm::extension_range});
  r.add(path, ranges.span, ranges.comments);
  const int32_t first = count;
  for (const ast::ReservedRange& range : ranges.ranges) {
    const Path range_path = join(path, {count++});
    r.add(range_path, range.span);
    r.add(join(range_path, {fr::start}), range.start_span);
    r.add(join(range_path, {fr::end}), range.has_end ? range.end_span : range.start_span);
  }
  if (!ranges.options) return;
  for (int32_t i = first; i < count; ++i) record_compact_options(r, join(path, {i, fr::options}), *ranges.options);
}

void record_oneof(Recorder& r, const Path& message_path, const ast::Oneof& oneof, MessageCounts& counts) {
  const Path path = join(message_path, {fm::oneof_decl, counts.oneof++});
  r.add(path, oneof.span, oneof.comments);
  r.add(join(path, {descriptor::field_numbers::oneof::name}), oneof.name.span);
  const Path options_path = join(path, {descriptor::field_numbers::oneof::options});
  int32_t option_count = 0;
  const NestedTypes nested{message_path, fm::nested_type, &counts.nested_type};
  for (const ast::OneofElement& element : oneof.body) {
    if (const auto* option = std::get_if<ast::Option>(&element.value)) {
      record_option_statement(r, options_path, option_count, *option);
    } else {
      const auto& field = std::get<ast::Field>(element.value);
      record_field(r, join(message_path, {fm::field, counts.field++}), field, nested, nullptr);
    }
  }
}

void record_message_element(Recorder& r, const Path& path, const ast::MessageElement& element,
                            MessageCounts& counts) {
  const NestedTypes nested{path, fm::nested_type, &counts.nested_type};
  if (const auto* field = std::get_if<ast::Field>(&element)) {
    record_field(r, join(path, {fm::field, counts.field++}), *field, nested, nullptr);
  } else if (const auto* oneof = std::get_if<ast::Oneof>(&element)) {
    record_oneof(r, path, *oneof, counts);
  } else if (const auto* message = std::get_if<ast::Box<ast::Message>>(&element)) {
    record_message(r, join(path, {fm::nested_type, counts.nested_type++}), **message);
  } else if (const auto* enum_type = std::get_if<ast::Enum>(&element)) {
    record_enum(r, join(path, {fm::enum_type, counts.enum_type++}), *enum_type);
  } else if (const auto* extend = std::get_if<ast::Extend>(&element)) {
    record_extend(r, join(path, {fm::extension}), *extend, counts.extension, nested);
  } else if (const auto* ranges = std::get_if<ast::ExtensionRanges>(&element)) {
    record_extension_ranges(r, path, *ranges, counts.extension_range);
  } else if (const auto* reserved = std::get_if<ast::Reserved>(&element)) {
    record_reserved(r, path, *reserved, {fm::reserved_range, fm::reserved_name}, counts.reserved_range,
                    counts.reserved_name);
  } else if (const auto* option = std::get_if<ast::Option>(&element)) {
    record_option_statement(r, join(path, {fm::options}), counts.option, *option);
  }
}

void record_enum_value(Recorder& r, const Path& path, const ast::EnumValue& value) {
  namespace fv = descriptor::field_numbers::enum_value;
  r.add(path, value.span, value.comments);
  r.add(join(path, {fv::name}), value.name.span);
  r.add(join(path, {fv::number}), value.number_span);
  if (value.options) record_compact_options(r, join(path, {fv::options}), *value.options);
}

}  // namespace

void record_message(Recorder& r, const Path& path, const ast::Message& message) {
  r.add(path, message.span, message.comments);
  r.add(join(path, {fm::name}), message.name.span);
  record_message_body(r, path, message.body);
}

void record_message_body(Recorder& r, const Path& path, const std::vector<ast::MessageElement>& body) {
  MessageCounts counts;
  for (const ast::MessageElement& element : body) record_message_element(r, path, element, counts);
}

void record_enum(Recorder& r, const Path& path, const ast::Enum& enum_type) {
  r.add(path, enum_type.span, enum_type.comments);
  r.add(join(path, {fe::name}), enum_type.name.span);
  int32_t value_count = 0;
  int32_t option_count = 0;
  int32_t range_count = 0;
  int32_t name_count = 0;
  for (const auto& element : enum_type.body) {
    if (const auto* value = std::get_if<ast::EnumValue>(&element)) {
      record_enum_value(r, join(path, {fe::value, value_count++}), *value);
    } else if (const auto* option = std::get_if<ast::Option>(&element)) {
      record_option_statement(r, join(path, {fe::options}), option_count, *option);
    } else if (const auto* reserved = std::get_if<ast::Reserved>(&element)) {
      record_reserved(r, path, *reserved, {fe::reserved_range, fe::reserved_name}, range_count, name_count);
    }
  }
}

}  // namespace protoforge::sourceinfo::internal
