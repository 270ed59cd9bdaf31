"""Records to table rows and back.

``extraction_rows`` flattens one ``Extraction`` into rows for every record table;
``extraction_from_rows`` rebuilds the exact same records from them, so
``store.extraction(article_id) == pipeline.extract(article)`` (ids aside: the store
prefixes record ids with the article id, and keeps the local id beside it).

Each record also gets a ``dup_key``: what it says, without where it was said
(type, codes, status ...) plus its occurrence number in the article. Two articles of
one story that say the same thing produce the same keys, and only the earliest
article's record is *primary*: the one counted in queries and statistics.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

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

#: Tables whose records are de-duplicated across the articles of a story.
RECORD_TABLES = ("events", "agreements", "transfers", "activities", "alliances")
#: Every table that holds records extracted from an article.
EXTRACTED_TABLES = ("actors", *RECORD_TABLES, "equipment", "notices")

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def day_of(value: str | None, fallback: str | None = None) -> dt.date | None:
    """The first day a (possibly partial) ISO date covers: ``2025-03`` -> 2025-03-01."""
    for candidate in (value, fallback):
        if not candidate:
            continue
        match = _PARTIAL.match(candidate)
        if not match:
            continue
        try:
            return dt.date(int(match.group(1)), int(match.group(2) or 1), int(match.group(3) or 1))
        except ValueError:
            continue
    return None


def _year_day(year: int | None, published: str | None) -> dt.date | None:
    """A transfer's day: the publication date when it falls in the transfer's year, else 1 January."""
    day = day_of(published)
    if year is None or (day is not None and day.year == year):
        return day
    return day_of(str(year))


def _evidence(ev: Evidence) -> dict[str, Any]:
    trigger = ev.trigger
    return {
        "evidence_text": ev.text,
        "evidence_start": ev.start,
        "evidence_end": ev.end,
        "trigger_text": trigger.text if trigger else None,
        "trigger_start": trigger.start if trigger else None,
        "trigger_end": trigger.end if trigger else None,
    }


def _spans_json(spans: Iterable[Span]) -> str:
    return json.dumps([[s.start, s.end, s.text] for s in spans], ensure_ascii=False)


def _key(*parts: Any) -> str:
    return "|".join(",".join(sorted(p)) if isinstance(p, tuple) else ("" if p is None else str(p)) for p in parts)


def extraction_rows(extraction: Extraction, story_id: str) -> dict[str, list[dict[str, Any]]]:
    """Rows for every record table from one extraction (is_primary left True)."""
    article = extraction.article
    aid = article.id
    base = lambda local: {"id": f"{aid}:{local}", "article_id": aid, "story_id": story_id, "local_id": local}  # noqa: E731
    seen: Counter[str] = Counter()

    def dup(table: str, key: str) -> str:
        seen[(table, key)] += 1  # type: ignore[index]
        return f"{key}#{seen[(table, key)]}"  # type: ignore[index]

    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in EXTRACTED_TABLES}
    for a in extraction.actors:
        rows["actors"].append(
            base(a.id)
            | {
                "name": a.name,
                "kind": a.kind,
                "country": a.country,
                "sector": a.sector,
                "role": a.role,
                "code": a.code,
                "mentions": _spans_json(a.mentions),
                "n_mentions": len(a.mentions),
            }
        )
    for e in extraction.events:
        key = _key(e.type, e.mode, e.cameo, tuple(e.actor), tuple(e.recipient), e.status)
        rows["events"].append(
            base(e.id)
            | {
                "type": e.type,
                "mode": e.mode,
                "context": list(e.context),
                "cameo": e.cameo,
                "quad_class": e.quad_class,
                "goldstein": e.goldstein,
                "actor": list(e.actor),
                "recipient": list(e.recipient),
                "actor_ids": list(e.actor_ids),
                "recipient_ids": list(e.recipient_ids),
                "speaker_ids": list(e.speaker_ids),
                "status": e.status,
                "date": e.date,
                "day": day_of(e.date, article.published),
                "location": e.location,
                "confidence": e.confidence,
            }
            | _evidence(e.evidence)
            | {"dup_key": dup("events", key), "is_primary": True}
        )
    for g in extraction.agreements:
        key = _key(g.name.lower() if g.name else None, tuple(g.parties), g.status, g.domain)
        rows["agreements"].append(
            base(g.id)
            | {
                "name": g.name,
                "parties": list(g.parties),
                "signatories": list(g.signatories),
                "status": g.status,
                "date": g.date,
                "day": day_of(g.date, article.published),
                "place": g.place,
                "domain": g.domain,
                "history": json.dumps([s.to_dict() for s in g.history], ensure_ascii=False),
            }
            | _evidence(g.evidence)
            | {"dup_key": dup("agreements", key), "is_primary": True}
        )
    for t in extraction.arms_transfers:
        key = _key(tuple(t.supplier), tuple(t.recipient), (t.item or "").lower(), t.category, t.status, t.year)
        rows["transfers"].append(
            base(t.id)
            | {
                "supplier": list(t.supplier),
                "recipient": list(t.recipient),
                "item": t.item,
                "category": t.category,
                "manufacturer": list(t.manufacturer),
                "quantity": t.quantity,
                "status": t.status,
                "year": t.year,
                "day": _year_day(t.year, article.published),
            }
            | _evidence(t.evidence)
            | {"dup_key": dup("transfers", key), "is_primary": True}
        )
    for v in extraction.activities:
        key = _key(tuple(v.parties), tuple(v.kinds), v.status, v.period)
        rows["activities"].append(
            base(v.id)
            | {
                "parties": list(v.parties),
                "count": v.count,
                "kinds": list(v.kinds),
                "period": v.period,
                "status": v.status,
                "day": day_of(v.period, article.published),
            }
            | _evidence(v.evidence)
            | {"dup_key": dup("activities", key), "is_primary": True}
        )
    for al in extraction.alliances:
        key = _key(tuple(al.members), al.status, (al.name or "").lower())
        rows["alliances"].append(
            base(al.id)
            | {
                "name": al.name,
                "members": list(al.members),
                "status": al.status,
                "advocates": list(al.advocates),
                "day": day_of(article.published),
            }
            | _evidence(al.evidence)
            | {"dup_key": dup("alliances", key), "is_primary": True}
        )
    for q in extraction.equipment:
        rows["equipment"].append(
            base(q.id)
            | {
                "name": q.name,
                "category": q.category,
                "origin": q.origin,
                "manufacturer": list(q.manufacturer),
                "kind": q.kind,
                "mentions": _spans_json(q.mentions),
            }
        )
    for n in extraction.notices:
        rows["notices"].append({"article_id": aid, "level": n.level, "code": n.code, "message": n.message, "item": n.item})
    return rows


# ---- back to records ----------------------------------------------------------------------


def _t(value: Any) -> tuple:
    if value is None:
        return ()
    return tuple(value)


def _none(value: Any) -> Any:
    """NaN/NaT (from DataFrames) to None."""
    try:
        if value != value:  # noqa: PLR0124 - NaN check
            return None
    except (TypeError, ValueError):
        return value
    if value is not None and type(value).__name__ == "NaTType":
        return None
    return value


def _int(value: Any) -> int | None:
    value = _none(value)
    return None if value is None else int(value)


def evidence_of(row: dict[str, Any]) -> Evidence:
    trigger = None
    if _none(row.get("trigger_start")) is not None:
        trigger = Span(int(row["trigger_start"]), int(row["trigger_end"]), row["trigger_text"])
    return Evidence(row["evidence_text"], int(row["evidence_start"]), int(row["evidence_end"]), trigger)


def _spans(text: str | None) -> tuple[Span, ...]:
    if not text:
        return ()
    return tuple(Span(int(s), int(e), t) for s, e, t in json.loads(text))


def article_from_row(row: dict[str, Any]) -> Article:
    return Article(
        id=row["id"],
        text=row["text"],
        title=_none(row.get("title")),
        outlet=_none(row.get("outlet")),
        published=_none(row.get("published")),
        url=_none(row.get("url")),
        language=_none(row.get("language")),
        author=_none(row.get("author")),
        source=_none(row.get("source")),
        format=row.get("format") or "text",
        removed=_t(_none(row.get("removed"))),
    )


def extraction_from_rows(article: Article, rows: dict[str, list[dict[str, Any]]]) -> Extraction:
    """Rebuild the ``Extraction`` of one article from its stored rows (record ids made local)."""
    return Extraction(
        article=article,
        actors=tuple(
            Actor(
                id=r["local_id"],
                name=r["name"],
                kind=r["kind"],
                country=_none(r["country"]),
                sector=_none(r["sector"]),
                role=_none(r["role"]),
                code=_none(r["code"]),
                mentions=_spans(r["mentions"]),
            )
            for r in rows.get("actors", [])
        ),
        events=tuple(
            Event(
                id=r["local_id"],
                type=r["type"],
                mode=_none(r["mode"]),
                context=_t(r["context"]),
                cameo=r["cameo"],
                quad_class=int(r["quad_class"]),
                goldstein=float(r["goldstein"]),
                actor=_t(r["actor"]),
                recipient=_t(r["recipient"]),
                actor_ids=_t(r["actor_ids"]),
                recipient_ids=_t(r["recipient_ids"]),
                status=r["status"],
                date=_none(r["date"]),
                location=_none(r["location"]),
                evidence=evidence_of(r),
                confidence=float(r["confidence"]),
                speaker_ids=_t(r["speaker_ids"]),
            )
            for r in rows.get("events", [])
        ),
        agreements=tuple(
            Agreement(
                id=r["local_id"],
                name=r["name"],
                parties=_t(r["parties"]),
                signatories=_t(r["signatories"]),
                status=r["status"],
                date=_none(r["date"]),
                place=_none(r["place"]),
                domain=r["domain"],
                evidence=evidence_of(r),
                history=tuple(
                    AgreementStage(
                        s["status"],
                        s["date"],
                        Evidence(
                            s["evidence"]["text"],
                            s["evidence"]["start"],
                            s["evidence"]["end"],
                            Span(**s["evidence"]["trigger"]) if s["evidence"].get("trigger") else None,
                        ),
                    )
                    for s in json.loads(r["history"] or "[]")
                ),
            )
            for r in rows.get("agreements", [])
        ),
        arms_transfers=tuple(
            ArmsTransfer(
                id=r["local_id"],
                supplier=_t(r["supplier"]),
                recipient=_t(r["recipient"]),
                item=_none(r["item"]),
                category=_none(r["category"]),
                manufacturer=_t(r["manufacturer"]),
                quantity=_int(r["quantity"]),
                status=r["status"],
                year=_int(r["year"]),
                evidence=evidence_of(r),
            )
            for r in rows.get("transfers", [])
        ),
        activities=tuple(
            Activity(
                id=r["local_id"],
                parties=_t(r["parties"]),
                count=_int(r["count"]),
                kinds=_t(r["kinds"]),
                period=_none(r["period"]),
                status=r["status"],
                evidence=evidence_of(r),
            )
            for r in rows.get("activities", [])
        ),
        alliances=tuple(
            Alliance(
                id=r["local_id"],
                members=_t(r["members"]),
                status=r["status"],
                advocates=_t(r["advocates"]),
                evidence=evidence_of(r),
                name=_none(r["name"]),
            )
            for r in rows.get("alliances", [])
        ),
        equipment=tuple(
            Equipment(
                id=r["local_id"],
                name=r["name"],
                category=_none(r["category"]),
                origin=_none(r["origin"]),
                manufacturer=_t(r["manufacturer"]),
                kind=_none(r["kind"]),
                mentions=_spans(r["mentions"]),
            )
            for r in rows.get("equipment", [])
        ),
        notices=tuple(Notice(r["level"], r["code"], r["message"], _none(r["item"])) for r in rows.get("notices", [])),
    )
