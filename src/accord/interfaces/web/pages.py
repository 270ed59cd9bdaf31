"""The dashboard: server-rendered pages over the same queries as the API.

Templates are Jinja2 with autoescaping on for every page, so every string from an
article, a feed or a URL is escaped in text and in attributes; links to article URLs
are drawn only for http(s) URLs. Filters live in the query string, so every view is a
shareable link.
"""

from __future__ import annotations

from importlib import resources
from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from accord.interfaces.web import charts, queries
from accord.interfaces.web.filters import check_relations, clean
from accord.interfaces.web.state import WebState, web_state
from accord.interfaces.web.vocabulary import STATUSES

router = APIRouter(include_in_schema=False)
State = Annotated[WebState, Depends(web_state)]
ListQuery = Annotated[list[str] | None, Query()]
PAGE_SIZE = 50

_environment: Any = None


def environment() -> Any:
    """The Jinja2 environment (built on first use; autoescape on for every template)."""
    global _environment
    if _environment is None:
        import jinja2

        folder = str(resources.files("accord.interfaces.web").joinpath("templates"))
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(folder), autoescape=True, undefined=jinja2.StrictUndefined)
        env.filters["http_url"] = http_url
        env.filters["query"] = lambda params: urlencode([(k, v) for k, v in params.items() if v not in (None, "", [])], doseq=True)
        env.filters["codes"] = lambda values: ", ".join(values or [])
        env.globals["QUAD_NAMES"] = charts.QUAD_NAMES
        env.globals["RELATION_NAMES"] = charts.RELATION_NAMES
        _environment = env
    return _environment


def http_url(value: Any) -> str | None:
    """``value`` if it is an http(s) URL (safe to link to), else None."""
    if not isinstance(value, str):
        return None
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return None
    return value.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    html = environment().get_template(template).render(request_path=request.url.path, **context)
    return HTMLResponse(html, status_code=status_code)


def error_page(request: Request, status_code: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status_code=status_code, title=f"Error {status_code}", status=status_code, message=message)


def _names(state: WebState, codes: Any) -> dict[str, str]:
    return {c: state.vocabulary.name(c) for c in codes}


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, state: State) -> HTMLResponse:
    with state.stores.read() as store:
        data = queries.overview(store)
    stats = data["stats"]
    kinds = charts.hbars([(k, int(stats[k]), f"/search?kind={k}") for k in ("events", "agreements", "transfers", "activities", "alliances")], css="bar")
    dyads = charts.hbars([(f"{d['a']} – {d['b']}", d["events"], f"/dyad/{d['a']}/{d['b']}") for d in data["dyads"]], css="bar")
    codes = {c for d in data["dyads"] for c in (d["a"], d["b"])}
    return render(request, "overview.html", title="Overview", data=data, kinds=kinds, dyads=dyads, names=_names(state, codes))


@router.get("/dyad")
def dyad_form(a: str = "", b: str = "") -> Response:
    a, b = a.strip().upper(), b.strip().upper()
    if not a.isalnum() or not b.isalnum():
        return RedirectResponse("/", status_code=303)
    return RedirectResponse(f"/dyad/{a}/{b}", status_code=303)


@router.get("/dyad/{a}/{b}", response_class=HTMLResponse)
def dyad(request: Request, state: State, a: str, b: str, since: str | None = None, until: str | None = None, outlet: str | None = None) -> HTMLResponse:
    vocabulary = state.vocabulary_with_store_codes()
    a, b = vocabulary.check_codes("a", [a])[0], vocabulary.check_codes("b", [b])[0]
    clean("events", {"since": since, "until": until}, vocabulary)
    with state.stores.read() as store:
        summary = store.dyad(a, b, since=since, until=until, outlet=outlet)
    data = summary.to_dict()
    filters = {"since": since, "until": until, "outlet": outlet}
    events_link = "/events?" + urlencode([("dyad", f"{a}-{b}")] + [(k, v) for k, v in filters.items() if v])
    chart = charts.timeline(data["by_month"], vocabulary.type_quad, href=events_link)
    return render(request, "dyad.html", title=f"{a} – {b}", a=a, b=b, names=_names(state, (a, b)), data=data, chart=chart,
                  filters=filters, events_link=events_link)


