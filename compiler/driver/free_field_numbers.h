// --print_free_field_numbers: for each message of the input files, the field numbers still free, in protoc's
// format ("pkg.Msg<padding to 35> free: 3 5-9 12-INF"). Nested messages are printed before their parent;
// groups share their parent's number space; extension and reserved ranges count as taken.
#pragma once

#include <ostream>
#include <string_view>

#include "runtime/descriptor/descriptor.h"

namespace protoforge::driver {

void print_free_field_numbers(const descriptor::FileDescriptorProto& file, std::ostream& out);

}  // namespace protoforge::driver
