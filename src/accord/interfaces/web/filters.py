"""Request filters -> the query layer's filters, checked against the vocabulary.

The API and the dashboard take the CLI's filters under the same names (``actor``,
``dyad``, ``type`` ...), each repeatable or comma-separated. Values from a closed set
are checked here; free text (``text``, ``outlet``, ``item``) passes through to the
query layer, which binds it as a parameter.
"""

from __future__ import annotations

from typing import Any

from accord.errors import StoreError
from accord.interfaces.web.vocabulary import ACTOR_KINDS, STATUSES, InvalidValue, Vocabulary, suggest
from accord.query.select import FILTERS, parse_day, parse_dyad, values
from accord.records import FOUND_BY

#: Filters naming actor codes, per table.
CODE_FILTERS = ("actor", "party", "supplier", "recipient", "member", "country")


def check_day(name: str, value: str | None, *, end: bool = False) -> str | None:
    if not value:
        return None
    try:
        parse_day(value, end=end, name=name)
    except StoreError as exc:
        raise InvalidValue(name, value, str(exc).replace(f"--{name}", name)) from None
    return value


def clean(table: str, raw: dict[str, Any], vocabulary: Vocabulary) -> dict[str, Any]:
    """The filters of ``raw`` that are set, validated for ``table`` (``events`` ... ``actors``).

    Raises:
        InvalidValue: a value outside its vocabulary (with the closest valid one).
    """
    out: dict[str, Any] = {}
    for name, value in raw.items():
        if value is None or value == [] or value is False or value == "":
            continue
        if name in CODE_FILTERS:
            out[name] = vocabulary.check_codes(name, values(value))
        elif name == "dyad":
            pairs = []
            for item in values(value):
                try:
                    a, b, directed = parse_dyad(item)
                except StoreError as exc:
                    raise InvalidValue("dyad", item, str(exc).replace("--dyad", "dyad")) from None
                a, b = vocabulary.check_codes("dyad", [a, b])
                pairs.append(f"{a}{'>' if directed else '-'}{b}")
            out[name] = pairs
        elif name == "type":
            out[name] = vocabulary.check_types(values(value))
        elif name == "status":
            asked = values(value)
            # "all" asks for every status (exports and summaries count occurred and ongoing events by default).
            out[name] = "all" if [a.lower() for a in asked] == ["all"] else vocabulary.check_choice("status", asked, STATUSES[table], f"{table} status")
        elif name == "context":
            out[name] = vocabulary.check_choice("context", values(value), vocabulary.contexts, "PLOVER context")
        elif name == "mode":
            out[name] = vocabulary.check_choice("mode", values(value), vocabulary.modes, "PLOVER mode")
        elif name == "cameo":
            out[name] = vocabulary.check_cameo(values(value))
        elif name == "kind" and table == "actors":
            out[name] = vocabulary.check_choice("kind", values(value), ACTOR_KINDS, "actor kind")
        elif name == "found_by":
            out[name] = vocabulary.check_choice("found_by", values(value), FOUND_BY, "found_by")
        elif name in ("since", "until"):
            out[name] = check_day(name, value, end=name == "until")
        elif name == "year":
            years = values(value)
            for year in years:
                if not year.isdigit():
                    raise InvalidValue("year", year, f"year must be a year such as 2024, got {year!r}")
            out[name] = years
        else:
            out[name] = value
    allowed = FILTERS.get(table)
    if allowed is not None:
        for name in out:
            if name not in allowed:
                raise InvalidValue(name, str(out[name]), f"{table} cannot be filtered by {name}")
    return out


def check_relations(relation: list[str] | None) -> tuple[str, ...]:
    """The network relations asked for (all of them when none is)."""
    from accord.interfaces.web.queries import RELATIONS

    wanted = values(relation)
    for value in wanted:
        if value not in RELATIONS:
            hint = suggest(value, RELATIONS)
            raise InvalidValue("relation", value, f"unknown relation {value!r}" + (f"; did you mean {hint}?" if hint else ""), hint)
    return tuple(wanted) or RELATIONS


__all__ = ["CODE_FILTERS", "check_day", "check_relations", "clean"]
