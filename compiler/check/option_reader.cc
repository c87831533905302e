#include "compiler/check/option_reader.h"

#include "runtime/wire/reader.h"

namespace protoforge::check {

namespace {

// The last value of varint field `number` among the top-level fields of `bytes`. Unknown fields of any kind,
// groups included, are skipped by the wire reader; malformed bytes end the walk with what was found so far.
std::optional<uint64_t> last_varint(std::string_view bytes, int32_t number) {
  std::optional<uint64_t> result;
  wire::Reader reader(bytes);
  wire::Field field;
  while (reader.next(field)) {
    if (field.number == number && field.type == wire::WireType::varint) result = field.value;
    if (!reader.skip(field)) break;
  }
  return result;
}

}  // namespace

std::optional<uint64_t> read_varint_option(const std::optional<descriptor::EncodedOptions>& options, int32_t number) {
  if (!options) return std::nullopt;
  return last_varint(options->bytes, number);
}

std::optional<uint64_t> read_nested_varint_option(const std::optional<descriptor::EncodedOptions>& options,
                                                  int32_t outer, int32_t inner) {
  if (!options) return std::nullopt;
  std::optional<uint64_t> result;
  wire::Reader reader(options->bytes);
  wire::Field field;
  while (reader.next(field)) {
    if (field.number == outer && field.type == wire::WireType::length_delimited) {
      if (auto value = last_varint(field.bytes, inner)) result = value;
    }
    if (!reader.skip(field)) break;
  }
  return result;
}

}  // namespace protoforge::check
