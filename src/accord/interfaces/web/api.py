"""The JSON API under ``/api``: the library's queries, with the CLI's filters and checks.

Lists are paged (``limit``, ``offset``) and carry their ``total``; filter values may be
repeated (``?actor=SRB&actor=HUN``) or comma-separated (``?actor=SRB,HUN``). A value
outside its vocabulary is a 422 whose ``detail`` names the closest valid value.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Header, HTTPException, Path as PathParam, Query, UploadFile
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field
from starlette.background import BackgroundTask

from accord.interfaces.web import queries
from accord.interfaces.web.filters import check_day, check_relations, clean
from accord.interfaces.web.state import MAX_URLS, WebState, web_state
from accord.interfaces.web.vocabulary import InvalidValue

router = APIRouter(prefix="/api")

State = Annotated[WebState, Depends(web_state)]
Codes = Annotated[list[str] | None, Query(description="State or organisation code, e.g. SRB (repeatable or comma-separated).")]
Statuses = Annotated[list[str] | None, Query(description="Record status, e.g. occurred, signed (repeatable or comma-separated).")]
Since = Annotated[str | None, Query(description="On or after this date: YYYY, YYYY-MM or YYYY-MM-DD.")]
Until = Annotated[str | None, Query(description="On or before this date: YYYY, YYYY-MM or YYYY-MM-DD.")]
Outlets = Annotated[list[str] | None, Query(description="Stories carried by an outlet whose name or URL contains this.")]
Text = Annotated[str | None, Query(description="Evidence sentence or headline contains this text.")]
FoundBy = Annotated[str | None, Query(description="What found the record: rules, or model (a learned back-off behind them).")]
AllCopies = Annotated[bool, Query(description="Also list the repeats from syndicated copies (normally counted once per story).")]
Limit = Annotated[int, Query(ge=1, le=1000, description="Page size.")]
Offset = Annotated[int, Query(ge=0, description="Rows to skip.")]

#: Media types of the export formats.
EXPORT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "jsonl": "application/x-ndjson",
    "parquet": "application/vnd.apache.parquet",
    "gdelt": "text/tab-separated-values; charset=utf-8",
    "plover": "application/x-ndjson",
    "graphml": "application/xml",
    "gexf": "application/xml",
}
EXPORT_SUFFIX = {"csv": "csv", "jsonl": "jsonl", "parquet": "parquet", "gdelt": "tsv", "plover": "jsonl", "graphml": "graphml", "gexf": "gexf"}
#: Suffixes an uploaded file may have (the readers pick their format by suffix).
UPLOAD_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl", ".ndjson", ".csv", ".tsv", ".parquet", ".xml", ".rss", ".atom", ".warc", ".gz")


def _page(state: WebState, table: str, raw: dict[str, Any], limit: int, offset: int) -> dict[str, Any]:
    filters = clean(table, raw, state.vocabulary_with_store_codes())
    with state.stores.read() as store:
        return queries.page(store, table, filters, limit=limit, offset=offset).to_dict()


@router.get("/stats", tags=["overview"], summary="Counts of articles, stories, sources and records")
def stats(state: State) -> dict[str, Any]:
    with state.stores.read() as store:
        return store.stats()


@router.get("/overview", tags=["overview"], summary="Counts by kind and status, time covered, most active dyads, latest records")
def overview(state: State) -> dict[str, Any]:
    with state.stores.read() as store:
        return queries.overview(store)


@router.get("/events", tags=["records"], summary="Events, counted once per story")
def events(
    state: State,
    actor: Codes = None,
    dyad: Annotated[list[str] | None, Query(description="SRB-XKX (either direction) or SRB>XKX (SRB acting on XKX).")] = None,
    type: Annotated[list[str] | None, Query(description="PLOVER event type, e.g. ACCUSE.")] = None,
    cameo: Annotated[list[str] | None, Query(description="CAMEO code or prefix, e.g. 11 or 111.")] = None,
    context: Annotated[list[str] | None, Query(description="PLOVER context, e.g. military.")] = None,
    mode: Annotated[list[str] | None, Query(description="PLOVER mode, e.g. visit.")] = None,
    status: Statuses = None,
    since: Since = None,
    until: Until = None,
    outlet: Outlets = None,
    text: Text = None,
    all_copies: AllCopies = False,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    raw = dict(actor=actor, dyad=dyad, type=type, cameo=cameo, context=context, mode=mode, status=status, since=since,
               until=until, outlet=outlet, text=text, all_copies=all_copies)
    return _page(state, "events", raw, limit, offset)


@router.get("/agreements", tags=["records"], summary="Agreements between states, counted once per story")
def agreements(
    state: State,
    party: Codes = None,
    status: Statuses = None,
    domain: Annotated[list[str] | None, Query(description="Agreement domain, e.g. defence.")] = None,
    found_by: FoundBy = None,
    since: Since = None,
    until: Until = None,
    outlet: Outlets = None,
    text: Text = None,
    all_copies: AllCopies = False,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    raw = dict(party=party, status=status, domain=domain, found_by=found_by, since=since, until=until, outlet=outlet, text=text,
               all_copies=all_copies)
    return _page(state, "agreements", raw, limit, offset)


@router.get("/transfers", tags=["records"], summary="Arms transfers, counted once per story")
def transfers(
    state: State,
    supplier: Codes = None,
    recipient: Codes = None,
    item: Annotated[list[str] | None, Query(description="Item name contains this, e.g. Rafale.")] = None,
    category: Annotated[list[str] | None, Query(description="Category contains this, e.g. aircraft.")] = None,
    status: Statuses = None,
    year: Annotated[list[str] | None, Query(description="Transfer year, e.g. 2024.")] = None,
    found_by: FoundBy = None,
    since: Since = None,
    until: Until = None,
    outlet: Outlets = None,
    text: Text = None,
    all_copies: AllCopies = False,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    raw = dict(supplier=supplier, recipient=recipient, item=item, category=category, status=status, year=year, found_by=found_by,
               since=since, until=until, outlet=outlet, text=text, all_copies=all_copies)
    return _page(state, "transfers", raw, limit, offset)


@router.get("/activities", tags=["records"], summary="Joint military activities, counted once per story")
def activities(
    state: State,
    party: Codes = None,
    kind: Annotated[list[str] | None, Query(description="Activity kind, e.g. exercises.")] = None,
    status: Statuses = None,
    found_by: FoundBy = None,
    since: Since = None,
    until: Until = None,
    outlet: Outlets = None,
    text: Text = None,
    all_copies: AllCopies = False,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    raw = dict(party=party, kind=kind, status=status, found_by=found_by, since=since, until=until, outlet=outlet, text=text,
               all_copies=all_copies)
    return _page(state, "activities", raw, limit, offset)


@router.get("/alliances", tags=["records"], summary="Alliance moves: proposed, formed, suspended, dissolved")
def alliances(
    state: State,
    member: Codes = None,
    status: Statuses = None,
    found_by: FoundBy = None,
    since: Since = None,
    until: Until = None,
    outlet: Outlets = None,
    text: Text = None,
    all_copies: AllCopies = False,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    raw = dict(member=member, status=status, found_by=found_by, since=since, until=until, outlet=outlet, text=text,
               all_copies=all_copies)
    return _page(state, "alliances", raw, limit, offset)


@router.get("/actors", tags=["records"], summary="Actors across stories: how often reported, in how many events")
def actors(
    state: State,
    kind: Annotated[list[str] | None, Query(description="state, person, organization or group.")] = None,
    country: Codes = None,
    name: Annotated[str | None, Query(description="Name contains this text.")] = None,
    outlet: Outlets = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    filters = clean("actors", dict(kind=kind, country=country, name=name, outlet=outlet), state.vocabulary_with_store_codes())
    with state.stores.read() as store:
        frame = store.actors_frame(**filters)
    from accord.query.records import json_rows

    return {"total": len(frame), "limit": limit, "offset": offset, "items": json_rows(frame.iloc[offset : offset + limit])}


@router.get("/dyad/{a}/{b}", tags=["relations"], summary="The relation between two states over time")
def dyad(state: State, a: str, b: str, since: Since = None, until: Until = None,
         outlet: Annotated[str | None, Query(description="Only stories from outlets whose name or URL contains this.")] = None) -> dict[str, Any]:
    vocabulary = state.vocabulary_with_store_codes()
    a, b = vocabulary.check_codes("a", [a])[0], vocabulary.check_codes("b", [b])[0]
    check_day("since", since)
    check_day("until", until, end=True)
    with state.stores.read() as store:
        summary = store.dyad(a, b, since=since, until=until, outlet=outlet)
    data = summary.to_dict()
    data["names"] = {a: vocabulary.name(a), b: vocabulary.name(b)}
    return data


@router.get("/countries/{code}", tags=["relations"], summary="A state's partners, purchases, sales, agreements and condemnations")
def country(state: State, code: str) -> dict[str, Any]:
    vocabulary = state.vocabulary_with_store_codes()
    code = vocabulary.check_codes("code", [code])[0]
    with state.stores.read() as store:
        data = queries.country(store, code)
    data["name"] = vocabulary.name(code)
    return data


@router.get("/network", tags=["relations"], summary="States as nodes, relations as weighted edges")
def network(
    state: State,
    relation: Annotated[list[str] | None, Query(description="events, transfers and/or alliances (default: all).")] = None,
    type: Annotated[list[str] | None, Query(description="PLOVER event type (events only).")] = None,
    status: Statuses = None,
    since: Since = None,
    until: Until = None,
    outlet: Outlets = None,
) -> dict[str, Any]:
    relations = check_relations(relation)
    filters = clean("events", dict(type=type, status=status, since=since, until=until, outlet=outlet), state.vocabulary_with_store_codes())
    with state.stores.read() as store:
        return queries.network(store, filters, relations)


@router.get("/records/{record_id}", tags=["records"], summary="One record with its evidence, article and every source of its story")
def record(state: State, record_id: Annotated[str, PathParam(description="ARTICLE_ID:LOCAL_ID, e.g. 3f2a...:e1")]) -> dict[str, Any]:
    with state.stores.read() as store:
        data = queries.record(store, record_id)
    if data is None:
        raise HTTPException(404, f"no record with id {record_id!r}")
    return data


@router.get("/articles/{ident}", tags=["records"], summary="An article (or a story's first article) with every record extracted from it")
def article(state: State, ident: Annotated[str, PathParam(description="An article id, a story id, or a unique prefix (6+ characters).")]) -> dict[str, Any]:
    from accord.errors import StoreError

    with state.stores.read() as store:
        try:
            view = store.show(ident)
        except StoreError as exc:
            raise HTTPException(404, str(exc)) from None
        from accord.query.records import plain

        return plain(view.to_dict())


@router.get("/search", tags=["records"], summary="Records whose evidence sentence or headline contains the text")
def search(
    state: State,
    q: Annotated[str, Query(min_length=2, max_length=200, description="Text to find (case-insensitive).")],
    kind: Annotated[list[str] | None, Query(description="events, agreements, transfers, activities or alliances (default: all).")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    from accord.query.select import values

    kinds = tuple(state.vocabulary.check_choice("kind", values(kind), queries.TABLES, "record kind")) if kind else queries.TABLES
    with state.stores.read() as store:
        return {"q": q, "results": queries.search(store, q, limit=limit, offset=offset, kinds=kinds)}


@router.get("/errors", tags=["overview"], summary="Items that failed to ingest, and why")
def errors(state: State, warnings: bool = False) -> list[dict[str, Any]]:
    with state.stores.read() as store:
        return [e.to_dict() for e in store.errors(include_warnings=warnings)]


@router.get("/export/{table}", tags=["export"], summary="Download records in an export format (streamed from a temporary file)")
def export(
    state: State,
    table: Annotated[str, PathParam(description="events, actors, agreements, transfers, activities or alliances.")],
    format: Annotated[str, Query(description="csv, jsonl, parquet (any table); gdelt, plover, graphml, gexf (events).")] = "csv",
    actor: Codes = None,
    dyad: Annotated[list[str] | None, Query(description="SRB-XKX or SRB>XKX (events).")] = None,
    type: Annotated[list[str] | None, Query(description="PLOVER event type (events).")] = None,
    status: Statuses = None,
    found_by: Annotated[
        str | None, Query(description="What found the record: rules, or model (a learned back-off behind them); agreements, "
                                      "transfers, activities, alliances.")
    ] = None,
    since: Since = None,
    until: Until = None,
    outlet: Outlets = None,
    text: Text = None,
    all_copies: AllCopies = False,
) -> FileResponse:
    from accord.interfaces.export import EXPORTERS, TABLES
    from accord.interfaces.web.vocabulary import suggest

    if table not in TABLES:
        hint = suggest(table, TABLES)
        raise InvalidValue("table", table, f"unknown table {table!r}" + (f"; did you mean {hint}?" if hint else ""), hint)
    exporter = EXPORTERS.get(format)
    if exporter is None:
        hint = suggest(format, EXPORTERS)
        raise InvalidValue("format", format, f"unknown export format {format!r}" + (f"; did you mean {hint}?" if hint else ""), hint)
    if table not in exporter.tables:
        raise InvalidValue("format", format, f"the {format} export writes {' or '.join(exporter.tables)}, not {table}")
    raw = dict(actor=actor, dyad=dyad, type=type, status=status, found_by=found_by, since=since, until=until, outlet=outlet, text=text,
               all_copies=all_copies)
    filters = clean(table, raw, state.vocabulary_with_store_codes())
    folder = tempfile.mkdtemp(prefix="accord-export-")
    out = Path(folder) / f"{table}.{EXPORT_SUFFIX[format]}"
    try:
        with state.stores.read() as store:
            store.export(format, out, table=table, **filters)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return FileResponse(out, media_type=EXPORT_TYPES[format], filename=out.name, background=BackgroundTask(shutil.rmtree, folder, True))


# ---- writing (token only) ---------------------------------------------------------------------


class IngestURLs(BaseModel):
    urls: list[str] = Field(..., min_length=1, max_length=MAX_URLS, description="Pages or RSS/Atom feeds (http or https).")


def upload_suffix(filename: str) -> str:
    """The suffix that tells the readers the format, compound ones kept (``.jsonl.gz``, ``.warc.gz``)."""
    from accord.ingest.sources import TABLE_SUFFIXES, WARC_SUFFIXES

    name = filename.lower()
    for suffix in TABLE_SUFFIXES + WARC_SUFFIXES:
        if name.endswith(suffix):
            return suffix
    return Path(name).suffix


def request_token(authorization: str | None, x_accord_token: str | None) -> str | None:
    """The token a request carries: ``Authorization: Bearer TOKEN`` or ``X-Accord-Token``."""
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return x_accord_token


def _summary(summary: Any) -> dict[str, Any]:
    c = summary.counts
    return {
        "added": c.added, "duplicates": c.duplicates, "syndicated": c.syndicated, "events": c.events, "records": c.records,
        "errors": c.errors, "warnings": c.warnings, "seconds": round(summary.seconds, 3),
        "notices": [{"level": n.level, "code": n.code, "item": n.item, "message": n.message} for n in summary.notices[:100]],
    }


def _ingest(state: WebState, sources: list[str]) -> dict[str, Any]:
    from accord.ingest.sources import SourceOptions

    pipeline = state.pipeline()
    with state.stores.write() as store:
        summary = store.ingest(sources, pipeline=pipeline, options=SourceOptions(allow_private=state.allow_private))
    state.forget_store_codes()
    return _summary(summary)


@router.post("/ingest", tags=["write"], summary="Fetch and ingest pages or feeds (needs the token)")
def ingest_urls(
    state: State,
    body: IngestURLs,
    authorization: Annotated[str | None, Header()] = None,
    x_accord_token: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    state.check_token(request_token(authorization, x_accord_token))
    for url in body.urls:
        if not re.match(r"^https?://[^\s/]+", url, re.IGNORECASE):
            raise InvalidValue("urls", url, f"only http and https URLs can be ingested, got {url!r}")
    return _ingest(state, body.urls)


@router.post("/ingest/files", tags=["write"], summary="Upload and ingest files (needs the token)")
def ingest_files(
    state: State,
    files: Annotated[list[UploadFile], File(description="Article files: txt, html, json, jsonl, csv, parquet, warc ...")],
    authorization: Annotated[str | None, Header()] = None,
    x_accord_token: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    state.check_token(request_token(authorization, x_accord_token))
    folder = tempfile.mkdtemp(prefix="accord-upload-")
    try:
        paths, total = [], 0
        for number, upload in enumerate(files, 1):
            suffix = upload_suffix(upload.filename or "")
            if not suffix.endswith(UPLOAD_SUFFIXES):
                raise InvalidValue("files", upload.filename or "", f"cannot read a {suffix or 'suffix-less'} file; upload one of {', '.join(UPLOAD_SUFFIXES)}")
            # The name is ours: nothing from the request reaches the file system but the bytes.
            path = Path(folder) / f"upload-{number}{suffix}"
            with open(path, "wb") as out:
                while chunk := upload.file.read(1 << 20):
                    total += len(chunk)
                    if total > state.max_upload_bytes:
                        raise HTTPException(413, f"uploads are limited to {state.max_upload_bytes:,} bytes per request")
                    out.write(chunk)
            paths.append(str(path))
        return _ingest(state, paths)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


__all__ = ["router"]
