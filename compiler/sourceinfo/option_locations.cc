// Options: protoc's parser records each option as an uninterpreted_option (field 999) with its name parts and
// value; after interpretation, protoc's OptionInterpreter::UpdateSourceCodeInfo rewrites the option's location to
// the path of the field it set and drops the locations below it. We record the rewritten form directly.
#include "compiler/sourceinfo/internal/recorder.h"

namespace protoforge::sourceinfo::internal {

namespace {

constexpr int32_t kUninterpretedOption = 999;  // *Options.uninterpreted_option
constexpr int32_t kOptionName = 2;             // UninterpretedOption.name
constexpr int32_t kNamePart = 1;               // UninterpretedOption.NamePart.name_part

// The locations protoc keeps for an option it did not interpret (only reachable for files protoc would reject,
// or if the interpreter skipped an option): the option, its name, each name part, and its value.
void record_uninterpreted(Recorder& r, const Path& options_path, int32_t index, const ast::Option& option) {
  const Path path = join(options_path, {kUninterpretedOption, index});
  r.add(path, option.span, option.comments);
  const Path name_path = join(path, {kOptionName});
  r.add(name_path, option.name_span);
  for (size_t i = 0; i < option.name.size(); ++i) {
    const ast::OptionNamePart& part = option.name[i];
    const Path part_path = join(name_path, {static_cast<int32_t>(i)});
    r.add(part_path, part.span);
    r.add(join(part_path, {kNamePart}), part.is_extension ? r.inside_parentheses(part.span) : part.span);
  }
  r.add(path, option.value.span);  // protoc records the value under the option's own path
}

}  // namespace

void record_option(Recorder& r, const Path& options_path, int32_t& index, const ast::Option& option) {
  const int32_t own_index = index++;
  if (const std::vector<int32_t>* field_path = r.interpreted_path(option)) {
    Path path = options_path;
    path.append(field_path->data(), field_path->data() + field_path->size());
    r.add(path, option.span, option.comments);
    return;
  }
  record_uninterpreted(r, options_path, own_index, option);
}

// A statement opens a location for the element's options field before the option's own location.
void record_option_statement(Recorder& r, const Path& options_path, int32_t& index, const ast::Option& option) {
  r.add(options_path, option.span);
  record_option(r, options_path, index, option);
}

void record_compact_options(Recorder& r, const Path& options_path, const ast::CompactOptions& options) {
  r.add(options_path, options.span);
  int32_t index = 0;
  for (const ast::Option& option : options.options) record_option(r, options_path, index, option);
}

}  // namespace protoforge::sourceinfo::internal
