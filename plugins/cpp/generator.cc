#include "plugins/cpp/generator.h"

#include <map>

#include "plugins/cpp/emit.h"
#include "plugins/cpp/model.h"
#include "plugins/cpp/options.h"
#include "runtime/schema/pool.h"

namespace protoforge::cpp {

GeneratorResult generate(const std::vector<descriptor::FileDescriptorProto>& files,
                         const std::vector<std::string>& files_to_generate, std::string_view parameter) {
  GeneratorResult result;
  Options options;
  if (std::string error = parse_options(parameter, options); !error.empty()) {
    result.error = error;
    return result;
  }
  schema::Pool pool;
  if (std::string error = pool.add_files(files); !error.empty()) {
    result.error = error;
    return result;
  }
  const PackageIndex packages = index_packages(files);
  std::map<std::string, const descriptor::FileDescriptorProto*> by_name;
  for (const auto& f : files) by_name[f.name.value_or("")] = &f;
  for (const std::string& name : files_to_generate) {
    const auto found = by_name.find(name);
    const descriptor::FileDescriptorProto* file = found == by_name.end() ? nullptr : found->second;
    if (file == nullptr) {
      result.error = name + ": not among the request's files";
      return result;
    }
    FileModel model;
    if (std::string error = build_model(*file, packages, pool, options, model); !error.empty()) {
      result.error = name + ": " + error;
      return result;
    }
    result.files.push_back({model.base + ".pf.fwd.h", emit_forward_header(model, options)});
    result.files.push_back({model.base + ".pf.h", emit_header(model, options)});
    result.files.push_back({model.base + ".pf.cc", emit_source(model, options)});
  }
  return result;
}

}  // namespace protoforge::cpp
