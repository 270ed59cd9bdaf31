#!/usr/bin/env bash
# Set everything up, then run the whole test suite (unit, end-to-end, accuracy floors), slow
# tests included: `-m "not slow"` (passed through) skips them while working on something else.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Opt-in slow tests (tests/store/test_store_slow.py) run here too: this is the full check CI runs.
export ACCORD_SLOW=1
exec .venv/bin/python -m pytest "$@"
