# Shared by backup-data-dir.sh and restore-data-dir.sh, which source it (it does nothing run alone):
# their shell options and helpers.
set -eu

# two_arguments COUNT USAGE: exits 2 with the usage line unless the script was given two arguments.
two_arguments() {
  if [ "$1" -ne 2 ]; then
    echo "usage: $0 $2" >&2
    exit 2
  fi
}

# fail MESSAGE: says what is wrong on stderr and exits 1.
fail() {
  echo "$1" >&2
  exit 1
}

# The checksum file <archive>.sha256 names the archive without its folder, so that both can move
# together: sha256sum runs in the archive's folder.
write_checksum() {
  (cd "$(dirname "$1")" && sha256sum "$(basename "$1")") > "$1.sha256"
}
checksum_matches() {
  (cd "$(dirname "$1")" && sha256sum --check --quiet "$(basename "$1").sha256")
}
