// Build and cross-link errors: wording, location and order as protoc 3.21 prints them (expectations recorded
// from protoc on the same inputs).
#include <doctest/doctest.h>

#include "tests/unit/link_test_util.h"

namespace protoforge::link {
namespace {

using testing::LinkFixture;

void check_case(const std::vector<std::pair<std::string, std::string>>& files, bool validate,
                const std::vector<std::string>& expected) {
  LinkFixture fx;
  for (const auto& [path, text] : files) fx.add(path, text, validate);
  std::string joined;
  for (const std::string& line : expected) joined += line + "\n";
  CHECK(fx.text() == joined);
}

TEST_CASE("duplicates, numbers, kinds, defaults and extension numbers") {
  check_case({
                 {"c1.proto", R"(syntax = "proto2";
package p;
message M {
  optional int32 x = 1;
  optional string x = 2;
  optional int32 y = 1;
  optional int32 big = 536870912;
  optional M.x bad = 3;
  optional E e = 4 [default = NOPE];
  optional Unknown u = 5;
  extensions 10 to 20;
}
enum E { A = 0; }
extend M { optional int32 out = 30; optional int32 in = 10; optional int32 in2 = 10; }
extend E { optional int32 z = 11; }
service S { rpc R(E) returns (M); }
)"},
             },
             false, {
                 "c1.proto:5:19: \"x\" is already defined in \"p.M\".",
                 "c1.proto:7:24: Field numbers cannot be greater than 536870911.",
                 "c1.proto:6:22: Field number 1 has already been used in \"p.M\" by field \"x\".",
                 "c1.proto:8:12: \"M.x\" is not a type.",
                 "c1.proto:9:31: Enum type \"p.E\" has no value named \"NOPE\".",
                 "c1.proto:10:12: \"Unknown\" is not defined.",
                 "c1.proto:14:33: \"p.M\" does not declare 30 as an extension number.",
                 "c1.proto:14:82: Extension number 10 has already been used in \"p.M\" by extension \"p.in\".",
                 "c1.proto:15:8: \"E\" is not a message type.",
                 "c1.proto:16:19: \"E\" is not a message type.",
                 "c1.proto:7:24: Suggested field numbers for p.M: 6",
             });
}

TEST_CASE("proto3 validation: map keys, json-name conflicts, first enum value") {
  check_case({
                 {"c2.proto", R"(syntax = "proto3";
package p3;
enum E { ONE = 1; }
message M {
  map<float, string> m = 1;
  int32 fooBar = 2;
  int32 foo_bar = 3;
}
)"},
             },
             true, {
                 "c2.proto:5:3: Key in map fields cannot be float/double, bytes or message types.",
                 "c2.proto:7:9: The JSON camel-case name of field \"foo_bar\" conflicts with field \"fooBar\". This is not allowed in proto3.",
                 "c2.proto:3:16: The first enum value must be zero in proto3.",
             });
}

TEST_CASE("a package may not take the name of another file's symbol") {
  check_case({
                 {"c3.proto", R"(syntax = "proto2";
package p;
message M {}
)"},
                 {"c4.proto", R"(syntax = "proto2";
package p.M;
import "c3.proto";
message M {}
)"},
             },
             false, {
                 "c4.proto:2:1: \"p.M\" is already defined (as something other than a package) in file \"c3.proto\".",
             });
}

TEST_CASE("symbols of another file, enum value scoping, kinds sharing a name") {
  check_case({
                 {"c3.proto", R"(syntax = "proto2";
package p;
message M {}
)"},
                 {"c5.proto", R"(syntax = "proto2";
import "c3.proto";
package p;
message M {}
enum X { P = 0; }
enum Y { P = 1; }
message Dup {}
enum Dup { Q = 0; }
)"},
             },
             false, {
                 "c5.proto:4:9: \"p.M\" is already defined in file \"c3.proto\".",
                 "c5.proto:6:10: \"P\" is already defined in \"p\".",
                 "c5.proto:6:10: Note that enum values use C++ scoping rules, meaning that enum values are siblings of their type, not children of it.  Therefore, \"P\" must be unique within \"p\", not just within \"Y\".",
                 "c5.proto:8:6: \"Dup\" is already defined in \"p\".",
             });
}

}  // namespace
}  // namespace protoforge::link
