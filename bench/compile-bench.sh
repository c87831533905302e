#!/usr/bin/env bash
# Compile benchmark: protoforge vs protoc vs buf on the shared googleapis corpus. A benchmark, not a test: it never
# asserts a time; a tool that fails is reported as FAILED and the others are still measured.
#
# Usage: bench/compile-bench.sh [protoforge-binary]
#   protoforge-binary  default: $PROTOFORGE, else build/release/bin/protoforge, else the newest build/*/bin/protoforge
# Environment:
#   PROTOFORGE_SHARED_DIR  folder holding corpus/googleapis (default: ../shared next to the repository)
#   REPS=3                 timed runs per tool and mode (best and median are reported)
#   TOOLS="protoforge protoc buf"   subset to run
#   PROTOC=protoc, BUF=<.deps native buf binary>   tool overrides
#   KEEP=1                 keep the temporary folder (outputs, logs)
#   TIMEOUT=600            seconds after which one compile counts as failed (a hang must not stall the bench)
# Each tool compiles every file of FILES.txt with imports, once without and once with source info:
#   protoforge/protoc:  -I. --include_imports [-I<protoc include> --include_source_info] -o <tmp>/out.pb @FILES.txt  (run in the corpus)
#   buf:                buf build [--exclude-source-info] -o <tmp>/out.binpb  (run in a temporary module folder whose
#                       buf.yaml sits beside symlinks to the corpus's top folders; buf always includes imports)
# The corpus is only read; everything written goes to a temporary folder. Wall time, CPU time and peak RSS come
# from GNU time (/usr/bin/time, Debian package "time").
set -uo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
shared=${PROTOFORGE_SHARED_DIR:-$here/../shared}
corpus=$shared/corpus/googleapis
reps=${REPS:-3}
limit=${TIMEOUT:-600}
tools=${TOOLS:-protoforge protoc buf}
protoc=${PROTOC:-protoc}
gnu_time=/usr/bin/time

die() { echo "compile-bench: $*" >&2; exit 2; }
[ -f "$corpus/FILES.txt" ] || die "no corpus at $corpus (set PROTOFORGE_SHARED_DIR)"
"$gnu_time" -f %e true 2>/dev/null || die "GNU time missing at $gnu_time (apt-get install time)"
corpus=$(cd "$corpus" && pwd)

find_protoforge() {
  if [ -n "${1:-}" ]; then echo "$1"; return; fi
  if [ -n "${PROTOFORGE:-}" ]; then echo "$PROTOFORGE"; return; fi
  if [ -x "$here/build/release/bin/protoforge" ]; then echo "$here/build/release/bin/protoforge"; return; fi
  ls -t "$here"/build/*/bin/protoforge 2>/dev/null | head -n1
}
find_buf() {
  if [ -n "${BUF:-}" ]; then echo "$BUF"; return; fi
  # The native binary, not the node launcher, so node's start-up and memory are not measured.
  local native
  native=$(ls "$here"/.deps/npm/node_modules/@bufbuild/buf-*/bin/buf 2>/dev/null | head -n1)
  if [ -n "$native" ]; then echo "$native"; else echo "$here/.deps/npm/node_modules/.bin/buf"; fi
}
protoforge=$(find_protoforge "${1:-}")
case "$protoforge" in ""|/*) ;; *) protoforge="$PWD/$protoforge" ;; esac
buf=$(find_buf)

work=$(mktemp -d "${TMPDIR:-/tmp}/compile-bench.XXXXXX")
if [ "${KEEP:-0}" = 1 ]; then echo "compile-bench: keeping $work"; else trap 'rm -rf "$work"' EXIT; fi

# buf needs a module: a buf.yaml next to the sources. The corpus is read-only, so link its folders instead.
mkdir -p "$work/module"
printf 'version: v1\n' > "$work/module/buf.yaml"
for d in "$corpus"/*/; do ln -s "${d%/}" "$work/module/$(basename "$d")"; done

protoc_include=$(dirname "$(dirname "$(command -v protoc)")")/include

# Sets CMD (the command line of one tool for one mode, "plain" or "srcinfo") and CMD_DIR (where to run it).
command_for() {
  local tool=$1 mode=$2 out=$work/out.$1.$2
  CMD_DIR=$corpus
  case $tool in
    protoforge|protoc)
      local exe=$protoforge; [ "$tool" = protoc ] && exe=$protoc
      CMD=("$exe" -I. --include_imports)
      # With source info both tools read the well-known types from protoc's include directory, whose comments are
      # part of the output (protoforge's built-in copies have comments of their own).
      [ "$mode" = srcinfo ] && CMD+=(-I"$protoc_include" --include_source_info)
      CMD+=(-o "$out" @FILES.txt) ;;
    buf)
      CMD_DIR=$work/module
      CMD=("$buf" build -o "$out.binpb")
      [ "$mode" = plain ] && CMD+=(--exclude-source-info) ;;
  esac
}

tool_available() {
  case $1 in
    protoforge) [ -n "$protoforge" ] && [ -x "$protoforge" ] ;;
    protoc) command -v "$protoc" >/dev/null ;;
    buf) [ -x "$buf" ] ;;
    *) return 1 ;;
  esac
}

