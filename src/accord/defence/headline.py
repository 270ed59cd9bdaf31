"""Agreements, arms transfers and alliances the headline states and the body only refers to.

The headline is not part of ``Article.text`` (the cleaner lifts it out), and every record's
evidence must be a span of that text. So the headline is read as the story's context, the
way a reader takes it: its records are parsed apart, and one is kept only when

- no body record of its kind already has its parties (the body tells it; the body wins), and
- a body sentence refers to it with the same head noun ("the proposed alliance", "the
  document"; for a transfer, its item's or its cue's: "the howitzers", "the sale"), and tells
  no record of that kind itself: that sentence is the record's
  evidence, its trigger the noun there.

So a headline "Lima floats defence alliance with Quito" over a body that says only "the
minister gave no timetable for the proposed alliance" gives the proposed alliance, pointing at
the body's sentence. People the headline names (signatories, advocates) are kept only when
the body names them too, so every actor id is one of the article's actors.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from accord.actors.resolve import MentionIndex
from accord.defence.extract import DefenceRecords
from accord.defence.grammar import NOUN_TAGS, evidence, lemma
from accord.records import Evidence


def with_headline(body: DefenceRecords, title: DefenceRecords, title_doc: Any, title_index: MentionIndex, doc: Any, index: MentionIndex) -> DefenceRecords:
    """``body`` with the headline's agreements, arms transfers and alliances that the body refers to."""
    people = _body_actor_ids(title_index, index)

    def agreement_from_title(record: Any, anchor: Evidence) -> Any:
        signatories = tuple(people[a] for a in record.signatories if a in people)
        history = tuple(replace(stage, evidence=anchor) for stage in record.history)
        return replace(record, signatories=signatories, evidence=anchor, history=history)

    def transfer_anchor(record: Any) -> Evidence | None:
        trigger = record.evidence.trigger.text if record.evidence.trigger is not None else None
        # "the howitzers", or the headline's own cue noun: "the sale", "the deal"
        return _anchor(record.item, title_doc, doc) or _anchor(trigger, title_doc, doc)

    agreements = _joined(
        body.agreements,
        title.agreements,
        covered=lambda record, b: set(record.parties) <= set(b.parties),
        anchor=lambda record: _anchor(record.name, title_doc, doc),
        adopted=agreement_from_title,
        id_prefix="ag",
    )
    transfers = _joined(
        body.arms_transfers,
        title.arms_transfers,
        covered=lambda record, b: set(record.supplier) <= set(b.supplier) and set(record.recipient) <= set(b.recipient),
        anchor=transfer_anchor,
        adopted=lambda record, anchor: replace(record, evidence=anchor),
        id_prefix="t",
    )
    alliances = _joined(
        body.alliances,
        title.alliances,
        covered=lambda record, b: set(record.members) <= set(b.members),
        anchor=lambda record: _anchor(record.name, title_doc, doc),
        adopted=lambda record, anchor: replace(record, advocates=tuple(people[a] for a in record.advocates if a in people), evidence=anchor),
        id_prefix="al",
    )
    return replace(body, agreements=agreements, arms_transfers=transfers, alliances=alliances)


def _joined(
    body: Sequence[Any],
    title: Sequence[Any],
    *,
    covered: Callable[[Any, Any], bool],
    anchor: Callable[[Any], Evidence | None],
    adopted: Callable[[Any, Evidence], Any],
    id_prefix: str,
) -> tuple[Any, ...]:
    """The body's records of one kind, then each headline record the body does not already tell
    (``covered`` by a body record, or a body record in the sentence it is ``anchor``-ed to),
    ``adopted`` with its body anchor as evidence and numbered after the body's."""
    records = list(body)
    for record in title:
        if any(covered(record, b) for b in records):
            continue
        evidence = anchor(record)
        if evidence is None or any(b.evidence.start == evidence.start for b in records):
            continue  # the body's sentence already tells this record: it is that one
        records.append(replace(adopted(record, evidence), id=f"{id_prefix}{len(records) + 1}"))
    return tuple(records)


def _anchor(name: str | None, title_doc: Any, doc: Any) -> Evidence | None:
    """The first body sentence holding the head noun of the headline record's name."""
    words = set((name or "").split())
    nouns = [t for t in title_doc if t.pos_ in NOUN_TAGS and t.text in words]
    heads = [t for t in nouns if t.head not in nouns or t.head == t]
    if not heads:
        return None
    head = lemma(heads[0])
    for token in doc:
        if token.pos_ in NOUN_TAGS and lemma(token) == head:
            return evidence(token.sent, token)
    return None


def _body_actor_ids(title_index: MentionIndex, index: MentionIndex) -> dict[str, str]:
    """Headline actor id -> the body's actor id for the same actor (by its key)."""
    by_key = {m.key: m.actor_id for m in index.mentions if m.actor_id}
    return {m.actor_id: by_key[m.key] for m in title_index.mentions if m.actor_id and m.key in by_key}
