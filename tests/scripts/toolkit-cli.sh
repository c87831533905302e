#!/usr/bin/env bash
# The toolkit subcommands (decode, encode, convert, decode-raw) against protoc 3.21 as the oracle: protoc encodes
# the inputs and decodes the outputs, round trips must give back the same bytes, decode-raw must print what
# protoc --decode_raw prints, and every bad input must end with status 1 and one precise error line.
#   toolkit-cli.sh PROTOFORGE TESTDATA_DIR   (TESTDATA_DIR: testdata/toolkit-cli)
set -uo pipefail
protoforge=$1 data=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

passes=0 failures=0
pass() { passes=$((passes + 1)); }
fail() { failures=$((failures + 1)); echo "FAIL $1"; }

# Both ways of naming the schema; every typed check runs with each, and their outputs must agree.
src=(-I "$data/protos" --proto shop/v1/order.proto --proto legacy/record.proto)
protoc -I "$data/protos" --include_imports -o all.pb shop/v1/order.proto legacy/record.proto || exit 1
set_in=(--descriptor_set_in all.pb)

encode() {  # TYPE FILE TEXT_FILE OUT: protoc's encoding of a text-format message
  protoc -I "$data/protos" --encode="$1" "$2" < "$3" > "$4" || { echo "protoc cannot encode $3"; exit 1; }
}
encode shop.v1.Order shop/v1/order.proto "$data/messages/order.txt" order.bin
encode legacy.Record legacy/record.proto "$data/messages/record.txt" record.bin

same() {  # NAME EXPECTED ACTUAL
  if cmp -s "$2" "$3"; then pass; else fail "$1"; diff <(od -An -c "$2") <(od -An -c "$3") | head -10; fi
}

# NAME STATUS EXPECTED_LAST_STDERR_LINE COMMAND...: the exit status and the last line of stderr.
expect() {
  local name=$1 status=$2 line=$3; shift 3
  "$@" > out.tmp 2> err.tmp
  local rc=$?
  local last
  last=$(tail -n 1 err.tmp)
  if [ "$rc" -eq "$status" ] && [ "$last" = "$line" ]; then pass; else
    fail "$name"; echo "  expected status $status, \"$line\""; echo "  got status $rc, \"$last\""
  fi
}

# --- round trips -------------------------------------------------------------------------------------------------
for schema in src set_in; do
  declare -n s=$schema
  for case in "shop.v1.Order order.bin" "legacy.Record record.bin"; do
    set -- $case
    type=$1 bin=$2
    "$protoforge" decode "${s[@]}" "$type" --to binary "$bin" > re.bin && same "$schema: $bin re-encoded" "$bin" re.bin
    for form in json text; do
      "$protoforge" convert "${s[@]}" "$type" --from binary --to "$form" -o "mid.$form" "$bin" &&
        "$protoforge" convert "${s[@]}" "$type" --from "$form" --to binary "mid.$form" > back.bin &&
        same "$schema: $bin -> $form -> binary" "$bin" back.bin || fail "$schema: $bin -> $form -> binary ran"
    done
    "$protoforge" convert "${s[@]}" "$type" --from binary --to json --pretty "$bin" > pretty.json &&
      "$protoforge" encode "${s[@]}" "$type" --from json pretty.json > back.bin &&
      same "$schema: $bin -> pretty json -> binary" "$bin" back.bin || fail "$schema: pretty json ran"
    # Text output is what protoc --decode prints.
    protoc -I "$data/protos" --decode="$type" shop/v1/order.proto legacy/record.proto < "$bin" > expected.txt
    "$protoforge" decode "${s[@]}" "$type" < "$bin" > actual.txt && same "$schema: decode $bin as protoc" expected.txt actual.txt
  done
  # JSON input (written by hand) encodes to what protoc makes of our text rendering of it.
  "$protoforge" encode "${s[@]}" Order --from json "$data/messages/order.json" > json.bin &&
    "$protoforge" decode "${s[@]}" Order json.bin > json.txt &&
    encode shop.v1.Order shop/v1/order.proto json.txt json-oracle.bin && same "$schema: json input" json-oracle.bin json.bin ||
    fail "$schema: json input ran"
  # Text input encodes as protoc encodes it.
  "$protoforge" encode "${s[@]}" shop.v1.Order "$data/messages/order.txt" > text.bin && same "$schema: text input" order.bin text.bin
done

# -I and --descriptor_set_in describe the same schema: the same outputs in every form and option.
for args in "--to text" "--to json" "--to json --pretty --json-names=proto --emit-defaults --enums-as-ints"; do
  "$protoforge" decode "${src[@]}" Order $args order.bin > a.out
  "$protoforge" decode "${set_in[@]}" Order $args order.bin > b.out
  same "-I and --descriptor_set_in agree ($args)" a.out b.out
done

