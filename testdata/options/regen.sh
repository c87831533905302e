#!/usr/bin/env bash
# Regenerates the option interpreter's protoc-made fixtures. Needs protoc 3.21 on PATH (or PROTOC=...).
#   unit/schema.pb      FileDescriptorSet of unit/schema.proto and its imports (the unit tests' symbol table)
#   golden/NAME.pb      `protoc --include_source_info -o` output for each NAME.proto (differential tests), or
#   golden/NAME.err     protoc's error output when NAME.proto does not compile
set -euo pipefail
shopt -s nullglob
cd "$(dirname "$0")"
protoc=${PROTOC:-protoc}
"$protoc" -Iunit --include_imports -o unit/schema.pb unit/schema.proto
mkdir -p golden
rm -f golden/*.pb golden/*.err
for f in *.proto; do
  name="${f%.proto}"
  if "$protoc" -I. --include_source_info -o "golden/$name.pb" "$f" 2> "golden/$name.err"; then
    rm -f "golden/$name.err"
  else
    rm -f "golden/$name.pb"
  fi
done
