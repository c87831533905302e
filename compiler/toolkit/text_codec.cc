// PLACEHOLDER until runtime/text lands.
#include "compiler/toolkit/codec.h"
namespace protoforge::toolkit {
ReadOutcome read_text(std::string_view, message::Message&, const ReadSettings&) { return {"text format is not available yet", {}}; }
WriteOutcome write_text(const message::Message&) { return {"", "text format is not available yet"}; }
WriteOutcome decode_raw(std::string_view, const ReadSettings&) { return {"", "decode-raw is not available yet"}; }
}
