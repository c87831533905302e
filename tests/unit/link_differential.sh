#!/usr/bin/env bash
# Differential test of the linker: compiles every testdata/link/*.proto with protoforge and with protoc
# (`-I <dir> --include_imports -o`) and requires byte-identical FileDescriptorSets, the same exit code and the
# same diagnostics. Files under subdirectories are only imported, never compiled on their own.
#   link_differential.sh PROTOFORGE DIR
# Prints one line per failing file and ends with `link-diff: N passed, M failed`; exits 1 if any failed.
set -uo pipefail
protoforge=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") dir=$2
if ! command -v protoc > /dev/null; then
  echo "protoc not found: skipped"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0
cd "$dir"
for file in *.proto; do
  protoc -I. --include_imports -o "$work/theirs.pb" "$file" > "$work/theirs.err" 2>&1
  theirs_rc=$?
  "$protoforge" -I. --include_imports -o "$work/ours.pb" "$file" > "$work/ours.err" 2>&1
  ours_rc=$?
  # protoc's libprotobuf logs UTF-8 complaints while serializing; they are not compiler diagnostics.
  grep -v '^\[libprotobuf' "$work/theirs.err" > "$work/theirs.diag"
  problem=""
  if [ $theirs_rc -ne $ours_rc ]; then
    problem="exit code protoc=$theirs_rc protoforge=$ours_rc"
  elif ! diff -q "$work/theirs.diag" "$work/ours.err" > /dev/null; then
    problem="diagnostics differ: $(diff "$work/theirs.diag" "$work/ours.err" | head -5 | tr '\n' ' ')"
  elif [ $theirs_rc -eq 0 ] && ! cmp -s "$work/theirs.pb" "$work/ours.pb"; then
    problem="descriptor sets differ"
  fi
  if [ -n "$problem" ]; then
    echo "FAIL $file: $problem"
    failed=$((failed + 1))
  else
    passed=$((passed + 1))
  fi
done
echo "link-diff: $passed passed, $failed failed"
[ $failed -eq 0 ]
