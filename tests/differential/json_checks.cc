// Direction 4 of the differential test: JSON. Each side reads the other's JSON back to the same message, and
// the printers must write the same text; with the default options and, seed by seed, with one of the options
// both sides have (proto field names, fields without presence printed at their defaults, enums as numbers).
#include "runtime/json/json.h"
#include "tests/differential/checks.h"
#include "tests/differential/json_compare.h"

namespace protoforge::differential {

namespace {

struct JsonOptions {
  const char* name;
  bool proto_names = false, defaults = false, enums_as_ints = false;
};

constexpr JsonOptions kVariants[] = {
    {"proto_names", true, false, false},
    {"defaults", false, true, false},
    {"enums_as_ints", false, false, true},
    {"all_options", true, true, true},
};

// libprotobuf's JSON. MessageToJsonString transcodes the message's non-deterministic bytes, so maps would come
// in hash order; transcoding the deterministic bytes instead gives them in key order, as protoforge prints them.
oracle::Status oracle_json(const Case& c, const pb::Message& message, const JsonOptions& o, std::string& out) {
  pb::util::JsonPrintOptions options;
  options.preserve_proto_field_names = o.proto_names;
  options.always_print_primitive_fields = o.defaults;
  options.always_print_enums_as_ints = o.enums_as_ints;
  const std::string url = "type.googleapis.com/" + message.GetDescriptor()->full_name();
  auto status = pb::util::BinaryToJsonString(&c.sides.oracle->type_resolver(), url, oracle_bytes(message), &out,
                                             options);
  if (!status.ok()) return oracle::Status::failure(std::string(status.message()));
  return {};
}

// `libprotobuf_digits`: floats and doubles as 3.21 writes them, for byte parity; else protoforge's default, the
// shortest digits that read back (which reparsed_equal checks).
json::PrintResult forge_json(const Case& c, const message::Message& message, const JsonOptions& o, std::string& out,
                             bool libprotobuf_digits = true) {
  json::PrintOptions options;
  options.libprotobuf_float_digits = libprotobuf_digits;
  options.preserve_proto_field_names = o.proto_names;
  options.always_print_fields_with_no_presence = o.defaults;
  options.enums_as_ints = o.enums_as_ints;
  options.type_registry = &c.sides.pool;
  return json::print(message, out, options);
}

// libprotobuf 3.21's always_print_primitive_fields differs from protoforge's always_print_fields_with_no_presence
// (the option's meaning since protobuf 26): it also prints unset fields that have presence (proto2 optional, proto3
// `optional`) at their defaults and unset groups as null; it prints set well-known-type fields with a scalar JSON
// form (Timestamp, Duration, FieldMask, wrappers) after all the others; and inside an Any packed in an Any it
// prints no defaults at all. True when that is the whole difference: libprotobuf's JSON read by protoforge (those
// fields now set; the parse has checks of its own) prints as libprotobuf printed it, modulo those three.
bool only_always_print_differs(const Case& c, const JsonOptions& o, std::string_view expected_json) {
  message::Message m(*c.type.forge);
  json::ParseOptions options;
  options.type_registry = &c.sides.pool;
  if (!o.defaults || !json::parse(expected_json, m, options).ok()) return false;
  std::string again;
  return forge_json(c, m, o, again).ok() &&
         same_json_values(again, expected_json, zero_enum_names(*c.sides.oracle));
}

// Takes libprotobuf's stray member out of every Any that holds a FieldMask; true if there was one.
bool drop_field_mask_paths(std::string& json) {
  static constexpr std::string_view kType = "\"@type\":\"type.googleapis.com/google.protobuf.FieldMask\"";
  static constexpr std::string_view kStray = ",\"paths\":[]";
  bool dropped = false;
  for (size_t at = json.find(kType); at != std::string::npos; at = json.find(kType, at + 1)) {
    if (json.compare(at + kType.size(), kStray.size(), kStray) != 0) continue;
    json.erase(at + kType.size(), kStray.size());
    dropped = true;
  }
  return dropped;
}

// Whether libprotobuf's reading of its JSON (`reread`) and protoforge's (`forge_bytes`) differ only where a
// float or double is -0 on one side and +0 on the other.
bool differs_in_zero_signs_only(const Case& c, pb::Message& reread, std::string_view forge_bytes) {
  auto forge = oracle_parse(c, forge_bytes);
  if (!forge) return false;
  clear_zero_signs(*c.sides.oracle, reread);
  clear_zero_signs(*c.sides.oracle, *forge);
  return oracle_bytes(reread) == oracle_bytes(*forge);
}

void check_with(const Case& c, const pb::Message& original, const message::Message& decoded, const JsonOptions& o,
                const std::string& prefix, Results& results) {
  const std::string options_note = std::string("options: ") + o.name + "\n";
  std::string expected_json;
  const oracle::Status written = oracle_json(c, original, o, expected_json);
  std::string shortest_json, actual_json;
  const json::PrintResult printed = forge_json(c, decoded, o, shortest_json, false);
  forge_json(c, decoded, o, actual_json);
  results.record(prefix + "print", c, printed.ok(), [&] { return options_note + "protoforge: " + printed.describe(); });

  if (printed.ok()) {
    auto back = c.sides.oracle->new_message(*c.type.oracle);
    const oracle::Status read = oracle::from_json(*c.sides.oracle, shortest_json, back.get());
    results.record(prefix + "reparsed_equal", c, read && oracle::equals(original, *back), [&] {
      return options_note + (read ? oracle::differences(original, *back) : "libprotobuf rejects it: " + read.error) +
             "\nprotoforge's JSON:\n" + clip(shortest_json);
    });
  }
  if (!written) return;  // json_safe messages always print; the oracle's selftest checks that
  if (const std::string as_printed = expected_json; o.defaults && drop_field_mask_paths(expected_json)) {
    results.known("libprotobuf 3.21's always_print_primitive_fields adds \"paths\":[] beside \"value\" in an Any "
                  "holding a FieldMask (and reads it back); protoforge neither writes nor accepts that member; "
                  "checked without it", c, [&] { return options_note + as_printed; });
  }

  // The reference for protoforge's parse is libprotobuf's own parse of its JSON: JSON carries no NaN payloads, and
  // with always_print_primitive_fields the unset fields it prints come back set.
  auto reread = c.sides.oracle->new_message(*c.type.oracle);
  const oracle::Status reread_ok = oracle::from_json(*c.sides.oracle, expected_json, reread.get());
  if (printed.ok() && actual_json != expected_json && only_always_print_differs(c, o, expected_json)) {
    results.known("libprotobuf 3.21's always_print_primitive_fields prints unset proto2/proto3-optional fields "
                  "and unset groups as null, scalar-form well-known types last, and no defaults in an Any in "
                  "an Any; protoforge's always_print_fields_with_no_presence does none of these", c, [&] {
                    return options_note + text_difference("libprotobuf", expected_json, "protoforge", actual_json);
                  });
  } else if (printed.ok()) {
    results.record(prefix + "print_identical", c, actual_json == expected_json, [&] {
      return options_note + text_difference("libprotobuf", expected_json, "protoforge", actual_json);
    });
  }

  message::Message parsed(*c.type.forge);
  json::ParseOptions parse_options;
  parse_options.type_registry = &c.sides.pool;
  const json::ParseResult r = json::parse(expected_json, parsed, parse_options);
  const std::string expected = reread_ok ? oracle_bytes(*reread) : "";
  const std::string actual = r.ok() ? message::encode(parsed) : "";
  auto details = [&] {
    if (!reread_ok) return options_note + "libprotobuf rejects its own JSON: " + reread_ok.error;
    return options_note + (r.ok() ? byte_difference(expected, actual) : "protoforge rejects it: " + r.describe()) +
           "\nlibprotobuf's JSON:\n" + clip(expected_json);
  };
  if (reread_ok && r.ok() && actual != expected && differs_in_zero_signs_only(c, *reread, actual)) {
    return results.known("libprotobuf 3.21's JSON parser reads -0 as +0; protoforge keeps the sign", c, details);
  }
  results.record(prefix + "parse_identical", c, reread_ok && r.ok() && actual == expected, details);
}

}  // namespace

bool json_checks_built() { return true; }

void check_json(const Case& c, const pb::Message& original, Results& results) {
  message::Message decoded(*c.type.forge);
  if (!message::decode(oracle_bytes(original), decoded).ok()) return;  // check_binary reports it
  check_with(c, original, decoded, JsonOptions{"default"}, "json.", results);
  check_with(c, original, decoded, kVariants[c.seed % std::size(kVariants)], "json.options.", results);
}

}  // namespace protoforge::differential
