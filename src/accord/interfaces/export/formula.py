"""Spreadsheet formula injection: text cells a spreadsheet would run as a formula are defused.

A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read as a
formula by Excel, LibreOffice and Google Sheets, so a hostile title such as
``=HYPERLINK("http://evil.example", "click")`` would become live in a CSV export. Such
text cells get a leading apostrophe (the OWASP rule), which spreadsheets show as text.
Numbers are never touched (a Goldstein value of -5 stays the number -5).

The rule is reversible: a text cell that already starts with apostrophes followed by one
of those characters gets one more, and ``restore`` removes exactly one.
"""

from __future__ import annotations

#: First characters that make a spreadsheet cell a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _looks_like_formula(text: str) -> bool:
    return text.lstrip("'").startswith(FORMULA_STARTS)


def neutralise(text: str) -> str:
    """``text`` safe for a spreadsheet cell: prefixed with ``'`` when it would start a formula."""
    return "'" + text if _looks_like_formula(text) else text


def restore(text: str) -> str:
    """The text ``neutralise`` was given (for readers of accord's own exports)."""
    return text[1:] if text.startswith("'") and _looks_like_formula(text) else text


__all__ = ["FORMULA_STARTS", "neutralise", "restore"]