# --- decode-raw against protoc --decode_raw ------------------------------------------------------------------------
raw_case() {  # NAME FILE
  protoc --decode_raw < "$2" > expected.raw 2>&1
  "$protoforge" decode-raw "$2" > actual.raw 2>&1
  same "decode-raw $1" expected.raw actual.raw
}
printf '' > empty.bin
printf '\x0d\x00\x00\x80\x3f\x11\x00\x00\x00\x00\x00\x00\xf0\xbf' > fixed.bin           # fixed32 1.0f, fixed64 -1.0
printf '\x0a\x03\xff\xfe\x00\x12\x02\x08\x01\x1a\x04\x0a\x02\x68\x69' > strings.bin     # bytes, message, nested
printf '\x22\x04\x01\x02\x03\x04\x2a\x00\x08\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01' > packed.bin  # looks packed
printf '\x0b\x10\x01\x1b\x08\x02\x1c\x0c' > groups.bin                                # group with a nested group
printf '\x0a\x05hello\x12\x09\x0a\x07\x12\x05\x1a\x03\x22\x01\x30' > deep.bin           # strings that parse
for f in order record empty fixed strings packed groups deep; do raw_case "$f" "$f.bin"; done
raw_case "a descriptor set" all.pb
"$protoforge" decode-raw < order.bin > stdin.raw && protoc --decode_raw < order.bin > expected.raw &&
  same "decode-raw from stdin" expected.raw stdin.raw

# --- bad input: status 1 and one line naming offset and field path -------------------------------------------------
printf '\x12\x03\x0a\x01\x41\x12\x02\x0f\x00' > bad-wire.bin       # items[1] holds a tag of wire type 7
printf '\x12\x02\x20\x96' > truncated.bin                           # items[0].quantity: varint cut short
printf '\x0a\x05\x41\x42' > short.bin                               # id: length runs past the end
printf '\x12\x00\x12\x00\x12\x03\x0a\x01\xff' > bad-utf8.bin        # items[2].name is not UTF-8
printf '\x12\x02\x38\x01\x20\x05' > reserved.bin                    # items[0] field 7, Order field 4: reserved
printf '\x12\x04\x12\x02\x12\x00' > deep-category.bin               # Category three levels deep
expect "bad wire type" 1 "error: bad-wire.bin: invalid wire type at byte 7 in field items[1]" \
  "$protoforge" decode "${src[@]}" Order bad-wire.bin
expect "truncated" 1 "error: truncated.bin: truncated input at byte 3 in field items[0]" \
  "$protoforge" decode "${src[@]}" Order truncated.bin
expect "length past end" 1 "error: short.bin: length past end of input at byte 1" \
  "$protoforge" decode "${src[@]}" Order short.bin
expect "invalid UTF-8" 1 "error: bad-utf8.bin: string field holds invalid UTF-8 at byte 6 in field items[2].name" \
  "$protoforge" decode "${src[@]}" Order bad-utf8.bin
expect "reserved, error" 1 "error: reserved.bin: reserved field number 7 at byte 2 in field items[0]" \
  "$protoforge" decode "${src[@]}" Order --reserved=error reserved.bin
expect "reserved, warn" 0 "warning: reserved.bin: reserved field number 4 at byte 4" \
  "$protoforge" decode "${src[@]}" Order reserved.bin
grep -qxF "warning: reserved.bin: reserved field number 7 at byte 2 in field items[0]" err.tmp && pass ||
  fail "reserved, warn: nested warning"
expect "reserved, ignore" 0 "" "$protoforge" decode "${src[@]}" Order --reserved=ignore reserved.bin
expect "too deep" 1 "error: deep-category.bin: nesting too deep at byte 4 in field children[0].children[0]" \
  "$protoforge" decode "${src[@]}" Category --max-depth 2 deep-category.bin
expect "deep enough" 0 "" "$protoforge" decode "${src[@]}" Category --max-depth 3 deep-category.bin
printf '\x12\x02\x20\x96\x08\x96' > raw-cut.bin                      # field 1: varint cut short after a string
expect "decode-raw truncated" 1 "error: raw-cut.bin: truncated input at byte 5" "$protoforge" decode-raw raw-cut.bin
printf '\x0b\x0b\x0b\x0c\x0c\x0c' > raw-deep.bin                    # groups three deep
expect "decode-raw too deep" 1 "error: raw-deep.bin: nesting too deep at byte 2" "$protoforge" decode-raw --max-depth 2 raw-deep.bin
expect "decode-raw deep enough" 0 "" "$protoforge" decode-raw --max-depth 3 raw-deep.bin
expect "unknown type" 1 'error: unknown message type "Ordr"; did you mean "shop.v1.Order"?' \
  "$protoforge" decode "${src[@]}" Ordr order.bin
expect "unknown type, full name" 1 'error: unknown message type "shop.v1.Itme"; did you mean "shop.v1.Item"?' \
  "$protoforge" decode "${set_in[@]}" shop.v1.Itme order.bin
expect "ambiguous type" 1 'error: message type "Note" is ambiguous: it may be "shop.v1.Note" or "legacy.Note"; give the full name' \
  "$protoforge" decode "${src[@]}" Note order.bin
