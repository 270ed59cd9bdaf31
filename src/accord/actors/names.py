"""Comparison keys for people's names, so that spelling variants of one name meet.

Transliterations and diacritics ("Gašić", "Gashić", "Gasic"; "Kristóf", "Kristof") are folded
to ASCII by ``anyascii``; then the digraphs that romanisations add after s, c, z, k ("sh", "ch",
"zh", "kh") lose their "h", "ck" is "k" ("Dravecka", "Draveka"), doubled letters are single, and an Arabic article glued to a name
("al-Sudani", "Al Sudani", "el-Sisi") is dropped, so each variant gives one key.
"""

from __future__ import annotations

import re

from anyascii import anyascii

_NON_WORD = re.compile(r"[^0-9a-z]+")
# "al-" anywhere; "Al " only inside a name ("Mohammed Shia Al Sudani"), never first ("Al Gore").
_ARTICLE = re.compile(r"\b(?:al|el|ad|as|ash|at|az)-(?=\w)|(?<=\s)(?:al|el)\s(?=\w)", re.IGNORECASE)
_DIGRAPH_H = re.compile(r"(?<=[sczk])h")
_DOUBLE = re.compile(r"([a-z])\1+")
_CK = re.compile(r"ck")  # a "ck" spelling of a single "k" ("Kovacki" for "Kovaki")


def person_key(text: str) -> str:
    """A name's comparison key: 'Aleksandar Vučić' and 'aleksandar vucic' give 'aleksandar vucic'."""
    ascii_text = text if text.isascii() else anyascii(text)
    if "-" in ascii_text or " " in ascii_text:
        ascii_text = _ARTICLE.sub("", ascii_text)
    words = _NON_WORD.sub(" ", ascii_text.lower()).strip()
    return _DOUBLE.sub(r"\1", _DIGRAPH_H.sub("", _CK.sub("k", words)))
