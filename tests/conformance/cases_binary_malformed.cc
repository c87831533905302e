// Binary inputs that every parser must reject with parse_error: cut short anywhere, lengths that lie, wire types
// 6 and 7, field number 0 or too large, unbalanced groups, varints longer than ten bytes. Each is tried at the
// top level and, where it makes sense, inside a nested message.
#include "tests/conformance/cases.h"

namespace protoforge::conformance {

namespace {

using wire::testing::WireBuilder;

struct Bad {
  std::string_view what;
  std::string bytes;
  std::string_view known_difference = {};
};

// protoforge's wire reader refuses what libprotobuf lets through here (Go's protowire refuses it too).
constexpr std::string_view kTenthByte =
    "libprotobuf drops the bits of a varint's tenth byte beyond 64; protoforge's wire reader rejects the varint";

std::vector<Bad> malformed_inputs() {
  auto b = [] { return WireBuilder(); };
  return {
      {"truncated_tag", b().raw("\x80").str()},
      {"truncated_varint", b().tag(1, 0).raw("\x80").str()},
      {"truncated_varint_at_end", b().tag(1, 0).str()},
      {"varint_eleven_bytes", b().tag(1, 0).varint(1, 11).str()},
      {"varint_tenth_byte_overflows", b().tag(1, 0).raw("\xff\xff\xff\xff\xff\xff\xff\xff\xff\x02").str(), kTenthByte},
      {"tag_varint_eleven_bytes", b().tag(1, 0, 11).varint(1).str()},
      {"truncated_fixed32", b().tag(7, 5).raw("\x01\x02\x03").str()},
      {"truncated_fixed64", b().tag(8, 1).raw("\x01\x02\x03\x04\x05\x06\x07").str()},
      {"length_past_end", b().tag(14, 2).varint(5).raw("abc").str()},
      {"length_prefix_truncated", b().tag(14, 2).raw("\x80").str()},
      {"length_over_2gib", b().tag(14, 2).varint(uint64_t{1} << 33).raw("abc").str()},
      {"unknown_length_past_end", b().tag(12348, 2).varint(2).raw("a").str()},
      {"message_length_past_end", b().tag(18, 2).varint(4).raw("\x08\x01").str()},
      {"message_body_truncated", b().tag(18, 2).varint(1).raw("\x08").str()},
      {"packed_length_past_end", b().tag(75, 2).varint(3).raw("\x01").str()},
      {"packed_varint_truncated", b().tag(75, 2).varint(2).raw("\x01\x80").str()},
      {"packed_fixed32_partial", b().tag(81, 2).varint(3).raw("\x01\x02\x03").str()},
      {"packed_fixed64_partial", b().tag(82, 2).varint(9).raw("\x01\x02\x03\x04\x05\x06\x07\x08\x09").str()},
      {"wire_type_6", b().tag(1, 6).varint(0).str()},
      {"wire_type_7", b().tag(1, 7).varint(0).str()},
      {"unknown_wire_type_6", b().tag(12345, 6).str()},
      {"field_number_zero", b().tag(0, 0).varint(1).str()},
      {"field_number_zero_length_delimited", b().tag(0, 2).bytes("x").str()},
      {"field_number_too_large", b().tag(uint64_t{1} << 29, 0).varint(1).str()},
      {"end_group_without_start", b().tag(12349, 4).str()},
      {"unknown_group_unterminated", b().tag(12349, 3).tag(1, 0).varint(1).str()},
      {"unknown_group_mismatched_end", b().tag(12349, 3).tag(12350, 4).str()},
      {"unknown_group_bad_content", b().tag(12349, 3).tag(1, 6).tag(12349, 4).str()},
      {"string_truncated_in_repeated", b().tag(44, 2).bytes("ok").tag(44, 2).varint(3).raw("a").str()},
  };
}

}  // namespace

void add_binary_malformed_cases(CaseSet& cases) {
  for (std::string_view type : {kProto3, kProto2}) {
    for (const Bad& bad : malformed_inputs()) {
      Input& top = cases.binary(type, "malformed." + std::string(bad.what), bad.bytes);
      top.malformed = true;
      top.known_difference = bad.known_difference;
      // The same inside optional_nested_message.corecursive, to check that errors propagate out of sub-messages.
      WirePayload inner = cases.payload(type);
      WirePayload nested(inner.type_of("optional_nested_message"));
      nested.builder().tag(2, 2).bytes(bad.bytes);
      Input& in = cases.binary(type, "malformed.nested." + std::string(bad.what),
                               inner.message("optional_nested_message", nested).str());
      in.malformed = true;
      in.known_difference = bad.known_difference;
    }
  }
  // proto2's group field: its end tag must match and must come.
  auto b = [] { return WireBuilder(); };
  cases.binary(kProto2, "malformed.group_unterminated", b().tag(201, 3).tag(202, 0).varint(1).str()).malformed = true;
  cases.binary(kProto2, "malformed.group_mismatched_end", b().tag(201, 3).tag(202, 4).str()).malformed = true;
  cases.binary(kProto2, "malformed.group_end_other_group", b().tag(201, 3).tag(12349, 4).tag(201, 4).str()).malformed =
      true;
}

}  // namespace protoforge::conformance
