"""What an export should read back as: the store's own rows for a table, as JSON."""

from __future__ import annotations

from accord.query.records import json_rows


def expected_rows(kb, table, **filters):
    frame = kb.actors_frame(**filters) if table == "actors" else getattr(kb, f"{table}_frame")(**filters)
    return json_rows(frame)


def flat(rows):
    """JSON rows with the nested sources flattened back to the frame's columns."""
    out = []
    for row in rows:
        row = dict(row)
        sources = row.pop("sources", None)
        if sources is not None:
            row.update({"source_outlets": sources["outlets"], "source_urls": sources["urls"], "source_article_ids": sources["article_ids"]})
        out.append(row)
    return out
