#include "compiler/driver/runtime_schema.h"

#include "compiler/driver/outputs.h"

namespace protoforge::driver {

std::string add_to_runtime_pool(const Compilation& compilation, schema::Pool& pool) {
  std::vector<descriptor::FileDescriptorProto> files;
  for (const auto* file : output_order(compilation, /*include_imports=*/true)) files.push_back(file->proto);
  return pool.add_files(files);
}

}  // namespace protoforge::driver
