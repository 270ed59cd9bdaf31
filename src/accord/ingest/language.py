"""Language identification with py3langid."""

from __future__ import annotations


def detect_language(text: str) -> str:
    import py3langid

    lang, _ = py3langid.classify(text[:5000])
    return lang
