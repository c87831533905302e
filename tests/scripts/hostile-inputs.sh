#!/usr/bin/env bash
# Hostile inputs must give diagnostics and exit status 1 (or 0 when valid), never a crash or a hang:
# binary garbage, 1 MB of '{', deep nesting of messages and of aggregate option values, huge numbers, a NUL byte,
# a very long line of errors, deep import chains.
#   hostile-inputs.sh PROTOFORGE
set -uo pipefail
protoforge=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
head -c 200000 /dev/urandom > garbage.proto
head -c 1048576 /dev/zero | tr '\0' '{' > braces.proto
{ echo 'syntax = "proto3";'; for i in $(seq 1 5000); do printf 'message M%d { ' "$i"; done
  for i in $(seq 1 5000); do printf '} '; done; echo; } > deep_messages.proto
{ echo 'syntax = "proto2"; import "google/protobuf/descriptor.proto";'
  echo 'message T { optional T t = 1; } extend google.protobuf.FileOptions { optional T t = 50000; }'
  printf 'option (t) = '; for i in $(seq 1 20000); do printf '{ t '; done; for i in $(seq 1 20000); do printf '} '; done
  echo ';'; } > deep_aggregate.proto
{ echo 'syntax = "proto3";'; echo 'message M { int32 a = 99999999999999999999999999999999; }'
  echo 'enum E { E0 = -99999999999999999999; }'
  echo 'message N { optional double d = 1 [default = 1e999999]; }'; } > huge_numbers.proto
printf 'syntax = "proto3";\nmessage M {\0 int32 a = 1; }\n' > nul.proto
{ printf 'syntax = "proto3"; '; for i in $(seq 1 100000); do printf '} '; done; echo; } > long_line.proto
for i in $(seq 1 2000); do printf 'syntax = "proto3"; import "chain%d.proto"; message C%d {}\n' $((i + 1)) "$i" > "chain$i.proto"; done
printf 'syntax = "proto3"; message C2001 {}\n' > chain2001.proto
failures=0 passes=0
for f in garbage braces deep_messages deep_aggregate huge_numbers nul long_line chain1; do
  timeout 60 "$protoforge" -I. -o /dev/null "$f.proto" > /dev/null 2> "$f.err"
  status=$?
  if [ "$status" -le 1 ] && { [ "$status" -eq 1 ] || [ "$f" = chain1 ]; } && [ "$status" -ne 1 -o -s "$f.err" ]; then
    passes=$((passes + 1))
  else
    failures=$((failures + 1)); echo "FAIL $f: exit status $status"; head -3 "$f.err"
  fi
done
echo "hostile: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
