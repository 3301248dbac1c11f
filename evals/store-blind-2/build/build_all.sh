#!/bin/sh
# Regenerate both databases and questions.jsonl from scratch, then validate.
set -e
cd "$(dirname "$0")"
python3 gen_greenleaf.py
python3 gen_urban_threads.py
python3 make_questions.py
python3 check.py
