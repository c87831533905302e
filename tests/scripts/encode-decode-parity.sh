#!/usr/bin/env bash
# protoc 3.21 as the oracle for --encode, --decode and --decode_raw: for every case both tools read the same
# standard input, and their standard output, standard error and exit status must be identical.
#   text/*.txt    text-format inputs (first line "# type: TYPE"): --encode, --encode --deterministic_output, and
#                 --decode / --decode_raw of protoc's encoding
#   binary/*.hex  hand-made wire data as hex with '#' comments (first line "# type: TYPE", or "raw" for
#                 --decode_raw only): --decode, --decode_raw, and --encode of protoc's printed text
#   plus command-line cases (flag conflicts, unknown types, descriptor sets, warnings).
#   encode-decode-parity.sh PROTOFORGE TESTDATA_DIR   (TESTDATA_DIR: testdata/toolkit)
set -uo pipefail
protoforge=$1 data=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

protos=(-I "$data/protos" toolkit/kinds2.proto toolkit/kinds3.proto)
cases=0 same_out=0 same_err=0 same_status=0 failures=0

# compare NAME INPUT ARGS...: both tools with INPUT on stdin and ARGS.
compare() {
  local name=$1 input=$2
  shift 2
  protoc "$@" < "$input" > p.out 2> p.err
  echo $? > p.status
  "$protoforge" "$@" < "$input" > f.out 2> f.err
  echo $? > f.status
  cases=$((cases + 1))
  local ok=1
  if cmp -s p.out f.out; then same_out=$((same_out + 1)); else ok=0; fi
  if cmp -s p.err f.err; then same_err=$((same_err + 1)); else ok=0; fi
  if cmp -s p.status f.status; then same_status=$((same_status + 1)); else ok=0; fi
  if [ "$ok" = 0 ]; then
    failures=$((failures + 1))
    echo "FAIL $name (protoc status $(cat p.status), protoforge $(cat f.status))"
    diff <(od -An -c p.out) <(od -An -c f.out) | head -8
    diff p.err f.err | head -8
  fi
}

type_of() { sed -n '1s/^# type: //p' "$1"; }

for file in "$data"/text/*.txt; do
  name=$(basename "$file" .txt)
  type=$(type_of "$file")
  compare "encode $name" "$file" --encode="$type" "${protos[@]}"
  compare "encode --deterministic_output $name" "$file" --deterministic_output --encode="$type" "${protos[@]}"
  if protoc --encode="$type" "${protos[@]}" < "$file" > "$name.bin" 2> /dev/null; then
    compare "decode $name" "$name.bin" --decode="$type" "${protos[@]}"
    compare "decode_raw $name" "$name.bin" --decode_raw
  fi
done

for file in "$data"/binary/*.hex; do
  name=$(basename "$file" .hex)
  type=$(type_of "$file")
  sed 's/#.*//' "$file" | xxd -r -p > "$name.bin"
  compare "decode_raw $name" "$name.bin" --decode_raw
  [ "$type" = raw ] && continue
  compare "decode $name" "$name.bin" --decode="$type" "${protos[@]}"
  if protoc --decode="$type" "${protos[@]}" < "$name.bin" > "$name.txt" 2> /dev/null; then
    compare "encode of protoc's text $name" "$name.txt" --encode="$type" "${protos[@]}"
  fi
done

# Command lines: flag conflicts and their order, type lookup, descriptor sets, warnings.
sample=$data/text/scalars_max.txt
empty=/dev/null
protoc -I "$data/protos" --include_imports -o set.pb toolkit/kinds3.proto
mkdir -p extra
printf 'syntax = "proto3";\nimport "toolkit/kinds2.proto";\nmessage Lone { int32 a = 1; }\n' > extra/lone.proto
compare "unknown type" "$sample" --encode=toolkit.Nope "${protos[@]}"
compare "enum is not a message type" "$empty" --decode=toolkit.Color "${protos[@]}"
compare "leading dot" "$empty" --decode=.toolkit.Scalars "${protos[@]}"
compare "imported well-known type" "$empty" --decode=google.protobuf.Any "${protos[@]}"
compare "not imported well-known type" "$empty" --decode=google.protobuf.Duration "${protos[@]}"
compare "nested map entry type" "$empty" --decode=toolkit3.Maps.I32StrEntry "${protos[@]}"
compare "decode_raw with files" "$empty" --decode_raw "${protos[@]}"
compare "decode_raw with a descriptor set" "$empty" --decode_raw --descriptor_set_in=set.pb
compare "encode and decode" "$empty" --encode=toolkit.Scalars --decode=toolkit.Scalars "${protos[@]}"
compare "decode_raw then encode" "$empty" --decode_raw --encode=toolkit.Scalars "${protos[@]}"
compare "decode twice" "$empty" --decode=toolkit.Scalars --decode=toolkit.Scalars "${protos[@]}"
compare "deterministic with decode" "$empty" --decode=toolkit.Scalars --deterministic_output "${protos[@]}"
compare "deterministic with decode_raw" "$empty" --deterministic_output --decode_raw
compare "deterministic while compiling" "$empty" --deterministic_output "${protos[@]}"
compare "deterministic with a value" "$sample" --deterministic_output=yes --encode=toolkit.Scalars "${protos[@]}"
compare "blank encode type" "$empty" --encode= "${protos[@]}"
compare "blank decode type" "$empty" --decode= "${protos[@]}"
compare "decode_raw with a value" "$empty" --decode_raw=x
compare "decode_raw with an empty value" "$empty" --decode_raw=
compare "encode without a value" "$empty" --encode
compare "encode without files" "$empty" --encode=toolkit.Scalars
compare "encode then -o" "$empty" --encode=toolkit.Scalars -o out.pb "${protos[@]}"
compare "-o then decode" "$empty" -o out.pb --decode=toolkit.Scalars "${protos[@]}"
compare "-o then decode_raw" "$empty" -o out.pb --decode_raw
compare "encode then --cpp_out" "$empty" --encode=toolkit.Scalars --cpp_out=. "${protos[@]}"
compare "free field numbers then encode" "$empty" --print_free_field_numbers --encode=toolkit.Scalars "${protos[@]}"
compare "encode then free field numbers" "$empty" --encode=toolkit.Scalars --print_free_field_numbers "${protos[@]}"
compare "free field numbers then -o" "$empty" --print_free_field_numbers -o out.pb "${protos[@]}"
compare "encode with a dependency file" "$empty" --encode=toolkit.Scalars --dependency_out=deps "${protos[@]}"
compare "encode with include_imports" "$sample" --include_imports --encode=toolkit.Scalars "${protos[@]}"
compare "decode_raw with a missing -I" "$empty" -I"$work/nowhere" --decode_raw
compare "encode from a descriptor set" "$sample" --descriptor_set_in=set.pb --encode=toolkit.Scalars toolkit/kinds2.proto
compare "msvs parse errors" "$data/text/err_tokenizer.txt" --error_format=msvs --encode=toolkit.Scalars "${protos[@]}"
compare "fatal warnings still encode" "$sample" -I"$data/protos" -Iextra --fatal_warnings --encode=toolkit.Scalars lone.proto
compare "compile error stops the codec" "$sample" -Iextra --encode=toolkit.Scalars lone.proto
compare "empty input decodes to nothing" "$empty" --decode=toolkit3.Maps "${protos[@]}"
compare "empty input, raw" "$empty" --decode_raw

echo "encode-decode parity: $cases cases, $((cases - failures)) identical" \
     "(stdout $same_out, stderr $same_err, exit status $same_status)"
[ "$failures" = 0 ]
