#!/usr/bin/env bash
# Regenerates both databases, questions.jsonl and kinds.tsv, verifies checksums, then runs the checker.
# ./build_all.sh --update-sums   re-records build/SHA256SUMS after a deliberate change.
# ./build_all.sh --faults        also plants the checker's faults one at a time (python3 plant_faults.py).
set -euo pipefail
cd "$(dirname "$0")"
python3 gen_last_and_latch.py
python3 gen_brodie_and_lorne.py
python3 make_questions.py
FILES="../databases/last_and_latch.sqlite ../databases/brodie_and_lorne.sqlite ../questions.jsonl kinds.tsv"
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
    echo "WARNING: database checksum mismatch (a different SQLite can change file bytes; the data should be identical)"
  else
    echo "checksums OK"
  fi
fi
python3 check.py
if [ "${1:-}" = "--faults" ]; then
  python3 plant_faults.py
fi