@router.get("/network", response_class=HTMLResponse)
def network(request: Request, state: State, relation: ListQuery = None, type: ListQuery = None, status: ListQuery = None,
            since: str | None = None, until: str | None = None) -> HTMLResponse:
    relations = check_relations(relation)
    filters = clean("events", {"type": type, "status": status, "since": since, "until": until}, state.vocabulary_with_store_codes())
    with state.stores.read() as store:
        data = queries.network(store, filters, relations)
    graph = charts.graph(data, _names(state, [n["id"] for n in data["nodes"]]))
    from accord.records import PLOVER_TYPES

    form = {"relation": list(relations), "type": filters.get("type", []), "status": filters.get("status", []),
            "since": since or "", "until": until or ""}
    return render(request, "network.html", title="Network", graph=graph, data=data, form=form, relations=queries.RELATIONS,
                  types=PLOVER_TYPES, statuses=STATUSES["events"])


@router.get("/country/{code}", response_class=HTMLResponse)
def country(request: Request, state: State, code: str) -> HTMLResponse:
    vocabulary = state.vocabulary_with_store_codes()
    code = vocabulary.check_codes("code", [code])[0]
    with state.stores.read() as store:
        data = queries.country(store, code)
    partners = charts.hbars([(p["b"] if p["a"] == code else p["a"], p["events"], f"/dyad/{p['a']}/{p['b']}") for p in data["partners"][:15]])
    codes = {c for p in data["partners"] for c in (p["a"], p["b"])} | {code}
    return render(request, "country.html", title=vocabulary.name(code), code=code, name=vocabulary.name(code), data=data,
                  partners=partners, names=_names(state, codes))


@router.get("/record/{record_id}", response_class=HTMLResponse)
def record(request: Request, state: State, record_id: str) -> HTMLResponse:
    with state.stores.read() as store:
        data = queries.record(store, record_id)
    if data is None:
        return error_page(request, 404, f"no record with id {record_id!r}")
    text = data["article"]["text"] or ""
    start, end = data["evidence"]["start"], data["evidence"]["end"]
    segments: list[tuple[str, str]] = []  # (css class, text): the template escapes each piece
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        trigger = data["evidence"]["trigger"]
        segments.append(("", text[:start]))
        if trigger and start <= trigger["start"] < trigger["end"] <= end:
            segments += [("evidence", text[start : trigger["start"]]), ("trigger", text[trigger["start"] : trigger["end"]]),
                         ("evidence", text[trigger["end"] : end])]
        else:
            segments.append(("evidence", text[start:end]))
        segments.append(("", text[end:]))
    else:
        segments.append(("", text))
    return render(request, "record.html", title=f"{data['kind']} {record_id}", data=data, record_id=record_id, segments=segments)


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, state: State, actor: ListQuery = None, dyad: ListQuery = None, type: ListQuery = None,
           status: ListQuery = None, since: str | None = None, until: str | None = None, text: str | None = None,
           outlet: ListQuery = None, offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    raw = {"actor": actor, "dyad": dyad, "type": type, "status": status, "since": since, "until": until, "text": text, "outlet": outlet}
    filters = clean("events", raw, state.vocabulary_with_store_codes())
    with state.stores.read() as store:
        result = queries.page(store, "events", filters, limit=PAGE_SIZE, offset=offset)
    params = {k: v for k, v in raw.items() if v}
    from accord.records import PLOVER_TYPES

    return render(request, "events.html", title="Events", page=result, params=params, types=PLOVER_TYPES,
                  statuses=STATUSES["events"], form={k: (",".join(v) if isinstance(v, list) else v or "") for k, v in raw.items()})


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, state: State, q: str = "", kind: ListQuery = None) -> HTMLResponse:
    from accord.query.select import values

    kinds = tuple(state.vocabulary.check_choice("kind", values(kind), queries.TABLES, "record kind")) if kind else queries.TABLES
    results = None
    if q.strip():
        with state.stores.read() as store:
            results = queries.search(store, q.strip()[:200], limit=PAGE_SIZE, offset=0, kinds=kinds)
    elif kind:
        with state.stores.read() as store:
            results = {k: queries.page(store, k, {}, limit=PAGE_SIZE, offset=0).to_dict() for k in kinds}
    return render(request, "search.html", title="Search", q=q, results=results, kinds=kinds)


__all__ = ["error_page", "router"]
