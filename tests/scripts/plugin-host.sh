#!/usr/bin/env bash
# Plugins under protoforge against protoc 3.21 as the oracle, and protoforge's own plugin under protoc and buf:
#   - a misbehaving test plugin (tests/plugins/fake_plugin.py): files, continuation chunks, insertion points,
#     duplicates, errors, crashes, signals, garbage, missing plugins; stderr, status and written files must equal
#     protoc's, except that protoforge refuses names that leave the output directory (protoc writes them there);
#   - the CodeGeneratorRequest, recorded by the plugin, byte-identical to protoc's for several command lines;
#   - feature checks: proto3 optional as protoc; editions support and edition ranges (protoc 3.21 has none);
#   - .zip and .jar outputs with the same entries and contents as protoc's;
#   - grpc_cpp_plugin over service files, byte-identical files under both hosts;
#   - protoc-gen-pfcpp under protoc and under buf generate giving what --cpp_out gives.
#   plugin-host.sh PROTOFORGE PROTOC_GEN_PFCPP SOURCE_ROOT SHARED_DIR BUF
set -uo pipefail
protoforge=$1 pfcpp=$2 root=$3 shared=$4 buf=$5
fake="$root/tests/plugins/fake_plugin.py"
data="$root/testdata/plugins"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
protoc_include=$(dirname "$(dirname "$(command -v protoc)")")/include
[ -f "$protoc_include/google/protobuf/timestamp.proto" ] || protoc_include=/usr/include

passes=0 failures=0
pass() { passes=$((passes + 1)); }
fail() { failures=$((failures + 1)); echo "FAIL $1"; }

# run TOOL OUTFILE ARGS...: status, stderr and the written tree (names and contents) into OUTFILE.
run() {
  local tool=$1 out=$2; shift 2
  rm -rf o && mkdir o
  "$tool" "$@" > /dev/null 2> err.txt
  echo "status $?" > "$out"
  cat err.txt >> "$out"
  (cd o && find . -type f | LC_ALL=C sort | while read -r f; do echo "== $f"; cat "$f"; done) >> "$out"
}

# Same observable behaviour as protoc for one mode of the test plugin.
for mode in files continued dup error insert insert_inline insert_no_newline insert_missing_file \
            insert_missing_point empty_name crash signal garbage; do
  args=(-I"$data" -I"$protoc_include" --plugin=protoc-gen-fake="$fake" --fake_out=o simple.proto)
  PLUGIN_MODE=$mode run protoc expected.txt "${args[@]}"
  PLUGIN_MODE=$mode run "$protoforge" actual.txt "${args[@]}"
  if cmp -s expected.txt actual.txt; then pass; else fail "mode $mode"; diff expected.txt actual.txt | head -10; fi
done

# Two directives into one directory share it (protoc reports every duplicate); several outputs in one run, the
# built-in C++ generator among them (protoc's writes .pb.* files, protoforge's .pf.*: only the plugin's files and
# the messages are compared).
plugin_part() {  # TOOL OUT ARGS...
  local tool=$1 out=$2; shift 2
  rm -rf o && mkdir o
  "$tool" "$@" > /dev/null 2> err.txt
  { echo "status $?"; cat err.txt; for f in o/a.txt o/b/c.txt; do [ -f "$f" ] && { echo "== $f"; cat "$f"; }; done; } > "$out"
}
for args in "--fake_out=o --fake_out=o" "--fake_out=o --fake_opt=x --cpp_out=o" "--fake_out=o/.. --fake_out=o"; do
  # shellcheck disable=SC2086
  plugin_part protoc expected.txt -I"$data" --plugin=protoc-gen-fake="$fake" $args plain.proto
  # shellcheck disable=SC2086
  plugin_part "$protoforge" actual.txt -I"$data" --plugin=protoc-gen-fake="$fake" $args plain.proto
  if cmp -s expected.txt actual.txt; then pass; else fail "directives: $args"; diff expected.txt actual.txt | head -10; fi
done
rm -rf a.txt b  # what --fake_out=o/.. wrote

# Missing plugins, as protoc reports them (the second line is protoc's advice).
for args in "--nope_out=o" "--plugin=protoc-gen-nope=./missing --nope_out=o"; do
  # shellcheck disable=SC2086
  run protoc expected.txt -I"$data" $args plain.proto
  # shellcheck disable=SC2086
  run "$protoforge" actual.txt -I"$data" $args plain.proto
  if cmp -s expected.txt actual.txt; then pass; else fail "missing plugin: $args"; diff expected.txt actual.txt; fi
done

# Names outside the output directory: refused, naming the plugin, nothing written anywhere.
for mode in abs dotdot; do
  mkdir -p inner
  rm -rf inner/o && mkdir inner/o
  (cd inner && PLUGIN_MODE=$mode "$protoforge" -I"$data" --plugin=protoc-gen-fake="$fake" --fake_out=o plain.proto) \
    2> err.txt
  status=$?
  if [ $status -eq 1 ] && grep -q "^--fake_out: protoc-gen-fake: refused to write" err.txt &&
     [ -z "$(ls -A inner/o)" ] && [ ! -e escape.txt ] && [ ! -e inner/escape.txt ] &&
     [ ! -e /tmp/protoforge-escape.txt ]; then pass; else fail "escaping name: $mode"; cat err.txt; fi
done

