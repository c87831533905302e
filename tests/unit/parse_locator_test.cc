// The parser's incremental locator must agree with SourceFile::locate in any order of queries.
#include <doctest/doctest.h>

#include <random>

#include "compiler/parse/locator.h"

using namespace protoforge;

TEST_CASE("Locator agrees with SourceFile::locate, forwards and backwards") {
  std::string text;
  std::mt19937 random(7);
  for (int i = 0; i < 5000; ++i) text.push_back("ab\t\n x"[random() % 6]);
  const source::SourceFile file("t.proto", text);
  parse::Locator locator(file);
  for (int i = 0; i < 20000; ++i) {
    // Mostly forward with small backward steps, like a parser's errors, plus random jumps.
    static uint32_t offset = 0;
    const uint32_t step = random() % 10;
    offset = random() % 8 == 0 ? static_cast<uint32_t>(random() % (text.size() + 1))
                               : std::min<uint32_t>(static_cast<uint32_t>(text.size()), offset + step) -
                                     (random() % 4 == 0 ? std::min<uint32_t>(offset, 3) : 0);
    CAPTURE(offset);
    CHECK(locator.locate(offset) == file.locate(offset));
  }
}
