// libFuzzer target over the whole front end: bytes -> lexer -> parser -> linker -> options -> checks -> source
// info. Any input must come back as diagnostics, never a crash, a hang or a leak.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "compiler/driver/pipeline.h"
#include "compiler/parse/parser.h"
#include "compiler/sourceinfo/source_info.h"

namespace {

const protoforge::driver::OptionsSchema& options_schema() {
  static const auto schema = [] {
    protoforge::diag::DiagnosticSink sink;
    return protoforge::driver::OptionsSchema::load(sink);
  }();
  return *schema;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace protoforge;
  source::SourceFile source("fuzz.proto", std::string(reinterpret_cast<const char*>(data), size));
  diag::DiagnosticSink sink;
  ast::File file = parse::parse_file(source, sink);
  if (sink.has_errors()) return 0;
  link::DescriptorPool pool;
  pool.set_options_schema(&options_schema().pool());
  if (auto* linked = driver::compile_parsed_file(source, file, pool, sink)) {
    (void)sourceinfo::build_source_code_info(*linked);
  }
  return 0;
}
