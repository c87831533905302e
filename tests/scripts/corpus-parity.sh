#!/usr/bin/env bash
# Compiles a corpus with protoforge and with protoc and checks that the FileDescriptorSets are byte-identical.
#   corpus-parity.sh PROTOFORGE FDSET_DIFF ROOT FILE_LIST [--source-info] [--exclude LIST]
# ROOT is the corpus root (used as -I and working directory); FILE_LIST names the files, relative to ROOT.
# --source-info adds --include_source_info and protoc's include directory as a second -I for both tools (the
# well-known types' comments are part of source info). --exclude drops the files named in LIST (may repeat).
# Skips (exit 0 with a note) when ROOT does not exist, so machines without the corpus still pass.
set -euo pipefail
protoforge=$1 fdset_diff=$2 root=$3 list=$4
shift 4
source_info=0 excludes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --source-info) source_info=1 ;;
    --exclude) excludes+=("$2"); shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ ! -d "$root" ] || [ ! -f "$list" ]; then
  echo "corpus not present at $root: skipped"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$list" "$work/files.txt"
for exclude in "${excludes[@]}"; do
  grep -vxF -f "$exclude" "$work/files.txt" > "$work/kept.txt" || true
  mv "$work/kept.txt" "$work/files.txt"
done
protoc_include=$(dirname "$(dirname "$(command -v protoc)")")/include
flags=(-I. --include_imports)
if [ $source_info -eq 1 ]; then flags+=(-I"$protoc_include" --include_source_info); fi
cd "$root"
protoc "${flags[@]}" -o "$work/protoc.pb" @"$work/files.txt" 2> "$work/protoc.err" || {
  echo "protoc failed:"; head -20 "$work/protoc.err"; exit 1; }
if ! "$protoforge" "${flags[@]}" -o "$work/protoforge.pb" @"$work/files.txt" 2> "$work/protoforge.err"; then
  echo "protoforge failed:"; head -40 "$work/protoforge.err"; exit 1
fi
echo "$(wc -l < "$work/files.txt") input files"
"$fdset_diff" "$work/protoc.pb" "$work/protoforge.pb" --show 30
