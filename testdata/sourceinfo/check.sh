#!/usr/bin/env bash
# Differential check of SourceCodeInfo: every *.proto here is compiled with --include_source_info and its source
# info compared, location by location, with <name>.pb, the FileDescriptorSet protoc 3.21 wrote for it.
#   check.sh PROTOFORGE SOURCEINFO_COMPARE       check (exit 1 if any file's source info differs)
#   check.sh --write [PROTOC]                    regenerate the goldens with protoc (or PROTOFORGE_REGEN=1)
# Files compile from this directory with -I. (descriptor.proto comes from protoc's include directory for protoc and
# from protoforge's built-in copy for protoforge). Whole-file byte equality is reported too, but only source info
# decides the exit code: descriptor differences belong to other stages and show up in the corpus tests.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
files=$(ls *.proto | LC_ALL=C sort)

if [ "${1:-}" = "--write" ] || [ "${PROTOFORGE_REGEN:-0}" = 1 ]; then
  [ "${1:-}" = "--write" ] && shift
  protoc=${1:-protoc}
  case "$("$protoc" --version)" in "libprotoc 3.21."*) ;; *) echo "warning: goldens come from protoc 3.21" >&2 ;; esac
  include=$(dirname "$(dirname "$(command -v "$protoc")")")/include
  for f in $files; do
    "$protoc" -I. -I"$include" --include_source_info -o "${f%.proto}.pb" "$f" || echo "protoc rejected $f" >&2
  done
  exit 0
fi

protoforge=$1 compare=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
total=0 same_info=0 same_bytes=0
for f in $files; do
  total=$((total + 1))
  out="$work/${f%.proto}.pb"
  if ! "$protoforge" -I. --include_source_info -o "$out" "$f" 2> "$work/err"; then
    echo "$f: protoforge failed:"; head -5 "$work/err"; continue
  fi
  if "$compare" "${f%.proto}.pb" "$out" --show 1 > "$work/diff"; then
    same_info=$((same_info + 1))
  else
    head -4 "$work/diff"
  fi
  cmp -s "${f%.proto}.pb" "$out" && same_bytes=$((same_bytes + 1))
done
echo "source info identical: $same_info of $total files; whole descriptor set identical: $same_bytes of $total"
[ "$same_info" -eq "$total" ]
