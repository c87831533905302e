#!/usr/bin/env bash
# --descriptor_set_in parity: files taken from a descriptor set (made by protoc) instead of source must give the
# same output as protoc, with and without source info and -I.
#   descriptor-set-in.sh PROTOFORGE FDSET_DIFF EXAMPLES_DIR
set -euo pipefail
protoforge=$1 fdset_diff=$2 examples=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$examples"
protoc -I. --include_imports --include_source_info -o "$work/deps.pb" shop/v1/money.proto google/protobuf/timestamp.proto
mkdir "$work/src" && cp -r shop "$work/src/" && rm "$work/src/shop/v1/money.proto"
cd "$work/src"
failures=0 passes=0
check() {
  local name=$1; shift
  protoc "$@" -o "$work/expected.pb" 2> "$work/expected.err" || true
  "$protoforge" "$@" -o "$work/actual.pb" 2> "$work/actual.err" || true
  if cmp -s "$work/expected.pb" "$work/actual.pb" && diff -q "$work/expected.err" "$work/actual.err" >/dev/null; then
    passes=$((passes + 1))
  else
    failures=$((failures + 1)); echo "FAIL $name"; "$fdset_diff" "$work/expected.pb" "$work/actual.pb" || true
    diff "$work/expected.err" "$work/actual.err" || true
  fi
}
check "imports from the set" --descriptor_set_in="$work/deps.pb" -I. --include_imports shop/v1/catalog.proto
check "with source info" --descriptor_set_in="$work/deps.pb" -I. --include_imports --include_source_info shop/v1/catalog.proto
check "an input from the set" --descriptor_set_in="$work/deps.pb" shop/v1/money.proto
check "set only, source info kept" --descriptor_set_in="$work/deps.pb" --include_source_info shop/v1/money.proto
check "missing from the set" --descriptor_set_in="$work/deps.pb" shop/v1/catalog.proto
echo "descriptor_set_in: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
