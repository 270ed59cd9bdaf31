"""The event coder's word lists, from ``data/patterns/lexicon.toml``.

Read once at import into immutable sets; the grammar code names them, the data file holds them.
"""

from __future__ import annotations

import tomllib
from importlib import resources

_TABLES = tomllib.loads(resources.files("accord.data.patterns").joinpath("lexicon.toml").read_text(encoding="utf-8"))


def words(name: str) -> frozenset[str]:
    """The word set ``[name] words = [...]``."""
    return frozenset(_TABLES[name]["words"])


def ordered(name: str) -> tuple[str, ...]:
    """The ordered list ``[name] ordered = [...]`` (tried in this order)."""
    return tuple(_TABLES[name]["ordered"])
