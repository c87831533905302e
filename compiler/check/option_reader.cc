#include "compiler/check/option_reader.h"

#include "runtime/wire/wire_format.h"

namespace protoforge::check {

std::optional<uint64_t> read_varint_option(const std::optional<descriptor::EncodedOptions>& options, int32_t number) {
  if (!options) return std::nullopt;
  std::string_view in = options->bytes;
  std::optional<uint64_t> result;
  while (!in.empty()) {
    wire::FieldNumber field = 0;
    wire::WireType type = wire::WireType::varint;
    size_t used = wire::consume_tag(in, field, type);
    if (used == 0) return result;
    in.remove_prefix(used);
    uint64_t value = 0;
    std::string_view bytes;
    uint32_t fixed32 = 0;
    switch (type) {
      case wire::WireType::varint: used = wire::consume_varint(in, value); break;
      case wire::WireType::fixed64: used = wire::consume_fixed64(in, value); break;
      case wire::WireType::fixed32: used = wire::consume_fixed32(in, fixed32); break;
      case wire::WireType::length_delimited: used = wire::consume_bytes(in, bytes); break;
      default: return result;  // groups never occur among the options read here; stop rather than guess
    }
    if (used == 0) return result;
    in.remove_prefix(used);
    if (field == number && type == wire::WireType::varint) result = value;
  }
  return result;
}

}  // namespace protoforge::check
