// Renders diagnostics the way protoc prints them, so scripts and editors that parse protoc's output keep working.
//   gcc:  file:LINE:COL: message            (warnings: file:LINE:COL: warning: message)
//   msvs: file(LINE) : error in column=COL: message
// LINE and COL are printed one-based; a diagnostic without a location prints "file: message".
#pragma once

#include <string>

#include "compiler/diag/diagnostic.h"

namespace protoforge::diag {

enum class ErrorFormat { gcc, msvs };

std::string render(const Diagnostic& diagnostic, ErrorFormat format);

}  // namespace protoforge::diag
