"""Joint military activities: exercises, training, joint production, patrols between states.

Found from an activity noun ("joint naval exercises with Japan") or an activity verb whose
object or "with X" names another state's forces ("has trained 1,200 Kenyan soldiers").
Planned activities of the same parties told over several sentences are one programme.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from accord.actors.resolve import Mention, MentionIndex
from accord.dates import DateResolver
from accord.defence import grammar
from accord.defence.agreements import AgreementDraft, referent
from accord.defence.grammar import NOUN_TAGS, VERB_TAGS, lemma
from accord.defence.rules import DefenceRules
from accord.events import syntax
from accord.events.syntax import Grammar
from accord.records import Activity

#: Dependencies by which an activity noun hangs on the verb that governs it.
_GOVERNED_DEPS = ("dobj", "nsubjpass", "pobj", "nsubj", "attr")
#: Modifiers of the noun that qualify it ("joint naval exercises") or name a party.
_QUALIFIER_DEPS = ("amod", "compound", "nmod")
_PARTY_MODIFIER_DEPS = ("amod", "compound", "poss")


class ActivityExtractor:
    """Finds the joint activities of a sentence."""

    def __init__(self, rules: DefenceRules, grammar: Grammar) -> None:
        self.syntax = grammar  # the clause grammar the event coder reads (status, mentions, dates)
        self.rules = rules.activities
        self.agreement_nouns = rules.agreements.nouns | rules.agreements.qualified_nouns

    def find(self, sent: Any, index: MentionIndex, dates: DateResolver, drafts: list[AgreementDraft], offset: int) -> list[Activity]:
        """The activities told in ``sent`` (ids numbered after ``offset``)."""
        found: list[Activity] = []
        used: set[int] = set()
        kinds = self._kinds(sent)
        for token in sent:
            if token.pos_ not in NOUN_TAGS or lemma(token) not in self.rules.nouns or token.i in used:
                continue
            modifiers = {lemma(c) for c in token.children if c.dep_ in _QUALIFIER_DEPS}
            if lemma(token) in self.rules.needs_qualifier and not modifiers & self.rules.qualifiers:
                continue
            # One record per phrase: "exercises and training" are kinds of one activity.
            used.update(conj.i for conj in token.conjuncts)
            activity = self._from_noun(token, modifiers, sent, kinds, index, dates, drafts)
            if activity is None:
                continue
            same = next((a for a in found if a.parties == activity.parties), None)
            if same is not None:
                found[found.index(same)] = replace(same, kinds=tuple(dict.fromkeys(same.kinds + kinds)) if kinds else same.kinds)
                continue
            found.append(replace(activity, id=f"j{offset + len(found) + 1}"))
        found.extend(self.find_verbs(sent, index, dates, offset + len(found)))
        return found

    def _from_noun(self, token: Any, modifiers: set[str], sent: Any, kinds: tuple[str, ...], index: MentionIndex, dates: DateResolver, drafts: list[AgreementDraft]) -> Activity | None:
        governor = token.head if token.dep_ in _GOVERNED_DEPS else token
        if governor.dep_ == "prep":
            governor = governor.head
        parties, subject = self._noun_parties(token, governor, index)
        if len(parties) < 2 and drafts and (self.rules.joint_modifiers & modifiers or subject is not None and lemma(subject) in self.agreement_nouns):
            parties = sorted(set(parties) | set(referent(subject if subject is not None else token, governor, drafts).parties))
        if len(parties) < 2 and not (self.rules.shared_modifiers & modifiers and parties):
            return None
        status = self._status(governor)
        if status is None:
            return None
        period = self.syntax.clause_date(token, sent, dates, future=status == "planned", periods=True) or self.syntax.clause_date(
            governor, sent, dates, future=status == "planned", periods=True
        )
        count = next((int(c.text) for c in token.children if c.dep_ == "nummod" and c.text.isdigit()), None)
        return Activity("", tuple(parties), count, kinds or self._default_kinds(token), period, status, grammar.evidence(sent, token))

    def _noun_parties(self, token: Any, governor: Any, index: MentionIndex) -> tuple[list[str], Any | None]:
        """The activity's parties, and the subject of its governing verb if that holds it."""
        mentions: list[Mention] = []
        # The subject takes part only when the verb is about holding the activity:
        # "responded to the exercise of South Korea and the US" does not make one a party.
        holds = lemma(governor) in self.rules.holding_verbs | self.rules.planning_governors
        subject, _ = syntax.subject_of(governor) if governor.pos_ in VERB_TAGS and holds else (None, False)
        if subject is not None:
            mentions.extend(self.syntax.np_mentions(subject, index, deep=True))
        for child in list(token.children) + (list(governor.children) if governor != token else []):
            if child.dep_ in _PARTY_MODIFIER_DEPS and index.at(child.i):
                mentions.extend(self.syntax.np_mentions(child, index))
            if child.dep_ == "dobj" and child != token and governor != token:
                mentions.extend(self.syntax.np_mentions(child, index))  # "hosts Ukrainian soldiers for training"
            if child.dep_ == "prep" and child.lower_ in self.rules.party_prepositions:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        mentions.extend(self.syntax.np_mentions(pobj, index))
        parties = sorted({m.code for m in mentions if m.code and m.kind in grammar.STATE_KINDS})
        return parties, subject

    def _status(self, governor: Any) -> str | None:
        """planned (laid out by a plan), ongoing (begun), proposed, or occurred; None otherwise."""
        status = self.syntax.clause_status(governor) if governor.pos_ in VERB_TAGS else "occurred"
        if lemma(governor) in self.rules.planning_governors:
            status = "planned"
        elif lemma(governor) in self.rules.starting_verbs and status == "occurred":
            status = "ongoing"  # "began the joint exercise on Friday"
        if status in ("intended", "proposed"):
            return "proposed"
        return status if status in ("planned", "ongoing", "occurred") else None

    def _kinds(self, sent: Any) -> tuple[str, ...]:
        """The kinds whose words (or word sequences) the sentence's lemmas hold."""
        lemmas = " " + " ".join(lemma(t) for t in sent) + " "
        return tuple(kind for kind, words in self.rules.kinds.items() if any(f" {w} " in lemmas for w in words))

    def _default_kinds(self, token: Any) -> tuple[str, ...]:
        return ("exercises",) if lemma(token) in self.rules.exercise_nouns else ("other",)

    def find_verbs(self, sent: Any, index: MentionIndex, dates: DateResolver, offset: int) -> list[Activity]:
        """Training or drilling another state's forces is a joint activity of both states."""
        found: list[Activity] = []
        for token in sent:
            if token.pos_ != "VERB" or lemma(token) not in self.rules.verbs:
                continue
            activity = self._from_verb(token, sent, index, dates)
            if activity is not None:
                found.append(replace(activity, id=f"j{offset + len(found) + 1}"))
        return found

    def _from_verb(self, verb: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> Activity | None:
        subject, _ = syntax.subject_of(verb)
        if subject is None:
            return None
        sides = [m for m in self.syntax.np_mentions(subject, index, deep=True) if m.code]
        others: list[Mention] = []
        obj = syntax.direct_object(verb)
        if obj is not None:
            others.extend(self.syntax.np_mentions(obj, index))
        for prep in self.rules.verb_party_prepositions:
            for pobj in syntax.preposition_objects(verb, prep):
                others.extend(self.syntax.np_mentions(pobj, index))
        parties = sorted({m.code for m in sides + others if m.code})
        if len(parties) < 2 or not others:
            return None
        status = self.syntax.clause_status(verb)
        if status in ("negated", "hypothetical"):
            return None
        status = {"intended": "proposed"}.get(status, status)
        kind = "training" if lemma(verb) in self.rules.training_verbs else "exercises"
        period = self.syntax.clause_date(verb, sent, dates, future=status == "planned", periods=True)
        return Activity("", tuple(parties), None, (kind,), period, status, grammar.evidence(sent, verb))


def merge_activities(activities: list[Activity]) -> list[Activity]:
    """Planned activities of the same parties are one programme told over several sentences
    ("84 joint activities" ... "the plan covers exercises, training ..."): one record."""
    merged: list[Activity] = []
    for activity in activities:
        same = next((m for m in merged if m.status == "planned" == activity.status and m.parties == activity.parties), None)
        if same is None:
            merged.append(activity)
            continue
        kinds = tuple(k for k in dict.fromkeys(same.kinds + activity.kinds) if k != "other") or ("other",)
        merged[merged.index(same)] = replace(same, kinds=kinds, count=same.count or activity.count, period=same.period or activity.period)
    return [replace(a, id=f"j{n}") for n, a in enumerate(merged, 1)]
