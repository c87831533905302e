#!/usr/bin/env bash
# Generated C++ benchmark: protoforge's generated classes next to libprotobuf 3.21's, measured in the same run.
# Part 1 (bench-cpp): parse and serialize throughput of the googleapis FileDescriptorSet through descriptor.proto's
# classes and of a small message in a loop, with ratios. Part 2: the cost of compiling the generated
# descriptor.proto code (runtime/wkt's descriptor.pf.cc against protoc's descriptor.pb.cc): wall time, peak RSS and
# object size, with ratios. A benchmark, not a test: it asserts no time (bench-cpp fails only on differing bytes).
#
# Usage: bench/cpp-bench.sh [build-dir]
#   build-dir  default build/bench (configured as a Release build without tests when it has no CMakeCache.txt)
# Environment:
#   PROTOFORGE_SHARED_DIR  folder holding corpus/googleapis (default: ../shared next to the repository)
#   RUNS                   rounds of bench-cpp (default 7)
#   SMALL_LOOPS            small messages per round (default 200000)
#   COMPILE_REPS           compiles of each descriptor file (default 3)
#   CXX                    compiler for part 2 (default g++), flags -O2
#   JOBS=2                 build parallelism
#   PARTS="run compile"    which parts to run
#   KEEP=1                 keep the temporary folder
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
shared=${PROTOFORGE_SHARED_DIR:-$here/../shared}
corpus=$shared/corpus/googleapis
build=${1:-$here/build/bench}
case "$build" in /*) ;; *) build="$PWD/$build" ;; esac
parts=${PARTS:-run compile}
cxx=${CXX:-g++}

die() { echo "cpp-bench: $*" >&2; exit 2; }
[ -f "$corpus/FILES.txt" ] || die "no corpus at $corpus (set PROTOFORGE_SHARED_DIR)"
corpus=$(cd "$corpus" && pwd)
command -v protoc >/dev/null || die "protoc not found (Debian: protobuf-compiler)"
[ -x /usr/bin/time ] || die "GNU time not found at /usr/bin/time (Debian: time)"

if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPROTOFORGE_SHARED_DIR="$shared" \
        -DPROTOFORGE_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" -j"${JOBS:-2}" --target protoforge bench-cpp >/dev/null ||
  die "build failed (is libprotobuf-dev installed? bench-cpp needs it and protoc)"
bin=$build/bin

work=$(mktemp -d "${TMPDIR:-/tmp}/cpp-bench.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then echo "cpp-bench: keeping $work"; else trap 'rm -rf "$work"' EXIT; fi

echo "cpp-bench: $(git -C "$here" log -1 --format='%h %s' 2>/dev/null || echo 'no git'), $(nproc) cores," \
     "load $(cut -d' ' -f1-3 /proc/loadavg), RUNS=${RUNS:-7}"
echo

if [[ " $parts " == *" run "* ]]; then
  (cd "$corpus" && "$bin/protoforge" -I. --include_imports -o "$work/googleapis.pb" @FILES.txt 2>"$work/compile.log") ||
    { tail -n 5 "$work/compile.log" >&2; die "protoforge failed on the corpus"; }
  "$bin/bench-cpp" "$work/googleapis.pb"
  echo
fi

[[ " $parts " == *" compile "* ]] || exit 0

# Part 2. libprotobuf's descriptor.proto is the one its headers were built from; protoc generates its .pb.cc.
pb_include=$(pkg-config --variable=includedir protobuf 2>/dev/null || true)
[ -f "$pb_include/google/protobuf/descriptor.proto" ] || die "no google/protobuf/descriptor.proto under '$pb_include'"
mkdir -p "$work/pb"
protoc -I"$pb_include" --cpp_out="$work/pb" google/protobuf/descriptor.proto
pb_cflags=$(pkg-config --cflags protobuf)

# compile NAME SOURCE FLAGS...: COMPILE_REPS compiles; records the wall times, the largest peak RSS and the object.
compile() {
  local name=$1 source=$2; shift 2
  local i
  : >"$work/$name.times"
  for ((i = 0; i < ${COMPILE_REPS:-3}; i++)); do
    /usr/bin/time -f '%e %M' -o "$work/$name.time" "$cxx" -O2 "$@" -c "$source" -o "$work/$name.o" ||
      die "compiling $source failed"
    cat "$work/$name.time" >>"$work/$name.times"
  done
}
compile ours "$here/runtime/wkt/google/protobuf/descriptor.pf.cc" -std=c++20 -I"$here" -I"$here/runtime/wkt"
# shellcheck disable=SC2086  # pkg-config's flags are words
compile theirs "$work/pb/google/protobuf/descriptor.pb.cc" -std=c++17 -I"$work/pb" $pb_cflags

# stats NAME: best wall, median wall, peak RSS (MiB), object bytes, text+data bytes
stats() {
  local best median rss obj code
  best=$(cut -d' ' -f1 "$work/$1.times" | sort -g | head -n1)
  median=$(cut -d' ' -f1 "$work/$1.times" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  rss=$(cut -d' ' -f2 "$work/$1.times" | sort -g | tail -n1)
  obj=$(stat -c %s "$work/$1.o")
  code=$(size "$work/$1.o" | awk 'NR == 2 { print $1 + $2 }')
  echo "$best $median $rss $obj $code"
}
read -r ob om orss oobj ocode < <(stats ours)
read -r tb tm trss tobj tcode < <(stats theirs)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
echo "| compile descriptor.proto's generated code ($cxx -O2, ${COMPILE_REPS:-3} runs) | protoforge descriptor.pf.cc |" \
     "protoc 3.21 descriptor.pb.cc | protoforge / protoc |"
echo "|---|---|---|---|"
echo "| wall time, best | ${ob} s | ${tb} s | $(ratio "$ob" "$tb") |"
echo "| wall time, median | ${om} s | ${tm} s | $(ratio "$om" "$tm") |"
echo "| peak RSS | $((orss / 1024)) MiB | $((trss / 1024)) MiB | $(ratio "$orss" "$trss") |"
echo "| object file | $oobj bytes | $tobj bytes | $(ratio "$oobj" "$tobj") |"
echo "| text + data | $ocode bytes | $tcode bytes | $(ratio "$ocode" "$tcode") |"
echo
echo "Compile ratios below 1 mean protoforge's file is cheaper. MB = 10^6 bytes."
