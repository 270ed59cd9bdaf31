"""PLOVER JSON: the event records of the PLOVER manual's data-field specification.

Fields follow the manual's tables (``../shared/reference/PLOVER_MANUAL.tex``, "PLOVER JSON"
and the information objects for entities, text, citations and locations):

- ``id``, ``date`` (YYYY-MM-DD; a partial date stays partial, ``2025`` or ``2025-03``),
  ``event`` (list), ``mode`` (list), ``context`` (list), ``quad_code``, ``event_text``,
  ``text`` (the evidence sentence), ``coder``, ``coded_date``;
- ``actor``/``recipient``: lists of entity objects: ``code`` (the 3-character top-level
  code: the country, or the code itself), ``sector`` (GOV, MIL ...), ``entity_text`` (as
  the article names it), ``identifier_text`` (accord's canonical name) and
  ``identifier_id`` (accord's actor code, ``SRBGOV``, ``IGONATO``) where known;
- ``event_scale``: the manual's *PLOVER score* of the event type and mode (table
  "PLOVER conflict--cooperation scores"; ``plover_scores.csv``), not the CAMEO Goldstein
  value, which is kept as ``goldstein`` beside ``cameo``. One departure: the table prints
  ``ACCUSE`` as 3 while every ACCUSE mode is negative (-2 to -3.5) and earlier editions
  gave -2.0; a missing minus sign, so ACCUSE scores -3;
- the event's status as the manual's auxiliary modes, put in ``context`` as it says:
  ``negation`` (negated), ``future`` (planned, intended, proposed), ``hypothetical``;
  occurred and ongoing events get none. ``status`` keeps accord's own word. By default only
  occurred and ongoing events are exported (``status="all"`` for every one);
- ``event_loc``: a location object with ``extracted_place`` (the place named with the event)
  and, where the offline geocoder knows it, ``name``, ``feature``, ``country`` (ISO alpha-3),
  ``lat``, ``lon`` and ``geonameid`` (GeoNames);
- ``text_info``: ``start``/``end``, the evidence's character offsets in the article, and
  ``trigger_start``/``trigger_end`` for the trigger word;
- ``cite_info``: ``url``, ``title``, ``publication`` (the outlet), ``language``,
  ``citation`` (the article id), ``coder``, ``codebook`` and ``version`` (this format's
  version, ``FORMAT_VERSION``), plus the story's ``urls``, ``outlets`` and ``article_ids``.

accord adds ``status``, ``cameo``, ``goldstein`` and ``confidence``, as the manual allows.
Written as JSONL (the manual's suggestion) unless the file ends in ``.json``, which gets one
JSON list. Streamed batch by batch in both cases.
"""

from __future__ import annotations

import csv as _csv
import datetime as dt
import json
from collections.abc import Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.interfaces.export.base import Exporter, dict_batches_for
from accord.interfaces.export.gdelt import _actor_details

if TYPE_CHECKING:
    from accord.store import Database

CODER = "accord"
#: The PLOVER codebook the events follow (the manual's ``codebook`` naming).
CODEBOOK = "plover-base"
#: Version of this export's layout; bumped when a field changes meaning or name.
FORMAT_VERSION = "accord-plover-2"

#: accord event status -> the manual's auxiliary mode (put in ``context``).
AUXILIARY_MODES = {
    "negated": "negation",
    "planned": "future",
    "intended": "future",
    "proposed": "future",
    "hypothetical": "hypothetical",
}

#: The fields of the manual's PLOVER JSON table that accord writes (plus its own additions).
PLOVER_FIELDS = (
    "id", "date", "actor", "recipient", "event", "event_loc", "event_text", "quad_code", "event_scale",
    "mode", "context", "text", "text_info", "cite_info", "coder", "coded_date",
)
ACCORD_FIELDS = ("status", "cameo", "goldstein", "confidence")


@cache
def plover_scores() -> dict[tuple[str, str], float]:
    """The manual's PLOVER scores by (TYPE, mode); mode ``""`` is the type's own score."""
    text = resources.files("accord.data.ontology").joinpath("plover_scores.csv").read_text(encoding="utf-8")
    return {(r["type"], r["mode"]): float(r["score"]) for r in _csv.DictReader(text.splitlines())}


def plover_score(event_type: str, mode: str | None) -> float | None:
    """The PLOVER score of a type and mode: the mode's, else the type's, else None."""
    scores = plover_scores()
    key = (event_type or "").upper()
    return scores.get((key, (mode or "").lower()), scores.get((key, "")))


def _entity_texts(store: Database, article_ids: list[str]) -> dict[tuple[str, str], str]:
    """The first span naming each actor, as written in the article."""
    if not article_ids:
        return {}
    rows = store.rows(
        "SELECT article_id, local_id, mentions FROM actors WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
        [sorted(set(article_ids))],
    )
    out = {}
    for r in rows:
        try:
            spans = json.loads(r["mentions"] or "[]")
        except ValueError:
            spans = []
        first = spans[0] if spans else None  # [start, end, text]
        if isinstance(first, list) and len(first) == 3 and first[2]:
            out[(r["article_id"], r["local_id"])] = first[2]
    return out


