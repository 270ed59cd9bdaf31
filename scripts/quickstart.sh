#!/usr/bin/env bash
# Set everything up, then run accord's main job on the bundled example article.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/accord extract examples/serbia_hungary.txt --published 2025-03-14 --format table
