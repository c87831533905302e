#!/usr/bin/env bash
# Editions parity: the `edition = ...` files of npm's google-proto-files, compiled by protoforge, must describe
# the same schema as `buf build` (compared as parsed messages: both sets are decoded to text with the corpus's own
# current descriptor.proto, which knows the editions fields, and compared file by file).
#   editions-vs-buf.sh PROTOFORGE BUF CORPUS_ROOT
set -euo pipefail
protoforge=$1 buf=$2 root=$3
if [ ! -d "$root" ] || [ ! -x "$buf" ]; then echo "npm corpus or buf not present: skipped"; exit 0; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
grep -rlE '^edition\s*=' --include='*.proto' . | sed 's|^\./||' | sort > "$work/files.txt"
echo "$(wc -l < "$work/files.txt") editions files"
paths=()
while read -r f; do paths+=(--path "$f"); done < "$work/files.txt"
"$buf" build . "${paths[@]}" --exclude-imports --exclude-source-info --as-file-descriptor-set -o "$work/buf.binpb"
"$protoforge" -I. -o "$work/protoforge.binpb" @"$work/files.txt"
decode() { protoc --decode=google.protobuf.FileDescriptorSet -I. google/protobuf/descriptor.proto < "$1"; }
# Split the decoded sets into one text block per file, keyed by name, so file order does not matter.
split() { awk -v dir="$2" '/^file \{/{n++} {print > (dir "/" n ".txt")}' "$1"; for f in "$2"/*.txt; do
  name=$(grep -m1 '^  name:' "$f" | sed 's/^  name: "\(.*\)"/\1/' | tr / _); mv "$f" "$2/$name"; done; }
decode "$work/buf.binpb" > "$work/buf.txt"
decode "$work/protoforge.binpb" > "$work/protoforge.txt"
mkdir -p "$work/b" "$work/p"
split "$work/buf.txt" "$work/b"
split "$work/protoforge.txt" "$work/p"
same=0 total=0
for f in "$work"/b/*; do
  total=$((total + 1))
  name=$(basename "$f")
  if [ -f "$work/p/$name" ] && cmp -s "$f" "$work/p/$name"; then same=$((same + 1)); else
    echo "differs: $name"; diff "$f" "$work/p/$name" | head -20 || true; fi
done
echo "editions: $same passed, $((total - same)) failed"
[ "$same" -eq "$total" ]
