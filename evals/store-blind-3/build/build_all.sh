#!/usr/bin/env bash
# Regenerate the store-blind-3 batch byte for byte and check it.
#   ./build_all.sh                 rebuild, verify against SHA256SUMS, run check.py
#   ./build_all.sh --update-sums   rebuild and record new checksums (only after a deliberate change)
set -euo pipefail
cd "$(dirname "$0")"
export PYTHONDONTWRITEBYTECODE=1 PYTHONHASHSEED=0
python3 gen_ridgeline.py
python3 gen_ember_oak.py
python3 make_questions.py
cd ..
if [ "${1:-}" = "--update-sums" ]; then
    sha256sum databases/ridgeline_hardware.sqlite databases/ember_oak_roasters.sqlite \
        questions.jsonl build/alt_readings.json > build/SHA256SUMS
    echo "recorded build/SHA256SUMS"
fi
sha256sum -c build/SHA256SUMS
python3 build/check.py
