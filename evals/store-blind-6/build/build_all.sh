#!/usr/bin/env bash
# Regenerates both databases and questions.jsonl, verifies checksums, then runs the checker.
# ./build_all.sh --update-sums   re-records build/SHA256SUMS after a deliberate change.
set -euo pipefail
cd "$(dirname "$0")"
python3 gen_northpeak.py
python3 gen_harbor_vine.py
python3 make_questions.py
FILES="../databases/northpeak_sports.sqlite ../databases/harbor_vine.sqlite ../questions.jsonl"
if [ "${1:-}" = "--update-sums" ] || [ ! -f SHA256SUMS ]; then
  sha256sum $FILES > SHA256SUMS
  echo "recorded SHA256SUMS"
else
  if ! sha256sum -c --quiet SHA256SUMS; then
    echo "WARNING: checksum mismatch (a different SQLite version can change file bytes; the data should be identical)"
  fi
fi
python3 check.py
