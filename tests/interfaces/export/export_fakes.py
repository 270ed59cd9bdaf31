"""A store whose events have every status, with sectors, partial dates, places, a transfer and
an alliance: what the export tests check formats against (``build_status_kb``).

Built on the store tests' ``store_fakes`` (tests/store), which must be importable.
"""

from __future__ import annotations

#: Two paragraphs; the second one's events are not root events in GDELT's sense.
STATUS_TEXT = (
    "The Serbian government condemned Albania in Tirana. Serbia does not recognise Kosovo.\n\n"
    "Serbia plans to buy drones from China next year. If Hungary aided Serbia, talks would follow. "
    "Serbia proposed talks with Croatia. Fighting between Serbia and Kosovo goes on. "
    "China delivered 6 drones to Serbia. Serbia joined an alliance with Hungary."
)


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def status_extract(article):
    """Fixed records for ``STATUS_TEXT``: one event per status, plus a transfer and an alliance."""
    from accord.records import Actor, Alliance, ArmsTransfer, Event, Evidence, Extraction, Span

    text = article.text

    def actor(local, name, country, sector=None, code=None):
        start, end = _span(text, name)
        return Actor(local, name if not sector else f"{name} Government", "state", country, sector, None, code or country,
                     (Span(start, end, name),))

    actors = (
        actor("a1", "Serbian government", "SRB", "GOV", "SRBGOV"),
        actor("a2", "Albania", "ALB"), actor("a3", "Kosovo", "XKX"), actor("a4", "China", "CHN"),
        actor("a5", "Hungary", "HUN"), actor("a6", "Croatia", "HRV"),
    )

    def evidence(sentence, trigger):
        start, end = _span(text, sentence)
        t0 = text.index(trigger, start)
        return Evidence(sentence, start, end, Span(t0, t0 + len(trigger), trigger))

    def event(i, kind, mode, cameo, quad, goldstein, a, b, ids, status, date, place, sentence, trigger):
        return Event(f"e{i}", kind, mode, ("military",) if kind == "ASSAULT" else (), cameo, quad, goldstein, a, b, ids[0], ids[1],
                     status, date, place, evidence(sentence, trigger), 0.8)

    events = (
        event(1, "ACCUSE", "disapprove", "111", 3, -2.0, ("SRB",), ("ALB",), (("a1",), ("a2",)), "occurred", "2025", "Tirana",
              "The Serbian government condemned Albania in Tirana.", "condemned"),
        event(2, "SUPPORT", None, "054", 1, 6.0, ("SRB",), ("XKX",), (("a1",), ("a3",)), "negated", None, None,
              "Serbia does not recognise Kosovo.", "recognise"),
        event(3, "AGREE", None, "030", 1, 4.0, ("SRB",), ("CHN",), (("a1",), ("a4",)), "planned", "2026", None,
              "Serbia plans to buy drones from China next year.", "plans"),
        event(4, "AID", None, "070", 2, 7.0, ("HUN",), ("SRB",), (("a5",), ("a1",)), "hypothetical", None, None,
              "If Hungary aided Serbia, talks would follow.", "aided"),
        event(5, "CONSULT", None, "036", 1, 4.0, ("SRB",), ("HRV",), (("a1",), ("a6",)), "proposed", None, None,
              "Serbia proposed talks with Croatia.", "proposed"),
        event(6, "ASSAULT", None, "190", 4, -10.0, ("SRB",), ("XKX",), (("a1",), ("a3",)), "ongoing", "2025-03", None,
              "Fighting between Serbia and Kosovo goes on.", "Fighting"),
    )
    transfers = (
        ArmsTransfer("t1", ("CHN",), ("SRB",), "drones", "unmanned aerial vehicle", (), 6, "delivered", 2025,
                     evidence("China delivered 6 drones to Serbia.", "delivered")),
    )
    alliances = (Alliance("l1", ("HUN", "SRB"), "formal", ("a1",), evidence("Serbia joined an alliance with Hungary.", "joined")),)
    return Extraction(article=article, actors=actors, events=events, arms_transfers=transfers, alliances=alliances)


class StatusPipeline:
    model_name = "status-1"

    def extract_many(self, articles):
        for article in articles:
            yield status_extract(article)


def build_status_kb(path):
    """A store of one article whose six events have six different statuses (and one transfer, one alliance)."""
    from store_fakes import article

    from accord import Store

    store = Store(path)
    store.ingest_articles([article(STATUS_TEXT, outlet="news.example", url="https://news.example/1", published="2025-03-20")],
                          pipeline=StatusPipeline())
    return store
