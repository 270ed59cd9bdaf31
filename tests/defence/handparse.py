"""Hand-built parses for the defence tests.

A hand-built ``Doc`` fixes every head, label and tag, so a rule is tested on the parse it
was written for, whatever the model would make of the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import spacy
from spacy.tokens import Doc

from accord.actors.resolve import Mention, MentionIndex
from accord.defence.equipment import EquipmentMention


@dataclass(frozen=True)
class Parsed:
    """A hand-built sentence with its actor mentions and equipment."""

    doc: Doc
    index: MentionIndex
    equipment: list[EquipmentMention]

    @property
    def sent(self):
        return next(iter(self.doc.sents))

    @property
    def by_token(self) -> dict[int, EquipmentMention]:
        return {i: m for m in self.equipment for i in range(m.start, m.end)}

    def __getitem__(self, word: str):
        """The first token written ``word``."""
        return next(t for t in self.doc if t.text == word)


def hand_parse(rows: list[tuple], *, states: dict[int, str] = {}, orgs: dict[int, str] = {}, equipment: dict[int, str] = {}) -> Parsed:
    """A Doc from ``(word, head, dep, pos, lemma[, tag])`` rows (heads are row numbers).

    ``states`` maps a row to the state code its word names (an adjective when the row is
    ``amod``), ``orgs`` a row to an organisation, ``equipment`` a row to its category.
    """
    words = [r[0] for r in rows]
    doc = Doc(
        _english_vocab(),
        words=words,
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        lemmas=[r[4] for r in rows],
        tags=[r[5] if len(r) > 5 else "" for r in rows],
    )
    mentions = [
        Mention(i, i + 1, f"state:{code}", "state", code, "adjective" if rows[i][2] == "amod" else "name") for i, code in states.items()
    ]
    mentions += [Mention(i, i + 1, f"org:{code}", "organization", None, "organization") for i, code in orgs.items()]
    items = [EquipmentMention(i, i + 1, words[i], None, category, None, (), None) for i, category in equipment.items()]
    return Parsed(doc, MentionIndex(doc, mentions), items)


@cache
def _english_vocab():
    """A vocab with English lexical attributes (lower case, numbers), without a model."""
    return spacy.blank("en").vocab
