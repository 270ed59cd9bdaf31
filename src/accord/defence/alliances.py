"""Alliances between states: formed, proposed, suspended or dissolved.

Found from an alliance noun and the verb that governs it ("forged a military alliance with
Russia"), from joining or leaving an organisation with members ("Finland joined NATO"), and
from a signed mutual defence pact (its parties are formal allies).
"""

from __future__ import annotations

import re

from dataclasses import replace
from typing import Any, Mapping

from accord.actors.resolve import Mention, MentionIndex
from accord.defence import grammar
from accord.defence.agreements import for_to_infinitive, may_tell_unfounded_or_ruled_out, told_as_ruled_out, told_as_unfounded
from accord.defence.grammar import NOUN_TAGS, VERB_TAGS, lemma
from accord.defence.rules import DefenceRules
from accord.events import syntax
from accord.events.syntax import Grammar
from accord.records import Agreement, Alliance, EventStatus, Evidence

#: Agreement statuses at which a pact binds its parties.
_BINDING_STATUSES = ("signed", "ratified", "in_force")
#: A pact's agreement status -> the status of the alliance it makes.
_PACT_ALLIANCE_STATUS = {
    **{status: "formal" for status in _BINDING_STATUSES},
    "proposed": "proposed",
    "negotiating": "proposed",
    "agreed": "proposed",
    "suspended": "suspended",
    "terminated": "dissolved",
}
#: Clause statuses that make an alliance wished rather than formed.
_WISHED_CLAUSES = ("intended", "proposed", "planned", "hypothetical")
#: Dependencies climbed from the alliance noun to the verb that governs it ("the creation of an
#: alliance ... was proposed": through the passive subject).
_GOVERNOR_PATH_DEPS = ("prep", "pobj", "dobj", "nsubjpass")
_MEMBER_MODIFIER_DEPS = ("amod", "compound", "poss")
#: Dependencies climbed from a step towards membership to the noun whose possessor takes it ("the
#: reform of X's army, which critics see as a step towards ...": apposition, relative clause and its object).
_AIM_HOLDER_PATH_DEPS = ("appos", "relcl", "acl", "prep", "dobj", "oprd", "attr")


