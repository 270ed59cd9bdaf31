"""The relation between two states over time: ``accord dyad A B``.

Events count once per story. Direction: ``A>B`` when A is among the actors and B
among the recipients, ``B>A`` the reverse, ``joint`` when both act together (or are
both recipients) of one event. Cooperation and conflict follow the quad classes
(1 verbal and 2 material cooperation, 3 verbal and 4 material conflict) and the
Goldstein scale (-10 .. +10), summed.

Only events that happened count (``accord.query.status``: occurred and ongoing), unless
``status`` asks for others ("all", or a list); the evidence rows keep their status.
Agreements, transfers, alliances and activities are listed at every stage, each row
with its status. An unknown state code is an ``UnknownValue`` error with a suggestion
("Serbia" -> SRB), never an empty summary.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from accord.query.records import frame_rows, json_rows
from accord.query.select import parse_day, select_by_keys, select_each
from accord.query.status import counted_statuses
from accord.query.vocabulary import STATUSES, Codes, check_choices

if TYPE_CHECKING:
    import pandas as pd

    from accord.store import Database

#: How many events are shown as the strongest evidence.
EVIDENCE_ROWS = 5
#: The columns of the balance (one row per direction) and of the months (one row per month and type).
BALANCE_COLUMNS = ["direction", "events", "goldstein", "cooperation", "conflict", "quad_1", "quad_2", "quad_3", "quad_4"]
MONTH_COLUMNS = ["month", "type", "events", "goldstein", "a_to_b", "b_to_a", "joint"]


@dataclass(frozen=True)
class DyadSummary:
    """Everything between two states, as DataFrames."""

    a: str
    b: str
    balance: pd.DataFrame  # direction, events, goldstein, cooperation, conflict, quad_1..quad_4
    by_month: pd.DataFrame  # month, type, events, goldstein
    agreements: pd.DataFrame
    transfers: pd.DataFrame  # with a "direction" column (A>B: A supplies B)
    alliances: pd.DataFrame
    activities: pd.DataFrame
    evidence: pd.DataFrame  # the strongest events: |goldstein| x confidence
    statuses: tuple[str, ...] | None = None  # the event statuses counted (None: all)

    @property
    def events(self) -> int:
        return int(self.balance["events"].sum()) if len(self.balance) else 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "events": self.events,
            "statuses": list(self.statuses) if self.statuses is not None else "all",
            "balance": frame_rows(self.balance),
            "by_month": frame_rows(self.by_month),
            "agreements": json_rows(self.agreements),
            "transfers": json_rows(self.transfers),
            "alliances": json_rows(self.alliances),
            "activities": json_rows(self.activities),
            "evidence": json_rows(self.evidence),
        }


def dyad_summary(
    store: Database, a: str, b: str, *, since: str | None = None, until: str | None = None, outlet: Any = None, status: Any = None
) -> DyadSummary:
    """Summarise the relation between states ``a`` and ``b`` (codes such as SRB, HUN).

    Args:
        status: event statuses counted: None for occurred and ongoing, "all", or a list.

    Raises:
        UnknownValue: a code that neither the gazetteer nor the store knows.
    """
    a, b = Codes.load(store).check("state code", [a, b])
    statuses = counted_statuses(status)
    if statuses is not None:
        statuses = check_choices("event status", statuses, STATUSES["events"])
    period = {"since": since, "until": until, "outlet": outlet}
    named: dict[str, Any] = {"a": a, "b": b}
    where = ["r.is_primary"]
    if statuses is not None:
        where.append("list_contains($statuses::VARCHAR[], lower(r.status))")
        named["statuses"] = statuses
    if since:
        where.append("r.day >= $since::DATE")
        named["since"] = parse_day(since, name="since")
    if until:
        where.append("r.day <= $until::DATE")
        named["until"] = parse_day(until, end=True, name="until")
    if outlet:
        where.append("r.story_id IN (SELECT story_id FROM sources WHERE outlet ILIKE $outlet OR url ILIKE $outlet)")
        named["outlet"] = f"%{outlet}%"
    # event_pairs holds one row per event and pair of states it names (lo < hi): the dyad is one slice of it.
    if a == b:
        rows = "(SELECT *, acts AS a_acts, receives AS a_receives, acts AS b_acts, receives AS b_receives FROM event_states WHERE state = $a)"
    else:
        mine, theirs = ("lo", "hi") if a < b else ("hi", "lo")
        rows = f"""(SELECT *, {mine}_acts AS a_acts, {mine}_receives AS a_receives, {theirs}_acts AS b_acts, {theirs}_receives AS b_receives
                    FROM event_pairs WHERE lo = $lo AND hi = $hi)"""
        named.update(lo=min(a, b), hi=max(a, b))  # constants, so the scan's zone maps prune by them
    base = f"""
        SELECT r.id, r.article_id, r.story_id, r.day, r.type, r.quad_class, r.goldstein, r.confidence,
            CASE WHEN r.a_acts AND r.b_receives THEN $a || '>' || $b
                 WHEN r.b_acts AND r.a_receives THEN $b || '>' || $a
                 ELSE 'joint' END AS direction
        FROM {rows} r
        WHERE {' AND '.join(where)}
    """
    # One scan of the slice gives both summaries (grouping sets); a second (a top-N) the strongest events' keys.
    both = store.frame(
        f"""
        WITH d AS ({base})
        SELECT grouping(direction) AS by_month, direction, strftime(day, '%Y-%m') AS month, type,
               count(*) AS events, round(sum(goldstein), 2) AS goldstein,
               round(sum(goldstein) FILTER (WHERE goldstein > 0), 2) AS cooperation,
               round(sum(goldstein) FILTER (WHERE goldstein < 0), 2) AS conflict,
               count(*) FILTER (WHERE quad_class = 1) AS quad_1, count(*) FILTER (WHERE quad_class = 2) AS quad_2,
               count(*) FILTER (WHERE quad_class = 3) AS quad_3, count(*) FILTER (WHERE quad_class = 4) AS quad_4,
               count(*) FILTER (WHERE direction = $a || '>' || $b) AS a_to_b,
               count(*) FILTER (WHERE direction = $b || '>' || $a) AS b_to_a,
               count(*) FILTER (WHERE direction = 'joint') AS joint
        FROM d GROUP BY GROUPING SETS ((direction), (strftime(day, '%Y-%m'), type))
        ORDER BY by_month, direction, month NULLS LAST, events DESC, type
        """,
        named,
    )
    directions = int((both["by_month"] == 0).sum())  # ordered first
    balance = both.iloc[:directions][BALANCE_COLUMNS].reset_index(drop=True)
    by_month = both.iloc[directions:][MONTH_COLUMNS].reset_index(drop=True)
    strongest = store.rows(
        f"""
        WITH d AS ({base})
        SELECT id, article_id, story_id FROM d ORDER BY abs(goldstein) * confidence DESC, day DESC NULLS LAST, id LIMIT {EVIDENCE_ROWS}
        """,
        named,
    )
    evidence = select_by_keys(store, "events", strongest)
    if len(evidence):
        evidence["strength"] = (evidence["goldstein"].abs() * evidence["confidence"]).round(2)
        evidence = evidence.sort_values(["strength", "day"], ascending=[False, False]).reset_index(drop=True)
    others = select_each(
        store,
        {
            "agreements": {"party": [a], **period},
            "transfers": {"supplier": [a, b], "recipient": [a, b], **period},
            "alliances": {"member": [a], **period},
            "activities": {"party": [a], **period},
        },
    )
    agreements = _naming(others["agreements"], "parties", b)
    transfers = others["transfers"]
    if len(transfers):
        forward = transfers["supplier"].map(lambda s: a in list(s)) & transfers["recipient"].map(lambda r: b in list(r))
        backward = transfers["supplier"].map(lambda s: b in list(s)) & transfers["recipient"].map(lambda r: a in list(r))
        transfers = transfers[forward | backward].copy()
        transfers.insert(3, "direction", [f"{a}>{b}" if f else f"{b}>{a}" for f in forward[forward | backward]])
        transfers = transfers.reset_index(drop=True)
    else:
        transfers.insert(3, "direction", [])
    alliances = _naming(others["alliances"], "members", b)
    activities = _naming(others["activities"], "parties", b)
    return DyadSummary(
        a, b, balance, by_month, agreements, transfers, alliances, activities, evidence,
        tuple(statuses) if statuses is not None else None,
    )


def _naming(frame: pd.DataFrame, column: str, code: str) -> pd.DataFrame:
    """The rows of ``frame`` whose ``column`` (a list of codes) names ``code``."""
    if frame.empty:
        return frame
    return frame[frame[column].map(lambda codes: code in list(codes))].reset_index(drop=True)
