#!/bin/sh
# Cold backup of a Preuve data folder (embedded Postgres, filesystem blobs, generated keys).
#
#   scripts/backup-data-dir.sh <DATA_DIR> <archive.tar.gz>
#
# Stop Preuve first: the copy of a stopped Postgres data folder is consistent, and it needs no
# pg_dump (the embedded-postgres package ships only initdb, pg_ctl and postgres). Writes the
# archive and <archive>.sha256 beside it. docs/operations.md describes the whole procedure.
. "$(dirname "$0")/data-dir-lib.sh"

two_arguments $# '<DATA_DIR> <archive.tar.gz>'
data_dir=$1 archive=$2

[ -d "$data_dir" ] || fail "$data_dir is not a folder."
pid_file="$data_dir/postgres/postmaster.pid"
if [ -f "$pid_file" ]; then
  pid=$(head -n 1 "$pid_file")
  if kill -0 "$pid" 2>/dev/null || [ -d "/proc/$pid" ]; then
    fail "The embedded Postgres of $data_dir is running (pid $pid): stop Preuve, then back up."
  fi
fi

partial="$archive.partial"
tar -C "$data_dir" -czf "$partial" .
mv "$partial" "$archive"
write_checksum "$archive"
echo "backed up $data_dir to $archive ($(wc -c < "$archive") bytes), checksum in $archive.sha256"