class AllianceExtractor:
    """Finds the alliance moves of a sentence, and the alliances signed pacts make."""

    def __init__(self, rules: DefenceRules, grammar: Grammar) -> None:
        self.syntax = grammar  # the clause grammar the event coder reads (status, mentions, dates)
        self.rules = rules.alliances
        self.grammar = rules.grammar
        # "opened the door for X to join", "cleared the way for X to join": the word a "for X to join" hangs on
        self.aim_opening_words = rules.grammar.way_opening_verbs | rules.grammar.way_nouns
        self.agreement_nouns = rules.agreements.nouns  # "the treaty under which X and Y pledged ...": the pact's terms
        self.agreement_prepositions = rules.agreements.in_force_prepositions
        self.agreement_stages = rules.agreements.stages  # "ratified Albania's application to enter": ratifying words
        # "praised Finland's membership of NATO": a reaction is to a membership that exists
        self.reaction_verbs = rules.agreements.in_force_means_reaction_verbs
        self.command_nouns = rules.alliances.command_nouns
        self.unfounded_words = rules.agreements  # its denying verbs and nouns of claims and reports
        self.rejecting_verbs = rules.agreements.rejecting_verbs
        self.requesting_verbs = rules.transfers.requesting_words  # "urged X to end its obligations": only asked for
        # each alliance's members (organizations.csv; a historic pact's as of the pact): "its NATO allies"
        # makes its possessor a member only if it is one, and a pact that ends ends its members' membership
        self.members = rules.organisation_members
        self.state_codes = rules.state_codes  # a pact's allies are states, not the bodies or agencies named beside them
        # "the Beijing-led Mutual Aid Treaty": who leads it is no part of the treaty's name (the agreement extractor's list)
        self.role_participles = rules.agreements.word_classes["role_participle"]

    def find(self, sent: Any, index: MentionIndex, offset: int) -> list[Alliance]:
        """The alliance moves told in ``sent`` (ids numbered after ``offset``)."""
        found: list[Alliance] = []
        doubtable = may_tell_unfounded_or_ruled_out(sent, self.unfounded_words)
        for token in sent:
            word = lemma(token)
            if doubtable and (told_as_unfounded(token, self.unfounded_words) or told_as_ruled_out(token, self.unfounded_words)):
                continue  # "rejected claims that it had formed a military alliance", "a pact is out of the question": not stated as fact
            rejoined = self._from_military_command(token, sent, index) if self.rules.stages.get(word) == "formal" else None
            if rejoined is not None:
                # "France rejoined NATO's integrated military command": back in the alliance
                found.append(replace(rejoined, id=f"al{offset + len(found) + 1}"))
                continue
            pledged = self._reciprocal_defence(token, sent, index) or self._attack_equated(token, sent, index)
            if pledged is not None:
                # "X and Y pledged to defend each other", "an attack on X is an attack on Y": mutual defence
                found.append(replace(pledged, id=f"al{offset + len(found) + 1}"))
                continue
            if word in self.rules.member_nouns and token.dep_ == "compound" and lemma(token.head) in self.rules.member_head_nouns:
                # "X is now a member state of the CSTO", "the three member states of NATO - A, B and C": the
                # phrase's head noun is the member
                found.extend(replace(a, id=f"al{offset + len(found) + n}") for n, a in enumerate(self._from_member_states(token.head, sent, index), 1))
                continue
            if word in self.rules.member_nouns and (token.pos_ == "NOUN" or self._misread_member_noun(token, index)):
                # "NATO members Norway and Denmark": one membership per state named
                found.extend(replace(a, id=f"al{offset + len(found) + n}") for n, a in enumerate(self._from_member_noun(token, sent, index), 1))
                continue
            if token.pos_ in NOUN_TAGS and word in self.rules.nouns:
                # "the two SEATO states A and B wound up the alliance": the alliance named before is an
                # organisation, so one record per member, as for joining or leaving it; "formed a new
                # alliance with C" makes a pact of its own, no member of the organisation
                alliance = self._from_noun(token, sent, index)
                moves = self._per_member(alliance, index) if self._refers_to_named_body(token, alliance) else [alliance] if alliance is not None else []
                found.extend(replace(a, id=f"al{offset + len(found) + n}") for n, a in enumerate(moves, 1))
                continue
            elif token.pos_ == "VERB" and self._obligations(token) is not None:
                # "Paris suspended its defence commitments to Bonn under NATO": one record per state owed
                found.extend(replace(a, id=f"al{offset + len(found) + n}") for n, a in enumerate(self._per_member(self._from_obligations(token, sent, index), index), 1))
                continue
            elif token.pos_ == "VERB" and self._participation(token) is not None:
                # "X and Y put on hold their part in the bloc's joint command": one record per state
                found.extend(replace(a, id=f"al{offset + len(found) + n}") for n, a in enumerate(self._per_member(self._from_participation(token, sent, index), index), 1))
                continue
            elif token.pos_ == "VERB" and (word in self.rules.join_verbs | self.rules.leave_verbs or self._walked_out(token) or self._denounces_treaty(token)):
                # "Greece and Turkey joined NATO", "joined SEATO and the Baghdad Pact": one record per member and alliance
                found.extend(replace(a, id=f"al{offset + len(found) + n}") for n, a in enumerate(self._per_member(self._from_membership(token, sent, index), index), 1))
                continue
            elif token.pos_ == "VERB" and word in self.rules.ending_verbs:
                # "once CENTO was disbanded, Turkey ...": each member the sentence names leaves it
                found.extend(replace(a, id=f"al{offset + len(found) + n}") for n, a in enumerate(self._ended_pact(token, sent, index), 1))
                continue
            elif token.pos_ == "VERB" and word in self.rules.staying_verbs:
                found.extend(replace(a, id=f"al{offset + len(found) + n}") for n, a in enumerate(self._per_member(self._stayed_in(token, sent, index), index), 1))
                continue
            elif token.pos_ == "VERB" and word in self.rules.inviting_verbs:
                found.extend(replace(a, id=f"al{offset + len(found) + n}") for n, a in enumerate(self._per_member(self._from_invitation(token, sent, index), index), 1))
                continue
            elif token.pos_ == "NOUN" and word in self.rules.inviting_nouns:
                found.extend(replace(a, id=f"al{offset + len(found) + n}") for n, a in enumerate(self._per_member(self._from_invitation_noun(token, sent, index), index), 1))
                continue
            elif token.pos_ == "VERB" and word in self.rules.admitting_verbs:
                found.extend(replace(a, id=f"al{offset + len(found) + n}") for n, a in enumerate(self._per_member(self._from_admission(token, sent, index), index), 1))
                continue
            elif token.pos_ == "NOUN" and word in self.rules.formation_nouns:
                alliance = self._from_formation(token, sent, index)
            elif token.pos_ == "VERB" and word in self.rules.founding_verbs:
                alliance = self._from_founding(token, sent, index)
            elif token.pos_ == "NOUN" and word in self.rules.withdrawal_nouns:
                # "Peru's departure from the bloc in 1990", "made public its departure from the CSTO": one record per state
                found.extend(replace(a, id=f"al{offset + len(found) + n}") for n, a in enumerate(self._per_member(self._from_withdrawal(token, sent, index), index), 1))
                continue
            elif word in self.rules.accession_nouns and (token.pos_ == "NOUN" or self._document_of(token) is not None):
                # "the entry of Chile, Peru and Ecuador into the bloc": one record per state;
                # "approved Sweden's NATO accession protocol": the document's stage tells the accession's
                accession = self._from_accession_document(token, sent, index, ("protocol", "instrument"))
                accession = accession or self._from_accession(token, sent, index) or self._from_accession_document(token, sent, index, ("application",))
                found.extend(replace(a, id=f"al{offset + len(found) + n}") for n, a in enumerate(self._per_member(accession, index), 1))
                continue
            elif token.pos_ == "NOUN" and word in self.rules.enlargement_nouns:
                found.extend(replace(a, id=f"al{offset + len(found) + n}") for n, a in enumerate(self._per_member(self._from_enlargement(token, sent, index), index), 1))
                continue
            elif token.pos_ == "VERB" and word in self.rules.enlarging_verbs:
                found.extend(replace(a, id=f"al{offset + len(found) + n}") for n, a in enumerate(self._from_enlarged_treaty(token, sent, index), 1))
                continue
            else:
                continue
            if alliance is not None:
                found.append(replace(alliance, id=f"al{offset + len(found) + 1}"))
        return [self._told_by_members(self._aim_only(a, sent)) for a in found]

    def _aim_only(self, alliance: Alliance, sent: Any) -> Alliance:
        """"opened the door for X to join the bloc", "smoothing the path for X to become a full
        member": a membership told in an infinitive with its own subject after "for", hung on a word
        of opening a way (defence.toml [grammar] ``way_opening_verbs``, ``way_nouns``), is an aim,
        not one reached; X is a proposed member (docs/annotation.md 9.4). Any other "for X to join"
        ("it took two years for X to join", "the wait for X to join") tells the membership as it is
        told."""
        trigger = alliance.evidence.trigger
        if alliance.status != "formal" or trigger is None:
            return alliance
        span = sent.doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
        if span is None:
            return alliance
        # the trigger is the verb of joining, or the member noun its verb of being has
        head = span.root
        for _ in range(3):
            if head.pos_ in VERB_TAGS and for_to_infinitive(head) and lemma(head.head) in self.aim_opening_words:
                return replace(alliance, status="proposed")
            if head.dep_ not in ("attr", "acomp", "pobj", "prep", "dobj") or head.head.i == head.i:
                break
            head = head.head
        return alliance

    def _told_by_members(self, alliance: Alliance) -> Alliance:
        """"Chad joined the Alliance of Sahel States": a pact written as its member states (not an
        organisation joined) is one record of the newcomer with the pact's members."""
        pacts = [c for c in alliance.members if c in self.rules.pacts_told_by_members]
        if not pacts:
            return alliance
        states = set(alliance.members) - set(pacts)
        for pact in pacts:
            states |= self.members.get(pact, frozenset())
        return replace(alliance, members=tuple(sorted(states))) if len(states) > 1 else alliance

    def _reciprocal_defence(self, token: Any, sent: Any, index: MentionIndex) -> Alliance | None:
        """"X and Y pledged to defend each other", "the treaty commits X and Y to come to one
        another's aid": states that take on each other's defence are allies (the subject of the
        verb whose object, or whose aid noun's possessor, is the reciprocal pronoun)."""
        if not _is_reciprocal(token):
            return None
        head = token.head
        if token.dep_ == "dobj" and head.pos_ in VERB_TAGS and lemma(head) in self.rules.reciprocal_defence_verbs:
            verb = head
        elif token.dep_ == "poss" and head.pos_ in NOUN_TAGS and lemma(head) in self.rules.reciprocal_aid_nouns:
            verb = syntax.nearest_verb(head)
        elif token.dep_ == "pobj" and head.lower_ in self.rules.reciprocal_giving_prepositions:
            verb = self._giving_defence(head.head)  # "provide military assistance to each other"
        else:
            return None
        if verb is None or self._terms_of_agreement(verb):
            return None
        after = head if token.dep_ == "poss" else token
        if token.dep_ != "pobj" and self._civil_adjunct([t.lower_ for t in token.doc[after.i + 1 : token.sent.end]]):
            return None  # "pledged to defend each other in the grain dispute": civil help, no alliance
        subject = syntax.subject_of(verb)[0]
        members = (self.syntax.np_mentions(subject, index, deep=True) or self.syntax.plural_reference(subject, index)) if subject is not None else []
        if not any(m.kind in grammar.STATE_KINDS for m in members) and verb.dep_ in ("xcomp", "advcl", "ccomp") and verb.head.pos_ in VERB_TAGS:
            # "the treaty obliges X and Y to defend each other": the states the governing verb binds
            bound = syntax.direct_object(verb.head)
            members = self.syntax.np_mentions(bound, index) if bound is not None else []
        return self._mutual_defence(members, verb, sent, token, wished=_WISHED_CLAUSES)

    def _civil_adjunct(self, words: list[str]) -> bool:
        """Whether the words after a mutual aid pledge open an adjunct that names no military
        context ("in case of floods", "in the WTO dispute"); "if either is attacked", "against
        aggression" and time adjuncts ("in 1953", "in turn") leave the pledge one of defence."""
        clause: list[str] = []
        for word in words:
            if word in self.rules.pledge_adjunct_ends or not word.isalnum() and word != "'s":
                break
            clause.append(word)
        if len(clause) < 2 or clause[0] not in self.rules.pledge_adjunct_prepositions:
            return False
        rest = clause[1:]
        if any(w in self.rules.military_context_words for w in rest):
            return False
        return not any(w in self.rules.time_adjunct_words or w.isdigit() for w in rest)

    def _terms_of_agreement(self, verb: Any) -> bool:
        """"abrogated the treaty under which the two had pledged to defend each other": a pledge in a
        relative "under which" on an agreement is its terms; the pact's own stage (see ``pacts``)
        tells the alliance, formal or dissolved."""
        top = verb
        while top.dep_ in ("xcomp", "ccomp") and top.head.pos_ in VERB_TAGS and top.head != top:
            top = top.head
        if top.dep_ != "relcl" or top.head.pos_ not in NOUN_TAGS or lemma(top.head) not in self.agreement_nouns:
            return False
        return any(p.lower_ in syntax.RELATIVE_PRONOUNS for p in grammar.prepositional_objects(top, self.agreement_prepositions))

    def _giving_defence(self, head: Any) -> Any | None:
        """The verb of defence given to the reciprocal: "military assistance to each other" (on the
        noun or, as parsed, on its verb); aid a defence word does not name or narrow is none."""
        nouns = [head] if head.pos_ in NOUN_TAGS else [c for c in head.children if c.dep_ == "dobj"]
        for noun in nouns:
            if lemma(noun) not in self.rules.reciprocal_aid_nouns:
                continue
            qualifiers = {lemma(c) for c in noun.children if c.dep_ in ("amod", "compound")}
            if lemma(noun) in self.rules.mutual_defence_nouns - {"assistance", "aid", "security"} or qualifiers & self.rules.mutual_defence_qualifiers:
                return head if head.pos_ in VERB_TAGS else syntax.nearest_verb(head)
        return None

    def _attack_equated(self, token: Any, sent: Any, index: MentionIndex) -> Alliance | None:
        """"an attack on X is an attack on Y", "aggression against X is to count as aggression
        against Y": the states whose attacks a clause equates defend each other."""
        if token.pos_ not in NOUN_TAGS or lemma(token) not in self.rules.attack_nouns or token.dep_ not in ("nsubj", "nsubjpass"):
            return None
        verb = token.head
        equated = [c for c in verb.children if c.dep_ in ("attr", "oprd") and lemma(c) in self.rules.attack_nouns]
        equated += [p for p in grammar.prepositional_objects(verb, self.rules.equating_prepositions) if lemma(p) in self.rules.attack_nouns]
        if not equated:
            return None
        members = [m for noun in [token, *equated] for p in grammar.prepositional_objects(noun, self.rules.attack_prepositions) for m in self.syntax.np_mentions(p, index)]
        # "would be treated as": the clause's conditional is the pact's own, not a doubt on it
        return self._mutual_defence(members, verb, sent, token, wished=("intended", "proposed", "planned"))

    def _mutual_defence(self, members: list[Mention], verb: Any, sent: Any, trigger: Any, wished: tuple[str, ...]) -> Alliance | None:
        """The alliance a mutual defence commitment makes: formal when told as made, proposed
        while only ``wished`` (or planned); none when denied or only alleged."""
        codes = sorted({m.code for m in members if m.code and m.kind in grammar.STATE_KINDS and not m.is_place})
        if len(codes) < 2:
            return None
        chain = [verb, *syntax.governing_chain(verb, limit=4)]
        if any(lemma(node) in self.rules.alleging_words for node in chain):
            return None  # "accused X and Y of pledging to defend each other": alleged
        top = verb
        while top.dep_ in ("xcomp", "ccomp") and top.head.pos_ in VERB_TAGS and top.head != top:
            if self._clause_status(top) == "negated":
                return None
            top = top.head
        clause = self._clause_status(top)
        if clause == "negated":
            return None
        status = "proposed" if clause in wished else "formal"
        return Alliance("", tuple(codes), status, (), grammar.evidence(sent, trigger), None)

    def _misread_member_noun(self, token: Any, index: MentionIndex) -> bool:
        """"fellow CSTO members Kazakhstan and Kyrgyzstan": the parser may read "members" or "allies"
        after an alliance's name as a verb; after the name it is the noun."""
        before = token.doc[token.i - 1] if token.i >= 1 else None
        organisation = index.at(before.i) if before is not None else None
        return token.pos_ == "VERB" and token.tag_ in ("VBZ", "NNS") and organisation is not None and organisation.code in self.rules.alliance_codes

    def _from_member_noun(self, token: Any, sent: Any, index: MentionIndex) -> list[Alliance]:
        """"NATO-member Portugal", "NATO member Denmark", "Turkey, a NATO member": a member of a
        military alliance, told as a fact, by the words around the noun (the parser splits
        such phrases unreliably)."""
        doc = token.doc
        stated = (
            self._stated_membership(token, sent, index)
            or self._made_members(token, sent, index)
            or self._stated_allies(token, sent, index)
            or self._member_in_role(token, sent, index)
            or self._appositive_member_of(token, sent, index)
        )
        if stated is not None:
            # membership is one state and the organisation: "Albania and Croatia ... members of NATO" is two
            organisations = [c for c in stated.members if c in self.rules.alliance_codes or c in stated.name.split(", ")]
            states = [c for c in stated.members if c not in organisations]
            if len(organisations) == 1 and len(states) >= 2:
                return [replace(stated, members=tuple(sorted((organisations[0], state)))) for state in states]
            if len(organisations) >= 2 and states:
                # "X belongs as a member to the CSTO and to a second bloc": one membership per alliance too
                return [replace(stated, members=tuple(sorted((organisation, state))), name=self._words_naming(organisation, sent, index)) for organisation in organisations for state in states]
            return [stated]
        before = doc[token.i - 2] if token.i >= 2 and doc[token.i - 1].text in ("-", "–") else (doc[token.i - 1] if token.i >= 1 else None)
        organisation = index.at(before.i) if before is not None else None
        if organisation is None or organisation.code not in self.rules.alliance_codes:
            return []
        state = index.at(token.i + 1) if token.i + 1 < len(doc) else None
        if state is not None and state.kind != "state" and state.country and state.start == token.i + 1 and token.i + 2 < len(doc) and doc[token.i + 2].tag_ == "POS":
            # "talks with CSTO member X's air force chief": the state's name, possessor of the body it opens
            return [Alliance("", tuple(sorted({organisation.code, state.country})), "formal", (), grammar.evidence(sent, token), grammar.phrase(token, self.grammar))]
        if (state is None or state.kind != "state") and token.dep_ == "appos":
            state = index.at(token.head.i)
        if (state is None or state.kind != "state") and token.tag_ in ("NNS", "VBZ"):
            # "Poland urged its NATO allies", "Moscow and its fellow CSTO members": the possessor is a member too
            owners = self._members_of(organisation.code, self._possessing_states(token, index))
            return [Alliance("", tuple(sorted({organisation.code, s.code})), "formal", (), grammar.evidence(sent, token), grammar.phrase(token, self.grammar)) for s in owners]
        if state is None or state.kind != "state" or not state.code:
            return []
        # "NATO members Norway and Denmark": the states coordinated with the one named first
        head = doc[state.end - 1]
        states = [state] + [m for c in head.conjuncts if (m := index.at(c.i)) is not None and m.kind == "state" and m.code and m is not state]
        return [Alliance("", tuple(sorted({organisation.code, s.code})), "formal", (), grammar.evidence(sent, token), grammar.phrase(token, self.grammar)) for s in states]

    def _from_member_states(self, noun: Any, sent: Any, index: MentionIndex) -> list[Alliance]:
        """"X is now a member state of the CSTO", "envoys from the NATO member nations A, B and
        C": a member state noun of a military alliance, with the states it is said of (the subject of
        a verb of being, or the states set beside it), one membership per state."""
        stated = self._stated_membership(noun, sent, index) or self._appositive_member_of(noun, sent, index)
        if stated is not None:
            organisations = [c for c in stated.members if c in self.rules.alliance_codes]
            states = [c for c in stated.members if c not in organisations]
            if len(organisations) != 1:
                return []
            return [replace(stated, members=tuple(sorted((organisations[0], state)))) for state in states]
        organisations = self._member_of(noun, index)
        # (the resolver may take "CSTO member states" whole as the organisation's mention)
        organisations = organisations or [m for m in (index.at(noun.i),) if m is not None and self._is_alliance(m)]
        listed = [c for c in noun.children if c.dep_ == "appos"]
        listed += [c for head in listed for c in head.conjuncts]
        states = {m.code: m for head in listed for m in self.syntax.np_mentions(head, index) if m.kind == "state" and m.code and not m.is_place}
        codes = {m.code for m in organisations}
        if len(codes) != 1 or not states or self._former_or_wished(noun):
            return []
        code = codes.pop()
        return [Alliance("", tuple(sorted({code, state})), "formal", (), grammar.evidence(sent, noun), grammar.phrase(noun, self.grammar)) for state in states]

    def _possessing_states(self, noun: Any, index: MentionIndex) -> list[Mention]:
        """"Poland's NATO allies": the state named as possessor; "its NATO allies": the subject of the
        clause the noun is in, when it names states and the pronoun agrees (its: one, their: several)."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            return []
        if owner.pos_ != "PRON":
            return [m for m in self.syntax.np_mentions(owner, index) if m.kind == "state" and m.code]
        verb = syntax.nearest_verb(noun)
        subject = syntax.subject_of(verb)[0] if verb is not None else None
        if subject is None or subject.i > noun.i:
            return []
        states = [m for m in self.syntax.np_mentions(subject, index, deep=True) if m.kind == "state" and m.code]
        return states if (len(states) == 1) == (owner.lower_ == "its") else []

    def _members_of(self, organisation: str, states: list[Mention]) -> list[Mention]:
        """The states among ``states`` that belong (or belonged) to ``organisation``."""
        return [m for m in states if m.code in self.members.get(organisation, frozenset())]

    def _from_military_command(self, token: Any, sent: Any, index: MentionIndex) -> Alliance | None:
        """"France rejoined NATO's integrated military command", "Athens restored its links to the
        military command of NATO", "the reintegration of Spain's forces into NATO's joint
        command": a state (back) in an alliance's own military command is a member
        of it (formal once done; wished, proposed). Leaving the command alone leaves no alliance."""
        if token.pos_ not in VERB_TAGS + ("NOUN",):
            return None
        heads = [token] + [c for c in token.children if c.dep_ in ("dobj", "pobj") and lemma(c) in self.rules.participation_nouns]
        if token.pos_ == "NOUN":
            heads += [p for p in grammar.prepositional_objects(token, ("of",)) if lemma(p) in self.rules.participation_nouns]
        commands = [c for h in heads for c in h.children if c.dep_ == "dobj" and h.pos_ in VERB_TAGS]
        commands += [p for h in heads for p in grammar.prepositional_objects(h, self.rules.admission_prepositions | {"with"})]
        organisations = [m for c in commands if self._military_body(c) for m in self._body_owner(c, index)]
        if not organisations:
            return None
        if token.pos_ in VERB_TAGS:
            subject, _ = syntax.subject_of(token)
            named = [subject] if subject is not None else []
            clause = self._clause_status(token)
        else:
            named = [c for h in heads for c in h.children if c.dep_ == "poss"] + grammar.prepositional_objects(token, ("of",))
            governor = syntax.nearest_verb(token)
            clause = self._clause_status(governor) if governor is not None else "occurred"
        # the state itself, not its people ("Spanish officers returned to the command of NATO")
        states = [m for n in named for h in (n, *n.conjuncts) if (m := index.at(h.i)) is not None and m.kind == "state" and m.code]
        if not states and token.pos_ == "NOUN":
            # "its links": whose they are
            pronouns = [c for h in heads for c in h.children if c.dep_ == "poss" and c.pos_ == "PRON"]
            verb = syntax.nearest_verb(token) if pronouns else None
            subject = syntax.subject_of(verb)[0] if verb is not None else None
            states = [m for h in (subject, *subject.conjuncts) if (m := index.at(h.i)) is not None and m.kind == "state" and m.code] if subject is not None else []
        if not states or clause == "negated":
            return None
        status = "formal" if clause in ("occurred", "ongoing") else "proposed"
        return _membership(organisations, states, status, grammar.evidence(sent, token))

    def _military_body(self, noun: Any) -> bool:
        """"NATO's integrated military command", "the command structure of NATO": the alliance's
        own command (a command noun in its phrase), whose members are the alliance's; not the
        alliance itself ("restored ties to NATO": the state may never have left), nor its
        missions, exercises, summits or talks, where partners take part too."""
        words = {lemma(noun)} | {lemma(c) for c in noun.children if c.dep_ == "compound"}
        return bool(words & self.command_nouns)

    def _body_owner(self, noun: Any, index: MentionIndex) -> list[Mention]:
        """The military alliance a body belongs to: its possessor or "of X"."""
        owners = [c for c in noun.children if c.dep_ == "poss"] + grammar.prepositional_objects(noun, ("of",))
        found = [m for o in owners for m in self.syntax.np_mentions(o, index) if self._is_alliance(m)]
        return found or [m for o in owners if (m := self._alliance_named_before(o, index)) is not None]

    def _from_enlargement(self, noun: Any, sent: Any, index: MentionIndex) -> Alliance | None:
        """"NATO's expansion to Poland and Hungary was approved", "the enlargement of the CSTO to
        include X": the states an alliance is widened to become members, at the stage the verb
        above tells (as an accession: approved or ratified, formal; sought or opposed, proposed)."""
        owners = [c for c in noun.children if c.dep_ == "poss"] + grammar.prepositional_objects(noun, ("of",))
        organisations = [m for o in owners for m in self.syntax.np_mentions(o, index) if self._is_alliance(m)]
        taken = grammar.prepositional_objects(noun, self.rules.admission_prepositions)
        taken += [o for c in noun.children if c.dep_ in ("acl", "relcl") and lemma(c) in self.rules.inclusion_verbs for o in c.children if o.dep_ in ("dobj", "obj")]
        states = [m for t in taken for m in self.syntax.np_mentions(t, index, deep=True) if m.kind == "state" and m.code]
        if not organisations or not states:
            return None
        governor = noun.head
        while governor.dep_ in _GOVERNOR_PATH_DEPS and governor.head != governor and governor.pos_ not in VERB_TAGS:
            governor = governor.head
        status = self.rules.accession_stages.get(lemma(governor)) if governor.pos_ in VERB_TAGS else None
        clause = self._clause_status(governor) if governor.pos_ in VERB_TAGS else None
        if status is None or clause == "negated":
            return None
        if status == "formal" and clause not in ("occurred", "ongoing"):
            status = "proposed"
        advocates = tuple(dict.fromkeys(m.actor_id for m in states)) if status == "proposed" else ()
        return _membership(organisations, states, status, grammar.evidence(sent, noun), advocates=advocates)

    def _member_in_role(self, token: Any, sent: Any, index: MentionIndex) -> Alliance | None:
        """"We welcomed Spain as the sixteenth member of NATO", "Malta joined as a full member of the
        CSTO": a state taken in (or joining) as a member of a military alliance (formal once done)."""
        if token.dep_ != "pobj" or token.head.lower_ not in self.rules.role_prepositions:
            return None
        verb = token.head.head
        if verb.pos_ not in VERB_TAGS or lemma(verb) not in self.rules.role_admitting_verbs | self.rules.join_verbs:
            return None
        owners = [c for c in token.children if c.dep_ == "poss"] + grammar.prepositional_objects(token, ("of",))
        organisations = [m for o in owners for m in self.syntax.np_mentions(o, index) if self._is_alliance(m)]
        if lemma(verb) in self.rules.join_verbs:
            taken, _ = syntax.subject_of(verb)
        else:
            taken = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        states = [m for m in self.syntax.np_mentions(taken, index, deep=True) if m.kind == "state" and m.code] if taken is not None else []
        clause = self._clause_status(verb)
        if not organisations or not states or clause == "negated":
            return None
        status = "formal" if clause in ("occurred", "ongoing") else "proposed"
        return _membership(organisations, states, status, grammar.evidence(sent, token))

    def _stated_allies(self, token: Any, sent: Any, index: MentionIndex) -> Alliance | None:
        """"Australia and Japan are treaty allies", "Korea is a defence ally of Canada": states
        told as allies by a treaty or in defence are formal allies ("close allies" alone may be
        political: no record)."""
        verb = token.head
        # "the Philippines, a treaty ally of the United States, protested": an appositive tells it as a fact
        appositive = token.dep_ == "appos" and verb.pos_ in ("PROPN", "NOUN")
        if lemma(token) not in self.rules.ally_nouns or not appositive and (token.dep_ != "attr" or lemma(verb) not in self.rules.membership_state_verbs):
            return None
        if not any(lemma(m) in self.rules.ally_qualifiers for m in token.children if m.dep_ in ("amod", "compound")):
            return None
        if any(c.lower_ in self.rules.former_words for c in (*token.children, *verb.children) if c.dep_ in ("advmod", "amod", "npadvmod")):
            return None  # "were once treaty allies", "former treaty allies": no longer allies
        subject = verb if appositive else syntax.subject_of(verb)[0]
        named = ([subject] if subject is not None else []) + grammar.prepositional_objects(token, ("of",))
        # "a US treaty ally", "Washington's treaty ally": the other ally named before the noun
        named += [c for c in token.children if c.dep_ in ("compound", "poss", "amod") and index.at(c.i) is not None]
        states = {m.code for head in named for m in self.syntax.np_mentions(head, index, deep=True) if m.kind == "state" and m.code}
        clause = "occurred" if appositive else self._clause_status(verb)
        if len(states) < 2 or clause == "negated":
            return None
        status = "formal" if clause in ("occurred", "ongoing") else "proposed"
        return Alliance("", tuple(sorted(states)), status, (), grammar.evidence(sent, token), grammar.phrase(token, self.grammar))

    def _made_members(self, token: Any, sent: Any, index: MentionIndex) -> Alliance | None:
        """"to make Albania and Croatia full members of NATO": states a making verb turns into
        members of the organisation "of X" (formal once made; expected or asked for, proposed)."""
        verb = token.head
        named = [c for c in token.children if c.dep_ in ("nmod", "compound", "nsubj", "poss")]
        if token.dep_ == "appos" and token.head.dep_ == "dobj":
            verb = token.head.head  # "make Malta and Cyprus the latest CSTO members", as parsed
            named.append(token.head)
        elif token.dep_ not in ("dobj", "oprd", "ccomp", "xcomp"):
            return None
        if lemma(verb) not in self.rules.making_verbs or verb.pos_ not in VERB_TAGS:
            return None
        organisations = [m for p in grammar.prepositional_objects(token, ("of",)) for m in self.syntax.np_mentions(p, index) if self._is_alliance(m)]
        named += [c for c in verb.children if c.dep_ == "dobj" and c != token and c not in named]
        states = [m for head in named for m in self.syntax.np_mentions(head, index) if m.kind == "state" and m.code]
        clause = self._clause_status(verb)
        if not organisations or not states or clause == "negated":
            return None
        status = "formal" if clause in ("occurred", "ongoing") and verb.dep_ not in ("xcomp", "ccomp", "advcl") else "proposed"
        return _membership(organisations, states, status, grammar.evidence(sent, token))

    def _from_invitation(self, verb: Any, sent: Any, index: MentionIndex) -> Alliance | None:
        """"Slovakia hopes to be invited into NATO", "X was among the states invited to join
        NATO": a state invited into an alliance is a proposed member of it."""
        bodies = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in self.rules.admission_prepositions for p in prep.children if p.dep_ == "pobj"]
        bodies += [o for join in verb.children if join.dep_ == "xcomp" and lemma(join) in self.rules.join_verbs for o in join.children if o.dep_ == "dobj"]
        # "asked X to begin talks about joining the Rio Treaty": the body the talks are on joining
        bodies += [o for join in self._talks_on_joining(verb) for o in join.children if o.dep_ == "dobj"]
        # the alliance is the whole object ("into NATO"), not a modifier of another noun ("to the NATO summit")
        organisations = [m for p in bodies for m in self.syntax.np_mentions(p, index) if self._is_alliance(m) and any(index.at(head.i) is m for head in (p, *p.conjuncts))]
        organisations = organisations or [m for p in bodies for m in self._named_alliance(p) + self._founding_treaty(p)] or [m for p in bodies if (m := self._alliance_named_before(p, index)) is not None]
        subject, _ = syntax.subject_of(verb)
        if not organisations and subject is not None and self._to_accession_talks(verb):
            # "the bloc's envoys asked Malta to open membership talks": the alliance that invites
            organisations = [m for m in self.syntax.np_mentions(subject, index, deep=True) if self._is_alliance(m)]
            organisations = organisations or [m for c in subject.children if c.dep_ in ("nmod", "compound") and (m := index.at(c.i)) is not None and self._is_alliance(m)]
        if not organisations or self._clause_status(verb) == "negated" or self._told_as_condition(verb):
            return None
        invited = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        obj = syntax.direct_object(verb)
        if invited is None and obj is not None and any(m.kind == "state" for m in self.syntax.np_mentions(obj, index)):
            invited = obj  # "the allies invited Montenegro to join NATO": the state invited is the object
        elif invited is None and verb.dep_ == "acl":
            invited = verb.head  # "the states invited into NATO"
            group = invited.head if invited.dep_ == "pobj" and invited.head.lower_ in self.rules.grouping_prepositions else None
            if group is not None:
                # "was among the states invited", "to be one of the nations invited": the clause's subject
                holder = group.head.head if group.head.dep_ == "attr" else group.head
                invited = syntax.subject_of(holder)[0] if holder.pos_ in VERB_TAGS else None
        elif invited is None:
            invited = syntax.subject_of(verb)[0]  # "hopes to be invited into NATO"
        states = [m for m in self.syntax.np_mentions(invited, index) if m.kind == "state" and m.code] if invited is not None else []
        if not states:
            return None
        return _membership(organisations, states, "proposed", grammar.evidence(sent, verb))

    def _to_accession_talks(self, verb: Any) -> bool:
        """"invited X to start accession talks", "to open membership talks": the invitation is to talks
        on joining (a complement whose object is talks named by an accession noun)."""
        for obj in self._talks_invited_to(verb):
            if any(lemma(c) in self.rules.accession_nouns for c in obj.children if c.dep_ in ("compound", "amod")):
                return True
        return False

    def _talks_invited_to(self, verb: Any) -> list[Any]:
        """The talks an invitation is to: the object of its infinitive ("invited X to begin talks"; the
        parser may hang the infinitive as an adverbial clause rather than a complement)."""
        complements = [c for c in verb.children if c.dep_ == "xcomp" or c.dep_ == "advcl" and syntax.to_infinitive(c)]
        return [o for c in complements for o in c.children if o.dep_ == "dobj" and lemma(o) in self.rules.talk_nouns]

    def _talks_on_joining(self, verb: Any) -> list[Any]:
        """"invited X to open talks on joining NATO": the joining verbs the invited talks are on."""
        return [j for talks in self._talks_invited_to(verb) for prep in talks.children if prep.dep_ == "prep" and prep.lower_ in self.rules.topic_prepositions for j in prep.children if j.dep_ == "pcomp" and lemma(j) in self.rules.join_verbs]

    def _from_invitation_noun(self, noun: Any, sent: Any, index: MentionIndex) -> Alliance | None:
        """"extended formal invitations to X and Y to join the alliance": the states an
        invitation is to, invited to join an alliance, are proposed members of it."""
        verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in VERB_TAGS else None
        # (the parser may hang "to X" on the verb that extends the invitation)
        invitees = grammar.prepositional_objects(noun, ("to",)) + (grammar.prepositional_objects(verb, ("to",)) if verb is not None else [])
        states = [m for p in invitees for m in self.syntax.np_mentions(p, index) if m.kind == "state" and m.code and not m.is_place]
        joins = [c for c in noun.children if c.dep_ in ("acl", "relcl") and lemma(c) in self.rules.join_verbs]
        joins += [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and lemma(c) in self.rules.join_verbs and c.i > noun.i] if verb is not None else []
        named = [o for join in joins for o in join.children if o.dep_ == "dobj"] + [p for join in joins for p in grammar.prepositional_objects(join, self.rules.membership_prepositions)]
        organisations = [m for m in self._organisations_joined(named, index) if self._is_alliance(m)]
        if not states or not organisations or verb is not None and (self._clause_status(verb) == "negated" or self._told_as_condition(verb)):
            return None
        return _membership(organisations, states, "proposed", grammar.evidence(sent, noun))

    def _from_admission(self, verb: Any, sent: Any, index: MentionIndex) -> Alliance | None:
        """"The alliance admitted North Macedonia into NATO", "agreed to bring Montenegro
        into NATO": states the verb's object names taken into an organisation (formal once
        done; agreed or wished, proposed)."""
        taken, bodies = grammar.admitted_into(verb, self.rules.admitting_verbs, self.rules.admission_prepositions) or (None, [])
        if taken is None:
            # "the Atlantic alliance admitted Finland": the alliance that admits is the body, the state it takes in
            # (the object's head a state itself: "NATO accepted Kyiv's request" takes no one in)
            obj, (subject, _) = syntax.direct_object(verb), syntax.subject_of(verb)
            held = index.at(obj.i) if obj is not None else None
            if held is not None and held.kind == "state" and subject is not None and (index.at(subject.i) is not None or lemma(subject) in self.rules.nouns):
                taken, bodies = obj, [subject]
        states = [m for m in self.syntax.np_mentions(taken, index) if m.kind == "state" and m.code] if taken is not None else []
        # the alliance is the whole object ("into NATO"), not a modifier of another noun ("into the EU market")
        organisations = [
            m
            for p in bodies
            for m in self.syntax.np_mentions(p, index)
            if self._is_alliance(m) and any(index.at(head.i) is m for head in (p, *p.conjuncts))
        ]
        # "to bring Spain into the Washington Treaty": the treaty stands for the organisation it founded
        treaties = [code for p in bodies if (code := self._founding_treaty_code(p, self.rules.founding_treaties)) is not None]
        if not organisations and not treaties:
            # "welcomed Finland into the alliance": the one military alliance named before
            organisations = [m for p in bodies for m in self._named_alliance(p)] or [m for p in bodies if (m := self._alliance_named_before(p, index)) is not None]
        clause = self._clause_status(verb)
        if not states or not (organisations or treaties) or clause == "negated" or self._told_as_condition(verb):
            return None  # "should X ever be admitted to NATO": a condition, no membership put forward
        if any(lemma(above) in self.rejecting_verbs for above in list(verb.ancestors)[:3]):
            return None  # "rejected the plan to take X into NATO": no membership proposed or completed
        # "agreed to bring X into NATO", "the agreement to bring X into NATO": an admission still to come
        infinitive = verb.dep_ == "xcomp" or verb.tag_ == "VB" and syntax.to_infinitive(verb)
        # "ratified the protocols admitting X to NATO": the allies ratify one by one; X is not in yet
        by_protocol = verb.dep_ == "acl" and lemma(verb.head) in self.rules.accession_protocol_nouns
        status = "formal" if clause in ("occurred", "ongoing") and not infinitive and not by_protocol else "proposed"
        subject, _ = syntax.subject_of(verb)
        advocates = [m for m in self.syntax.np_mentions(subject, index, deep=True) if m.code] if subject is not None and status == "proposed" else []
        advocate_ids = tuple(dict.fromkeys(m.actor_id for m in advocates))
        if not organisations:
            members = tuple(sorted({m.code for m in states if m.code} | set(treaties)))
            return Alliance("", members, status, advocate_ids, grammar.evidence(sent, verb), ", ".join(dict.fromkeys(treaties)))
        return _membership(organisations, states, status, grammar.evidence(sent, verb), advocates=advocate_ids)

    def _from_formation(self, noun: Any, sent: Any, index: MentionIndex) -> Alliance | None:
        """"the founding of CENTO by Turkey, Iran and Pakistan", "the
        founding of the Rio Treaty between X, Y and Z": the states that set up a military pact
        are its allies (formal; proposed while only wished)."""
        complements = grammar.prepositional_objects(noun, {"of"})
        # "the formation in Asia of the ANZUS Treaty": the parser may hang "of" on a place in between
        complements += [p for other in grammar.prepositional_objects(noun, self.grammar.place_prepositions) for p in grammar.prepositional_objects(other, {"of"})]
        pacts = [p for p in complements if (m := index.at(p.i)) is not None and m.code in self.rules.alliance_codes]
        if not pacts:
            return None
        holders = [noun, *pacts]
        states = {m.code for h in holders for p in grammar.prepositional_objects(h, self.rules.founder_prepositions) for t in p.subtree if (m := index.at(t.i)) is not None and m.kind == "state" and m.code}
        if len(states) < 2:
            return None
        governor = syntax.nearest_verb(noun)
        clause = self._clause_status(governor) if governor is not None else "occurred"
        if clause == "negated":
            return None
        if governor is not None and self._past_in_question(governor):
            clause = "occurred"  # "debate whether the founding of X by A and B was wise": it was founded
        status = "proposed" if clause in _WISHED_CLAUSES or governor is not None and self.rules.stages.get(lemma(governor)) == "proposed" else "formal"
        return Alliance("", tuple(sorted(states)), status, (), grammar.evidence(sent, noun), index.at(pacts[0].i).code)

    def _from_founding(self, verb: Any, sent: Any, index: MentionIndex) -> Alliance | None:
        """"Chile and Peru founded the Andean Defence Pact", "the Baghdad Pact was
        set up by its three regional members": the states that set up a military pact are its
        allies, as with its formation told by a noun (formal; proposed while only wished)."""
        obj = syntax.direct_object(verb) or syntax.passive_subject(verb)
        pact = index.at(obj.i) if obj is not None else None
        if pact is None or pact.code not in self.rules.alliance_codes:
            return None
        # "formed the pact with Britain": a partner named on the verb founds it too
        founders = [p for prep in (*self.rules.founder_prepositions, *self.rules.verb_member_prepositions) for p in syntax.preposition_objects(verb, prep)]
        subject, _ = syntax.subject_of(verb)  # the subject, or the agent of "was founded by A and B"
        if subject is not None and subject is not obj:
            founders.append(subject)
        states = {m.code for f in founders for m in self.syntax.np_mentions(f, index, deep=True) if m.kind == "state" and m.code and not m.is_place}
        clause = self._clause_status(verb)
        if len(states) < 2 or clause == "negated":
            return None
        status = "proposed" if clause in _WISHED_CLAUSES else "formal"
        return Alliance("", tuple(sorted(states)), status, (), grammar.evidence(sent, verb), pact.code)

    def _past_in_question(self, verb: Any) -> bool:
        """A past-tense verb in a "whether" clause: the question is about what was done, not wished."""
        return verb.tag_ == "VBD" and any(c.dep_ == "mark" and c.lower_ in self.rules.question_marks for c in verb.children)

    def _from_accession(self, noun: Any, sent: Any, index: MentionIndex) -> Alliance | None:
        """"Malta's entry into the bloc was finalised", "ratified Sweden's accession to the
        alliance", "Kyiv has sought membership in NATO": joining told by a noun, at the stage
        the verb above it names."""
        governor = noun.head
        while governor.dep_ in _GOVERNOR_PATH_DEPS and governor.head != governor and governor.pos_ not in VERB_TAGS:
            governor = governor.head
        if governor.pos_ in VERB_TAGS and lemma(governor) in self.rules.membership_state_verbs:
            # "Armenia's membership in the CSTO has been frozen": the participle after "be" tells the stage
            governor = next((c for c in governor.children if c.dep_ in ("acomp", "xcomp") and c.tag_ == "VBN" and lemma(c) in self.rules.accession_stages), governor)
        status = self.rules.accession_stages.get(lemma(governor)) if governor.pos_ in VERB_TAGS else None
        before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
        if before is not None and before.lower_ in self.rules.after_prepositions and (noun.dep_ == "pobj" and noun.head == before or before.dep_ == "mark"):
            # "since its accession to NATO" (the parser may read "since" as a clause's mark): completed before
            status, governor = "formal", noun
        aim = self._equated_aim(noun, governor)
        if aim is not None:
            status = "proposed"  # "CSTO membership is still the republic's first priority": sought, not held
        aimed_at = self._aimed_at(noun)
        if aimed_at is not None:
            # "a decisive stride towards CSTO membership", "its long path toward membership": still to come,
            # whatever the verb above says of the step
            status, governor = "proposed", noun
        if status is None and self._accession_told_as_done(noun, governor):
            status = "formal"  # "Observers celebrated the accession of Poland to NATO": a completed accession told as a fact
        if status == "proposed" and lemma(governor) not in self.rules.contesting_words and self._said_done(noun):
            status = "formal"  # "hailed Finland's completed accession to NATO": praise tells no stage, the noun does
        if status == "proposed" and self._reaction_to_held_membership(noun, governor):
            status = "formal"  # "praised Finland's membership of NATO": praise tells no stage, the noun does
        clause = self._clause_status(governor) if governor.pos_ in VERB_TAGS else ("occurred" if status is not None else None)
        if status is None or clause == "negated" or governor.pos_ in VERB_TAGS and self._told_as_condition(governor):
            return None  # "Should Peru one day choose to seek membership of the CSTO, ...": a condition, put forward by no one
        if status == "formal" and clause not in ("occurred", "ongoing"):
            status = "proposed"  # "parliament will ratify the accession": not yet a member
        named = [c for c in noun.children if c.dep_ in _MEMBER_MODIFIER_DEPS] + grammar.prepositional_objects(noun, self.rules.accession_prepositions)
        if noun.dep_ == "dobj" and noun.head == governor or noun.dep_ == "pobj" and noun.head.head == governor:
            # "sought membership in NATO", "ratified the protocols on the accession of X to NATO", as parsed
            named += [p for p in grammar.prepositional_objects(governor, self.rules.accession_prepositions) if p.i > noun.i]
        # "the accession to NATO of Spain": the parser may hang the state on the alliance
        # ("the accession to NATO and the WEU of Germany": or on the last body of the list)
        named += [p for head in list(named) if (m := index.at(head.i)) is not None and self._is_alliance(m) for h in (head, *head.conjuncts) for p in grammar.prepositional_objects(h, ("of",))]
        mentions = [m for head in named for m in self.syntax.np_mentions(head, index)]
        organisations = [m for m in mentions if self._is_alliance(m)]
        # "Finland's accession to the alliance": the one military alliance named before
        organisations = organisations or [m for head in named if (m := self._alliance_named_before(head, index)) is not None]
        organisations = organisations or [m for head in named for m in self._founding_treaty(head)]  # "accession to the North Atlantic Treaty"
        states = [m for m in mentions if m.kind == "state" and m.code]
        if not states and status == "proposed":
            # "Georgia's bid for NATO membership was discussed": whose bid it is
            path = _path(noun, governor)
            states = [m for node in path if lemma(node) in self.rules.seeking_words for c in node.children if c.dep_ == "poss" for m in self.syntax.np_mentions(c, index) if m.kind == "state" and m.code]
        if not states and aimed_at is not None:
            # "its path towards CSTO membership", "X's new army law, which officials hailed as a step towards
            # alliance membership": whose path (or whose thing the step is) it is
            holders = [aimed_at]
            while len(holders) < 6 and (holders[-1].dep_ in _AIM_HOLDER_PATH_DEPS or holders[-1].dep_ == "pobj" and holders[-1].head.lower_ in self.rules.role_prepositions):
                holders.append(holders[-1].head)  # "X's army law, which officials hailed as a step towards ..."
            holders = [h for h in holders if h.pos_ in NOUN_TAGS]
            states = next((found for h in holders if (found := self._possessing_states(h, index) or self._possessor_country(h, index))), [])
        if not states and aim is not None:
            states = self._aim_holders(aim, governor, index)
        sought_by_verb = noun.dep_ in ("dobj", "nsubjpass") or noun.dep_ == "pobj" and noun.head.head == governor and lemma(governor) in self.rules.seeking_words
        if not states and sought_by_verb and governor.pos_ in VERB_TAGS and status == "proposed":
            subject, _ = syntax.subject_of(governor)  # "Kyiv has sought membership in NATO", "applied for NATO membership"
            states = [m for m in self.syntax.np_mentions(subject, index, deep=True) if m.kind == "state" and m.code] if subject is not None else []
        if not organisations or not states:
            return None
        advocates = tuple(dict.fromkeys(m.actor_id for m in states)) if status == "proposed" else ()
        return _membership(organisations, states, status, grammar.evidence(sent, noun), advocates=advocates)

    def _equated_aim(self, noun: Any, governor: Any) -> Any | None:
        """"a seat in the CSTO stays its first priority", "its ambition is membership of NATO": the aim noun a
        verb of being sets beside the membership noun, or None."""
        if governor.pos_ not in VERB_TAGS + ("AUX",) or lemma(governor) not in self.rules.membership_state_verbs or noun.head != governor:
            return None
        if noun.dep_ not in ("nsubj", "attr"):
            return None
        if self._bygone_aim(governor):
            return None  # "membership of the alliance was once its goal, until it joined": no longer sought
        other = ("attr",) if noun.dep_ == "nsubj" else ("nsubj",)
        return next((c for c in governor.children if c.dep_ in other and lemma(c) in self.rules.aim_nouns), None)

    def _bygone_aim(self, governor: Any) -> bool:
        """A verb of being in the past that tells an aim of the past: "was once its goal", "had been
        its aim until it joined", "was its priority till 2019"."""
        past = governor.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in governor.children)
        if not past:
            return False
        for child in governor.children:
            if child.dep_ == "advmod" and child.lower_ in self.rules.bygone_aim_adverbs:
                return True
            if child.dep_ == "prep" and child.lower_ in self.rules.aim_ending_words:
                return True  # "until 2023"
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in self.rules.aim_ending_words for m in child.children):
                return True  # "until it joined"
        return False

    def _aim_holders(self, aim: Any, governor: Any, index: MentionIndex) -> list[Mention]:
        """Whose aim it is: its possessor's state ("Moldova's objective"); for "its", the subject of
        the clause that tells the aim ("... is still its first priority, Bosnia's cabinet insisted")."""
        owner = next((c for c in aim.children if c.dep_ == "poss"), None)
        if owner is None:
            return []
        if owner.pos_ != "PRON":
            return [m for m in self.syntax.np_mentions(owner, index) if m.kind == "state" and m.code] or self._the_country(owner, index)
        teller = governor.head if governor.dep_ == "ccomp" and governor.head.pos_ in VERB_TAGS else None
        subject = syntax.subject_of(teller)[0] if teller is not None else None
        states = [m for m in self.syntax.np_mentions(subject, index, deep=True) if m.code and m.kind in grammar.STATE_KINDS] if subject is not None else []
        return states if (len({m.code for m in states}) == 1) == (owner.lower_ == "its") else []

    def _aimed_at(self, noun: Any) -> Any | None:
        """"X's path towards CSTO membership", "the reforms, a stride toward membership of the alliance":
        the noun a membership is the direction of (a step, progress, a path), or None. The
        membership may be named by a seeking noun on it ("moves towards an alliance membership request")."""
        target = noun.head if noun.dep_ == "compound" and lemma(noun.head) in self.rules.seeking_words else noun
        if target.dep_ != "pobj" or target.head.lower_ not in self.rules.direction_prepositions:
            return None
        holder = target.head.head
        return holder if holder.pos_ in NOUN_TAGS else None

    def _possessor_country(self, noun: Any, index: MentionIndex) -> list[Mention]:
        """"the country's army reform": the state "the country" stands for."""
        return [m for c in noun.children if c.dep_ == "poss" for m in self._the_country(c, index)]

    def _document_of(self, noun: Any) -> tuple[str, Any] | None:
        """The document an accession noun is the subject of, and its kind: "Sweden's NATO accession
        protocol", "a protocol on Malta's joining" (protocol), "its instrument of accession"
        (instrument), "an application for membership of NATO" (application)."""
        if noun.dep_ == "compound":
            holder = noun.head
        elif noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in NOUN_TAGS:
            holder = noun.head.head
        else:
            return None
        word = lemma(holder)
        if holder.tag_ == "NNPS":
            word = word.removesuffix("s")  # "the Accession Protocols": the tagger leaves a proper plural as it is
        if word in self.rules.accession_protocol_nouns:
            return "protocol", holder
        if word in self.rules.accession_instrument_nouns and noun.dep_ == "pobj":
            return "instrument", holder
        if word in self.rules.seeking_words and holder.pos_ in NOUN_TAGS and noun.dep_ == "pobj":
            return "application", holder
        return None

    def _from_accession_document(self, noun: Any, sent: Any, index: MentionIndex, kinds: tuple[str, ...]) -> Alliance | None:
        """An accession told through its document: a protocol of accession signed, approved or ratified
        (by the allies, one by one) leaves the state a proposed member until it joins; an instrument of
        accession deposited makes it a member (formal; to be deposited, proposed); an application for
        membership submitted puts it forward (proposed). Denied or told as a condition, none."""
        document = self._document_of(noun)
        if document is None or document[0] not in kinds:
            return None
        kind, holder = document
        governor = holder
        while governor.dep_ in _GOVERNOR_PATH_DEPS and governor.head != governor and governor.pos_ not in VERB_TAGS:
            governor = governor.head
        verb = governor if governor.pos_ in VERB_TAGS else None
        clause = self._clause_status(verb) if verb is not None else "occurred"
        if clause == "negated" or verb is not None and self._told_as_condition(verb):
            return None
        if verb is not None and any(lemma(node) in self.rejecting_verbs | self.rules.alleging_words for node in [verb, *syntax.governing_chain(verb, limit=3)]):
            return None  # "rejected Kyiv's application for NATO membership": no one puts it forward
        # "the Maltese accession protocol", "accession protocols for Peru and Chile", "the instrument by which Chile accedes to the pact"
        named = [c for h in (noun, holder) for c in h.children if c.dep_ in ("poss", "compound") and c != noun]
        named += grammar.prepositional_objects(noun, self.rules.accession_prepositions) + grammar.prepositional_objects(holder, self.rules.document_state_prepositions)
        mentions = [m for head in named for m in self.syntax.np_mentions(head, index)]
        organisations = [m for m in mentions if self._is_alliance(m)]
        organisations = organisations or [m for head in named for m in self._founding_treaty(head) + self._named_alliance(head)]
        organisations = organisations or [m for head in named if (m := self._alliance_named_before(head, index)) is not None]
        if not organisations and kind == "protocol":
            # "NATO allies signed the accession protocols for X": the one alliance the sentence names
            named_here = {m.code: m for m in index.in_range(sent.start, sent.end) if self._is_alliance(m)}
            organisations = list(named_here.values()) if len(named_here) == 1 else []
        states = [m for m in mentions if m.kind == "state" and m.code and not m.is_place]
        if not states and kind != "protocol" and verb is not None:
            # "Lima has lodged the papers of its accession", "Moldova is lodging a bid for
            # membership of NATO": the state that deposits or applies (not the ally that ratifies a protocol)
            # (a leader or a state body acts for its state: "Prime Minister X handed the instrument")
            subject, _ = syntax.subject_of(verb)
            states = [m for m in self.syntax.np_mentions(subject, index, deep=True) if m.country and m.code == m.country and not m.is_place] if subject is not None else []
            states = states or (self._the_country(subject, index) if subject is not None else [])
        if not organisations or not states:
            return None
        status = "proposed"
        if kind == "instrument":
            deposited = verb is not None and lemma(verb) in self.rules.depositing_verbs and clause in ("occurred", "ongoing")
            status = "formal" if deposited else "proposed"
        advocates = tuple(dict.fromkeys(m.actor_id for m in states)) if status == "proposed" else ()
        return _membership(organisations, states, status, grammar.evidence(sent, noun), advocates=advocates)

    def _accession_told_as_done(self, noun: Any, governor: Any) -> bool:
        """"Observers celebrated the accession of Poland to NATO", "Montenegro's accession to NATO
        changed the map", "gains for security: the accession of Spain to NATO": an accession (not
        a membership, often only sought) is done only when something says so: a past verb of
        completing it, the accession itself acting in the past, or a verbless phrase. Hoped for,
        floated, discussed or backed, it is not done (no closed list of such verbs can be complete)."""
        if lemma(noun) not in self.rules.completed_accession_nouns:
            return False
        path = [noun.head, *syntax.governing_chain(noun.head, limit=4)] if noun.head != noun else []
        if any(lemma(node) in self.rules.seeking_words | self.rules.proposal_nouns | self.rules.contesting_words or lemma(node) in self.rules.accession_stages for node in path):
            return False
        if noun.dep_ == "appos":
            # "the world has seen gains: the accession of X to NATO, ...": an instance of what a past
            # or perfect verb says was seen or made
            verb = syntax.nearest_verb(noun.head)
            return verb is None or syntax.is_past_or_perfect(verb) and self._clause_status(verb) == "occurred"
        if governor.pos_ not in VERB_TAGS:
            # a verbless phrase names the accession itself ("gains: the accession of X"), not what
            # it is wanted for ("hopes for the accession", a verb the parser read as a noun)
            return noun.dep_ != "pobj" and not any(node.pos_ in VERB_TAGS for node in path)
        if not syntax.is_past_or_perfect(governor) or self._clause_status(governor) != "occurred":
            return False
        acted = noun.dep_ == "nsubj" and noun.head == governor
        return acted or lemma(governor) in self.rules.completing_verbs

    def _reaction_to_held_membership(self, noun: Any, governor: Any) -> bool:
        """"hailed Poland's membership of NATO": a membership (a state held, not an act such as an
        accession, nor a bid) that a reaction verb takes as its object exists; not a "future" one,
        nor one contested ("criticised X's membership" may be of a hoped-for one)."""
        held = lemma(noun) in self.rules.accession_nouns and lemma(noun) not in self.rules.completed_accession_nouns
        reacted = lemma(governor) in self.reaction_verbs and lemma(governor) not in self.rules.contesting_words
        wished = any(lemma(c) in self.rules.wish_modifiers for c in noun.children if c.dep_ == "amod")
        return held and reacted and not wished and noun.dep_ == "dobj" and noun.head == governor

    def _said_done(self, noun: Any) -> bool:
        """"Finland's completed accession", "the accession of X, finalised last week": a
        participle on the noun that says it is done."""
        return any(c.dep_ in ("amod", "acl") and c.tag_ in ("VBN", "JJ") and _participle_of(c, self.rules.completing_verbs) for c in noun.children)

    def _is_alliance(self, mention: Mention) -> bool:
        """A military alliance (NATO, the CSTO), whose members a membership record names: joining
        the WTO or the EU is no alliance (docs/annotation.md §9.4)."""
        return joinable(mention) and mention.code in self.rules.alliance_codes

    def _from_enlarged_treaty(self, verb: Any, sent: Any, index: MentionIndex) -> list[Alliance]:
        """"the Washington Treaty, since widened to take in X and Y" (include), "the treaty was expanded
        to cover X": each state taken in becomes a member of the organisation the treaty founded
        (formal once done, proposed while wished)."""
        treaty = verb.head if verb.dep_ in ("acl", "relcl") else next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if treaty is None and verb.tag_ == "VBN" and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].is_punct:
            # "rests on the founding treaty, lately extended to include ...": a reduced relative the parser
            # hung on the main verb belongs to the noun just before its comma
            before = verb.doc[verb.left_edge.i - 2] if verb.left_edge.i > 1 else None
            treaty = before if before is not None and before.pos_ in NOUN_TAGS else None
        organisation = self._founding_treaty_code(treaty, self.rules.founding_treaties) if treaty is not None else None
        inclusions = [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and lemma(c) in self.rules.inclusion_verbs]
        if organisation is None or not inclusions:
            return []
        clause = self._clause_status(verb)
        if clause == "negated":
            return []
        status = "formal" if clause in ("occurred", "ongoing") or verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN" else "proposed"
        obj = syntax.direct_object(inclusions[0])
        states = [m for m in self.syntax.np_mentions(obj, index) if m.kind == "state" and m.code] if obj is not None else []
        codes = dict.fromkeys(m.code for m in states if m.code != organisation)
        return [Alliance("", tuple(sorted((organisation, code))), status, (), grammar.evidence(sent, verb), organisation) for code in codes]

    def _participation(self, verb: Any) -> Any | None:
        """The "participation"/"membership" object of a suspending or leaving verb, if any."""
        if self.rules.stages.get(lemma(verb)) not in ("suspended", "dissolved"):
            return None
        obj = syntax.direct_object(verb)
        return obj if obj is not None and lemma(obj) in self.rules.participation_nouns else None

    def _from_participation(self, verb: Any, sent: Any, index: MentionIndex) -> Alliance | None:
        """"Moldova has paused its participation in the CSTO", "... halting its participation
        in all the alliance's meetings" (the bloc: the organisation named before)."""
        organisations: list[Mention] = []
        for pobj in grammar.prepositional_objects(self._participation(verb), self.rules.participation_prepositions):
            for token in pobj.subtree:
                mention = index.at(token.i)
                if mention is not None and joinable(mention):
                    organisations.append(mention)
                elif lemma(token) in self.rules.nouns and token.pos_ in NOUN_TAGS and not organisations:
                    earlier = [m for m in index.in_range(0, token.i) if joinable(m)]
                    organisations.extend(earlier[-1:])
        subject, _ = syntax.subject_of(verb)
        states = [m for m in self.syntax.np_mentions(subject, index, deep=True) if m.kind == "state"] if subject is not None else []
        if not states or self._clause_status(verb) not in ("occurred", "ongoing"):
            return None
        if not organisations:
            return self._from_joint_force(verb, states, sent, index)
        return _membership(organisations, states, self.rules.stages[lemma(verb)], grammar.evidence(sent, verb))

    def _obligations(self, verb: Any) -> Any | None:
        """The obligations noun a suspending or ending verb takes: "suspended its security
        obligations", "ended its NATO commitments" (grammar.suspended_obligations)."""
        return grammar.suspended_obligations(verb, self.rules.stages, self.rules.word_classes["obligation"], self.requesting_verbs)

    def _obligation_source(self, phrase: Any, index: MentionIndex) -> bool:
        """"under ANZUS", "under the ANZUS treaty": what the obligations are owed under is the
        alliance itself or a treaty or pact noun, not a deal, contract or mission of it."""
        mention = index.at(phrase.i)
        return (mention is not None and joinable(mention)) or lemma(phrase) in self.rules.word_classes["obligation_source"]

    def _alliance_member(self, mention: Mention, organisations: list[Mention]) -> bool:
        """A state that is a member of one of ``organisations`` (organizations.csv), as far as known."""
        return mention.kind == "state" and any(o.code not in self.members or mention.code in self.members[o.code] for o in organisations)

    def _from_obligations(self, verb: Any, sent: Any, index: MentionIndex) -> Alliance | None:
        """"Canberra suspended its defence commitments to Manila under the treaty of SEATO",
        "ended its NATO obligations to Ankara": the obligations of a military alliance
        (named on the noun or by "under" its name or founding treaty) suspended or ended toward a
        state suspend or end that state's part in it; toward none named, the subject's own part."""
        obligations = self._obligations(verb)
        owed = [p for h in (verb, obligations) for p in grammar.prepositional_objects(h, self.rules.word_classes["obligee_preposition"])]
        named = [c for c in obligations.children if c.dep_ in ("compound", "nmod")]
        # "to Canberra under ANZUS": the parser may hang the alliance on the state owed
        under = [p for h in (verb, obligations, *owed) for p in grammar.prepositional_objects(h, self.agreement_prepositions)]
        if any(not self._obligation_source(p, index) for p in under):
            return None  # "under the NATO contract", "under the bloc's training mission": no membership is owed
        organisations = [m for p in named + under for m in (self.syntax.np_mentions(p, index) or self._founding_treaty(p)) if joinable(m) and m.code in self.rules.alliance_codes]
        if not organisations or self._clause_status(verb) not in ("occurred", "ongoing"):
            return None
        if syntax.to_infinitive(verb):
            return None  # "threatened to suspend its obligations": a suspension only in view
        # only a member owes the alliance's obligations, and only to a member: a maker's delivery
        # commitments, or a member's pledges to a partner outside, move no membership
        subject, _ = syntax.subject_of(verb)
        owing = [m for m in self.syntax.np_mentions(subject, index, deep=True) if m.kind == "state"] if subject is not None else []
        if not owing or not all(self._alliance_member(m, organisations) for m in owing):
            return None
        states = [m for p in owed for m in self.syntax.np_mentions(p, index) if m.kind == "state"] if owed else owing
        if not states or not all(self._alliance_member(m, organisations) for m in states):
            return None
        return _membership(organisations, states, self.rules.stages[lemma(verb)], grammar.evidence(sent, verb))

    def _from_joint_force(self, verb: Any, states: list[Mention], sent: Any, index: MentionIndex) -> Alliance | None:
        """"Niger froze its participation in the joint force serving alongside Chad and
        Mali": a joint military force of named states is their alliance; a state's part in it
        suspended or ended suspends or dissolves it. A force with no partner state named, or
        talks and summits, is none."""
        partners: list[Mention] = []
        for pobj in grammar.prepositional_objects(self._participation(verb), self.rules.participation_prepositions):
            if lemma(pobj) not in self.rules.joint_force_nouns or pobj.pos_ not in NOUN_TAGS:
                continue
            for prep in (t for t in pobj.subtree if t.dep_ == "prep" and t.lower_ in self.rules.partner_prepositions):
                partners.extend(m for p in prep.children if p.dep_ == "pobj" for m in self.syntax.np_mentions(p, index) if m.kind == "state" and not m.is_place)
        codes = sorted({m.code for m in states + partners if m.code})
        if not partners or len(codes) < 2:
            return None
        return Alliance("", tuple(codes), self.rules.stages[lemma(verb)], (), grammar.evidence(sent, verb), None)

    def _stated_membership(self, token: Any, sent: Any, index: MentionIndex) -> Alliance | None:
        """"Finland became the alliance's newest member", "Norway is a NATO member": the subject of a
        verb of being is a member of the alliance the noun's possessor or "of" names."""
        verb = token.head
        if token.dep_ != "attr" or lemma(verb) not in self.rules.membership_state_verbs:
            return None
        # "the alliance's newest member", "a member of NATO", "a loyal CSTO member"
        organisations = self._member_of(token, index)
        subject, _ = syntax.subject_of(verb)
        states = [m for m in self.syntax.np_mentions(subject, index) if m.kind == "state" and m.code] if subject is not None else []
        if not states and subject is not None:
            states = self._the_country(subject, index)  # "since the country became a NATO member"
        if not organisations or not states or self._former_or_wished(token):
            return None
        clause = self._clause_status(verb)
        if clause == "negated" or subject is not None and self._negated_coordination(subject):  # "Neither X nor Y is a member"
            return None
        # "X will remain a member of the CSTO": a membership kept is held, told as now or to come
        kept = lemma(verb) in self.rules.staying_verbs
        status = "formal" if clause in ("occurred", "ongoing") or kept else "proposed"
        return _membership(organisations, states, status, grammar.evidence(sent, token), name=grammar.phrase(token, self.grammar))

    def _member_of(self, token: Any, index: MentionIndex) -> list[Mention]:
        """The military alliance a member noun belongs to: its possessor, compound or "of X" ("the
        alliance's newest member", "a member of NATO", "a fully fledged NATO member"), named or referred back to
        ("the alliance", "the hemispheric defence pact": the one military alliance named before)."""
        owners = [c for c in token.children if c.dep_ in ("poss", "compound")] + grammar.prepositional_objects(token, ("of",))
        if any(self._negated_coordination(owner) for owner in owners):
            return []  # "a member of neither NATO nor the CSTO": of no alliance named
        owners += [c for owner in owners if owner.dep_ == "pobj" for c in owner.conjuncts]  # "a member of the Rio Treaty and of NATO"
        organisations = [m for owner in owners for m in self.syntax.np_mentions(owner, index) or self._named_alliance(owner) or self._founding_treaty(owner) if m.code in self.rules.alliance_codes]
        return organisations or [m for owner in owners if (m := self._alliance_named_before(owner, index)) is not None]

    @staticmethod
    def _words_naming(code: str, sent: Any, index: MentionIndex) -> str:
        """The words of ``sent`` that name the organisation ``code`` ("North Atlantic Treaty
        Organization", "the CSTO"), as other records keep the text's words; the code when no mention
        of it is found there."""
        mention = next((m for m in index.in_range(sent.start, sent.end) if m.code == code), None)
        return sent.doc[mention.start : mention.end].text if mention is not None else code

    def _clause_status(self, verb: Any) -> str:
        """The clause status of ``verb`` (Syntax.clause_status), negated too when its subject or
        object is a coordination that denies each member ("Neither X nor Y has joined NATO",
        "joined neither NATO nor the CSTO")."""
        status = self.syntax.clause_status(verb)
        if status != EventStatus.NEGATED:
            arguments = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
            arguments += [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
            if any(self._negated_coordination(a) for a in arguments):
                return EventStatus.NEGATED
        return status

    def _negated_coordination(self, head: Any) -> bool:
        """"neither NATO nor the CSTO", "neither X nor Y": a coordination that denies each of its
        members (defence.toml ``negating_coordinators``)."""
        return any(c.dep_ in ("preconj", "cc", "det") and c.lower_ in self.rules.negating_coordinators for h in (head, *head.conjuncts) for c in h.children)

    def _former_or_wished(self, noun: Any) -> bool:
        """"a former member", "a would-be member", "a possible ally": no membership held now."""
        before = noun.doc[noun.left_edge.i : noun.i]
        words = set(before.text.lower().split()) | {lemma(t) for t in before} | {t.lower_ for t in before}  # "would-be" is one word in the text
        return bool(words & (self.rules.former_words | self.rules.wish_modifiers | self.rules.aspiring_words))

    def _the_country(self, noun: Any, index: MentionIndex) -> list[Mention]:
        """"the country", "the nation": the state named last before it (in its sentence or the one
        before), when the noun is bare (no state of its own named in its phrase)."""
        if lemma(noun) not in self.grammar.own_country_nouns or noun.tag_ != "NN" or not grammar.is_definite(noun, self.grammar):
            return []
        if any(c.dep_ in ("amod", "compound", "poss", "prep") for c in noun.children):
            return []
        sent = noun.sent
        start = noun.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        before = [m for m in index.in_range(start, noun.i) if m.kind == "state" and m.code and not m.is_place]
        return before[-1:]

    def _appositive_member_of(self, token: Any, sent: Any, index: MentionIndex) -> Alliance | None:
        """"Turkey, the only Muslim member of NATO, ...", "Norway, a founding member of the alliance,
        ...": a member noun in apposition to a state tells its membership as a fact (formal); a
        former or would-be member holds none."""
        if token.dep_ != "appos" or not grammar.prepositional_objects(token, ("of",)):
            return None
        state = index.at(token.head.i)
        if state is None or state.kind != "state" or not state.code or state.is_place or self._former_or_wished(token):
            return None
        organisations = self._member_of(token, index)
        if not organisations:
            return None
        return _membership(organisations, [state], "formal", grammar.evidence(sent, token), name=grammar.phrase(token, self.grammar))

    def _founding_treaty_code(self, treaty: Any, names: Mapping[str, str]) -> str | None:
        """The alliance ``names`` gives the treaty or alliance noun ``treaty`` (grammar.founding_treaty_code)."""
        return grammar.founding_treaty_code(treaty, names, self.role_participles, self.rules.word_classes["treaty_descriptor"])

    def _founding_treaty(self, noun: Any) -> list[Mention]:
        """"left the ANZUS Treaty", "acceded to the Washington Treaty": the founding
        treaty of an alliance, joined or left, stands for the alliance it set up."""
        code = self._founding_treaty_code(noun, self.rules.founding_treaties)
        return [Mention(noun.left_edge.i, noun.i + 1, f"org:{code}", "organization", None, "organization")] if code else []

    def _named_alliance(self, noun: Any) -> list[Mention]:
        """"the North Atlantic alliance": an alliance noun whose name words make a known alliance."""
        code = self._founding_treaty_code(noun, self.rules.named_alliances) if lemma(noun) in self.rules.nouns else None
        return [Mention(noun.left_edge.i, noun.i + 1, f"org:{code}", "organization", None, "organization")] if code else []

    def pacts(self, agreements: list[Agreement], offset: int) -> list[Alliance]:
        """A mutual defence pact, or a defence or security pact, is an alliance of its parties: formal once signed or in force,
        proposed while it is being agreed, suspended or dissolved with the pact."""
        found = []
        for agreement in agreements:
            name = self._full_title(agreement).lower().replace("-", " ")
            status = _PACT_ALLIANCE_STATUS.get(agreement.status)
            joined = [c for c in agreement.parties if c in self.rules.alliance_codes]
            if status is not None and joined and any(w in self.rules.accession_nouns for w in name.split()):
                # "the allies signed the accession protocol for X": each state taken in, not yet a member;
                # signed or ratified by some allies, the accession is not complete until it is in force (9.4)
                taken_in = "formal" if agreement.status == "in_force" else "proposed" if status == "formal" else status
                for state in (c for c in agreement.parties if c not in joined):
                    found.append(Alliance(f"al{offset + len(found) + 1}", tuple(sorted((state, joined[0]))), taken_in, (), agreement.evidence, joined[0]))
                continue
            founded = self._treaty_of_alliance(agreement)
            trigger = agreement.evidence.trigger.text.lower() if agreement.evidence.trigger is not None else ""
            # (a treaty formed "among/by" the states, or founded by them, is one record of the founders alone:
            # see _from_formation and _from_founding; "founded", "formed", "established", not "formalised")
            told_founding = trigger in self.rules.formation_nouns or any(trigger in _inflections(verb) for verb in self.rules.founding_verbs if len(verb) > 3)
            if status is not None and founded is not None and not told_founding:
                # "initialled a protocol that extends the Rio Treaty", "walked out of the ANZUS Treaty": the
                # founding treaty of an alliance binds each party as a member of it (one record per state)
                for state in (c for c in agreement.parties if c in self.state_codes):
                    found.append(Alliance(f"al{offset + len(found) + 1}", (founded, state) if founded < state else (state, founded), status, (), agreement.evidence, founded))
                continue
            # allies are states: a news agency or a union of states named beside them is no ally ("Britain and the EU negotiate a defence pact")
            parties = tuple(c for c in agreement.parties if c in self.state_codes)
            if status is not None and len(parties) >= 2 and (any(p in name for p in self.rules.pact_phrases) or self._defence_pact(name) or self._mutual_defence_name(name) or self._pledges_defence(agreement)):
                found.append(Alliance(f"al{offset + len(found) + 1}", parties, status, (), agreement.evidence, agreement.name))
        return [self._told_by_members(a) for a in found]

    def _treaty_of_alliance(self, agreement: Agreement) -> str | None:
        """The alliance whose founding treaty the agreement is: named so ("the Collective Security
        Treaty"), or, for a pact named by its bare noun ("a protocol"), the one founding treaty its
        sentence names ("a protocol prolonging the Warsaw Treaty")."""
        name = " ".join(agreement.name.lower().replace("-", " ").split())
        named = {code for treaty, code in self.rules.founding_treaties.items() if treaty in name}
        if named and self._new_pact_of_the_kind(agreement):
            return None  # "signed a collective security treaty": a treaty of that kind, not the alliance's own
        if not named and len(name.split()) == 1:
            text = " ".join(agreement.evidence.text.lower().replace("-", " ").split())
            named = {code for treaty, code in self.rules.founding_treaties.items() if _in_phrase_of(name, treaty, text)}
        return next(iter(named)) if len(named) == 1 else None

    def _new_pact_of_the_kind(self, agreement: Agreement) -> bool:
        """"Six states signed a collective security treaty": a treaty named by common words after an
        indefinite determiner is a new one of that kind, not the named founding treaty ("the
        Collective Security Treaty") of an alliance."""
        if agreement.name != agreement.name.lower():
            return False
        determiners = "|".join(re.escape(d) for d in self.rules.indefinite_determiners)
        return re.search(rf"\b(?:{determiners})\s+(?:\w+\s+)?{re.escape(agreement.name)}\b", agreement.evidence.text, re.IGNORECASE) is not None

    def _pledges_defence(self, agreement: Agreement) -> bool:
        """"signed a pact promising to defend each other if one is attacked": a pact named by its
        bare noun ("treaty", "pact") whose sentence, after it, tells the parties' mutual defence."""
        evidence = agreement.evidence
        after = evidence.text[evidence.trigger.end - evidence.start :] if evidence.trigger is not None else evidence.text
        after = after.lower().replace("-", " ").replace("’", "'").replace(" 's", "'s")
        # "the treaty, which requires each to aid the other if attacked, was ratified": the pledge
        # may come between the pact's name and the stage's verb
        named_at = evidence.text.lower().find(agreement.name.lower()) if agreement.name else -1
        after_name = evidence.text[named_at:].lower().replace("-", " ").replace("’", "'").replace(" 's", "'s") if named_at >= 0 else after
        topical = set(agreement.name.lower().replace("-", " ").split()) & self.rules.narrowing_topics
        pledged = [text.split(p, 1)[1] for text in (after, after_name) for p in self.rules.defence_pledge_phrases if p in text]
        if not topical and pledged and not all(self._civil_adjunct(_words(rest)) for rest in pledged):
            return True  # "a cooperation accord, pledging to defend each other": the pledge is what it binds them to
        aided = [text.split(p, 1)[1] for text in (after, after_name) for p in self.rules.aid_pledge_phrases if p in text]
        if not topical and any(self._military_aid(_words(rest)) for rest in aided):
            return True  # "whose article binds X and Y to shield each other from any attacker"
        if any(f"{p} {noun}" in after for p in self.rules.pact_phrases if " " in p for noun in self.rules.defence_clause_nouns):
            return True  # "a friendship treaty carrying an article of mutual defence"
        if named_at >= 0 and self._renamed_as_defence_pact(after_name):
            return True  # "signed the X Treaty on Monday, the first mutual defence treaty Y has entered"
        if " " in agreement.name.strip():
            return False  # "a trade treaty ... mutual assistance": a topic names what the pact is about
        return any(p in after for p in self.rules.pact_phrases if " " in p)  # a phrase ("mutual defence"), not a bare "alliance"

    def _renamed_as_defence_pact(self, after_name: str) -> bool:
        """"the X Treaty ..., the first mutual defence treaty Australia has entered": the phrase set off
        by the comma after the pact's name, opened by a determiner, names it a mutual defence pact."""
        parts = after_name.split(",")
        if len(parts) < 2:
            return False
        words = parts[1].split()
        if not words or words[0] not in self.grammar.definite_determiners | {"a", "an"}:
            return False
        appositive = " ".join(words)
        return any(f"{p} {noun}" in appositive for p in self.rules.pact_phrases if " " in p for noun in self.agreement_nouns)

    def _full_title(self, agreement: Agreement) -> str:
        """The pact's name with the rest of a title the name stops short of at its commas: "the 1997
        Treaty of Friendship, Cooperation and Mutual Assistance" (capitalised words joined by commas
        and "and" after it)."""
        name = agreement.name
        text = agreement.evidence.text
        at = text.find(name) if name else -1
        if at < 0:
            return name
        rest = re.match(r"(?:,\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)*,?\s+and\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*", text[at + len(name) :])
        return name + rest.group(0) if rest else name

    def _military_aid(self, words: list[str]) -> bool:
        """Whether the words after a pledge of help ("to help each other", "assistance to the other")
        make it military, up to the sentence's end: "militarily", "in case of aggression", "if
        attacked" ("to help each other develop tourism" is no defence)."""
        window = []
        for word in words[:14]:
            if word in (".", ";"):
                break
            window.append(word)
        return any(w in self.rules.military_context_words for w in window)

    def _mutual_defence_name(self, name: str) -> bool:
        """"an agreement on mutual military assistance", "a collective defence treaty": a mutual
        word, at most one defence qualifier, then a defence noun ("mutual legal assistance": no)."""
        words = name.split()
        for n, word in enumerate(words):
            if word not in self.rules.mutual_words:
                continue
            rest = words[n + 1 : n + 3]
            if rest[:1] and rest[0] in self.rules.mutual_defence_nouns:
                return True
            if len(rest) == 2 and rest[0] in self.rules.mutual_defence_qualifiers and rest[1] in self.rules.mutual_defence_nouns:
                return True
        return False

    def _defence_pact(self, name: str) -> bool:
        """"a defence pact", "the security treaty": a pact for the parties' defence, not one a topic
        narrows to a domain ("a border security pact", "a cyber defence treaty")."""
        words = name.split()
        for phrase in self.rules.defence_pact_phrases:
            size = len(phrase.split())
            for start in range(len(words) - size + 1):
                if " ".join(words[start : start + size]) == phrase and (start == 0 or words[start - 1] not in self.rules.narrowing_topics):
                    return True
        return False

    def _from_noun(self, token: Any, sent: Any, index: MentionIndex) -> Alliance | None:
        """"forged a military alliance with Russia", "hoped ... would grow into an alliance"."""
        modifiers = {lemma(c) for c in token.children if c.dep_ in ("amod", "compound")}
        if lemma(token) in self.rules.needs_qualifier and not modifiers & self.rules.qualifiers:
            return None
        governor = token.head
        while governor.dep_ in _GOVERNOR_PATH_DEPS and governor.head != governor and governor.pos_ not in VERB_TAGS:
            governor = governor.head
        if any(lemma(node) in self.rules.alleging_words for node in [governor, *syntax.governing_chain(governor, limit=4)]):
            return None  # "charged Latvia with forming a defence bloc": alleged, not recorded
        if governor.pos_ in VERB_TAGS and self._told_as_condition(governor):
            return None  # "had X invited Y to join the alliance, ...": a condition puts nothing forward
        if token.dep_ == "dobj" and governor == token.head and lemma(governor) in self.rules.join_verbs and grammar.is_definite(token, self.grammar):
            # "A and B would be invited to join the alliance": the one named before, a membership sought (see
            # _from_membership), no alliance between them
            return None
        if any(lemma(node) in self.rules.proposal_nouns for node in _path(token, governor)):
            if governor.pos_ in VERB_TAGS and lemma(governor) in self.rejecting_verbs and self._clause_status(governor) != "negated":
                return None  # "Armenia rejected the idea of an alliance with Iran": no one puts it forward
            status: str | None = "proposed"  # "no timetable for the prospect of a pact between X and Y"
        else:
            status = self._noun_status(governor, modifiers)
        if status == "formal" and self._infinitive_subjects(governor):
            status = "proposed"  # "called for X, Y and Z to form an alliance": put forward, not formed
        if status is None:
            return None
        advocates = self.advocates(governor, sent, index) if status == "proposed" else []
        members = self._members(token, governor, index)
        if lemma(governor) in self.rules.announced_verbs and (any(m.form == "company" for m in members) or self._civil_topic(token, governor)):
            return None  # "announced an alliance on energy", "an alliance with an aircraft maker": no defence alliance told
        if lemma(governor) in self.rules.announced_verbs and self._civil_purpose(token, governor, index):
            return None  # "announced a strategic alliance to open filling stations": a commercial aim
        if lemma(governor) in self.rules.affirming_verbs and not self._formal_alliance_named(token, modifiers, members, index):
            return None  # "deepened their alliance": in news mostly political, not a treaty told
        codes = sorted({m.code for m in members + advocates if m.code})
        if len(codes) < 2:
            return None
        return Alliance(
            id="",
            members=tuple(codes),
            status=status,
            advocates=tuple(dict.fromkeys(m.actor_id for m in advocates)),
            evidence=grammar.evidence(sent, token),
            name=grammar.phrase(token, self.grammar),
        )

    def _civil_purpose(self, token: Any, governor: Any, index: MentionIndex) -> bool:
        """"a strategic alliance to open filling stations", "an alliance to market software": an
        infinitive on the noun (or, as the parser may hang it, on the verb after the noun) whose aim
        names no military context, no state or organisation to face and no verb of guarding ("to
        counter X", "to defend each other" are defence aims)."""
        clauses = [c for c in token.children if c.dep_ in ("acl", "relcl")]
        clauses += [c for c in governor.children if c.dep_ == "advcl" and c.i > token.i] if governor != token else []
        for clause in (c for c in clauses if syntax.to_infinitive(c)):
            words = list(clause.subtree)
            if any(t.lower_ in self.rules.military_context_words or lemma(t) in self.rules.qualifiers for t in words):
                continue
            if lemma(clause) in self.rules.word_classes["guarding"] or any(index.at(t.i) is not None for t in words):
                continue
            return True
        return False

    def _civil_topic(self, token: Any, governor: Any) -> bool:
        """"an alliance on migration", "announced an alliance with X on energy": a topic on the
        noun or its verb that names no military context (a date, "on Friday", is no topic)."""
        for owner in (token, governor):
            for pobj in grammar.prepositional_objects(owner, self.rules.topic_prepositions):
                words = [t.lower_ for t in pobj.subtree]
                if any(w in self.rules.military_context_words or w in self.rules.time_adjunct_words or w.isdigit() for w in words):
                    continue
                if any(t.ent_type_ in grammar.TIME_ENTITIES for t in pobj.subtree) or lemma(pobj) in self.rules.qualifiers:
                    continue
                return True
        return False

    def _noun_status(self, governor: Any, modifiers: set[str]) -> str | None:
        clause = self._clause_status(governor)
        if clause == "negated":
            return None
        status = self.rules.stages.get(lemma(governor))
        wished = clause in _WISHED_CLAUSES or bool(modifiers & self.rules.wish_modifiers)
        if status is None:
            return "proposed" if wished else ("formal" if lemma(governor) in self.rules.state_verbs else None)
        if status == "formal" and wished:
            return "proposed"
        return status

    def _formal_alliance_named(self, token: Any, modifiers: set[str], members: list[Mention], index: MentionIndex) -> bool:
        """An alliance acted upon ("strengthened", "reaffirmed") is a formal one only when named as a
        treaty or defence alliance ("their military alliance", "the defence pact") or as a known
        military alliance ("the NATO alliance"), and only among states (an armed group is no treaty ally)."""
        if any(m.kind == "group" or m.kind not in ("state", "organization") for m in members if m.code):
            return False
        named = any((m := index.at(c.i)) is not None and m.code in self.rules.alliance_codes for c in token.subtree)
        return named or bool(modifiers & self.rules.ally_qualifiers)

    def _members(self, token: Any, governor: Any, index: MentionIndex) -> list[Mention]:
        """The governing verb's subject, modifiers naming states, and "with/between X"."""
        members: list[Mention] = []
        subject, _ = syntax.subject_of(governor)
        # "called for Chad, Niger and Mali to form a defence alliance": the infinitive's own subject, not the caller
        named_for = self._infinitive_subjects(governor)
        if named_for:
            members.extend(m for pobj in named_for for m in self.syntax.np_mentions(pobj, index))
        elif subject is not None:
            members.extend(self.syntax.np_mentions(subject, index, deep=True))
        else:
            # "proposed that X, Y and Z, the members of ..., form an alliance": the parser may hang
            # a long subject on the clause's "that"
            marks = [c for c in governor.children if c.dep_ == "mark"]
            members.extend(m for mark in marks for c in mark.children if c.i < governor.i for m in self.syntax.np_mentions(c, index, deep=True))
        pobjs = grammar.prepositional_objects(token, self.rules.member_prepositions)
        pobjs += [p for prep in self.rules.verb_member_prepositions for p in syntax.preposition_objects(governor, prep)]
        for child in token.children:
            if child.dep_ in _MEMBER_MODIFIER_DEPS and index.at(child.i):
                members.extend(self.syntax.np_mentions(child, index))
            elif child.dep_ == "appos" and pobjs:
                # "an alliance of Iran, Saudi Arabia, Qatar and Iraq": the parser may hang the list's rest on the noun
                members.extend(m for m in self.syntax.np_mentions(child, index) if m.kind == "state")
        for pobj in pobjs:
            # np_mentions also resolves "between the two countries"
            members.extend(self.syntax.np_mentions(pobj, index))
            # "with Niger and Guinea": the parser may hang the list's first state on the last one's name
            members.extend(m for c in pobj.children if c.dep_ == "nmod" and c.i < pobj.i for m in self.syntax.np_mentions(c, index) if m.kind == "state")
        return members

    def _infinitive_subjects(self, verb: Any) -> list[Any]:
        """"for X, Y and Z to form an alliance": the objects of "for" on the verb above the infinitive."""
        if verb.dep_ not in ("advcl", "xcomp") or verb.head.pos_ not in VERB_TAGS or not syntax.to_infinitive(verb):
            return []
        named = [p for p in grammar.prepositional_objects(verb.head, self.rules.infinitive_subject_prepositions) if p.i < verb.i]
        if self.rules.stages.get(lemma(verb.head)) == "proposed":
            # "called on Syria and Iran to form an alliance": the ones called on (not "on Saturday")
            named += [p for p in grammar.prepositional_objects(verb.head, self.rules.urged_prepositions) if p.i < verb.i and p.ent_type_ not in grammar.TIME_ENTITIES]
        return named

    def advocates(self, governor: Any, sent: Any, index: MentionIndex) -> list[Mention]:
        """Who wants the alliance: the subject of the nearest wishing or speaking verb above it
        ("he hoped ... would grow into an alliance"; "I would like ...," the president said)."""
        for head in [governor, *syntax.governing_chain(governor, limit=5)]:
            subject, _ = syntax.subject_of(head)
            if subject is None:
                continue
            if subject.lower_ in self.rules.first_person:
                speakers = self.syntax.quote_speaker(sent, index)
                if speakers:
                    return speakers
                continue
            if lemma(head) in self.syntax.lexicon.intent_words | self.syntax.lexicon.proposal_words | self.syntax.lexicon.reporting_verbs or head == governor:
                found = [m for m in self.syntax.np_mentions(subject, index, deep=True) if m.code]
                if found and (head != governor or lemma(head) in self.rules.stages):
                    return found
        return []

    def _from_membership(self, verb: Any, sent: Any, index: MentionIndex) -> Alliance | None:
        """"Finland joined NATO", "pulled out of the CSTO"."""
        obj = syntax.direct_object(verb)
        named = [obj] if obj is not None else []
        # "take the nation out of the CSTO", "pulled out of NATO", "acceded to the alliance"
        named += grammar.prepositional_objects(verb, self.rules.membership_prepositions)
        # (the particle may be parsed as a preposition: "pulled out of CENTO")
        named += [p for prt in verb.children if prt.dep_ in ("prt", "prep") for p in grammar.prepositional_objects(prt, self.rules.membership_prepositions)]
        named += [c for head in named for c in head.conjuncts if c not in named]
        named += self._gapped_bodies(verb, index)
        # "applied to join the EU, not NATO": a body the sentence says is not joined
        named = [head for head in named if not any(c.dep_ == "neg" for c in head.children) and (head.left_edge.i == 0 or head.doc[head.left_edge.i - 1].lower_ not in self.rules.negating_words)]
        # the organisation itself, not a body or an activity of it ("join the UN peacekeeping force",
        # "joined the alliance's rowing cup"): the object is the organisation's name or an alliance noun
        org_members = self._organisations_joined(named, index)
        # (a relative's verb joins its antecedent, named or not: "a bloc that Iran would join" is left to the antecedent's rules)
        implied = self._alliance_left_unsaid(verb, index) if not named and verb.dep_ != "relcl" and lemma(verb) not in self.rules.expelling_verbs else None
        org_members = org_members or ([implied] if implied is not None else [])
        # "entered the European Union", "quit UNESCO": membership of a body that is no military alliance is no record (§9.4)
        org_members = [m for m in org_members if self._is_alliance(m)]
        if not org_members:
            return None
        subject, _ = syntax.subject_of(verb)
        if lemma(verb) in self.rules.expelling_verbs:
            # "X was expelled from the CSTO", "the bloc ousted X": who is put out, not who puts out
            subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) or syntax.direct_object(verb)
        joiners = self.syntax.np_mentions(subject, index, deep=True) if subject is not None else []
        if not joiners and verb.dep_ == "acl" and lemma(verb.head) in self.rules.word_classes["deciding"]:
            # "X and Y announced their decision to renounce the pact": who tells the decision leaves
            teller = self._decision_teller(verb.head)
            decider = syntax.subject_of(teller)[0] if teller is not None else None
            joiners = self.syntax.np_mentions(decider, index, deep=True) if decider is not None else []
        if any(self._is_alliance(m) for m in org_members):
            joiners += self._fellow_joiners(verb, index)  # "joined NATO together with Greece"
        if implied is not None:
            joiners = self._members_of(implied.code, joiners)  # "once Slovakia had joined, in 2004": members only
        sought = verb.dep_ == "acl" and lemma(verb.head) in self.rules.seeking_words or self._after_seeking_noun(verb)
        if sought and self.agreement_stages.get(lemma(verb.head.head)) == "ratified":
            return None  # "Oslo ratified Albania's application to enter the CSTO": no longer only sought, not yet complete
        if not joiners and sought:
            # "praised Moldova's request to enter the CSTO": whose request it is
            joiners = [m for c in verb.head.children if c.dep_ == "poss" for m in self.syntax.np_mentions(c, index) if m.kind == "state"]
            joiners = joiners or self._bid_holders(verb.head, index)
        codes = sorted({m.code for m in joiners + org_members if m.code})
        if len(codes) < 2:
            return None
        clause = self._clause_status(verb)
        if clause == "negated" or self._told_as_condition(verb):
            return None  # "if X were to walk out of NATO", "had X applied to join NATO": no move told
        if lemma(verb) in self.rules.leave_verbs or self._walked_out(verb) or self._denounces_treaty(verb):
            if clause != "occurred" and not self._decided(verb) or any(lemma(node) in self.rules.contesting_words | self.rules.alleging_words for node in syntax.governing_chain(verb, limit=3)):
                return None  # "may withdraw from the CSTO", "threatened to expel X from NATO": still a member, and "proposed" is a bid to join
            status = "dissolved"
        elif sought or any(lemma(head) in self.rules.seeking_words for head in syntax.complement_chain(verb, limit=3)):
            status = "proposed"  # "applied to join NATO": sought, not yet a member
        else:
            status = "formal" if clause in ("occurred", "ongoing") else "proposed"
        return Alliance(
            id="",
            members=tuple(codes),
            status=status,
            advocates=tuple(m.actor_id for m in joiners) if status == "proposed" else (),
            evidence=grammar.evidence(sent, verb),
            name=", ".join(m.code or "" for m in org_members),
        )


    def _denounces_treaty(self, verb: Any) -> bool:
        """"denounced the Rio Treaty", "renounced the pact": a verb that leaves an alliance only when its
        object is a treaty (the noun of the name); "denounced NATO" is criticism."""
        obj = syntax.direct_object(verb) if lemma(verb) in self.rules.word_classes["treaty_leaving"] else None
        return obj is not None and lemma(obj) in self.agreement_nouns

    def _decided(self, verb: Any) -> bool:
        """"voted to quit X", "decided to leave X", "made known their decision to abandon X": a leaving
        whose decision is told as taken is made (dissolved), as a vote to leave is; one only announced
        as coming ("said it would quit X"), possible ("may") or under another word ("threatened to
        quit", "criticised the decision to quit") is not."""
        if any(c.dep_ == "aux" and c.lower_ in self.rules.possibility_modals for c in verb.children):
            return False
        decision = verb.head if verb.dep_ in ("xcomp", "acl") and lemma(verb.head) in self.rules.word_classes["deciding"] else None
        if decision is None:
            return False
        if decision.pos_ in VERB_TAGS:
            return self._clause_status(decision) == "occurred"
        teller = self._decision_teller(decision)
        return teller is not None and self._clause_status(teller) == "occurred"

    def _decision_teller(self, decision: Any) -> Any | None:
        """The verb that tells a decision noun as taken by its subject ("announced / took their decision")."""
        teller = syntax.nearest_verb(decision)
        return teller if teller is not None and lemma(teller) in self.rules.word_classes["decision_telling"] else None

    def _told_as_condition(self, verb: Any) -> bool:
        """"if X were ever to leave NATO", "should X be admitted to NATO", "had X applied to join":
        a move in a condition, marked or told by the auxiliary put before its subject, is not told
        as made (nor as proposed: no one puts it forward)."""
        if self.syntax.conditioned_act(verb) is not None:
            return True
        current = verb
        for _ in range(4):
            # (the parser may read the fronted condition as a complement clause, or as the main one when
            # a main clause follows it after a comma)
            if (current.dep_ in ("advcl", "ccomp") or current.head.i == current.i and self._main_clause_follows(current)) and grammar.inverted_condition(current, self.grammar):
                return True
            if current.dep_ not in ("xcomp", "conj", "advcl") or current.head.i == current.i:
                return False
            current = current.head
        return False

    @staticmethod
    def _main_clause_follows(verb: Any) -> bool:
        """A clause with a subject of its own hangs on ``verb`` after a comma that follows it: the
        clause ``verb`` heads was fronted before the main one."""
        doc = verb.doc
        return any(
            c.i > verb.i
            and c.dep_ in ("ccomp", "conj", "parataxis", "advcl")
            and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
            and any(t.text == "," for t in doc[verb.i : c.left_edge.i])
            for c in verb.children
        )

    def _fellow_joiners(self, verb: Any, index: MentionIndex) -> list[Mention]:
        """"joined NATO together with Greece", "left the CSTO along with Georgia", "joined NATO
        alongside Greece": the states named as joining or leaving beside the subject ("with" after a
        word of company, or a preposition of company)."""
        found = []
        subject, _ = syntax.subject_of(verb)
        # "X, together with Y and Z, joined NATO": the company may be told on the subject itself
        beside_subject = [c for c in subject.children if c.dep_ == "prep" and c.lower_ == "with"] if subject is not None and subject.pos_ == "PROPN" else []
        for prep in [c for c in verb.children if c.dep_ == "prep"] + beside_subject:
            if prep.lower_ == "with" and any(c.lower_ in self.rules.company_words for c in prep.children if c.dep_ == "advmod"):
                heads = [p for p in prep.children if p.dep_ == "pobj"]  # "together with X"
            elif prep.lower_ in self.rules.company_words and prep.head == verb:
                heads = grammar.prepositional_objects(prep, ("with",))  # "along with X", as parsed
            elif prep.lower_ in self.rules.company_prepositions and prep.head == verb:
                heads = [p for p in prep.children if p.dep_ == "pobj"]  # "entered the CSTO alongside Armenia"
            else:
                continue
            found += [m for h in heads for m in self.syntax.np_mentions(h, index) if m.kind == "state" and m.code and not m.is_place]
        return found

    def _after_seeking_noun(self, verb: Any) -> bool:
        """"letters of application to join NATO", "its bid to enter the CSTO": an infinitive right after a
        noun of seeking is what is sought (the parser may hang it elsewhere)."""
        if verb.i < 2 or verb.doc[verb.i - 1].lower_ != "to" or not any(c.dep_ == "aux" and c.i == verb.i - 1 for c in verb.children):
            return False
        noun = verb.doc[verb.i - 2]
        return noun.pos_ in NOUN_TAGS and lemma(noun) in self.rules.seeking_words

    def _gapped_bodies(self, verb: Any, index: MentionIndex) -> list[Any]:
        """"quit the Rio Treaty in 2012 and the OAS in 2017", "pulled out of ANZUS in 1986 and of the CSTO in 1999": a
        second body left or joined in a conjunct whose verb is not repeated; the parser hangs the bare
        name on the verb, and the repeated preposition on the preposition of the first one's time. A
        conjunct with a subject of its own ("X left A in 1966 and Y B in 1972") is another state's move."""
        gapped = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in NOUN_TAGS and not self._own_subject(c, verb, index)]
        for prep in verb.children:
            if prep.dep_ == "prep":
                gapped += [p for c in prep.conjuncts if c.lower_ in self.rules.membership_prepositions for p in c.children if p.dep_ == "pobj"]
        return gapped

    def _own_subject(self, conjunct: Any, verb: Any, index: MentionIndex) -> bool:
        """The gapped conjunct ``conjunct`` carries a subject of its own: the parser's subject under it,
        or a state named between the conjunction and the body (not the body's own name)."""
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in conjunct.children):
            return True
        start = max((c.i for c in verb.children if c.dep_ == "cc" and c.i < conjunct.i), default=None)
        if start is None:
            return False
        own = {m.key for m in self.syntax.np_mentions(conjunct, index)}
        return any(m.kind == "state" and m.code and m.key not in own for m in index.in_range(start + 1, conjunct.i + 1))

    def _bid_holders(self, bid: Any, index: MentionIndex) -> list[Mention]:
        """Whose bid it is when its possessor names no state itself: "Malta, whose request to enter the
        bloc ..." (the noun the relative clause is on), "the nation's application to accede" (the state
        whose own body champions it, as the verb's subject), "lodged their governments' applications to join" (the subject's states, as
        "their" tells them). A body or official named before "the country" is no holder of its bid."""
        owner = next((c for c in bid.children if c.dep_ == "poss"), None)
        if owner is None:
            return []
        if owner.tag_ == "WP$":  # the possessive relative pronoun
            clause = bid
            while clause.dep_ != "relcl" and clause.head.i != clause.i:
                clause = clause.head  # up to the relative clause the bid sits in
            clause = clause if clause.dep_ == "relcl" else None
            antecedent = clause.head if clause is not None and clause.head.i < owner.i else None
            return [m for m in self.syntax.np_mentions(antecedent, index) if m.kind == "state" and m.code and not m.is_place] if antecedent is not None else []
        if lemma(owner) not in self.grammar.own_country_nouns:
            return []
        if owner.tag_ == "NN" and not any(c.dep_ == "poss" for c in owner.children):
            # "the country's bid": held by the state whose own body backs it as the verb's subject
            # ("Y's senate will champion the nation's application"); one that mocks or dismisses it names no holder
            verb = syntax.nearest_verb(bid)
            if verb is None or bid.head.i != verb.i and bid.head.head.i != verb.i or lemma(verb) not in self.rules.word_classes["bid_backing"]:
                return []
            subject, _ = syntax.subject_of(verb)
            return [m for m in self.syntax.np_mentions(subject, index, deep=True) if m.code and m.code == m.country and not m.is_place][:1] if subject is not None and subject.i < bid.i else []
        return self._possessing_states(owner, index)

    def _walked_out(self, verb: Any) -> bool:
        """"walked out of SEATO", "stormed out of the bloc": a verb of going that leaves only with its
        particle ("walked into NATO headquarters" leaves nothing)."""
        return lemma(verb) in self.rules.particle_leave_verbs and any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ in self.rules.leave_particles for c in verb.children)

    def _organisations_joined(self, named: list[Any], index: MentionIndex) -> list[Mention]:
        """The organisations the phrases ``named`` join or leave: the organisation itself, not a body
        or an activity of it ("join the UN peacekeeping force", "joined the alliance's rowing cup")."""
        targets = [m for head in named if self._names_organisation_itself(head, index) for m in self.syntax.np_mentions(head, index) if m.key.startswith("org:")]
        targets = targets or [m for head in named for m in self._named_alliance(head)]  # "joined the Atlantic alliance"
        targets = targets or [m for head in named for m in self._founding_treaty(head)]  # "left the ANZUS Treaty"
        targets = targets or [m for head in named if (m := self._alliance_named_before(head, index)) is not None]
        return [m for m in targets if joinable(m)]

    def _from_withdrawal(self, noun: Any, sent: Any, index: MentionIndex) -> Alliance | None:
        """"Peru's departure from the bloc in 1990 meant ...", "made public its departure from the CSTO",
        "endorsed Lima's pull-out from the pact": leaving an alliance told by a noun,
        as done (dissolved). Sought, threatened, proposed, denied or only possible, it is none: the
        state is still a member (as with the leaving verbs)."""
        organisations = [m for m in self._organisations_joined(grammar.prepositional_objects(noun, self.rules.withdrawal_prepositions), index) if self._is_alliance(m)]
        if not organisations or any(lemma(c) in self.rules.wish_modifiers for c in noun.children if c.dep_ == "amod"):
            return None
        governor = noun.head
        while governor.dep_ in _GOVERNOR_PATH_DEPS and governor.head != governor and governor.pos_ not in VERB_TAGS:
            governor = governor.head
        path = [*_path(noun, governor), governor] if governor != noun else []
        doubting = self.rules.seeking_words | self.rules.proposal_nouns | self.rules.contesting_words | self.rules.alleging_words | self.rejecting_verbs
        if any(lemma(node) in doubting or self.rules.stages.get(lemma(node)) == "proposed" for node in path):
            return None  # "threatened / called for / rejected its withdrawal from NATO": still a member
        if governor.pos_ in VERB_TAGS:
            if self._clause_status(governor) not in ("occurred", "ongoing") or self._told_as_condition(governor):
                return None  # "its withdrawal from NATO would be a blow"
            if any(lemma(node) in doubting for node in syntax.governing_chain(governor, limit=3)):
                return None
        named = [c for c in noun.children if c.dep_ == "poss"] + grammar.prepositional_objects(noun, ("of",))
        states = [m for head in named for m in self.syntax.np_mentions(head, index) if m.kind == "state" and m.code and not m.is_place]
        if not states and governor.pos_ in VERB_TAGS and noun.dep_ not in ("nsubj", "nsubjpass"):
            # "the ministers of A and B announced the withdrawal of their countries", "X's parliament
            # approved the country's withdrawal": the states the governing verb's subject names
            subject, _ = syntax.subject_of(governor)
            # (a state's own body acts for it: "Ecuador's National Assembly approved ...")
            states = [m for m in self.syntax.np_mentions(subject, index, deep=True) if m.code and m.country and m.kind in grammar.STATE_KINDS and not m.is_place] if subject is not None else []
        if not states:
            return None
        return _membership(organisations, states, "dissolved", grammar.evidence(sent, noun))

    def _alliance_left_unsaid(self, token: Any, index: MentionIndex) -> Mention | None:
        """"NATO's map changed once Slovakia had joined, in 2004": a joining or
        leaving verb that names no body (no object, no prepositional phrase but a date) is of the
        one military alliance named earlier in its sentence; the caller keeps only its members."""
        for prep in (c for c in token.children if c.dep_ == "prep"):
            if any(p.ent_type_ not in grammar.TIME_ENTITIES and not p.like_num for p in prep.children if p.dep_ == "pobj"):
                return None  # "joined in the exercise", "withdrawal from Syria": something else joined or left
        if any(c.dep_ in ("dobj", "prt", "xcomp", "ccomp") for c in token.children):
            return None
        sent = token.sent
        named = [m for m in index.in_range(sent.start, token.i) if self._is_alliance(m)]
        return named[-1] if len({m.code for m in named}) == 1 else None

    def _ended_pact(self, verb: Any, sent: Any, index: MentionIndex) -> list[Alliance]:
        """"the Baghdad Pact was officially dismantled", "SEATO was disbanded": an alliance that ends (its
        subject) ends the membership of each of its members the sentence names (not as places)."""
        # what ends: "the pact was dissolved", "the pact collapsed", "they dissolved the pact" (not "NATO
        # ended its mission": a subject that ends something else)
        obj = syntax.direct_object(verb)
        ended = [c for c in verb.children if c.dep_ == "nsubjpass" or c.dep_ == "nsubj" and obj is None] + ([obj] if obj is not None else [])
        # the pact itself, not a thing it owns ("NATO's air campaign ended")
        pacts = list({m.code: m for head in ended if (m := index.at(head.i)) is not None and self._is_alliance(m)}.values())
        if len(pacts) != 1 or self._clause_status(verb) != "occurred":
            return []
        if any(lemma(node) in self.rules.alleging_words | self.rules.contesting_words for node in syntax.governing_chain(verb, limit=3)):
            return []
        named = [m for m in index.in_range(sent.start, sent.end) if m.kind == "state" and m.code and not m.is_place]
        evidence = grammar.evidence(sent, verb)
        codes = sorted({m.code for m in self._members_of(pacts[0].code, named)})
        return [Alliance("", tuple(sorted((pacts[0].code, code))), "dissolved", (), evidence, pacts[0].code) for code in codes]

    def _stayed_in(self, verb: Any, sent: Any, index: MentionIndex) -> Alliance | None:
        """"Oslo will stay in the alliance", "Armenia remains in the CSTO": a membership kept is held (formal),
        whether told as now or to come; denied ("will not stay in"), none."""
        named = grammar.prepositional_objects(verb, self.rules.staying_prepositions)
        targets = [m for head in named if self._names_organisation_itself(head, index) for m in self.syntax.np_mentions(head, index) if self._is_alliance(m)]
        targets = targets or [m for head in named for m in self._named_alliance(head) + self._founding_treaty(head)]
        targets = targets or [m for head in named if (m := self._alliance_named_before(head, index)) is not None]
        subject, _ = syntax.subject_of(verb)
        states = [m for m in self.syntax.np_mentions(subject, index, deep=True) if m.kind == "state" and m.code] if subject is not None else []
        if not targets or not states or self._clause_status(verb) == "negated":
            return None
        if any(lemma(node) in self.rules.alleging_words | self.rules.contesting_words for node in syntax.governing_chain(verb, limit=3)):
            return None  # "fears that X will remain in the CSTO", "accused X of staying in NATO": not told as held
        return _membership(targets, states, "formal", grammar.evidence(sent, verb))

    def _names_organisation_itself(self, head: Any, index: MentionIndex) -> bool:
        """"joined NATO", "joined the Atlantic alliance": the phrase's head is the organisation's
        name or an alliance noun; a thing the organisation owns ("NATO's sailing regatta") is not it."""
        if lemma(head) in self.rules.body_nouns:
            return False
        if head.dep_ == "appos" and lemma(head.head) in self.rules.body_nouns or any(c.dep_ == "compound" and lemma(c) in self.rules.body_nouns for c in head.children):
            return False  # "the peacekeeping force KFOR", "the mission, EUFOR": a body named by its own name
        if self._named_under_an_owner(head, index):
            return False  # "joined NATO's N Cooperation Initiative": a programme of the alliance, not the alliance
        return index.at(head.i) is not None or lemma(head) in self.rules.nouns

    def _named_under_an_owner(self, head: Any, index: MentionIndex) -> bool:
        """"NATO's N Cooperation Initiative", "the alliance's N Partnership": a name of its own (a
        named body, not an organisation code) that an organisation owns (a possessive on it) is a
        scheme or body of that organisation."""
        mention = index.at(head.i)
        if mention is None or mention.key.startswith("org:"):
            return False
        return any(c.dep_ == "poss" and (m := index.at(c.i)) is not None and m.key.startswith("org:") for c in head.children)

    def _alliance_named_before(self, head: Any, index: MentionIndex) -> Mention | None:
        """"Sweden applied to join the alliance": "the alliance" is the one military alliance the
        article named before it (none when it named several, or none)."""
        if lemma(head) in self.rules.referring_pact_nouns and not {lemma(c) for c in head.children if c.dep_ in ("amod", "compound")} & (self.rules.mutual_defence_qualifiers | self.rules.mutual_words):
            return None  # "the pact on trade": only a defence pact ("the mutual defence pact") stands for the alliance
        referring = self.rules.nouns | self.rules.referring_pact_nouns
        if lemma(head) not in referring or index.at(head.i) is not None or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        earlier = {m.code: m for m in index.mentions if m.end <= head.i and m.code in self.rules.alliance_codes and joinable(m)}
        return next(iter(earlier.values())) if len(earlier) == 1 else None

    def _refers_to_named_body(self, noun: Any, alliance: Alliance | None) -> bool:
        """"wound up the alliance", "suspended the pact": a definite alliance noun that a move of its
        members ends or suspends refers back to the organisation named before it."""
        return alliance is not None and alliance.status in _MEMBERSHIP_ENDS and grammar.is_definite(noun, self.grammar)

    def _per_member(self, alliance: Alliance | None, index: MentionIndex) -> list[Alliance]:
        """A membership move of several states or into several military alliances, split into one
        record per state and alliance (the annotation's unit); a body joined beside an alliance ("NATO and
        the EU") is no member of it. A membership in other organisations only stays one record."""
        if alliance is None:
            return []
        organisations = [c for c in alliance.members if c in self.rules.alliance_codes]
        # "hopes to join NATO and the EU": the EU is no state, so no NATO member
        state_codes = {m.code for m in index.mentions if m.kind == "state" and m.code}
        bodies = {m.code for m in index.mentions if m.kind != "state" and m.code} - state_codes
        states = [c for c in alliance.members if c not in organisations and c not in bodies]
        if not organisations or not states:
            return [alliance]
        if len(organisations) + len(states) <= 2:
            return [alliance if len(alliance.members) == 2 else replace(alliance, members=tuple(sorted((*states, *organisations))), name=organisations[0])]
        return [replace(alliance, members=tuple(sorted((state, organisation))), name=organisation) for organisation in organisations for state in states]


