#!/usr/bin/env bash
# Regenerates the protoc golden files of the invalid-input suite (testdata/invalid/).
#
# Usage: tests/scripts/regen-invalid.sh [--write] [invalid-dir]
#   Without --write (and without PROTOFORGE_REGEN=1) nothing is written: the script only reports goldens that
#   differ from what the installed protoc prints, so it doubles as a check of the oracle's version.
#   PROTOC=<path> selects another protoc (default: protoc on PATH; the goldens come from protoc 3.21.12).
#
# Layout (shared with check-invalid.sh):
#   <category>/<name>.proto            a single-file case, compiled from <category>/
#   <category>/<name>/main.proto       a multi-file case, compiled from <category>/<name>/ (its other .proto files
#                                      are the imports)
#   golden: the same path with .proto replaced by .expected. Its first line is "exit: <protoc's exit code>", the
#   rest is protoc's stderr byte for byte.
# protoc runs as `protoc -I. -o /dev/null --error_format=gcc <file>` from the case's directory, so every path it
# prints is relative. Every case must fail (exit 1) except those under warning/, which must succeed (exit 0):
# a case that does not is reported and makes the script exit 1, since it no longer tests what its name says.
set -uo pipefail

write=0
[ "${PROTOFORGE_REGEN:-0}" = 1 ] && write=1
if [ "${1:-}" = "--write" ]; then write=1; shift; fi
here=$(cd "$(dirname "$0")/../.." && pwd)
root=${1:-$here/testdata/invalid}
protoc=${PROTOC:-protoc}

version=$("$protoc" --version 2>/dev/null) || { echo "regen-invalid: cannot run $protoc" >&2; exit 2; }
case "$version" in
  "libprotoc 3.21."*) ;;
  *) echo "regen-invalid: warning: goldens were made with protoc 3.21, this is '$version'" >&2 ;;
esac

# The cases: list_cases, shared with the other invalid-suite script.
source "$(dirname "${BASH_SOURCE[0]}")/invalid-cases.sh"

# Prints the golden text for one case: the exit line, then protoc's stderr.
golden_of() {
  local dir=$1 file=$2 err rc
  err=$(cd "$root/$dir" && "$protoc" -I. -o /dev/null --error_format=gcc "$file" 2>&1 >/dev/null; echo "rc=$?")
  rc=${err##*rc=}
  err=${err%rc=*}
  printf 'exit: %s\n%s' "$rc" "$err"
}

total=0 changed=0 wrong=0
while IFS=$'\t' read -r dir file; do
  total=$((total + 1))
  golden="$root/$dir/${file%.proto}.expected"
  text=$(golden_of "$dir" "$file"; echo x)
  text=${text%x}
  rc=$(head -n1 <<< "$text")
  want="exit: 1"
  case "$dir" in warning|warning/*) want="exit: 0" ;; esac
  if [ "$rc" != "$want" ]; then
    echo "regen-invalid: $dir/$file: protoc gave '$rc', the case needs '$want'" >&2
    wrong=$((wrong + 1))
  fi
  if [ -f "$golden" ] && [ "$(cat "$golden"; echo x)" = "${text}x" ]; then continue; fi
  changed=$((changed + 1))
  if [ $write = 1 ]; then
    printf '%s' "$text" > "$golden"
  else
    echo "regen-invalid: $dir/$file: golden is missing or differs (run with --write)"
  fi
done < <(list_cases)

# A golden whose case is gone would never be checked again: remove it (or report it without --write).
orphans=0
while IFS= read -r golden; do
  [ -f "${golden%.expected}.proto" ] && continue
  orphans=$((orphans + 1))
  if [ $write = 1 ]; then rm -f "$golden"; else echo "regen-invalid: ${golden#"$root"/}: no case for this golden"; fi
done < <(find "$root" -name '*.expected')

verb="differ"; [ $write = 1 ] && verb="written"
echo "regen-invalid: $total cases, $changed goldens $verb, $orphans orphan goldens, $wrong with the wrong exit code"
[ $wrong -eq 0 ] || exit 1
[ $write = 1 ] || [ $((changed + orphans)) -eq 0 ] || exit 1
