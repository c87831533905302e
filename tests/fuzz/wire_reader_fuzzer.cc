// libFuzzer target over the wire reader: any bytes are read as a message to the end, descending into every group
// and into every length-delimited field that parses as a message (as --decode_raw guesses), so every path of the
// reader meets hostile input. It must stop with a status, never crash, read out of bounds or recurse unbounded.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "runtime/wire/reader.h"

namespace {

using protoforge::wire::Field;
using protoforge::wire::Reader;
using protoforge::wire::WireType;

void walk(Reader& reader) {
  Field field;
  while (reader.next(field)) {
    Reader child;
    if (field.type == WireType::start_group) {
      if (!reader.enter_group(field, child)) return;
      walk(child);
      if (!reader.leave(child)) return;
    } else if (field.type == WireType::length_delimited && reader.enter_message(field, child)) {
      walk(child);  // a payload that is not a message just ends the child with an error; the parent goes on
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Reader reader(std::string_view(reinterpret_cast<const char*>(data), size));
  walk(reader);
  (void)protoforge::wire::to_string(reader.status());
  return 0;
}
