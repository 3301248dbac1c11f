#!/usr/bin/env bash
# Rebuilds both databases and questions.jsonl from scratch, compares them with build/SHA256SUMS, then runs the checker.
# ./build_all.sh --update-sums   re-records SHA256SUMS after a deliberate change.
set -euo pipefail
cd "$(dirname "$0")"
python3 gen_oakhaven.py
python3 gen_wattle_fern.py
python3 make_questions.py
FILES="../databases/oakhaven_home.sqlite ../databases/wattle_fern_garden.sqlite ../questions.jsonl"
if [ "${1:-}" = "--update-sums" ] || [ ! -f SHA256SUMS ]; then
  sha256sum $FILES > SHA256SUMS
  echo "recorded SHA256SUMS"
elif ! sha256sum -c --quiet SHA256SUMS; then
  echo "WARNING: checksum mismatch (another SQLite build can change the file bytes; the data should still be identical)"
fi
python3 check.py
