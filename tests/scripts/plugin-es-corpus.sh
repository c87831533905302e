#!/usr/bin/env bash
# protoc-gen-es (npm @bufbuild/protoc-gen-es) over googleapis files under protoc 3.21 and under protoforge: the
# generated files must be byte-identical. STRIDE picks every STRIDE-th file of FILES.txt (1: the whole corpus,
# about five minutes of plugin time per host on 2 cores; CI uses a spread of a few hundred files).
#   plugin-es-corpus.sh PROTOFORGE PROTOC_GEN_ES GOOGLEAPIS_DIR [STRIDE]
set -uo pipefail
protoforge=$1 es=$2 corpus=$3 stride=${4:-20}
if [ ! -f "$corpus/FILES.txt" ] || [ ! -x "$es" ]; then
  echo "skipped: no corpus or no protoc-gen-es"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed -n "1~${stride}p" "$corpus/FILES.txt" > "$work/files.txt"
mkdir "$work/protoc" "$work/protoforge"
cd "$corpus" || exit 1
protoc -I. --plugin=protoc-gen-es="$es" --es_out="$work/protoc" @"$work/files.txt" 2> /dev/null || { echo "protoc failed"; exit 1; }
"$protoforge" -I. --plugin=protoc-gen-es="$es" --es_out="$work/protoforge" @"$work/files.txt" 2> /dev/null ||
  { echo "protoforge failed"; exit 1; }
inputs=$(wc -l < "$work/files.txt")
outputs=$(find "$work/protoc" -type f | wc -l)
if [ "$outputs" -gt 0 ] && diff -r "$work/protoc" "$work/protoforge" > "$work/diff.txt"; then
  echo "plugin_es_corpus: $inputs input files, $outputs generated files byte-identical"
else
  echo "plugin_es_corpus: differences:"
  head -40 "$work/diff.txt"
  exit 1
fi
