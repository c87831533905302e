// PLACEHOLDER until runtime/json lands.
#include "compiler/toolkit/codec.h"
namespace protoforge::toolkit {
ReadOutcome read_json(std::string_view, message::Message&, const ReadSettings&) { return {"JSON is not available yet", {}}; }
WriteOutcome write_json(const message::Message&, const JsonStyle&, const schema::Pool&) { return {"", "JSON is not available yet"}; }
}
