"""Joint military activities: exercises, training, joint production, patrols between states.

Found from an activity noun ("joint naval exercises with Japan", "a new round of joint
exercises", "a war game hosted by Finland"), an activity verb whose object or "with X" names
another state's forces ("has trained 1,200 Kenyan soldiers"), intelligence shared between
states, and forces based in another state or sent to a mission there ("troops stationed in
Lithuania", "contributed troops to the UN mission in Lebanon", "peacekeepers arrived in Mali").
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
_GOVERNED_DEPS = ("dobj", "nsubjpass", "pobj", "nsubj", "attr", "npadvmod")
#: Modifiers of the noun that qualify it ("joint naval exercises") or name a party.
_QUALIFIER_DEPS = ("amod", "compound", "nmod")
_PARTY_MODIFIER_DEPS = ("amod", "compound", "poss")
#: At most this many nouns between an activity noun and its verb ("part in a round of").
_MAX_HOLDING_NOUNS = 2


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
        chain = self._governors(token)
        governor = chain[-1] if chain else token
        parties, subject = self._noun_parties(token, chain, modifiers, index)
        if len(parties) < 2 and drafts and (self.rules.joint_modifiers & modifiers or subject is not None and lemma(subject) in self.agreement_nouns):
            # "the joint exercises" told after an agreement are that agreement's, unless the
            # sentence names a party the agreement does not have.
            told = referent(subject if subject is not None else token, governor, drafts).parties
            if set(parties) <= set(told):
                parties = sorted(set(parties) | set(told))
        if len(parties) < 2 and not (self.rules.shared_modifiers & modifiers and parties):
            return None
        status = self._status(governor, chain)
        if status is None:
            return None
        period = self.syntax.clause_date(token, sent, dates, future=status == "planned", periods=True) or self.syntax.clause_date(
            governor, sent, dates, future=status == "planned", periods=True
        )
        count = next((int(c.text) for c in token.children if c.dep_ == "nummod" and c.text.isdigit()), None)
        return Activity("", tuple(parties), count, kinds or self._default_kinds(token), period, status, grammar.evidence(sent, token))

    @staticmethod
    def _governors(token: Any) -> list[Any]:
        """The words above the activity noun up to the verb that tells what happened to it,
        over nouns that only hold it ("a new round of joint exercises", "took part in", "a
        plan of 12 joint activities"), and from a noun that names an exercise to the name
        ("Exercise Northern Star"); empty when the noun governs itself."""
        chain: list[Any] = []
        node = token
        while node.dep_ == "compound" and node.head.pos_ in ("PROPN", "NUM") and node.head != node:
            node = node.head  # "started Exercise Northern Star": the named exercise is the phrase
            chain.append(node)
        for _ in range(_MAX_HOLDING_NOUNS + 1):
            if node.dep_ not in _GOVERNED_DEPS:
                break
            head = node.head.head if node.head.dep_ == "prep" else node.head
            chain.append(head)
            if head.pos_ in VERB_TAGS or head == node:
                break
            node = head
        return chain

    def _noun_parties(self, token: Any, chain: list[Any], modifiers: set[str], index: MentionIndex) -> tuple[list[str], Any | None]:
        """The activity's parties, and the subject of its governing verb if that holds it."""
        mentions: list[Mention] = []
        governor = chain[-1] if chain else token
        # The subject takes part only when the verb is about holding or agreeing on the
        # activity ("responded to the exercise of South Korea and the US" makes no party),
        # or when a counted joint activity is its object whatever the verb ("agreed on 84
        # joint activities").
        holds = lemma(governor) in self.rules.holding_verbs | self.rules.planning_governors | self.rules.agreeing_verbs | self.rules.stopping_verbs
        # "intercepted smugglers during a combined patrol": the verb was done in the activity
        holds = holds or token.dep_ == "pobj" and token.head.lower_ in self.rules.participation_prepositions and token.head.head == governor
        counted_joint = bool(self.rules.joint_modifiers & modifiers) and any(c.dep_ == "nummod" for c in token.children)
        subject, _ = syntax.subject_of(governor) if governor.pos_ in VERB_TAGS and (holds or counted_joint) else (None, False)
        if subject is not None:
            mentions.extend(self.syntax.np_mentions(subject, index, deep=True))
        nodes = [token, *chain]
        for node in nodes:
            for child in node.children:
                if child in nodes:
                    continue
                if child.dep_ in _PARTY_MODIFIER_DEPS and index.at(child.i):
                    mentions.extend(self.syntax.np_mentions(child, index))
                if child.dep_ == "dobj" and node.pos_ in VERB_TAGS:
                    mentions.extend(self.syntax.np_mentions(child, index))  # "hosts Ukrainian soldiers for training"
                if child.dep_ == "prep" and child.lower_ in self.rules.party_prepositions:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            mentions.extend(self.syntax.np_mentions(pobj, index))
                if child.dep_ in ("acl", "relcl") and lemma(child) in self.rules.holding_verbs:
                    # "a war game hosted by Finland": the organiser or host takes part
                    for agent in (c for c in child.children if c.dep_ == "agent"):
                        for pobj in agent.children:
                            mentions.extend(self.syntax.np_mentions(pobj, index))
        parties = sorted({m.code for m in mentions if m.code and m.kind in grammar.STATE_KINDS})
        return parties, subject

    def _status(self, governor: Any, chain: list[Any]) -> str | None:
        """planned (laid out by a plan or agreed on), ongoing (begun), proposed, or occurred;
        None otherwise."""
        status = self.syntax.clause_status(governor) if governor.pos_ in VERB_TAGS else "occurred"
        subject, _ = syntax.subject_of(governor) if governor.pos_ in VERB_TAGS else (None, False)
        if subject is not None and any(c.dep_ == "det" and c.lower_ in self.rules.negating_determiners for c in subject.children):
            return None  # "no Greek ships joined the exercise"
        words = {lemma(node) for node in chain} or {lemma(governor)}
        if words & self.rules.planning_governors:
            status = "planned"
        elif lemma(governor) in self.rules.stopping_verbs and status in ("occurred", "ongoing"):
            status = "cancelled"  # "postponed the exercise indefinitely"
        elif lemma(governor) in self.rules.agreeing_verbs and status in ("occurred", "ongoing"):
            status = "planned"  # "agreed on 30 joint activities": agreed, still to be held
        elif lemma(governor) in self.rules.starting_verbs and status == "occurred":
            status = "ongoing"  # "began the joint exercise on Friday"
        if status in ("intended", "proposed"):
            return "proposed"
        return status if status in ("planned", "ongoing", "occurred", "cancelled") else None

    def _kinds(self, sent: Any) -> tuple[str, ...]:
        """The kinds whose words (or word sequences) the sentence's lemmas hold."""
        lemmas = " " + " ".join(lemma(t) for t in sent) + " "
        return tuple(kind for kind, words in self.rules.kinds.items() if any(f" {w} " in lemmas for w in words))

    def _default_kinds(self, token: Any) -> tuple[str, ...]:
        return ("exercises",) if lemma(token) in self.rules.exercise_nouns else ("other",)

    def find_verbs(self, sent: Any, index: MentionIndex, dates: DateResolver, offset: int) -> list[Activity]:
        """Training or drilling another state's forces, sharing intelligence, and forces based
        in another state or sent to a mission are joint activities of the states involved."""
        found: list[Activity] = []
        for token in sent:
            if token.pos_ != "VERB":
                continue
            word = lemma(token)
            if word in self.rules.verbs:
                activity = self._from_verb(token, sent, index, dates)
            elif word in self.rules.sharing_verbs:
                activity = self._from_sharing(token, sent, index, dates)
            elif word in self.rules.basing_verbs | self.rules.deploying_verbs | self.rules.arriving_verbs:
                activity = self._from_deployment(token, sent, index, dates)
            else:
                continue
            if activity is not None and not any(a.parties == activity.parties for a in found):
                found.append(replace(activity, id=f"j{offset + len(found) + 1}"))
        return found

    def _verb_status(self, verb: Any) -> str | None:
        status = self.syntax.clause_status(verb)
        if status in ("negated", "hypothetical"):
            return None
        if status in ("occurred", "ongoing") and lemma(verb.head) in self.rules.agreeing_verbs and verb.dep_ == "xcomp":
            return "planned"  # "agreed to share intelligence"
        return {"intended": "proposed"}.get(status, status)

    def _from_sharing(self, verb: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> Activity | None:
        """"Egypt and Sudan agreed to share intelligence", "shares information with Jordan"."""
        obj = syntax.direct_object(verb)
        if obj is None or lemma(obj) not in self.rules.shared_objects:
            return None
        subject, _ = syntax.subject_of(verb)
        mentions = self.syntax.np_mentions(subject, index, deep=True) if subject is not None else []
        for prep in self.rules.verb_party_prepositions:
            for pobj in syntax.preposition_objects(verb, prep):
                mentions.extend(self.syntax.np_mentions(pobj, index))
        parties = sorted(set(grammar.state_codes(mentions)))
        status = self._verb_status(verb)
        if len(parties) < 2 or status is None:
            return None
        period = self.syntax.clause_date(verb, sent, dates, future=status == "planned", periods=True)
        return Activity("", tuple(parties), None, ("intelligence",), period, status, grammar.evidence(sent, verb))

    def _from_deployment(self, verb: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> Activity | None:
        """Forces of one state based in another ("stations troops in Korea", "German troops
        are stationed in Lithuania"), or sent to a mission or a base there ("contribute troops
        to the UN mission in Lebanon"): an activity of the sending and the host side."""
        arriving = lemma(verb) in self.rules.arriving_verbs
        if arriving:
            forces = syntax.subject_of(verb)[0]
            forces = forces.head if forces is not None and forces.head.dep_ == "prep" else forces  # "a first rotation of troops"
            if forces is not None and forces.dep_ == "prep":
                forces = forces.head
        else:
            forces = syntax.direct_object(verb)
            if forces is None:
                forces = syntax.passive_subject(verb) or (verb.head if verb.dep_ == "acl" else None)
        if forces is None:
            return None
        force_words = {lemma(t) for t in forces.subtree}
        if not force_words & self.rules.force_nouns or arriving and not force_words & self.rules.mission_nouns:
            return None
        subject, _ = syntax.subject_of(verb) if forces.dep_ == "dobj" else (None, False)
        senders = [m.code for t in forces.subtree if (m := index.at(t.i)) is not None and m.code and m.kind in grammar.STATE_KINDS and not m.is_place]
        if subject is not None:
            senders += grammar.state_codes(self.syntax.np_mentions(subject, index, deep=True))
        senders = list(dict.fromkeys(senders))
        destinations = [p for prep in self.rules.destination_prepositions for p in syntax.preposition_objects(verb, prep)]
        if lemma(verb) in self.rules.deploying_verbs:
            # sending forces counts only to a mission or a base, not to a border or a city
            destinations = [d for d in destinations if any(lemma(t) in self.rules.mission_nouns for t in d.subtree)]
        hosts = [m.code for d in destinations for t in d.subtree if (m := index.at(t.i)) is not None and m.code and m.kind in grammar.STATE_KINDS]
        hosts = list(dict.fromkeys(hosts))
        hosts = [h for h in hosts if h not in senders]
        status = self._verb_status(verb)
        if not senders or not hosts or status is None:
            return None
        if lemma(verb) in self.rules.offering_verbs and status in ("occurred", "ongoing", "planned"):
            status = "proposed"  # an offer of forces: the activity is proposed
        if (arriving or lemma(verb) in self.rules.basing_verbs) and status == "occurred":
            status = "ongoing"  # forces based somewhere are still there
        kinds = tuple(k for k in self._kinds(sent) if k == "peacekeeping") or ("other",)
        period = self.syntax.clause_date(verb, sent, dates, future=status == "planned", periods=True)
        return Activity("", tuple(sorted(set(senders + hosts))), None, kinds, period, status, grammar.evidence(sent, verb))

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
