#!/usr/bin/env bash
# Differential check of option interpretation: each *.proto here is compiled by protoforge with
# --include_source_info and compared with protoc 3.21's golden: byte equality with golden/NAME.pb (options bytes
# and their SourceCodeInfo paths included), or identical error output with golden/NAME.err.
#   check.sh PROTOFORGE      exit 1 if any file differs; regenerate goldens with regen.sh
set -uo pipefail
cd "$(dirname "$0")"
protoforge=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
total=0 same=0
for f in $(ls *.proto | LC_ALL=C sort); do
  name="${f%.proto}"
  total=$((total + 1))
  "$protoforge" -I. --include_source_info -o "$work/$name.pb" "$f" 2> "$work/$name.err"
  if [ -f "golden/$name.err" ]; then
    if diff -u "golden/$name.err" "$work/$name.err" > "$work/diff"; then
      same=$((same + 1))
    else
      echo "$f: errors differ from protoc's:"; head -20 "$work/diff"
    fi
  elif cmp -s "golden/$name.pb" "$work/$name.pb"; then
    same=$((same + 1))
  else
    echo "$f: output differs from protoc's"; head -5 "$work/$name.err"
  fi
done
echo "options: $same of $total files match protoc"
[ "$same" = "$total" ]
