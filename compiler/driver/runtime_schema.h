// Hands a finished compile to the runtime: the compiled files (imports included) become a schema::Pool, which
// is what --encode/--decode and the toolkit subcommands decode and print with.
#pragma once

#include <string>

#include "compiler/driver/compilation.h"
#include "runtime/schema/pool.h"

namespace protoforge::driver {

// Adds every file of a successful `compilation`, dependencies first, to `pool`. Returns "" or the pool's error.
std::string add_to_runtime_pool(const Compilation& compilation, schema::Pool& pool);

}  // namespace protoforge::driver
