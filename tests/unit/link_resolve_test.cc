// Scoped name resolution (protoc's LookupSymbol) and cross-file visibility.
#include <doctest/doctest.h>

#include "tests/unit/link_test_util.h"

namespace protoforge::link {
namespace {

using testing::LinkFixture;

TEST_CASE("resolve searches the innermost scope first and follows dotted names from their first part") {
  LinkFixture fx;
  fx.add("r.proto", R"(syntax = "proto2";
package a.b;
message Bar { message Baz {} }
message Foo {
  message Bar {}
  optional Bar x = 1;
})");
  CHECK(fx.text() == "");
  const DescriptorPool& pool = fx.pool();
  REQUIRE(pool.resolve("a.b.Foo", "Bar"));
  CHECK(pool.resolve("a.b.Foo", "Bar")->full_name == "a.b.Foo.Bar");
  CHECK(pool.resolve("a.b", "Bar")->full_name == "a.b.Bar");
  CHECK(pool.resolve("a.b.Foo", ".a.b.Bar")->full_name == "a.b.Bar");
  CHECK(pool.resolve("a.b.Foo", "b.Bar.Baz")->full_name == "a.b.Bar.Baz");
  // "Bar" binds to a.b.Foo.Bar first, which has no Baz: protoc does not look further out.
  CHECK(pool.resolve("a.b.Foo", "Bar.Baz") == nullptr);
  CHECK(pool.resolve("", "a.b.Foo.x")->kind == SymbolKind::field);
  // With types_only, a non-type match is skipped and the search continues outwards.
  CHECK(pool.resolve("a.b.Foo", "x", true) == nullptr);
  CHECK(pool.find_symbol("a")->kind == SymbolKind::package);
}

TEST_CASE("the innermost-scope error and the not-imported error use protoc's wording") {
  LinkFixture fx;
  fx.add("dep.proto", "syntax = \"proto2\";\npackage d;\nmessage Hidden {}\n");
  fx.add("mid.proto", "syntax = \"proto2\";\npackage m;\nimport \"dep.proto\";\nmessage Mid { optional d.Hidden h = 1; }\n");
  CHECK(fx.text() == "");
  fx.add("top.proto", R"(syntax = "proto2";
package a.b;
import "mid.proto";
message Bar { message Baz {} }
message Foo {
  message Bar {}
  optional Bar.Baz x = 1;
  optional d.Hidden y = 2;
  optional m.Mid z = 3;
})");
  const auto diagnostics = fx.diagnostics();
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0] ==
        "top.proto:7:12: \"Bar.Baz\" is resolved to \"a.b.Foo.Bar.Baz\", which is not defined. The innermost scope "
        "is searched first in name resolution. Consider using a leading '.'(i.e., \".Bar.Baz\") to start from the "
        "outermost scope.");
  CHECK(diagnostics[1] ==
        "top.proto:8:12: \"d.Hidden\" seems to be defined in \"dep.proto\", which is not imported by \"top.proto\".  "
        "To use it here, please add the necessary import.");
}

TEST_CASE("public imports are visible transitively and resolve_from records used imports") {
  LinkFixture fx;
  fx.add("base.proto", "syntax = \"proto3\";\npackage base;\nmessage B {}\n");
  fx.add("re.proto", "syntax = \"proto3\";\nimport public \"base.proto\";\n");
  LinkedFile* top = const_cast<LinkedFile*>(
      fx.add("top.proto", "syntax = \"proto3\";\nimport \"re.proto\";\nmessage T { base.B b = 1; }\n"));
  CHECK(fx.text() == "");
  REQUIRE(top);
  CHECK(top->proto.message_type[0].field[0].type_name == ".base.B");
  const Resolution found = fx.pool().resolve_from(*top, "", "base.B");
  REQUIRE(found.symbol);
  CHECK(top->used_dependencies.count(fx.pool().find_file("base.proto")) == 1);
}

TEST_CASE("extensions are indexed by extendee and number") {
  LinkFixture fx;
  fx.add("e.proto", R"(syntax = "proto2";
package p;
message M { extensions 10 to 20; }
extend M { optional int32 b = 12; optional int32 a = 11; })");
  CHECK(fx.text() == "");
  REQUIRE(fx.pool().find_extension("p.M", 11));
  CHECK(fx.pool().find_extension("p.M", 11)->full_name == "p.a");
  const auto all = fx.pool().extensions_of("p.M");
  REQUIRE(all.size() == 2);
  CHECK(all[0]->full_name == "p.a");
}

}  // namespace
}  // namespace protoforge::link
