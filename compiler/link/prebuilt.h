// Symbol registration for files that arrive already compiled (--descriptor_set_in); see prebuilt.cc.
#pragma once

#include "compiler/link/pool.h"
#include "compiler/link/symbol_table.h"

namespace protoforge::link {

// Registers every symbol `file.proto` defines, and fills a missing json_name as protoc's CopyJsonNameTo does.
void register_prebuilt_symbols(SymbolTable& table, LinkedFile& file);

}  // namespace protoforge::link