# The request protoc sends, byte for byte.
record() {  # TOOL OUT ARGS...
  local tool=$1 out=$2; shift 2
  rm -rf o && mkdir o
  PLUGIN_REQUEST_OUT="$work/$out" "$tool" "$@" --plugin=protoc-gen-fake="$fake" 2> /dev/null
}
request_case() {  # NAME ARGS...
  local name=$1; shift
  record protoc expected.bin "$@"
  record "$protoforge" actual.bin "$@"
  if [ -s expected.bin ] && cmp -s expected.bin actual.bin; then pass; else fail "request: $name"; fi
}
request_case "one file" -I"$data" -I"$protoc_include" --fake_out=o simple.proto
request_case "parameter and options" -I"$data" -I"$protoc_include" --fake_out=p1,p2:o --fake_opt=p3 --fake_opt=p4 simple.proto
request_case "two inputs" -I"$data" -I"$protoc_include" --fake_out=o plain.proto simple.proto
request_case "json_name and extensions" -I"$data" --fake_out=o plain.proto
if [ -d "$shared/corpus/googleapis" ]; then
  request_case "googleapis service" -I"$shared/corpus/googleapis" -I"$protoc_include" --fake_out=o \
    google/pubsub/v1/pubsub.proto google/longrunning/operations.proto
fi

# Feature checks. protoc 3.21 knows only proto3 optional (the mode loop above covers declaring it); editions
# are protoforge's: the plugin must declare support and cover the file's edition.
PLUGIN_FEATURES=0 run protoc expected.txt -I"$data" -I"$protoc_include" --plugin=protoc-gen-fake="$fake" --fake_out=o simple.proto
PLUGIN_FEATURES=0 run "$protoforge" actual.txt -I"$data" -I"$protoc_include" --plugin=protoc-gen-fake="$fake" --fake_out=o simple.proto
if cmp -s expected.txt actual.txt; then pass; else fail "proto3 optional refusal"; diff expected.txt actual.txt; fi
editions() {  # EXPECTED_STATUS PATTERN ENV...
  local status=$1 pattern=$2; shift 2
  rm -rf o && mkdir o
  env "$@" "$protoforge" -I"$data" --plugin=protoc-gen-fake="$fake" --fake_out=o edition.proto 2> err.txt
  local rc=$?
  if [ $rc -eq "$status" ] && { [ -z "$pattern" ] || grep -q -- "$pattern" err.txt; }; then pass; else
    fail "editions: $* ($rc)"; cat err.txt
  fi
}
editions 1 "edition.proto: is an editions file, but code generator protoc-gen-fake hasn't been updated" PLUGIN_FEATURES=1
editions 1 "edition.proto: is a file using edition 2024, which isn't supported" PLUGIN_EDITIONS=1000,1000
editions 0 "" PLUGIN_EDITIONS=1000,1001

# Archives: the same entries and contents as protoc's (the bytes of the archive itself may differ).
for archive in out.zip out.jar; do
  rm -f "$archive" "p-$archive"
  protoc -I"$data" --plugin=protoc-gen-fake="$fake" --fake_out="p-$archive" plain.proto
  "$protoforge" -I"$data" --plugin=protoc-gen-fake="$fake" --fake_out="$archive" plain.proto
  list() { python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); [print(i.filename, i.date_time, repr(z.read(i))) for i in z.infolist()]' "$1"; }
  if [ -s "$archive" ] && diff <(list "p-$archive") <(list "$archive") > /dev/null; then pass; else fail "archive $archive"; fi
done

# grpc_cpp_plugin, a real plugin, over service files.
if command -v grpc_cpp_plugin > /dev/null && [ -d "$shared/corpus/googleapis" ]; then
  g="$shared/corpus/googleapis"
  mapfile -t services < <(cd "$g" && grep -l '^service ' $(sed -n '1~40p' FILES.txt) 2> /dev/null | head -60)
  mkdir -p grpc-protoc grpc-pf
  protoc -I"$g" -I"$protoc_include" --plugin=protoc-gen-grpc="$(command -v grpc_cpp_plugin)" --grpc_out=grpc-protoc "${services[@]}"
  "$protoforge" -I"$g" -I"$protoc_include" --plugin=protoc-gen-grpc="$(command -v grpc_cpp_plugin)" --grpc_out=grpc-pf "${services[@]}"
  count=$(find grpc-protoc -type f | wc -l)
  if [ "$count" -gt 0 ] && diff -r grpc-protoc grpc-pf > /dev/null; then pass; echo "grpc_cpp_plugin: ${#services[@]} service files, $count files identical"; else fail "grpc_cpp_plugin"; fi
fi

# protoforge's plugin under protoc and buf gives what --cpp_out gives.
schemas="$root/testdata/runtime/schemas"
mkdir -p cpp-builtin cpp-protoc
"$protoforge" -I"$schemas" --cpp_out=cpp-builtin rich_proto2.proto rich_proto3.proto
protoc -I"$schemas" --plugin=protoc-gen-pfcpp="$pfcpp" --pfcpp_out=cpp-protoc rich_proto2.proto rich_proto3.proto
if [ -s cpp-builtin/rich_proto3.pf.h ] && diff -r cpp-builtin cpp-protoc > /dev/null; then pass; else fail "pfcpp under protoc"; fi
if [ -x "$buf" ]; then
  mkdir -p bufws/proto && cp "$schemas"/rich_proto2.proto "$schemas"/rich_proto3.proto bufws/proto/
  printf 'version: v2\nmodules:\n  - path: proto\n' > bufws/buf.yaml
  printf 'version: v2\nplugins:\n  - local: %s\n    out: gen\n' "$pfcpp" > bufws/buf.gen.yaml
  (cd bufws && "$buf" generate)
  if diff -r cpp-builtin bufws/gen > /dev/null; then pass; else fail "pfcpp under buf generate"; fi
fi

echo "plugin_host: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
