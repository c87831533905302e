#!/usr/bin/env bash
# Command-line parity with protoc: for each invocation, protoforge's exit status, stdout, stderr and written files
# must equal protoc's (flags, @argfile, --dependency_out, --error_format=msvs, --fatal_warnings,
# --print_free_field_numbers, and the command line's own errors).
#   cli-parity.sh PROTOFORGE
set -uo pipefail
protoforge=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
mkdir -p proto/pkg
cat > proto/pkg/base.proto <<'PROTO'
syntax = "proto2";
package pkg;
message Base {
  optional int32 a = 1;
  optional group G = 3 { optional int32 x = 4; }
  extensions 100 to 199;
  reserved 10 to 12, 20;
  message Inner { optional string s = 2; map<string, int32> m = 5; }
}
PROTO
cat > proto/pkg/user.proto <<'PROTO'
syntax = "proto3";
package pkg;
import "pkg/base.proto";
import "google/protobuf/empty.proto";
message User { pkg.Base base = 1; repeated string tags = 7; }
PROTO
printf 'syntax = "proto3";\nmessage Bad {\n\tint32 a = 1\n}\n' > proto/bad.proto
printf -- '-Iproto\n--include_imports\npkg/user.proto\n' > args.txt

# protoc's own include directory, so that both tools read google/protobuf/*.proto from disk where a test lists
# disk files (protoforge's built-ins live in its binary and are not listed in dependency files).
protoc_include=$(dirname "$(dirname "$(command -v protoc)")")/include
passes=0 failures=0
# run NAME ARGS...: runs both tools in fresh folders and compares everything they printed and wrote.
run() {
  local name=$1; shift
  rm -rf a b && mkdir a b && cp -r proto args.txt a/ && cp -r proto args.txt b/
  (cd a && protoc "$@" > stdout 2> stderr; echo $? > status)
  (cd b && "$protoforge" "$@" > stdout 2> stderr; echo $? > status)
  sed -i 's/^libprotoc 3.21.12.*/libprotoc 3.21.12/' b/stdout
  if diff -r a b > diff.txt; then passes=$((passes + 1)); else failures=$((failures + 1)); echo "FAIL $name"; head -20 diff.txt; fi
}
run "descriptor set" -Iproto --include_imports -o out.pb pkg/user.proto
run "argfile" -o out.pb @args.txt
run "dependency file" -Iproto -I"$protoc_include" -o out.pb --dependency_out=deps.d pkg/user.proto
run "unused import warning" -Iproto -o out.pb pkg/user.proto
run "fatal warnings" -Iproto -o out.pb --fatal_warnings pkg/user.proto
run "msvs errors" -Iproto -o out.pb --error_format=msvs bad.proto
run "gcc errors, tab column" -Iproto -o out.pb bad.proto
run "free field numbers" -Iproto --print_free_field_numbers pkg/base.proto pkg/user.proto
run "version" --version
run "unknown flag" --bogus -Iproto pkg/user.proto
run "missing value" -Iproto -o
run "missing input" -Iproto -o out.pb
run "missing output" -Iproto pkg/user.proto
run "not in proto path" -Iproto -o out.pb ../elsewhere.proto
run "no such file" -Iproto -o out.pb proto/pkg/nothing.proto
run "twice -o" -Iproto -o a.pb -o b.pb pkg/user.proto
run "bad error format" --error_format=json -Iproto -o out.pb pkg/user.proto
run "dependency_out with two inputs" -Iproto -o out.pb --dependency_out=d pkg/user.proto pkg/base.proto
run "missing proto path directory" -Inowhere -Iproto -o out.pb pkg/user.proto
echo "cli: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
