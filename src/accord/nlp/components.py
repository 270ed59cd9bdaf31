"""accord's spaCy components."""

from __future__ import annotations

from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc


def read_dateline_separators() -> frozenset[str]:
    """The marks that close a wire dateline and open its story ("BELGRADE, March 4 (Reuters) -",
    "MANILA —", "ISLAMABAD:"): ``data/patterns/dateline_separators.txt``, the one list of them
    (``accord_paragraphs`` reads it once per pipeline; the actor resolver takes it from there)."""
    raw = resources.files("accord.data.patterns").joinpath("dateline_separators.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#"))


class ParagraphBoundaries:
    """Sentence starts the parser should not have to guess.

    - After every line break: a paragraph never continues a sentence, and the parser, left
      alone, sometimes joins a closing quote to the next paragraph.
    - After a wire dateline ("BELGRADE, March 4 (Reuters) -", "MANILA —", "ISLAMABAD:"):
      parsed as part of the first sentence it turns its subject into an apposition.

    Args:
        dateline_separators (frozenset[str]): the marks that close a dateline
            (``read_dateline_separators``).
    """

    def __init__(self, dateline_separators: frozenset[str]) -> None:
        self.dateline_separators = dateline_separators

    def __call__(self, doc: Doc) -> Doc:
        paragraph_start = 0
        for token in doc:
            if token.is_space and "\n" in token.text and token.i + 1 < len(doc):
                doc[token.i + 1].is_sent_start = True
                paragraph_start = token.i + 1
                continue
            if token.i == paragraph_start:
                end = _dateline_end(doc, token.i, self.dateline_separators)
                if end is not None and end < len(doc):
                    doc[end].is_sent_start = True
        return doc


@Language.factory("accord_paragraphs", assigns=["token.is_sent_start"])
def make_paragraph_boundaries(nlp, name):  # (no annotations: spaCy validates a factory's arguments by them)
    """The ``accord_paragraphs`` component, with the dateline separators read from data."""
    return ParagraphBoundaries(read_dateline_separators())


def _dateline_end(doc: Doc, start: int, separators: frozenset[str]) -> int | None:
    """Index of the first token after a dateline starting at ``start``, or None."""
    first = doc[start]
    if not (first.is_alpha and first.is_upper and len(first.text) >= 3):
        return None
    i = start
    limit = min(len(doc), start + 12)
    depth = 0
    while i < limit:
        token = doc[i]
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth -= 1
        elif depth == 0 and token.text in separators and i > start:
            return i + 1
        elif depth == 0 and not (token.is_upper or token.like_num or token.is_punct or token.is_title or token.is_space):
            return None
        i += 1
    return None
