"""GDELT 2.0 event table layout: 61 tab-separated columns, no header (as GDELT ships it).

One row per (actor, recipient) pair of an event, so an event with two recipients
makes two rows, as GDELT codes it. accord fills what it knows: dates, actor codes,
names and countries, the CAMEO code and its base and root, quad class, Goldstein,
mention/source/article counts of the story, the event location's name, and the
first source URL. Tone and geocoordinates stay empty. ``GLOBALEVENTID`` numbers the
rows; the accord event id is not part of the layout (use the CSV export to keep it).

Read it back with ``pandas.read_csv(path, sep="\\t", names=GDELT_COLUMNS, dtype=str)``
(``dtype=str`` keeps the leading zeros of CAMEO codes such as ``036``).

Text columns (names, place names, codes, the URL) that would start a spreadsheet formula
get a leading ``'`` (see ``formula.py``): these files are opened in spreadsheets too, and
genuine GDELT text never starts with ``=``, ``+``, ``-`` or ``@``. The numeric columns
(dates, counts, quad class, Goldstein, tone, coordinates) are written as they are, so a
Goldstein value of -10 stays ``-10``.
"""

from __future__ import annotations

import csv as _csv
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.interfaces.export.base import Exporter
from accord.interfaces.export.formula import neutralise
from accord.query.records import frame_rows
from accord.query.select import select

if TYPE_CHECKING:
    from accord.store import Database

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)
#: Columns holding numbers (written as they are; every other column is text).
GDELT_NUMERIC_COLUMNS = frozenset(
    {
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "IsRootEvent", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone", "DATEADDED",
    }
    | {f"{geo}_{part}" for geo in ("Actor1Geo", "Actor2Geo", "ActionGeo") for part in ("Type", "Lat", "Long")}
)


def _actor_details(store: Database, article_ids: list[str]) -> dict[tuple[str, str], dict[str, Any]]:
    if not article_ids:
        return {}
    rows = store.rows(
        "SELECT article_id, local_id, name, country, code, sector FROM actors WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
        [sorted(set(article_ids))],
    )
    return {(r["article_id"], r["local_id"]): r for r in rows}


def _actor(code: str, ids: list[str], article_id: str, actors: dict) -> tuple[str, str, str]:
    """(Actor code, name, country) for one code of an event side."""
    for local in ids:
        info = actors.get((article_id, local))
        if info and code in (info["country"], info["code"]):
            return info["code"] or code, (info["name"] or "").upper(), info["country"] or ""
    return code, "", code if len(code) == 3 else ""


def gdelt_rows(store: Database, filters: dict[str, Any]) -> list[list[str]]:
    events = frame_rows(select(store, "events", **filters))
    actors = _actor_details(store, [e["article_id"] for e in events])
    out: list[list[str]] = []
    for e in events:
        day = dt.date.fromisoformat(e["day"][:10]) if e["day"] else None
        sqldate = day.strftime("%Y%m%d") if day else ""
        fraction = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else ""
        cameo = e["cameo"] or ""
        sides1 = e["actor"] or [""]
        sides2 = e["recipient"] or [""]
        for a1 in sides1:
            for a2 in sides2:
                code1, name1, country1 = _actor(a1, e["actor_ids"] or [], e["article_id"], actors) if a1 else ("", "", "")
                code2, name2, country2 = _actor(a2, e["recipient_ids"] or [], e["article_id"], actors) if a2 else ("", "", "")
                row = dict.fromkeys(GDELT_COLUMNS, "")
                row.update(
                    {
                        "GLOBALEVENTID": str(len(out) + 1),
                        "SQLDATE": sqldate,
                        "MonthYear": sqldate[:6],
                        "Year": sqldate[:4],
                        "FractionDate": fraction,
                        "Actor1Code": code1,
                        "Actor1Name": name1,
                        "Actor1CountryCode": country1,
                        "Actor2Code": code2,
                        "Actor2Name": name2,
                        "Actor2CountryCode": country2,
                        "IsRootEvent": "1",
                        "EventCode": cameo,
                        "EventBaseCode": cameo[:3],
                        "EventRootCode": cameo[:2],
                        "QuadClass": str(e["quad_class"]),
                        "GoldsteinScale": f"{e['goldstein']:g}",
                        "NumMentions": str(len(e["source_article_ids"])),
                        "NumSources": str(len(e["source_outlets"]) or 1),
                        "NumArticles": str(len(e["source_article_ids"])),
                        "ActionGeo_FullName": e["location"] or "",
                        "ActionGeo_Type": "0" if not e["location"] else "",
                        "DATEADDED": (sqldate + "000000") if sqldate else "",
                        "SOURCEURL": (e["source_urls"] or [""])[0],
                    }
                )
                out.append([row[c] for c in GDELT_COLUMNS])
    return out


def _gdelt_cell(text: str, column: str) -> str:
    text = text.replace("\t", " ").replace("\n", " ").replace("\r", " ")
    return text if column in GDELT_NUMERIC_COLUMNS else neutralise(text)


def write(store: Database, path: Path, table: str, filters: dict[str, Any]) -> int:
    rows = gdelt_rows(store, filters)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = _csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=_csv.QUOTE_NONE, escapechar="\\")
        for row in rows:
            writer.writerow([_gdelt_cell(c, column) for c, column in zip(row, GDELT_COLUMNS)])
    return len(rows)


EXPORTER = Exporter("gdelt", ".tsv", ("events",), write, "GDELT 2.0 event table layout (61 tab-separated columns, no header)")
