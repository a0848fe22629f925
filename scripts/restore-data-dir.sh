#!/bin/sh
# Restores a backup made by scripts/backup-data-dir.sh into a new, empty data folder.
#
#   scripts/restore-data-dir.sh <archive.tar.gz> <DATA_DIR>
#
# Checks the archive against <archive>.sha256 when that file is present, refuses a folder that
# already holds something, and extracts. Then start Preuve with DATA_DIR pointing there.
set -eu

if [ $# -ne 2 ]; then
  echo "usage: $0 <archive.tar.gz> <DATA_DIR>" >&2
  exit 2
fi
archive=$1
data_dir=$2

if [ ! -f "$archive" ]; then
  echo "$archive does not exist." >&2
  exit 1
fi
if [ -f "$archive.sha256" ]; then
  (cd "$(dirname "$archive")" && sha256sum --check --quiet "$(basename "$archive").sha256") || {
    echo "$archive does not match $archive.sha256: the copy is damaged." >&2
    exit 1
  }
fi
if [ -e "$data_dir" ] && [ -n "$(ls -A "$data_dir")" ]; then
  echo "$data_dir is not empty: restore into a new folder." >&2
  exit 1
fi

mkdir -p "$data_dir"
tar -C "$data_dir" -xzf "$archive"
echo "restored $archive into $data_dir: start Preuve with DATA_DIR=$data_dir"
