"""No text the pipeline is judged on appears in the package.

A rule, comment or word list that quotes a gold sentence or an end-to-end article was fitted to
that sentence, and its figure says nothing about unseen news (the brief: "no sentence from a
test may appear in the source code"). This test looks for any run of ``RUN`` words shared by
the package's files and the texts of the gold sets, the end-to-end articles and the bundled
example stories. Ten words are enough to tell a quotation from a shared turn of phrase: the
longest runs that unrelated texts share here are titles and historical facts of eight or nine
words ("chairman of the state committee for national security").
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "src" / "accord"
#: Words in a run: a quotation is at least this long.
RUN = 10
#: Package files that hold text (code, comments, word lists, tables, models, docs).
SOURCE_SUFFIXES = {".py", ".csv", ".toml", ".txt", ".md", ".json", ".html", ".js", ".css"}
WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")
TAG = re.compile(r"<[^>]*>")


def runs(text: str, length: int = RUN) -> set[str]:
    """Every run of ``length`` consecutive words of ``text`` (lower case, punctuation dropped)."""
    words = WORD.findall(text.lower())
    return {" ".join(words[i : i + length]) for i in range(len(words) - length + 1)}


def judged_texts() -> dict[str, str]:
    """The texts accord is judged on, by where they come from: every ``text`` of the gold JSONL
    files, and the end-to-end articles and example stories (markup removed)."""
    texts: dict[str, str] = {}
    for path in sorted((REPO / "tests" / "gold").rglob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            record = json.loads(line)
            if isinstance(record.get("text"), str):
                texts[f"{path.relative_to(REPO)}:{record.get('id', n)}"] = record["text"]
    for folder in (REPO / "tests" / "e2e" / "articles", REPO / "examples"):
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".txt", ".html"):
                texts[str(path.relative_to(REPO))] = TAG.sub(" ", path.read_text(encoding="utf-8", errors="replace"))
    return texts


def quotations(sources: dict[str, str], judged: dict[str, str]) -> list[str]:
    """Where a source text shares a run of ``RUN`` words with a judged text."""
    origin: dict[str, str] = {}
    for name, text in judged.items():
        for run in runs(text):
            origin.setdefault(run, name)
    found = []
    for name, text in sources.items():
        for run in sorted(runs(text)):
            if run in origin:
                found.append(f"{name} quotes {origin[run]}: '{run}'")
    return found


def package_texts() -> dict[str, str]:
    return {
        str(path.relative_to(REPO)): path.read_text(encoding="utf-8", errors="replace")
        for path in sorted(PACKAGE.rglob("*"))
        if path.is_file() and path.suffix in SOURCE_SUFFIXES and "__pycache__" not in path.parts
    }


def test_no_package_file_quotes_a_gold_sentence_or_an_article():
    judged = judged_texts()
    assert len(judged) > 2000, "the gold sets and articles were not found"
    found = quotations(package_texts(), judged)
    assert not found, "package files quote texts accord is judged on:\n" + "\n".join(found[:40])


@pytest.mark.parametrize(
    ("source", "caught"),
    [
        ('# "the two navies began a week of joint patrols in the strait on Monday": one record', True),
        ("# two navies began joint patrols: one record per navy", False),
        ("cue = 'the two navies began a week of joint patrols'", False),  # nine words: a phrase
    ],
)
def test_a_quotation_of_ten_words_is_caught_and_a_shared_phrase_is_not(source, caught):
    judged = {"gold:1": "Officials said the two navies began a week of joint patrols in the strait on Monday."}
    assert bool(quotations({"rule.py": source}, judged)) is caught