# Runs one timed compile; appends "wall cpu rss_kb" to the tool's sample file, or records the failure.
run_once() {
  local tool=$1 mode=$2 tf=$work/time.txt log=$work/log.$1.$2 rc
  command_for "$tool" "$mode"
  # timeout runs under GNU time: its own cost is negligible and the child's peak RSS still reaches time.
  (cd "$CMD_DIR" && BUF_CACHE_DIR=$work/buf-cache "$gnu_time" -o "$tf" -f '%e %U %S %M' \
     timeout "$limit" "${CMD[@]}" >/dev/null 2>"$log")
  rc=$?
  if [ $rc -eq 124 ]; then
    echo "timed out after $limit s" > "$work/failed.$tool.$mode"
    return
  fi
  if [ $rc -ne 0 ]; then
    echo "exit $rc: $(grep -v '^Command exited' "$log" | tail -n 3 | tr '\n' ' ' | cut -c1-300)" > "$work/failed.$tool.$mode"
    return
  fi
  awk '{ printf "%.2f %.2f %d\n", $1, $2 + $3, $4 }' "$tf" >> "$work/samples.$tool.$mode"
}

# Prints "best median cpu_median rss_max" of a sample file.
summarize() {
  local f=$1 n
  n=$(wc -l < "$f")
  local mid=$(( (n + 1) / 2 ))
  local best median cpu rss
  best=$(cut -d' ' -f1 "$f" | sort -n | head -n1)
  median=$(cut -d' ' -f1 "$f" | sort -n | sed -n "${mid}p")
  cpu=$(cut -d' ' -f2 "$f" | sort -n | sed -n "${mid}p")
  rss=$(cut -d' ' -f3 "$f" | sort -n | tail -n1)
  echo "$best $median $cpu $rss"
}

# Prints a/b with two decimals; wall times are rounded to 10 ms, so b may be 0.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) b = 0.005; printf "%.2f", a / b }'; }

files=$(wc -l < "$corpus/FILES.txt")
echo "compile-bench: $files files from $corpus, $reps runs each, $(nproc) cores"
echo "  protoforge: ${protoforge:-not found}"
echo "  protoc:     $("$protoc" --version 2>/dev/null || echo "not found")"
echo "  buf:        $("$buf" --version 2>/dev/null || echo "not found") ($buf)"
# Warm the page cache so the first timed tool is not charged for disk reads.
(cd "$corpus" && xargs cat < FILES.txt > /dev/null)

active=()
for tool in $tools; do
  if tool_available "$tool"; then active+=("$tool"); else echo "compile-bench: $tool: not available, skipped"; fi
done
for mode in plain srcinfo; do
  for ((rep = 1; rep <= reps; rep++)); do
    # Interleave the tools so a slow drift of the machine affects them alike.
    for tool in "${active[@]}"; do
      [ -f "$work/failed.$tool.$mode" ] || run_once "$tool" "$mode"
    done
  done
done

printf '\n%-8s %-11s %9s %9s %9s %10s %10s\n' mode tool best_s median_s cpu_s peak_MiB out_MiB
declare -A median cpu rss
for mode in plain srcinfo; do
  for tool in "${active[@]}"; do
    if [ -f "$work/failed.$tool.$mode" ]; then
      printf '%-8s %-11s FAILED %s\n' "$mode" "$tool" "$(cat "$work/failed.$tool.$mode")"
      continue
    fi
    read -r b m c r <<< "$(summarize "$work/samples.$tool.$mode")"
    median[$tool.$mode]=$m
    cpu[$tool.$mode]=$c
    rss[$tool.$mode]=$r
    out_file=$(ls "$work"/out."$tool"."$mode"* 2>/dev/null | head -n1)
    size=$(stat -c %s "$out_file" 2>/dev/null || echo 0)
    printf '%-8s %-11s %9s %9s %9s %10s %10s\n' "$mode" "$tool" "$b" "$m" "$c" \
      "$(ratio "$r" 1024)" "$(ratio "$size" 1048576)"
  done
done

echo
for mode in plain srcinfo; do
  pf=${median[protoforge.$mode]:-}
  if [ -z "$pf" ]; then echo "ratios ($mode): protoforge has no successful run"; continue; fi
  for other in protoc buf; do
    om=${median[$other.$mode]:-}
    [ -n "$om" ] || continue
    printf 'ratios (%s): %s/protoforge wall time %sx, CPU time %sx, peak RSS %sx\n' "$mode" "$other" \
      "$(ratio "$om" "$pf")" "$(ratio "${cpu[$other.$mode]}" "${cpu[protoforge.$mode]}")" \
      "$(ratio "${rss[$other.$mode]}" "${rss[protoforge.$mode]}")"
  done
  # The output should be byte-identical to protoc's (drop-in replacement); say so when it is not.
  if [ -f "$work/out.protoc.$mode" ] && [ -f "$work/out.protoforge.$mode" ]; then
    if cmp -s "$work/out.protoc.$mode" "$work/out.protoforge.$mode"; then same=yes; else same=NO; fi
    echo "output ($mode): protoforge identical to protoc: $same"
  fi
done
