#include <doctest/doctest.h>

#include "compiler/diag/render.h"
#include "compiler/source/source_file.h"

using namespace protoforge;

TEST_CASE("locate uses protoc's tab convention") {
  source::SourceFile file("a.proto", "ab\n\tx\n  \ty");
  CHECK(file.locate(0) == source::LineColumn{0, 0});
  CHECK(file.locate(3) == source::LineColumn{1, 0});
  CHECK(file.locate(4) == source::LineColumn{1, 8});
  CHECK(file.locate(9) == source::LineColumn{2, 8});
  CHECK(file.locate(100) == source::LineColumn{2, 9});
}

TEST_CASE("diagnostics render like protoc") {
  diag::Diagnostic d{diag::Severity::error, "a.proto", 2, 4, "Expected \";\".", {}};
  CHECK(diag::render(d, diag::ErrorFormat::gcc) == "a.proto:3:5: Expected \";\".");
  CHECK(diag::render(d, diag::ErrorFormat::msvs) == "a.proto(3) : error in column=5: Expected \";\".");
  d.severity = diag::Severity::warning;
  CHECK(diag::render(d, diag::ErrorFormat::gcc) == "a.proto:3:5: warning: Expected \";\".");
  diag::Diagnostic no_location{diag::Severity::error, "b.proto", -1, -1, "File not found.", {}};
  CHECK(diag::render(no_location, diag::ErrorFormat::gcc) == "b.proto: File not found.");
}
