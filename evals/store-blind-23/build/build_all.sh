#!/usr/bin/env bash
# Regenerates both databases, questions.jsonl and kinds.tsv, verifies them against SHA256SUMS, then runs the checker.
#   ./build_all.sh                 build, compare checksums, check
#   ./build_all.sh --update-sums   re-record SHA256SUMS after a deliberate change
set -euo pipefail
cd "$(dirname "$0")"
python3 gen_lindmayr.py
python3 gen_totara.py
python3 make_questions.py
FILES="../databases/lindmayr.sqlite ../databases/totara_paint.sqlite ../questions.jsonl kinds.tsv"
if [ "${1:-}" = "--update-sums" ] || [ ! -f SHA256SUMS ]; then
  sha256sum $FILES > SHA256SUMS
  echo "recorded SHA256SUMS"
else
  bad=$(sha256sum -c SHA256SUMS 2>/dev/null | grep -v ': OK$' || true)
  if [ -n "$bad" ]; then
    echo "$bad"
    if echo "$bad" | grep -qE 'questions.jsonl|kinds.tsv'; then
      echo "ERROR: questions.jsonl or kinds.tsv differs from SHA256SUMS"; exit 1
    fi
    echo "WARNING: database checksum mismatch (another SQLite version can change the file bytes; the data should be the same)"
  else
    echo "checksums OK"
  fi
fi
python3 check.py
