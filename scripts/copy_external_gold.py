#!/usr/bin/env python3
"""Copy the openly licensed development gold sets from ``../shared`` into ``tests/gold/external/``.

A one-off kept for the record (the tests never run it): the copies are committed, so the
accuracy floors run on any clone. Each file is copied byte for byte and checked against the
SHA-256 below, which is also the digest ``src/accord/evaluate/baseline.json`` holds for the
sets the gate measures. Sources, licences and attribution: ``tests/gold/external/README.md``.

Usage::

    python scripts/copy_external_gold.py            # copy from ../shared, verify digests
    python scripts/copy_external_gold.py --check    # only verify the committed copies
    python scripts/copy_external_gold.py --shared /path/to/shared
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET = REPO / "tests" / "gold" / "external"

#: File name -> SHA-256 of the copy the project uses (as published in ../shared/data/gold/).
FILES = {
    "real_news_cameo_dev.jsonl": "8dd0c097b45260d9ecf31909367d4f4e34d074ad2b1d8643cd9f4e774188220b",
    "plover_gsr_dev.jsonl": "81ec511f42fd1d2e1dfa0a02b111bcbf66023522de583dc4d78e8a34fe511729",
    "re3d_dev.jsonl": "b05cd33619f4fe8c84b704959de7541301e70553ed158ae86e11f4308b5259da",
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check(folder: Path) -> list[str]:
    """One message per file in ``folder`` that is missing or whose digest differs."""
    problems = []
    for name, digest in FILES.items():
        path = folder / name
        if not path.is_file():
            problems.append(f"{path}: missing")
        elif sha256(path) != digest:
            problems.append(f"{path}: sha256 {sha256(path)} differs from the expected {digest}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="the shared folder (default: ../shared)")
    parser.add_argument("--check", action="store_true", help="only verify the copies in tests/gold/external/")
    args = parser.parse_args(argv)

    if not args.check:
        source = args.shared / "data" / "gold"
        problems = check(source)
        if problems:
            # A changed source means the floors were measured on other data: stop rather than copy it.
            print("\n".join(f"error: {p}" for p in problems), file=sys.stderr)
            return 1
        TARGET.mkdir(parents=True, exist_ok=True)
        for name in FILES:
            shutil.copyfile(source / name, TARGET / name)
            print(f"copied {source / name} -> {TARGET / name}")
    problems = check(TARGET)
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if not problems:
        print(f"{len(FILES)} files in {TARGET} match their digests")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
