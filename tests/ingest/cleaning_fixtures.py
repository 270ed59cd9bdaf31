"""Load the scraped-text cleaning fixtures (``fixtures/cleaning/*.toml``).

Each fixture holds ``raw`` (text as scraped), ``title`` (the expected headline, "" for
none) and ``body`` (the expected clean body). ``held_out = N`` marks the fixtures of
the N-th batch written after the rules were tuned (absent: written while tuning). Shared by the tests and
``benchmarks/cleaning.py``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "cleaning"


@dataclass(frozen=True)
class Fixture:
    name: str
    raw: str
    title: str | None
    body: str
    held_out: int  # 0: tuning set; N: the N-th held-out batch


def load_fixtures() -> list[Fixture]:
    fixtures = []
    for path in sorted(FIXTURES.glob("*.toml")):
        data = tomllib.loads(path.read_text("utf-8"))
        fixtures.append(
            Fixture(
                name=path.stem,
                raw=data["raw"],
                title=data.get("title") or None,
                body=data["body"].strip(),
                held_out=int(data.get("held_out", 0)),
            )
        )
    return fixtures
