"""accord's spaCy components."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_DATELINE_SEPARATORS = frozenset({"—", "-", "–", ":", "--"})


@Language.component("accord_paragraphs", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """Sentence starts the parser should not have to guess.

    - After every line break: a paragraph never continues a sentence, and the parser, left
      alone, sometimes joins a closing quote to the next paragraph.
    - After a wire dateline ("BELGRADE, March 4 (Reuters) -", "MANILA —", "ISLAMABAD:"):
      parsed as part of the first sentence it turns its subject into an apposition.
    """
    paragraph_start = 0
    for token in doc:
        if token.is_space and "\n" in token.text and token.i + 1 < len(doc):
            doc[token.i + 1].is_sent_start = True
            paragraph_start = token.i + 1
            continue
        if token.i == paragraph_start:
            end = _dateline_end(doc, token.i)
            if end is not None and end < len(doc):
                doc[end].is_sent_start = True
    return doc


def _dateline_end(doc: Doc, start: int) -> int | None:
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
        elif depth == 0 and token.text in _DATELINE_SEPARATORS and i > start:
            return i + 1
        elif depth == 0 and not (token.is_upper or token.like_num or token.is_punct or token.is_title or token.is_space):
            return None
        i += 1
    return None
