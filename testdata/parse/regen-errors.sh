#!/usr/bin/env bash
# Regenerates the goldens of the parser's syntax-error suite (testdata/parse/errors/) from protoc.
#
# Usage: testdata/parse/regen-errors.sh [--write]
#   Without --write (and without PROTOFORGE_REGEN=1) nothing is written: differences between the goldens and what
#   the installed protoc prints are reported (exit 1 if any). PROTOC=<path> selects another protoc; the goldens come
#   from protoc 3.21.12.
# Each case <name>.proto must fail to parse; its golden <name>.expected is protoc's stderr for
# `protoc -I. -o /dev/null <name>.proto` run from errors/, minus protoc's "[libprotobuf WARNING ...]" log lines.
# When a file fails to parse, protoc prints only the tokenizer's and the parser's errors, so the golden is exactly
# what protoforge's front end must report.
set -uo pipefail

write=0
[ "${PROTOFORGE_REGEN:-0}" = 1 ] && write=1
[ "${1:-}" = "--write" ] && write=1
dir=$(cd "$(dirname "$0")/errors" && pwd)
protoc=${PROTOC:-protoc}
"$protoc" --version >/dev/null 2>&1 || { echo "regen-errors: cannot run $protoc" >&2; exit 2; }

status=0
cd "$dir" || exit 2
for case in $(ls *.proto | LC_ALL=C sort); do
  golden=${case%.proto}.expected
  actual=$("$protoc" -I. -o /dev/null "$case" 2>&1 >/dev/null | grep -v '^\[libprotobuf ')
  if [ -z "$actual" ]; then
    echo "regen-errors: $case compiles without errors; it belongs in testdata/parse/valid/" >&2
    status=1
    continue
  fi
  if [ "$write" = 1 ]; then
    printf '%s\n' "$actual" > "$golden"
  elif [ "$actual" != "$(cat "$golden" 2>/dev/null)" ]; then
    echo "regen-errors: $case: golden differs from protoc" >&2
    status=1
  fi
done
exit $status
