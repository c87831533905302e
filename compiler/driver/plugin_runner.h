// One plugin run, protoc's way: the request goes to the plugin's stdin, the CodeGeneratorResponse comes back on
// its stdout, and what it says (files, insertion points, an error, the features it supports) is checked and
// applied to an output location. Errors use protoc's wording, prefixed by the caller with "--NAME_out: ".
#pragma once

#include <string>
#include <vector>

#include "compiler/driver/output_location.h"
#include "compiler/driver/subprocess.h"
#include "runtime/descriptor/descriptor.h"

namespace protoforge::driver {

struct PluginInvocation {
  std::string plugin_name;  // protoc-gen-NAME, used in messages
  std::string program;      // what runs: a path from --plugin, or protoc-gen-NAME looked up on PATH
  std::string request;      // CodeGeneratorRequest bytes
};

// Runs the plugin; never fails itself (a plugin that cannot start is a result with started == false).
SubprocessResult run_plugin(const PluginInvocation& invocation);

// What the plugin's stderr and protoc's own remarks add before the error line.
struct PluginVerdict {
  std::string error;     // for "--NAME_out: " + error; empty with ok == false when `notice` says it all
  std::string notice;    // printed as is (protoc prints some refusals without a line break of their own)
  bool ok = false;
};

// Checks the run's outcome and applies the response's files to `location`. `inputs` are the files to generate
// (for the feature checks).
PluginVerdict apply_plugin_result(const PluginInvocation& invocation, const SubprocessResult& result,
                                  const std::vector<const descriptor::FileDescriptorProto*>& inputs,
                                  OutputLocation& location);

}  // namespace protoforge::driver
