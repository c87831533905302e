#include "compiler/driver/pipeline.h"

#include "compiler/builtin/builtin_files.h"
#include "compiler/check/validate.h"
#include "compiler/options/interpret.h"
#include "compiler/parse/parser.h"

namespace protoforge::driver {

std::unique_ptr<OptionsSchema> OptionsSchema::load(diag::DiagnosticSink& sink) {
  const std::string path(builtin::kOptionsSchemaPath);
  const auto text = builtin::find_builtin_file(path);
  if (!text) {
    sink.error(path, -1, -1, "built-in options schema is missing");
    return nullptr;
  }
  std::unique_ptr<OptionsSchema> schema(new OptionsSchema());
  schema->source_ = std::make_unique<source::SourceFile>(path, std::string(*text));
  schema->ast_ = parse::parse_file(*schema->source_, sink);
  compile_parsed_file(*schema->source_, schema->ast_, schema->pool_, sink);
  if (sink.has_errors()) return nullptr;
  return schema;
}

link::LinkedFile* compile_parsed_file(const source::SourceFile& source, const ast::File& file,
                                      link::DescriptorPool& pool, diag::DiagnosticSink& sink,
                                      link::LoweredFile* lowered) {
  link::LinkedFile* linked = pool.add(source, file, sink, lowered);
  if (!linked) return nullptr;
  options::interpret_file(*linked, pool, sink);
  check::validate_file(*linked, pool, sink);
  return linked;
}

}  // namespace protoforge::driver