expect "missing input" 1 "error: nope.bin: No such file or directory" "$protoforge" decode "${src[@]}" Order nope.bin
expect "missing descriptor set" 1 "error: descriptor set nope.pb: No such file or directory" \
  "$protoforge" decode --descriptor_set_in nope.pb Order order.bin
expect "malformed descriptor set" 1 "error: descriptor set order.bin: not a valid FileDescriptorSet (malformed bytes)" \
  "$protoforge" decode --descriptor_set_in order.bin Order order.bin
expect "no schema" 1 "error: no schema: name .proto files with --proto FILE (or after --), or give --descriptor_set_in FILE" \
  "$protoforge" decode Order order.bin
expect "schema does not compile" 1 "error: the schema did not compile (see the errors above)" \
  "$protoforge" decode -I "$data/protos" Order order.bin -- shop/v1/nope.proto
expect "usage error" 1 "error: convert: --to is required (see protoforge convert --help)" \
  "$protoforge" convert "${src[@]}" Order --from binary order.bin
expect "bad option value" 1 "error: decode: --reserved: maybe not in {ignore,warn,error} (see protoforge decode --help)" \
  "$protoforge" decode "${src[@]}" Order --reserved=maybe order.bin

# JSON and text errors name the place in their own terms: a byte offset for JSON, line:column for text.
printf '{"id": "x",\n "items": [{}, {}, {"price": {"units": true}}]}\n' > bad.json
printf '{"id": "x", "nmae": 1}' > unknown.json
printf 'id: "x"\nitems {\n  nmae: "y"\n}\n' > bad.txt
printf 'id: "x"\nitems { quantity: "many" }\n' > bad-value.txt
printf '{"id": "x", "items": [' > cut.json
expect "bad JSON value" 1 "error: bad.json: wrong JSON type at byte 51 in field items[2].price.units: expected a number for int64 field" \
  "$protoforge" encode "${src[@]}" Order --from json bad.json
expect "unknown JSON field" 1 'error: unknown.json: unknown field at byte 12 in field nmae: shop.v1.Order has no field named nmae' \
  "$protoforge" encode "${src[@]}" Order --from json unknown.json
printf '{"c\\rx": 1}' > control.json                                # control bytes quoted back are escaped
expect "control byte in a message" 1 'error: control.json: unknown field at byte 1 in field c\015x: shop.v1.Money has no field named c\015x' \
  "$protoforge" encode "${src[@]}" Money --from json control.json
expect "unknown JSON field ignored" 0 "" "$protoforge" encode "${src[@]}" Order --from json --ignore-unknown unknown.json
expect "truncated JSON" 1 "error: cut.json: invalid JSON at byte 12: The JSON document has an improper structure: missing or superfluous commas, braces, missing keys, etc." \
  "$protoforge" encode "${src[@]}" Order --from json cut.json
printf '{"items": [{"legacyCode": 3}]}' > reserved.json
expect "reserved JSON name, warn" 0 'warning: reserved.json: reserved field name "legacyCode" at byte 12 in field items[0]' \
  "$protoforge" encode "${set_in[@]}" Order --from json reserved.json
expect "reserved JSON name, error" 1 'error: reserved.json: reserved field name "legacyCode" at byte 12 in field items[0]' \
  "$protoforge" encode "${set_in[@]}" Order --from json --reserved=error reserved.json

# Text errors are protoc's, at protoc's line and column.
expect "unknown text field" 1 'error: bad.txt:3:7: Message type "shop.v1.Item" has no field named "nmae".' \
  "$protoforge" encode "${src[@]}" Order bad.txt
expect "bad text value" 1 'error: bad-value.txt:2:19: Expected integer, got: "many"' \
  "$protoforge" encode "${src[@]}" Order bad-value.txt
printf 'items { legacy_code: 1 }\n' > reserved.txt
expect "reserved text name, warn" 0 \
  'warning: reserved.txt:1:20: field "legacy_code" of message type "shop.v1.Item" is reserved; its value is ignored' \
  "$protoforge" encode "${src[@]}" Order reserved.txt
expect "reserved text name, error" 1 \
  'error: reserved.txt:1:20: Field "legacy_code" is reserved in message type "shop.v1.Item".' \
  "$protoforge" encode "${src[@]}" Order --reserved=error reserved.txt

# --- the rest of the surface ----------------------------------------------------------------------------------------
for sub in decode encode convert decode-raw; do
  "$protoforge" "$sub" --help > help.txt && grep -q "Usage: protoforge $sub" help.txt && pass || fail "$sub --help"
done
"$protoforge" help | grep -q "decode-raw" && pass || fail "protoforge help"
"$protoforge" decode "${src[@]}" Order --to binary -o written.bin order.bin && same "-o writes the file" order.bin written.bin
"$protoforge" encode "${src[@]}" legacy.Record --from text < /dev/null > /dev/null 2> err.tmp &&
  grep -qxF "warning: <stdin>: message is missing required fields: id" err.tmp && pass || fail "missing required: warning"

echo "toolkit-cli: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
