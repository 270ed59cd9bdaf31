"""PLOVER JSON: the event records of the PLOVER data-field specification.

Field names follow the PLOVER manual's table of JSON fields: ``id``, ``date``,
``actor``/``recipient`` (lists of entity objects), ``event``, ``mode``, ``context``,
``quad_code``, ``event_scale`` (the Goldstein value), ``event_text``, ``text``,
``event_loc``, ``cite_info``, ``coder``, ``coded_date``. accord adds ``status``
(occurred, planned, negated ...), ``cameo`` and ``confidence``, as the manual
allows. Written as JSONL (the manual's suggestion) unless the file ends in ``.json``,
which gets one JSON list.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.interfaces.export.base import Exporter
from accord.interfaces.export.gdelt import _actor_details
from accord.query.records import frame_rows
from accord.query.select import select

if TYPE_CHECKING:
    from accord.store import Database

CODER = "accord"


def _entities(codes: list[str], ids: list[str], article_id: str, actors: dict) -> list[dict[str, Any]]:
    out = []
    for code in codes:
        entity: dict[str, Any] = {"code": code}
        for local in ids:
            info = actors.get((article_id, local))
            if info and code in (info["country"], info["code"]):
                entity.update({"name": info["name"], "country": info["country"]})
                if info["code"] and info["code"] != code:
                    entity["actor_code"] = info["code"]
                if info["sector"]:
                    entity["sector"] = info["sector"]
                break
        out.append(entity)
    return out


def plover_records(store: Database, filters: dict[str, Any]) -> list[dict[str, Any]]:
    events = frame_rows(select(store, "events", **filters))
    actors = _actor_details(store, [e["article_id"] for e in events])
    today = dt.date.today().isoformat()
    records = []
    for e in events:
        records.append(
            {
                "id": e["id"],
                "date": (e["day"] or "")[:10] or None,
                "actor": _entities(e["actor"] or [], e["actor_ids"] or [], e["article_id"], actors),
                "recipient": _entities(e["recipient"] or [], e["recipient_ids"] or [], e["article_id"], actors),
                "event": [e["type"]],
                "mode": [e["mode"]] if e["mode"] else [],
                "context": e["context"] or [],
                "quad_code": e["quad_class"],
                "event_scale": e["goldstein"],
                "event_text": [e["trigger_text"]] if e["trigger_text"] else [],
                "text": e["evidence_text"],
                "event_loc": {"name": e["location"]} if e["location"] else None,
                "cite_info": {
                    "story_id": e["story_id"],
                    "article_id": e["article_id"],
                    "title": e["title"],
                    "outlets": e["source_outlets"],
                    "urls": e["source_urls"],
                    "article_ids": e["source_article_ids"],
                },
                "status": e["status"],
                "cameo": e["cameo"],
                "confidence": e["confidence"],
                "coder": CODER,
                "coded_date": today,
            }
        )
    return records


def write(store: Database, path: Path, table: str, filters: dict[str, Any]) -> int:
    records = plover_records(store, filters)
    as_list = path.suffix == ".json"  # the temp file keeps the target's suffix
    with open(path, "w", encoding="utf-8") as fh:
        if as_list:
            json.dump(records, fh, ensure_ascii=False, indent=1)
        else:
            for record in records:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(records)


EXPORTER = Exporter("plover", ".jsonl", ("events",), write, "PLOVER JSON event records (JSONL; a JSON list for .json)")
