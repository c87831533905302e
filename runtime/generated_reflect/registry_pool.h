// One schema::Pool over the descriptors that generated files register at start-up (runtime/generated's
// file_registry), built lazily: the first call loads every registered file whose imports are all registered too,
// and a call naming a type the pool lacks loads files registered since (a library loaded later). Files are added
// in import order, each once. The pool lives until the program ends and is shared by all threads: calls hold it
// for reading, loading holds it for writing.
#pragma once

#include <functional>
#include <string_view>

#include "runtime/generated_reflect/result.h"
#include "runtime/schema/pool.h"

namespace protoforge::generated_reflect {

using TypeUse = std::function<Result(const schema::Pool& pool, const schema::MessageType& type)>;

// Calls `use` with the registry's pool and the message type `full_name` ("pkg.Outer.Inner"), the pool locked for
// reading throughout (so `use` may keep pointers into it only until it returns, and must not call back into this
// layer). Fails without calling `use` when the type is not registered or the registered files do not load; the
// message then says which registered files were left out and why.
Result with_registered_type(std::string_view full_name, const TypeUse& use);

}  // namespace protoforge::generated_reflect
