"""A fake pipeline, sample articles and a corpus on disk for the store, runner, query, export and CLI tests.

``FakePipeline`` extracts records from plain sentences with regular expressions
("Serbia condemned Albania.", "Hungary delivered 12 armoured vehicles to Serbia."),
so tests run in milliseconds and syndicated copies yield the same records, as the
real pipeline would.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from accord.ingest.article import make_article
from accord.records import (
    Activity,
    Actor,
    Agreement,
    AgreementStage,
    Alliance,
    ArmsTransfer,
    Article,
    Equipment,
    Event,
    Evidence,
    Extraction,
    Notice,
    Span,
)

COUNTRIES = {
    "Serbia": "SRB",
    "Albania": "ALB",
    "Hungary": "HUN",
    "Kosovo": "XKX",
    "Croatia": "HRV",
    "France": "FRA",
    "Russia": "RUS",
    "Bosnia": "BIH",
}
# verb -> (PLOVER type, mode, CAMEO, quad class, Goldstein)
VERBS = {
    "condemned": ("ACCUSE", None, "111", 3, -2.0),
    "praised": ("SUPPORT", "praise", "051", 1, 3.4),
    "attacked": ("ASSAULT", None, "190", 4, -10.0),
    "met": ("CONSULT", "meet", "040", 1, 1.0),
    "threatened": ("THREATEN", None, "130", 3, -4.4),
    "sanctioned": ("SANCTION", None, "163", 4, -8.0),
    "aided": ("AID", None, "070", 2, 7.0),
}
_C = "|".join(COUNTRIES)
_EVENT = re.compile(rf"\b(?P<a>{_C}) (?P<verb>{'|'.join(VERBS)}) (?P<b>{_C})\b")
_AGREEMENT = re.compile(rf"\b(?P<a>{_C}) and (?P<b>{_C}) signed an? (?P<domain>\w+) agreement\b")
_TRANSFER = re.compile(rf"\b(?P<a>{_C}) delivered (?P<n>\d+) (?P<item>[a-z]+ [a-z]+) to (?P<b>{_C})\b")
_ACTIVITY = re.compile(rf"\b(?P<a>{_C}) held joint (?P<kind>exercises|training) with (?P<b>{_C})\b")
#: A joint activity as the learned back-off proposes one, where the rules read none (``found_by="model"``).
_PROPOSED_ACTIVITY = re.compile(rf"\b(?P<a>{_C}) and (?P<b>{_C}) trained together\b")
#: An arms transfer as the learned back-off proposes one, where the rules read none (``found_by="model"``).
_PROPOSED_TRANSFER = re.compile(rf"\b(?P<a>{_C}) shipped (?P<n>\d+) (?P<item>[a-z]+ [a-z]+) to (?P<b>{_C})\b")
_ALLIANCE = re.compile(rf"\b(?P<a>{_C}) proposed an alliance with (?P<b>{_C})\b")
#: An agreement and an alliance move as a learned back-off would propose them, where the rules read none (``found_by="model"``).
_PROPOSED_AGREEMENT = re.compile(rf"\b(?P<a>{_C}) and (?P<b>{_C}) pledged a (?P<domain>\w+) accord\b")
_PROPOSED_ALLIANCE = re.compile(rf"\b(?P<a>{_C}) and (?P<b>{_C}) closed ranks in a (?P<name>[a-z]+ [a-z]+)\b")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def _sentence(text: str, pos: int) -> Evidence:
    for m in _SENTENCE.finditer(text):
        if m.start() <= pos < m.end():
            start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            return Evidence(text[start : m.end()], start, m.end())
    raise AssertionError("no sentence")


def fake_extract(article: Article) -> Extraction:
    """Records found by the regular expressions above, with offsets into ``article.text``."""
    text = article.text
    actors: dict[str, Actor] = {}

    def actor(name: str) -> Actor:
        if name not in actors:
            spans = tuple(Span(m.start(), m.end(), name) for m in re.finditer(rf"\b{name}\b", text))
            actors[name] = Actor(f"a{len(actors) + 1}", name, "state", COUNTRIES[name], None, None, COUNTRIES[name], spans)
        return actors[name]

    events, agreements, transfers, activities, alliances, equipment = [], [], [], [], [], []
    for m in _EVENT.finditer(text):
        kind, mode, cameo, quad, goldstein = VERBS[m["verb"]]
        ev = _sentence(text, m.start())
        ev = Evidence(ev.text, ev.start, ev.end, Span(m.start("verb"), m.end("verb"), m["verb"]))
        a, b = actor(m["a"]), actor(m["b"])
        events.append(
            Event(
                f"e{len(events) + 1}", kind, mode, ("political",), cameo, quad, goldstein, (a.country,), (b.country,),
                (a.id,), (b.id,), "occurred", article.published, None, ev, 0.9,
            )
        )
    for m in _AGREEMENT.finditer(text):
        ev = _sentence(text, m.start())
        a, b = actor(m["a"]), actor(m["b"])
        agreements.append(
            Agreement(
                f"g{len(agreements) + 1}", f"{m['domain']} agreement", tuple(sorted((a.country, b.country))), (), "signed",
                article.published, "Belgrade", m["domain"], ev, (AgreementStage("signed", article.published, ev),),
            )
        )
    for m in _PROPOSED_AGREEMENT.finditer(text):
        ev = _sentence(text, m.start())
        a, b = actor(m["a"]), actor(m["b"])
        agreements.append(
            Agreement(
                f"g{len(agreements) + 1}", f"{m['domain']} accord", tuple(sorted((a.country, b.country))), (), "agreed",
                article.published, None, m["domain"], ev, (AgreementStage("agreed", article.published, ev),), found_by="model",
            )
        )
    for m in _TRANSFER.finditer(text):
        ev = _sentence(text, m.start())
        a, b = actor(m["a"]), actor(m["b"])
        transfers.append(
            ArmsTransfer(
                f"t{len(transfers) + 1}", (a.country,), (b.country,), m["item"], "armoured vehicle", ("Rába",), int(m["n"]),
                "delivered", 2025, ev,
            )
        )
        equipment.append(Equipment(f"q{len(equipment) + 1}", m["item"], "armoured vehicle", a.country, ("Rába",), "vehicle",
                                   (Span(m.start("item"), m.end("item"), m["item"]),)))
    for m in _PROPOSED_TRANSFER.finditer(text):
        ev = _sentence(text, m.start())
        a, b = actor(m["a"]), actor(m["b"])
        transfers.append(
            ArmsTransfer(
                f"t{len(transfers) + 1}", (a.country,), (b.country,), m["item"], "patrol boat", (), int(m["n"]), "delivered", 2025, ev,
                found_by="model",
            )
        )
    for m in _ACTIVITY.finditer(text):
        ev = _sentence(text, m.start())
        a, b = actor(m["a"]), actor(m["b"])
        activities.append(Activity(f"v{len(activities) + 1}", tuple(sorted((a.country, b.country))), None, (m["kind"],), "2025", "occurred", ev))
    for m in _PROPOSED_ACTIVITY.finditer(text):
        ev = _sentence(text, m.start())
        a, b = actor(m["a"]), actor(m["b"])
        activities.append(Activity(f"v{len(activities) + 1}", tuple(sorted((a.country, b.country))), None, ("training",), "2025",
                                   "occurred", ev, found_by="model"))
    for m in _ALLIANCE.finditer(text):
        ev = _sentence(text, m.start())
        a, b = actor(m["a"]), actor(m["b"])
        alliances.append(Alliance(f"l{len(alliances) + 1}", tuple(sorted((a.country, b.country))), "proposed", (a.id,), ev))
    for m in _PROPOSED_ALLIANCE.finditer(text):
        ev = _sentence(text, m.start())
        a, b = actor(m["a"]), actor(m["b"])
        alliances.append(Alliance(f"l{len(alliances) + 1}", tuple(sorted((a.country, b.country))), "proposed", (), ev,
                                  name=m["name"], found_by="model"))
    notices = (Notice("warning", "language", "looks like another language", article.id),) if "LANGWARN" in text else ()
    return Extraction(
        article=article,
        actors=tuple(actors.values()),
        events=tuple(events),
        agreements=tuple(agreements),
        arms_transfers=tuple(transfers),
        activities=tuple(activities),
        alliances=tuple(alliances),
        equipment=tuple(equipment),
        notices=notices,
    )


class FakePipeline:
    """``extract_many`` like ``accord.Pipeline``'s, from ``fake_extract``.

    Args:
        delay (float): seconds to sleep per article (for the kill/resume test).
        fail_on (str | None): raise for any article whose text contains this marker.
    """

    model_name = "fake-1"

    def __init__(self, delay: float = 0.0, fail_on: str | None = None) -> None:
        self.delay = delay
        self.fail_on = fail_on
        self.calls = 0
        self.seen: list[str] = []

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        for article in articles:
            self.calls += 1
            if self.delay:
                time.sleep(self.delay)
            if self.fail_on and self.fail_on in article.text:
                raise RuntimeError("boom")
            self.seen.append(article.id)
            yield fake_extract(article)


WIRE = (
    "Serbia condemned Albania over the joint declaration signed in Tirana on Monday. "
    "Officials in Belgrade said the declaration threatened regional stability and called it a provocation. "
    "Serbia and Hungary signed a defence agreement for the coming year during a ceremony in Belgrade. "
    "Hungary delivered 12 armoured vehicles to Serbia earlier this month, the ministry said. "
    "Serbia held joint exercises with Hungary in the spring and both armies plan more training. "
    "President Vucic said Serbia proposed an alliance with Hungary and hoped talks would begin soon. "
    "Analysts said the moves reflect a deepening partnership between the two governments in the region."
)


def syndicated_copy(text: str = WIRE) -> str:
    """The wire story as another outlet runs it: byline, dateline, a closing line added."""
    return "By Staff Reporter\nBELGRADE (Wire) - " + text + "\nRead more: regional news on our site"


def article(text: str, *, outlet: str | None = None, url: str | None = None, published: str | None = "2025-03-10") -> Article:
    return make_article(text=text, outlet=outlet, url=url, published=published, source=url or outlet)


def unique_text(i: int) -> str:
    """A distinct article per ``i`` (no shared 5-word runs beyond the country sentence)."""
    words = " ".join(f"w{i}x{j}" for j in range(40))
    pair = [("Serbia", "condemned", "Albania"), ("Croatia", "praised", "Bosnia"), ("Russia", "threatened", "France"), ("Hungary", "met", "Serbia")][i % 4]
    return f"Report {i}: {pair[0]} {pair[1]} {pair[2]}. {words}."


def write_corpus(root: Path) -> Path:
    """A folder at ``root`` with a wire story, its syndicated copy, a JSONL and a CSV corpus (6 articles)."""
    (root / "sub").mkdir(parents=True)
    (root / "wire.txt").write_text(WIRE, encoding="utf-8")
    (root / "sub" / "copy.txt").write_text(syndicated_copy(), encoding="utf-8")
    with open(root / "feed.jsonl", "w", encoding="utf-8") as fh:
        for i in range(3):
            fh.write(json.dumps({"body": unique_text(i), "headline": f"H{i}", "link": f"https://news{i}.example/x", "date": f"2025-03-0{i + 1}"}) + "\n")
    (root / "table.csv").write_text(f'title,text,source,date\nT7,"{unique_text(7)}",Outlet Seven,2025-02-02\n', encoding="utf-8")
    return root


SECOND = (
    "Serbia attacked Kosovo near the border on Friday, officials in Pristina said, and several people were hurt. "
    "Kosovo condemned Serbia and asked NATO to respond. France sanctioned Russia in a separate decision. "
    "Hungary aided Serbia with emergency supplies after the floods. Hungary delivered 4 utility helicopters to Serbia."
)
THIRD = "Croatia praised Bosnia for the reform. Croatia held joint training with Bosnia at the range near Knin. " * 2


def build_kb(path):
    """A store with a syndicated wire story (2 outlets) and two other stories, on three dates."""
    from accord import Store

    store = Store(path)
    items = [
        article(WIRE, outlet="wire.example", url="https://wire.example/1", published="2025-03-10"),
        article(syndicated_copy(), outlet="daily.example", url="https://daily.example/2", published="2025-03-11"),
        article(SECOND, outlet="balkan.example", url="https://balkan.example/3", published="2025-04-02"),
        article(THIRD, outlet="adriatic.example", url="https://adriatic.example/4", published="2024-12-30"),
    ]
    store.ingest_articles(items, pipeline=FakePipeline())
    return store


#: A story whose only joint activity, arms transfer, agreement and alliance move a learned back-off proposed.
PROPOSED = (
    "Serbia and Croatia trained together near Novi Sad in May, the army said. Officers called the drills a first step. "
    "Croatia shipped 6 patrol boats to Serbia later that month. "
    "Croatia and Serbia pledged a defence accord at the closing dinner. "
    "Croatia and Serbia closed ranks in a river league, the ministers said."
)


def build_kb_with_a_proposal(path):
    """``build_kb``'s store and one more story, whose joint activity (HRV, SRB), arms transfer
    (HRV to SRB), agreement (HRV, SRB: "defence accord") and alliance move (HRV, SRB: "river league")
    are ``found_by="model"``."""
    store = build_kb(path)
    store.ingest_articles([article(PROPOSED, outlet="army.example", url="https://army.example/5", published="2025-05-05")],
                          pipeline=FakePipeline())
    return store


# Fixtures shared by the store, runner and CLI tests (their conftest.py files import them).


@pytest.fixture
def fake() -> FakePipeline:
    return FakePipeline()


@pytest.fixture
def store(tmp_path: Path):
    from accord import Store

    with Store(tmp_path / "kb.duckdb") as s:
        yield s


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus")
