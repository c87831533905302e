#!/usr/bin/env bash
# Differential check of protoforge's built-in .proto files against protoc's own copies:
#   for each user-visible file, `protoc -o --include_imports` of ours (-I compiler/builtin/proto) must be
#   byte-identical to the same of upstream's (-I <protoc's include dir>);
#   the internal files (options schema, editions features) must compile, and when the current upstream
#   descriptor.proto is at hand (.deps/npm google-proto-files), the options schema must decode to the same
#   structure as it, apart from its file name.
# Env: PROTOC (default: protoc on PATH), PROTOC_INCLUDE (default: found next to protoc, then standard paths).
# Exit: 0 all passed, 1 a mismatch, 77 protoc or its .proto files are missing (ctest SKIP).
set -uo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
ours="$repo/compiler/builtin/proto"
if [ -n "${PROTOC:-}" ]; then
  protoc=$(command -v "$PROTOC") || { echo "FAIL: PROTOC=$PROTOC is not a program"; exit 1; }
else
  protoc=$(command -v protoc) || { echo "SKIP: protoc not found"; exit 77; }
fi

# protoc finds its bundled files in <prefix>/include; distributions put them in the standard include dirs.
find_include() {
  local bin_dir candidate
  bin_dir=$(dirname "$(readlink -f "$protoc")")
  for candidate in "${PROTOC_INCLUDE:-}" "$bin_dir/include" "$bin_dir/../include" /usr/local/include /usr/include; do
    if [ -n "$candidate" ] && [ -f "$candidate/google/protobuf/descriptor.proto" ]; then
      (cd "$candidate" && pwd)
      return 0
    fi
  done
  return 1
}
upstream=$(find_include) || { echo "SKIP: protoc's google/protobuf/*.proto not found"; exit 77; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
skipped=0
pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1: $2"; }

user_files=(
  google/protobuf/any.proto google/protobuf/api.proto google/protobuf/compiler/plugin.proto
  google/protobuf/descriptor.proto google/protobuf/duration.proto google/protobuf/empty.proto
  google/protobuf/field_mask.proto google/protobuf/source_context.proto google/protobuf/struct.proto
  google/protobuf/timestamp.proto google/protobuf/type.proto google/protobuf/wrappers.proto
)
internal_files=(
  protoforge/options_schema/descriptor.proto google/protobuf/cpp_features.proto google/protobuf/java_features.proto
)

for f in "${user_files[@]}"; do
  if [ ! -f "$upstream/$f" ]; then
    # plugin.proto comes with protoc's development package (Debian: libprotoc-dev), not always installed.
    skipped=$((skipped + 1))
    echo "skip $f: not in $upstream"
    continue
  fi
  if ! "$protoc" -I"$ours" -o "$work/ours.pb" --include_imports "$f" 2>"$work/err"; then
    fail "$f" "ours does not compile: $(cat "$work/err")"
  elif ! "$protoc" -I"$upstream" -o "$work/upstream.pb" --include_imports "$f" 2>"$work/err"; then
    fail "$f" "upstream does not compile: $(cat "$work/err")"
  elif cmp -s "$work/ours.pb" "$work/upstream.pb"; then
    pass "$f"
  else
    fail "$f" "descriptor sets differ"
  fi
done

for f in "${internal_files[@]}"; do
  if "$protoc" -I"$ours" -o "$work/internal.pb" --include_imports "$f" 2>"$work/err"; then
    pass "$f compiles"
  else
    fail "$f" "does not compile: $(cat "$work/err")"
  fi
done

# The options schema must be a superset of the 3.21 descriptor.proto: every field and enum value of it,
# with the same number, label, type and default (flattened to one line each; nested options left out).
flatten() {
  awk '
    /\{$/ { depth++; kind[depth] = $1; name[depth] = ""; attrs[depth] = ""; next }
    /^ *\}$/ {
      if (kind[depth] == "field" || kind[depth] == "value") {
        path = ""
        for (d = 2; d < depth; d++) if (name[d] != "") path = path name[d] "."
        print path name[depth] attrs[depth]
      }
      depth--
      next
    }
    {
      key = $1; sub(/:$/, "", key)
      value = substr($0, index($0, ":") + 2)
      if (key == "name") name[depth] = value; else attrs[depth] = attrs[depth] " " key "=" value
    }' | LC_ALL=C sort
}
decode_with() {  # $1: include dir holding the google/protobuf/descriptor.proto to decode with
  "$protoc" -I"$1" --decode=google.protobuf.FileDescriptorSet google/protobuf/descriptor.proto
}
if "$protoc" -I"$ours" -o "$work/schema.pb" protoforge/options_schema/descriptor.proto 2>/dev/null &&
  "$protoc" -I"$upstream" -o "$work/v321.pb" google/protobuf/descriptor.proto 2>/dev/null; then
  # Both decode with the 3.21 schema; what ours adds shows up as extra lines, which a superset allows.
  decode_with "$upstream" <"$work/schema.pb" | flatten >"$work/schema.flat"
  decode_with "$upstream" <"$work/v321.pb" | flatten >"$work/v321.flat"
  missing=$(LC_ALL=C comm -23 "$work/v321.flat" "$work/schema.flat")
  if [ -s "$work/v321.flat" ] && [ -z "$missing" ]; then
    pass "options schema is a superset of 3.21 descriptor.proto"
  else
    fail "options schema" "lacks 3.21 fields or values:"$'\n'"$missing"
  fi
else
  fail "options schema" "superset check could not compile its inputs"
fi

# Structure of the options schema versus current upstream: decode both with upstream's schema and compare
# everything but the file name. The one intended difference: FileOptions.php_generic_services (42) is kept
# from 3.21, where current upstream reserves its number and name.
current="$repo/.deps/npm/node_modules/google-proto-files"
expected_difference='>       name: "php_generic_services"
>       number: 42
>       label: LABEL_OPTIONAL
>       type: TYPE_BOOL
>       default_value: "false"
>       json_name: "phpGenericServices"
>     }
>     field {
<       start: 42
<       end: 43
<     }
<     reserved_range {
<     reserved_name: "php_generic_services"'
if [ -f "$current/google/protobuf/descriptor.proto" ]; then
  "$protoc" -I"$current" -o "$work/current.pb" google/protobuf/descriptor.proto 2>/dev/null &&
    decode_with "$current" <"$work/schema.pb" | grep -v '^  name: "' >"$work/schema.txt" &&
    decode_with "$current" <"$work/current.pb" | grep -v '^  name: "' >"$work/current.txt"
  difference=$(diff "$work/current.txt" "$work/schema.txt" | grep '^[<>]')
  if [ -s "$work/schema.txt" ] && [ "$difference" = "$expected_difference" ]; then
    pass "options schema has the structure of current upstream descriptor.proto"
  else
    fail "options schema" "structure differs from current upstream descriptor.proto beyond the intended change"
    diff "$work/current.txt" "$work/schema.txt" | head -40
  fi
else
  skipped=$((skipped + 1))
  echo "skip options schema structure: no current upstream descriptor.proto (run scripts/install-deps)"
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
