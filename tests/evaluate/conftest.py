"""Fakes for the evaluation tests: hand-built events and a pipeline that returns them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest

from accord.records import Actor, Article, Equipment, Event, Evidence, Extraction, Span

#: A tiny CAMEO table in the layout of accord/data/ontology/cameo.csv.
CAMEO_CSV = """code,label,plover_type,plover_mode,plover_context,quad_class,goldstein
01,Make public statement,,,,verbal_cooperation,0
02,Appeal,,,,1,3
04,Consult,CONSULT,,,1,1
040,Consult,CONSULT,,,1,1
042,Make a visit,CONSULT,visit,,1,1.9
08,Yield,CONCEDE,,,2,5
084,Return or release,RETREAT,,,2,7
0841,Release persons,RETREAT,release,legal,2,7
11,Disapprove,ACCUSE,disapprove,,3,-2
112,Accuse,ACCUSE,disapprove,,3,-2
1124,Accuse of war crimes,ACCUSE,allege,military;legal,3,-2
12,Reject,REJECT,,,,-4
121,Reject material cooperation,REJECT,assist,,3,-4
17,Coerce,COERCE,,,4,-7
173,Arrest,COERCE,arrest,legal,4,-5
19,Fight,ASSAULT,,military,4,-10
190,Use conventional military force,ASSAULT,,military,4,-10
"""


def make_event(
    type: str,
    actor: Iterable[str] = (),
    recipient: Iterable[str] = (),
    *,
    status: str = "occurred",
    cameo: str = "",
    quad_class: int = 0,
    id: str = "e1",
    trigger: str | None = None,
) -> Event:
    text = "sentence"
    return Event(
        id=id,
        type=type,
        mode=None,
        context=(),
        cameo=cameo,
        quad_class=quad_class,
        goldstein=0.0,
        actor=tuple(actor),
        recipient=tuple(recipient),
        actor_ids=(),
        recipient_ids=(),
        status=status,
        date=None,
        location=None,
        evidence=Evidence(text, 0, len(text), Span(0, len(trigger), trigger) if trigger else None),
        confidence=1.0,
    )


def make_actor(kind: str, *spans: tuple[int, int, str], id: str = "a1") -> Actor:
    return Actor(id=id, name=spans[0][2] if spans else id, kind=kind, mentions=tuple(Span(*s) for s in spans))


def make_equipment(*spans: tuple[int, int, str], id: str = "q1") -> Equipment:
    return Equipment(id=id, name=spans[0][2], category=None, origin=None, manufacturer=(), kind=None, mentions=tuple(Span(*s) for s in spans))


class FakePipeline:
    """Returns canned records per article text; anything else gets an empty Extraction."""

    model_name = "fake"

    def __init__(self, by_text: dict[str, dict] | None = None) -> None:
        self.by_text = by_text or {}
        self.seen: list[Article] = []

    def extract_many(self, articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[Extraction]:
        for article in articles:
            self.seen.append(article)
            yield Extraction(article=article, **self.by_text.get(article.text, {}))


@pytest.fixture
def cameo_csv() -> str:
    return CAMEO_CSV


@pytest.fixture
def fakes():
    """The builders above, as one fixture (conftest modules are not imported by name)."""
    from types import SimpleNamespace

    return SimpleNamespace(
        event=make_event,
        actor=make_actor,
        equipment=make_equipment,
        Pipeline=FakePipeline,
    )
