#!/usr/bin/env bash
# Set everything up, then run accord's main jobs on the bundled examples:
#   1. extract every record from one article (examples/serbia_hungary.txt);
#   2. ingest the example collection (examples/collection/: text, JSON, JSONL, HTML, an RSS
#      feed, a syndicated pair) into a fresh DuckDB knowledge base and print the
#      Serbia-Hungary dyad summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/accord extract examples/serbia_hungary.txt --published 2025-12-02 --format table
db="${ACCORD_QUICKSTART_DB:-out/quickstart.duckdb}"
mkdir -p "$(dirname "$db")"
rm -f "$db" "$db.wal"
.venv/bin/accord ingest examples/collection --db "$db"
.venv/bin/accord dyad SRB HUN --db "$db"
echo
echo "Open the dashboard and the JSON API on this knowledge base with:"
echo "    .venv/bin/accord serve --db $db      # then browse http://127.0.0.1:8000/"
