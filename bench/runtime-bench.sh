#!/usr/bin/env bash
# Runtime benchmark: protoforge's wire primitives and dynamic binary codec next to libprotobuf 3.21, measured in
# the same process on the same data, printed as one table with ratios. A benchmark, not a test: it asserts no time.
#
# Usage: bench/runtime-bench.sh [build-dir]
#   build-dir  default build/bench (configured as a Release build without tests when it has no CMakeCache.txt)
# Environment:
#   PROTOFORGE_SHARED_DIR  folder holding corpus/googleapis (default: ../shared next to the repository)
#   RUNS                   timed runs per figure (default: 7 for varints, 5 for the dynamic codec); medians shown
#   JOBS=2                 build parallelism
#   KEEP=1                 keep the temporary folder (descriptor sets)
# Steps: build protoforge, bench-varint and bench-dynamic; compile google/protobuf/descriptor.proto (protoforge's
# built-in copy) into the schema set and the googleapis corpus (every file of FILES.txt, with imports) into the
# data set; run bench-varint, then bench-dynamic SCHEMA DATA. The corpus is only read.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
shared=${PROTOFORGE_SHARED_DIR:-$here/../shared}
corpus=$shared/corpus/googleapis
build=${1:-$here/build/bench}
case "$build" in /*) ;; *) build="$PWD/$build" ;; esac

die() { echo "runtime-bench: $*" >&2; exit 2; }
[ -f "$corpus/FILES.txt" ] || die "no corpus at $corpus (set PROTOFORGE_SHARED_DIR)"
corpus=$(cd "$corpus" && pwd)

if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPROTOFORGE_SHARED_DIR="$shared" \
        -DPROTOFORGE_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" -j"${JOBS:-2}" --target protoforge bench-varint bench-dynamic >/dev/null ||
  die "build failed (is libprotobuf-dev installed? the bench targets need it)"
bin=$build/bin

work=$(mktemp -d "${TMPDIR:-/tmp}/runtime-bench.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then echo "runtime-bench: keeping $work"; else trap 'rm -rf "$work"' EXIT; fi

# protoforge's warnings (unused imports in googleapis) go to a log, shown only when a compile fails.
compile_set() {  # folder, then protoforge's arguments
  local dir=$1; shift
  (cd "$dir" && "$bin/protoforge" "$@" 2>>"$work/compile.log") ||
    { tail -n 5 "$work/compile.log" >&2; die "protoforge $* failed in $dir"; }
}
# In the empty work folder the built-in descriptor.proto is the one compiled.
compile_set "$work" --include_imports -o "$work/schema.pb" google/protobuf/descriptor.proto
compile_set "$corpus" -I. --include_imports -o "$work/googleapis.pb" @FILES.txt

echo "runtime-bench: $(git -C "$here" log -1 --format='%h %s' 2>/dev/null || echo 'no git'), $(nproc) cores," \
     "load $(cut -d' ' -f1-3 /proc/loadavg), RUNS=${RUNS:-default}"
echo
"$bin/bench-varint"  # prints the table header, the dynamic rows follow under it
"$bin/bench-dynamic" "$work/schema.pb" "$work/googleapis.pb" --rows
echo
echo "Ratios above 1 mean protoforge is faster. MB = 10^6 bytes; figures are medians."