def _entities(codes: list[str], ids: list[str], article_id: str, actors: dict, texts: dict) -> list[dict[str, Any]]:
    out = []
    for code in codes:
        entity: dict[str, Any] = {"code": code[:3] if len(code) > 3 and code[:3].isalpha() and code[:3].isupper() else code}
        for local in ids:
            info = actors.get((article_id, local))
            if info and code in (info["country"], info["code"]):
                entity["code"] = info["country"] or entity["code"]
                if info["sector"]:
                    entity["sector"] = info["sector"]
                if (article_id, local) in texts:
                    entity["entity_text"] = texts[(article_id, local)]
                entity["identifier_id"] = info["code"] or code
                if info["name"]:
                    entity["identifier_text"] = info["name"]
                break
        out.append(entity)
    return out


class EventPlaces:
    """``event_loc`` objects from the offline geocoder (built once per export)."""

    def __init__(self) -> None:
        from accord.actors.geo import Geocoder

        self.geocoder = Geocoder.load()

    def event_loc(self, location: str | None) -> dict[str, Any] | None:
        if not location:
            return None
        place = self.geocoder.geocode(location)
        if place is None:
            return {"extracted_place": location}
        return {
            "extracted_place": location,
            "name": place.name,
            "feature": place.feature,
            "country": place.country,
            "lat": place.latitude,
            "lon": place.longitude,
            "geonameid": place.geonameid,
        }


def _record(e: dict[str, Any], actors: dict, texts: dict, languages: dict, today: str, places: EventPlaces) -> dict[str, Any]:
    context = list(e["context"] or [])
    auxiliary = AUXILIARY_MODES.get((e["status"] or "").lower())
    if auxiliary and auxiliary not in context:
        context.append(auxiliary)
    text_info: dict[str, Any] = {"start": e["evidence_start"], "end": e["evidence_end"]}
    if e.get("trigger_start") is not None:
        text_info.update({"trigger_start": e["trigger_start"], "trigger_end": e["trigger_end"]})
    urls = e["source_urls"] or []
    return {
        "id": e["id"],
        "date": e["date"] or (e["day"] or "")[:10] or None,
        "actor": _entities(e["actor"] or [], e["actor_ids"] or [], e["article_id"], actors, texts),
        "recipient": _entities(e["recipient"] or [], e["recipient_ids"] or [], e["article_id"], actors, texts),
        "event": [e["type"]],
        "event_loc": places.event_loc(e["location"]),
        "event_text": [e["trigger_text"]] if e["trigger_text"] else [],
        "quad_code": e["quad_class"],
        "event_scale": plover_score(e["type"], e["mode"]),
        "mode": [e["mode"]] if e["mode"] else [],
        "context": context,
        "text": e["evidence_text"],
        "text_info": text_info,
        "cite_info": {
            "citation": e["article_id"],
            "url": urls[0] if urls else None,
            "title": e["title"],
            "publication": e["outlet"],
            "language": languages.get(e["article_id"]),
            "coder": CODER,
            "codebook": CODEBOOK,
            "version": FORMAT_VERSION,
            "story_id": e["story_id"],
            "urls": urls,
            "outlets": e["source_outlets"] or [],
            "article_ids": e["source_article_ids"] or [],
        },
        "coder": CODER,
        "coded_date": today,
        "status": e["status"],
        "cameo": e["cameo"],
        "goldstein": e["goldstein"],
        "confidence": e["confidence"],
    }


def plover_records(store: Database, filters: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The PLOVER records of the filtered events, batch by batch."""
    today = dt.date.today().isoformat()
    places = EventPlaces()
    for events in dict_batches_for(store, "events", filters):
        ids = [e["article_id"] for e in events]
        actors = _actor_details(store, ids)
        texts = _entity_texts(store, ids)
        languages = {
            r["id"]: r["language"]
            for r in store.rows("SELECT id, language FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [sorted(set(ids))])
        }
        for e in events:
            yield _record(e, actors, texts, languages, today, places)


def write(store: Database, path: Path, table: str, filters: dict[str, Any]) -> int:
    as_list = path.suffix == ".json"  # the temp file keeps the target's suffix
    count = 0
    with open(path, "w", encoding="utf-8") as fh:
        if as_list:
            fh.write("[")
        for record in plover_records(store, filters):
            if as_list:
                fh.write(("\n" if count == 0 else ",\n") + json.dumps(record, ensure_ascii=False))
            else:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
        if as_list:
            fh.write("\n]\n")
    return count


EXPORTER = Exporter("plover", ".jsonl", ("events",), write, "PLOVER JSON event records (JSONL; a JSON list for .json)")
