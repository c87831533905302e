#!/usr/bin/env bash
# --cpp_out and --cpp_opt on the command line: the files written, protoc's wording for a missing output directory,
# errors for bad options that leave nothing behind, the dependency file listing the generated files, lite output,
# and generated headers of the example schema compiling cleanly with -Wall -Wextra -Werror.
#   cpp-out-cli.sh PROTOFORGE SOURCE_ROOT CXX
set -uo pipefail
protoforge=$1 root=$2 cxx=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
protos="$root/examples/protos"
input=shop/v1/catalog.proto

passes=0 failures=0
check() {  # NAME CONDITION...
  local name=$1; shift
  if "$@"; then passes=$((passes + 1)); else failures=$((failures + 1)); echo "FAIL $name"; fi
}
last_error_is() { [ "$(tail -n 1 err.txt)" = "$1" ]; }

mkdir out
"$protoforge" -I"$protos" --cpp_out=out --dependency_out=deps.d "$input" 2> err.txt
check "generates" test -s out/shop/v1/catalog.pf.h -a -s out/shop/v1/catalog.pf.cc -a -s out/shop/v1/catalog.pf.fwd.h
check "depfile targets" grep -qx 'out/shop/v1/catalog.pf.cc \\' deps.d
check "depfile inputs" grep -q "catalog.proto" deps.d

"$protoforge" -I"$protos" --cpp_out=missing "$input" 2> err.txt
check "missing directory status" test $? -eq 1
check "missing directory message" last_error_is "missing/: No such file or directory"

mkdir bad
"$protoforge" -I"$protos" --cpp_out=bad --cpp_opt=bogus "$input" 2> err.txt
check "unknown option status" test $? -eq 1
check "unknown option message" grep -q "unknown parameter 'bogus'" err.txt
check "unknown option writes nothing" test -z "$(ls -A bad)"

"$protoforge" -I"$protos" --cpp_out=bad --cpp_opt=namespace_prefix=1x "$input" 2> err.txt
check "bad namespace prefix" grep -q "namespace_prefix must be" err.txt

mkdir lite
"$protoforge" -I"$protos" --cpp_out=lite:lite "$input" 2> err.txt
check "lite has no descriptor" bash -c '! grep -q _pf_register_file lite/shop/v1/catalog.pf.cc'
check "full has a descriptor" grep -q _pf_register_file out/shop/v1/catalog.pf.cc

mkdir prefixed
"$protoforge" -I"$protos" --cpp_out=prefixed --cpp_opt=namespace_prefix=acme::gen,export_macro=ACME_API "$input"
check "namespace prefix" grep -q "namespace acme::gen::shop::v1 {" prefixed/shop/v1/catalog.pf.h
check "export macro" grep -q "class ACME_API " prefixed/shop/v1/catalog.pf.h

mapfile -t all < <(cd "$protos" && find . -name '*.proto' | sed 's|^\./||' | LC_ALL=C sort)
mkdir full
"$protoforge" -I"$protos" --cpp_out=full "${all[@]}"
for source in full/*/*/*.pf.cc; do
  "$cxx" -std=c++20 -Wall -Wextra -Werror -fsyntax-only -Ifull -I"$root" -I"$root/runtime/wkt" "$source" 2> cxx.txt
  check "compiles: $source" test $? -eq 0 || head -20 cxx.txt
done

echo "cpp_out_cli: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
