#!/bin/sh
# Restores a backup made by scripts/backup-data-dir.sh into a new, empty data folder.
#
#   scripts/restore-data-dir.sh <archive.tar.gz> <DATA_DIR>
#
# Checks the archive against <archive>.sha256 when that file is present, refuses a folder that
# already holds something, and extracts. Then start Preuve with DATA_DIR pointing there.
. "$(dirname "$0")/data-dir-lib.sh"

two_arguments $# '<archive.tar.gz> <DATA_DIR>'
archive=$1 data_dir=$2

[ -f "$archive" ] || fail "$archive does not exist."
[ ! -f "$archive.sha256" ] || checksum_matches "$archive" ||
  fail "$archive does not match $archive.sha256: the copy is damaged."
if [ -e "$data_dir" ] && [ -n "$(ls -A "$data_dir")" ]; then
  fail "$data_dir is not empty: restore into a new folder."
fi

mkdir -p "$data_dir"
tar -C "$data_dir" -xzf "$archive"
echo "restored $archive into $data_dir: start Preuve with DATA_DIR=$data_dir"