#: The statuses of an organisation's own members ending or suspending it ("dissolved the alliance").
_MEMBERSHIP_ENDS = ("dissolved", "suspended")

#: Words that may stand between a pact's bare noun and the treaty its phrase names ("a protocol
#: prolonging the Warsaw Treaty"); a longer gap, or a comma, leaves the treaty outside its phrase.
_PHRASE_GAP = 4


def _in_phrase_of(noun: str, treaty: str, text: str) -> bool:
    """Whether ``treaty`` follows ``noun`` in ``text`` within its phrase: a few words later, no
    comma or semicolon between ("a protocol renewing the Rio Treaty", not "signed a protocol
    on Friday, weeks after NATO marked the anniversary of the North Atlantic Treaty")."""
    for match in re.finditer(rf"\b{re.escape(noun)}\b", text):
        after = text[match.end() :]
        at = after.find(treaty)
        if at >= 0 and not any(mark in after[:at] for mark in ",;") and len(after[:at].split()) <= _PHRASE_GAP:
            return True
    return False


def _inflections(verb: str) -> set[str]:
    """The forms a regular verb takes in news ("form" -> "forms", "formed", "forming"; "create" ->
    "created", "creating"): the trigger of a record is its text, not its lemma."""
    stem = verb[:-1] if verb.endswith("e") else verb
    return {verb, verb + "s", stem + "ed", stem + "ing"}


