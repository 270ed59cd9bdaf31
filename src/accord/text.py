"""Small text helpers shared by the stages: diacritic folding and name keys."""

from __future__ import annotations

import re
import unicodedata

# Letters NFKD does not decompose into base + combining mark.
_SPECIAL = str.maketrans(
    {
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ı": "i",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "’": "'",
        "‘": "'",
        "‐": "-",
        "‑": "-",
        "–": "-",
        "—": "-",
        "×": "x",
    }
)


def fold(text: str) -> str:
    """Fold diacritics and typographic variants, keeping case: 'Vučić' -> 'Vucic', 'Türkiye' -> 'Turkiye'."""
    if text.isascii():
        return text
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_NON_WORD = re.compile(r"[^0-9a-z]+")


def name_key(text: str) -> str:
    """A comparison key for names: folded, lowercased, punctuation collapsed."""
    return _NON_WORD.sub(" ", fold(text).lower()).strip()


def split_multi(value: str | None) -> list[str]:
    """Split a ``|``-separated data-file field into trimmed, non-empty parts."""
    if not value:
        return []
    return [part.strip() for part in value.split("|") if part.strip()]
