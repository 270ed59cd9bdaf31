"""Plain-text cleaning (placeholder: the full line-level rules are being written)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CleanedText:
    body: str
    title: str | None
    removed: tuple[str, ...] = ()


def clean_text(text: str) -> CleanedText:
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    body = "\n".join(line for line in lines if line)
    return CleanedText(body=body, title=None)