def _membership(organisations: list[Mention], states: list[Mention], status: str, evidence: Evidence, name: str | None = None, advocates: tuple[str, ...] = ()) -> Alliance | None:
    """The record of ``states`` being members of ``organisations`` (named by their codes unless
    ``name`` is given); None when fewer than two members are coded."""
    members = tuple(sorted({m.code for m in organisations + states if m.code}))
    if len(members) < 2:
        return None
    if name is None:
        name = ", ".join(dict.fromkeys(m.code or "" for m in organisations))
    return Alliance("", members, status, advocates, evidence, name)


def joinable(mention: Mention) -> bool:
    """Organisations a state joins or leaves (NATO, the CSTO, the EU), not armed groups."""
    return mention.key.startswith("org:") and mention.kind == "organization"


def _words(text: str) -> list[str]:
    """The words of a stretch of text, with its punctuation as words of its own."""
    return re.findall(r"[\w']+|[^\w\s]", text)


def _is_reciprocal(token: Any) -> bool:
    """"each other", "one another": the reciprocal pronoun, read on its second word."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1].lower_
    return (token.lower_, before) in (("other", "each"), ("another", "one"))


def merge_alliances(alliances: list[Alliance]) -> list[Alliance]:
    """The same alliance move told twice (a hope, then a quote) is one record with every advocate."""
    merged: list[Alliance] = []
    for alliance in alliances:
        same = next((m for m in merged if m.members == alliance.members and m.status == alliance.status), None)
        if same is None:
            merged.append(alliance)
            continue
        merged[merged.index(same)] = replace(same, advocates=tuple(dict.fromkeys(same.advocates + alliance.advocates)))
    return [replace(a, id=f"al{n}") for n, a in enumerate(merged, 1)]


def _participle_of(token: Any, verbs: frozenset[str]) -> bool:
    """"completed", "finalised": a participle of one of ``verbs`` (the tagger may read it as an
    adjective and leave it unlemmatised)."""
    return lemma(token) in verbs or any(token.lower_ in (verb + "d", verb + "ed") for verb in verbs)


def _path(token: Any, governor: Any) -> list[Any]:
    """The words from ``token``'s head up to ``governor`` (excluded)."""
    path: list[Any] = []
    node = token.head
    while node != governor and node.head != node and len(path) < 6:
        path.append(node)
        node = node.head
    return path
