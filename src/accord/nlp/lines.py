"""Line breaks inside a sentence: what the model reads, and what the evidence quotes.

Articles read through ``accord.ingest`` arrive with wrapped lines already joined by the
cleaner. Texts handed to the pipeline as they are (gold sets scored by ``accord evaluate``,
an ``Article`` built in Python) can still carry a stray break inside a sentence ("the
U.S.-led\\ncoalition conducted ..."); ``accord_paragraphs`` would start a sentence there and
the parse falls apart. :func:`unwrap_lines` gives the model a copy with those breaks turned
into spaces, by the cleaner's own rule and of the same length, so every offset still points
into the article's text; :func:`source_text` gives that text back for the evidence quotes.
"""

from __future__ import annotations

from typing import Any

from accord.ingest.clean import continues_sentence

#: ``Doc.user_data`` key of the text the Doc stands for, when the model read an unwrapped copy.
SOURCE_TEXT_KEY = "accord.source_text"
#: ``Doc.user_data`` key of the Doc's own text, kept once built (see :func:`doc_text`).
DOC_TEXT_KEY = "accord.doc_text"


def unwrap_lines(text: str) -> str:
    """``text`` with each line break that falls inside a sentence replaced by a space.

    A break is inside a sentence when the cleaner would join its two lines (the first ends
    without a sentence end, and the next goes on in lower case or the first ends on a
    hyphen, comma or dash). Blank lines, list items and headings keep their breaks. The
    result has the same length as ``text``.
    """
    if "\n" not in text:
        return text
    lines = text.split("\n")
    chars: list[str] | None = None
    offset = 0
    for line, following in zip(lines, lines[1:]):
        offset += len(line)
        before, after = line.strip(), following.strip()
        if before and after and continues_sentence(before, after):
            chars = chars or list(text)
            chars[offset] = " "
        offset += 1
    return text if chars is None else "".join(chars)


def doc_text(doc: Any) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token's text on each call, and the
    stages ask for it per sentence and per mention. A kept text whose length is not the Doc's
    (user data copied into a Doc made from a span) is built again."""
    text = doc.user_data.get(DOC_TEXT_KEY)
    if text is None or len(text) != _length(doc):
        text = doc.user_data[DOC_TEXT_KEY] = doc.text
    return text


def _length(doc: Any) -> int:
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def source_text(doc: Any) -> str:
    """The article text ``doc`` stands for: the text before unwrapping, else the Doc's own."""
    text = doc.user_data.get(SOURCE_TEXT_KEY)
    return doc_text(doc) if text is None or len(text) != _length(doc) else text
