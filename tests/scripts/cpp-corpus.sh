#!/usr/bin/env bash
# Generates C++ for a whole corpus with protoforge --cpp_out and compiles a deterministic spread of the generated
# .pf.cc files (every Nth line of the file list, starting with the first) with -Wall -Wextra -Werror; each one pulls
# in the headers of everything it imports, so those are compiled too.
#   cpp-corpus.sh PROTOFORGE SOURCE_DIR ROOT FILE_LIST [--every N] [--jobs J] [--syntax-only] [--keep DIR]
# SOURCE_DIR is the project root (the runtime's include directory; runtime/wkt holds the well-known types' classes).
# ROOT is the corpus root (-I and working directory); FILE_LIST names the files, relative to ROOT. --keep DIR
# generates into DIR and leaves it there (with failures.txt and one .log per failing file), for local sweeps.
# Uses ccache when installed. Skips (exit 0 with a note) when ROOT does not exist.
set -euo pipefail
protoforge=$1 source_dir=$2 root=$3 list=$4
shift 4
every=1 jobs=1 mode=(-c) keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --every) every=$2; shift ;;
    --jobs) jobs=$2; shift ;;
    --syntax-only) mode=(-fsyntax-only) ;;
    --keep) keep=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ ! -d "$root" ] || [ ! -f "$list" ]; then
  echo "corpus not present at $root: skipped"
  exit 0
fi
absolute() { echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; }  # the generator runs inside ROOT
protoforge=$(absolute "$protoforge") list=$(absolute "$list") source_dir=$(cd "$source_dir" && pwd)
if [ -n "$keep" ]; then
  work=$keep
  rm -rf "$work"
  mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
work=$(cd "$work" && pwd)
mkdir -p "$work/out" "$work/obj" "$work/logs"
(cd "$root" && "$protoforge" -I. --cpp_out="$work/out" @"$list" 2> "$work/generate.err") || {
  echo "protoforge --cpp_out failed:"; grep -v ': warning: ' "$work/generate.err" | head -20; exit 1; }
generated=$(find "$work/out" -name '*.pf.cc' | wc -l)
echo "$(wc -l < "$list") input files, $generated generated .pf.cc files"

awk -v n="$every" '(NR - 1) % n == 0 { sub(/\.proto$/, ""); print }' "$list" > "$work/selected.txt"
compiler=(g++)
if command -v ccache > /dev/null; then compiler=(ccache g++); fi
export work source_dir
compile_one() {
  local base=$1 flat log object
  flat=$(echo "$base" | tr / _)
  log="$work/logs/$flat.log" object="$work/obj/$flat.o"
  if "${compiler[@]}" -std=c++20 -Wall -Wextra -Werror -O0 -I"$work/out" -I"$source_dir" -I"$source_dir/runtime/wkt" \
      "${mode[@]}" "$work/out/$base.pf.cc" -o "$object" > "$log" 2>&1; then
    rm -f "$log" "$object"  # objects of the whole corpus would fill gigabytes
  else
    echo "$base" >> "$work/failures.txt"
  fi
}
: > "$work/failures.txt"
# xargs -P runs the compiles J at a time; the function is rebuilt in each child from this script's text.
export -f compile_one
export compiler_text="${compiler[*]}" mode_text="${mode[*]}"
xargs -a "$work/selected.txt" -P "$jobs" -I{} bash -c \
  'compiler=($compiler_text); mode=($mode_text); compile_one "$1"' _ {}
selected=$(wc -l < "$work/selected.txt")
failed=$(wc -l < "$work/failures.txt")
echo "compiled $((selected - failed)) of $selected selected files (every $every), $failed failed"
if [ "$failed" -gt 0 ]; then
  sort "$work/failures.txt" | head -20
  first=$(sort "$work/failures.txt" | head -1)
  head -30 "$work/logs/$(echo "$first" | tr / _).log"
  exit 1
fi
