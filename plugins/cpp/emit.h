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
// A message past inline_accessor_limit (MessageModel::split) has its accessors defined in the .pf.cc, and is
// split: its data members in class NAME_PfData_, its accessors declared in a chain of classes NAME_PfAccessorsK_
// deriving from it (kAccessorChunk fields each), NAME deriving from the last.
// GCC's lookup in a class being defined is linear in its members, so one class declaring the 50,000 accessors of
// a 10,000-field message takes minutes to parse; the chain keeps every class short.
inline constexpr size_t kAccessorChunk = 128;
std::string data_class(const MessageModel& message);               // NAME_PfData_ when split, else NAME
std::string accessor_class(const MessageModel& message, size_t chunk);  // NAME_PfAccessorsK_ when split, else NAME
size_t accessor_chunk_count(const MessageModel& message);          // at least 1: the last holds the oneofs' accessors
void open_namespace(class Printer& p, const std::string& ns);
void close_namespace(class Printer& p, const std::string& ns);
std::string extension_type(const ExtensionModel& x);  // the gen::Extension<...> instantiation
// Accessor definitions of one message; `prefix` is "inline " in the header, "" in the .pf.cc.
void print_accessor_definitions(class Printer& p, const MessageModel& m, const std::string& prefix);

}  // namespace protoforge::cpp
