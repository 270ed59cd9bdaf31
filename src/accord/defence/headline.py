"""Agreements, arms transfers and alliances the headline states and the body only refers to.

The headline is not part of ``Article.text`` (the cleaner lifts it out), and every record's
evidence must be a span of that text. So the headline is read as the story's context, the
way a reader takes it: its records are parsed apart, and one is kept only when

- no body record of its kind already has its parties (the body tells it; the body wins), and
- a body sentence refers to it with the same head noun ("the idea of an alliance", "the
  document"; for a transfer, its item's or its cue's: "the howitzers", "the sale"), and tells
  no record of that kind itself: that sentence is the record's
  evidence, its trigger the noun there.

So "Vucic proposes military alliance between Serbia and Hungary" over a body that says only
"he did not give details on the idea of an alliance" gives the proposed alliance, pointing at
the body's sentence. People the headline names (signatories, advocates) are kept only when
the body names them too, so every actor id is one of the article's actors.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from accord.actors.resolve import MentionIndex
from accord.defence.extract import DefenceRecords
from accord.defence.grammar import NOUN_TAGS, evidence, lemma
from accord.records import Evidence


def with_headline(body: DefenceRecords, title: DefenceRecords, title_doc: Any, title_index: MentionIndex, doc: Any, index: MentionIndex) -> DefenceRecords:
    """``body`` with the headline's agreements, arms transfers and alliances that the body refers to."""
    people = _body_actor_ids(title_index, index)
    agreements = list(body.agreements)
    for record in title.agreements:
        if any(set(record.parties) <= set(b.parties) for b in agreements):
            continue
        anchor = _anchor(record.name, title_doc, doc)
        if anchor is None or any(b.evidence.start == anchor.start for b in agreements):
            continue  # the body's sentence already tells an agreement: it is that one
        agreements.append(
            replace(
                record,
                id=f"ag{len(agreements) + 1}",
                signatories=tuple(people[a] for a in record.signatories if a in people),
                evidence=anchor,
                history=tuple(replace(stage, evidence=anchor) for stage in record.history),
            )
        )
    transfers = list(body.arms_transfers)
    for record in title.arms_transfers:
        if any(set(record.supplier) <= set(b.supplier) and set(record.recipient) <= set(b.recipient) for b in transfers):
            continue
        trigger = record.evidence.trigger.text if record.evidence.trigger is not None else None
        # "the howitzers", or the headline's own cue noun: "the sale", "the deal"
        anchor = _anchor(record.item, title_doc, doc) or _anchor(trigger, title_doc, doc)
        if anchor is None or any(b.evidence.start == anchor.start for b in transfers):
            continue  # the body's sentence already tells a transfer: it is that one
        transfers.append(replace(record, id=f"t{len(transfers) + 1}", evidence=anchor))
    alliances = list(body.alliances)
    for record in title.alliances:
        if any(set(record.members) <= set(b.members) for b in alliances):
            continue
        anchor = _anchor(record.name, title_doc, doc)
        if anchor is None or any(b.evidence.start == anchor.start for b in alliances):
            continue
        alliances.append(replace(record, id=f"al{len(alliances) + 1}", advocates=tuple(people[a] for a in record.advocates if a in people), evidence=anchor))
    return replace(body, agreements=tuple(agreements), arms_transfers=tuple(transfers), alliances=tuple(alliances))


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
