// The three files generated per .proto file: BASE.pf.fwd.h (forward declarations), BASE.pf.h (classes, enums,
// inline accessors) and BASE.pf.cc (layout tables, enum helpers, constructors, extensions, the embedded
// descriptor).
#pragma once

#include <string>

#include "plugins/cpp/model.h"

namespace protoforge::cpp {

std::string emit_forward_header(const FileModel& model, const Options& options);
std::string emit_header(const FileModel& model, const Options& options);
std::string emit_source(const FileModel& model, const Options& options);

// Shared by the emitters.
std::string kind_enumerator(schema::Kind kind);  // "::protoforge::gen::FieldKind::int32"
std::string export_prefix(const Options& options);  // "MACRO " or ""
bool inline_accessors(const MessageModel& message, const Options& options);
void open_namespace(class Printer& p, const std::string& ns);
void close_namespace(class Printer& p, const std::string& ns);
std::string extension_type(const ExtensionModel& x);  // the gen::Extension<...> instantiation
// Accessor definitions of one message; `prefix` is "inline " in the header, "" in the .pf.cc.
void print_accessor_definitions(class Printer& p, const MessageModel& m, const std::string& prefix);

}  // namespace protoforge::cpp
