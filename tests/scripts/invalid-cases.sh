# Sourced by check-invalid.sh and regen-invalid.sh: the one definition of what a case of testdata/invalid is.
# list_cases prints every case under "$root" as "<dir>\t<file>" (dir relative to root), sorted so runs are
# reproducible: a file one level down is a case of its own; a folder two levels down is one multi-file case
# whose entry point is main.proto.
list_cases() {
  (cd "$root" && find . -mindepth 2 -maxdepth 3 -name '*.proto' | sed 's|^\./||' | LC_ALL=C sort) |
  while IFS= read -r rel; do
    IFS=/ read -r -a parts <<< "$rel"
    if [ ${#parts[@]} -eq 2 ]; then
      printf '%s\t%s\n' "${parts[0]}" "${parts[1]}"
    elif [ "${parts[2]}" = main.proto ]; then
      printf '%s\t%s\n' "${parts[0]}/${parts[1]}" main.proto
    fi
  done
}
