#include "compiler/link/report.h"

namespace protoforge::link {

void Reporter::error(source::Span at, std::string message) {
  had_errors_ = true;
  const source::LineColumn where = source_.locate(at.begin);
  sink_.error(source_.path(), where.line, where.column, std::move(message));
}

void Reporter::warning(source::Span at, std::string message) {
  const source::LineColumn where = source_.locate(at.begin);
  sink_.warning(source_.path(), where.line, where.column, std::move(message));
}

void Reporter::error_without_location(std::string message) {
  had_errors_ = true;
  sink_.error(source_.path(), -1, -1, std::move(message));
}

}  // namespace protoforge::link
