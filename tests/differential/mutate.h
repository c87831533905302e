// Changes a decoded message through protoforge's Message API, so that the differential test also checks
// messages that protoforge built and libprotobuf never saw: fields cleared, set and appended to, oneof members
// switched, map entries overwritten by key (through map_entry and through a duplicate appended and deduplicated),
// sub-messages created, unknown fields added. Only values libprotobuf can hold are written: closed enums get
// declared numbers, UTF-8-checked strings get valid UTF-8, and maps are left with unique keys.
#pragma once

#include "runtime/message/message.h"
#include "tests/oracle/random_values.h"

namespace protoforge::differential {

// The same message and `random` state give the same changes.
void mutate(message::Message& message, oracle::detail::Random& random);

}  // namespace protoforge::differential
