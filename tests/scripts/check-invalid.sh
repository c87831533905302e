#!/usr/bin/env bash
# Compares protoforge's diagnostics with protoc 3.21's on every case of the invalid-input suite.
#
# Usage: tests/scripts/check-invalid.sh <protoforge-binary> [invalid-dir] [case-filter-regex]
#   invalid-dir defaults to testdata/invalid; the filter (grep -E on "<dir>/<file>") runs a subset.
#
# Cases and goldens are laid out as described at the top of regen-invalid.sh. Each case runs as
#   cd <case dir> && protoforge -I. -o /dev/null --error_format=gcc <file>
# exactly like protoc did, with a 20 s time limit (a hang or crash is a failure like any other).
#
# Reading an output: blank lines and protoc's library log lines ("[libprotobuf WARNING ...]": they come from
# glog, are not diagnostics, and protoc prints them only for files without a syntax statement; protoforge prints
# the same notice as "[protoforge WARNING ...]") are dropped from both sides. Every other line is a diagnostic, and its LOCATION is its "file:line:col:" prefix, or "file:" for
# file-level messages such as `x.proto: File not found.`, plus "warning" when the message starts with
# "warning:". A line with neither prefix has location "(unlocated)".
#
# A case PASSES when all of these hold:
#   1. the exit code equals protoc's (1 for errors, 0 for the warning-only cases);
#   2. the first diagnostic is at the same location as protoc's first (the one users look at);
#   3. the locations of all diagnostics are the same multiset as protoc's: every diagnostic protoc printed has one
#      of ours at the same location, and we print no extra ones, not even at a location protoc also used. Follow-up
#      lines such as "Suggested field numbers for M: 1" or the C++ scoping note count like any diagnostic.
#      The order after the first line is not compared: it depends on the order of checks, not on the input.
# The wording is not part of pass/fail; a case is an EXACT match when our kept lines equal protoc's, in order,
# character for character. The script prints one line per failing case (reasons, then both outputs with their
# lines joined by " | "), the passes per category, the exact-match count, and finally exactly "invalid: N passed, M failed". It exits 1 if
# any case failed, 2 on a usage error.
set -uo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 <protoforge-binary> [invalid-dir] [case-filter-regex]" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")/../.." && pwd)
bin=$1
root=${2:-$here/testdata/invalid}
filter=${3:-}
case "$bin" in /*) ;; *) bin="$PWD/$bin" ;; esac
[ -x "$bin" ] || { echo "check-invalid: $bin is not an executable" >&2; exit 2; }
[ -d "$root" ] || { echo "check-invalid: $root is not a directory" >&2; exit 2; }
root=$(cd "$root" && pwd)

# The cases: list_cases, shared with the other invalid-suite script.
source "$(dirname "${BASH_SOURCE[0]}")/invalid-cases.sh"

# Keeps the diagnostic lines of an output (see "Reading an output" above).
kept_lines() {
  grep -v -e '^\[libprotobuf ' -e '^\[protoforge ' -e '^[[:space:]]*$' || true
}

# Maps each kept line to its location key.
locations() {
  sed -E \
    -e 's/^([^:]+:[0-9]+:[0-9]+:) warning: .*/\1 warning/;t' \
    -e 's/^([^:]+:[0-9]+:[0-9]+:).*/\1/;t' \
    -e 's/^([^: ]+:) warning: .*/\1 warning/;t' \
    -e 's/^([^: ]+:) .*/\1/;t' \
    -e 's/.*/(unlocated)/'
}

one_line() {
  local joined
  joined=$(sed 's/$/ | /' | tr -d '\n')
  printf '%s' "${joined% | }"
}

# Compares one case; prints its failure line, returns 0 on pass. Sets EXACT=1 on an exact match.
check_case() {
  local dir=$1 file=$2 golden want_rc want ours rc reasons=()
  golden="$root/$dir/${file%.proto}.expected"
  EXACT=0
  if [ ! -f "$golden" ]; then
    echo "FAIL $dir/$file: no golden (run tests/scripts/regen-invalid.sh --write)"
    return 1
  fi
  want_rc=$(head -n1 "$golden"); want_rc=${want_rc#exit: }
  want=$(tail -n +2 "$golden" | kept_lines)
  ours=$(cd "$root/$dir" && timeout 20 "$bin" -I. -o /dev/null --error_format=gcc "$file" 2>&1 >/dev/null)
  rc=$?
  ours=$(printf '%s\n' "$ours" | kept_lines)

  if [ "$rc" != "$want_rc" ]; then
    case $rc in
      124) reasons+=("timed out") ;;
      12[5-9]|1[3-9][0-9]|2[0-9][0-9]) reasons+=("crashed (exit $rc)") ;;
      *) reasons+=("exit $rc, protoc $want_rc") ;;
    esac
  fi
  local want_locs ours_locs
  want_locs=$(printf '%s\n' "$want" | sed '/^$/d' | locations)
  ours_locs=$(printf '%s\n' "$ours" | sed '/^$/d' | locations)
  if [ "$(head -n1 <<< "$want_locs")" != "$(head -n1 <<< "$ours_locs")" ]; then
    reasons+=("first diagnostic at '$(head -n1 <<< "$ours_locs")', protoc '$(head -n1 <<< "$want_locs")'")
  fi
  local missing extra
  missing=$(comm -23 <(LC_ALL=C sort <<< "$want_locs") <(LC_ALL=C sort <<< "$ours_locs") | sed '/^$/d' | one_line)
  extra=$(comm -13 <(LC_ALL=C sort <<< "$want_locs") <(LC_ALL=C sort <<< "$ours_locs") | sed '/^$/d' | one_line)
  [ -z "$missing" ] || reasons+=("missing diagnostics at: $missing")
  [ -z "$extra" ] || reasons+=("extra diagnostics at: $extra")

  if [ ${#reasons[@]} -eq 0 ]; then
    [ "$want" = "$ours" ] && EXACT=1
    return 0
  fi
  local why
  why=$(printf '%s; ' "${reasons[@]}")
  printf 'FAIL %s/%s: %s protoc[%s]: %s || protoforge[%s]: %s\n' "$dir" "$file" "$why" \
    "$want_rc" "$(printf '%s\n' "$want" | one_line)" "$rc" "$(printf '%s\n' "$ours" | one_line)"
  return 1
}

passed=0 failed=0 exact=0
declare -A cat_passed cat_total
while IFS=$'\t' read -r dir file; do
  if [ -n "$filter" ] && ! grep -qE -- "$filter" <<< "$dir/$file"; then continue; fi
  category=${dir%%/*}
  cat_total[$category]=$(( ${cat_total[$category]:-0} + 1 ))
  if check_case "$dir" "$file"; then
    passed=$((passed + 1))
    exact=$((exact + EXACT))
    cat_passed[$category]=$(( ${cat_passed[$category]:-0} + 1 ))
  else
    failed=$((failed + 1))
  fi
done < <(list_cases)

summary=""
for category in $(printf '%s\n' "${!cat_total[@]}" | LC_ALL=C sort); do
  summary+=" $category ${cat_passed[$category]:-0}/${cat_total[$category]},"
done
echo "invalid: passed by category:${summary%,}"
echo "invalid: $exact of $passed passing cases match protoc's messages exactly"
echo "invalid: $passed passed, $failed failed"
[ $failed -eq 0 ]
