"""Joint military activities: exercises, training, joint production, patrols between states.

Found from an activity noun ("joint naval exercises with Japan", "a new round of joint
exercises", "a war game hosted by Finland"), an activity verb whose object or "with X" names
another state's forces ("has trained 1,200 Kenyan soldiers"), intelligence shared between
states, and forces based in another state or sent to a mission there ("troops stationed in
Lithuania", "contributed troops to the UN mission in Lebanon", "peacekeepers arrived in Mali",
a garrison told by its size: "keeps 2,000 soldiers in Gabon"), a training mission and the state
it serves, a coalition joined, and operations done with another state's forces.
Planned activities of the same parties told over several sentences are one programme.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from accord.actors.gazetteer import state_names
from accord.actors.resolve import Mention, MentionIndex
from accord.dates import DateResolver
from accord.defence import grammar
from accord.defence.agreements import AgreementDraft, referent, told_as_unfounded
from accord.defence.grammar import HYPHENS, NOUN_TAGS, VERB_TAGS, lemma
from accord.defence.rules import DefenceRules
from accord.events import syntax
from accord.events.syntax import Grammar
from accord.records import Activity

#: Dependencies by which an activity noun hangs on the verb that governs it.
_GOVERNED_DEPS = ("dobj", "nsubjpass", "pobj", "nsubj", "attr", "npadvmod")
#: Modifiers of the noun that qualify it ("joint naval exercises") or name a party.
_QUALIFIER_DEPS = ("amod", "compound", "nmod")
_PARTY_MODIFIER_DEPS = ("amod", "compound", "poss")
# Where the parser puts a clause it has read as a noun phrase ("X and Y swap data" as one phrase).
_MISREAD_CLAUSE_DEPS = ("ROOT", "nsubj", "dep", "ccomp", "parataxis")
#: At most this many nouns between an activity noun and its verb ("part in a round of").
_MAX_HOLDING_NOUNS = 2
#: At most this many words above an activity noun to the clause that may tell it as an agreement's content.
_MAX_CONTENT_DEPTH = 6
#: Dependencies of the clauses a noun phrase may carry (what they name is no part of the phrase).
_CLAUSE_DEPS = ("relcl", "acl", "advcl", "ccomp", "xcomp")
#: Tags of a verb told as done: the simple past or a past participle ("tore up", "has suspended").
_PAST_TAGS = ("VBD", "VBN")
#: Dependencies of a word that is a noun whatever its tag ("hold air force drills", drills read as a verb).
_NOMINAL_DEPS = ("dobj", "pobj", "nsubjpass")


class ActivityExtractor:
    """Finds the joint activities of a sentence."""

    def __init__(self, rules: DefenceRules, grammar: Grammar) -> None:
        self.syntax = grammar  # the clause grammar the event coder reads (status, mentions, dates)
        self.rules = rules.activities
        self.words = rules.grammar  # "his country": the speaker's own state
        self.mission_organisations = rules.mission_organisations  # "to join KFOR": NATO runs it
        self.mission_hosts = rules.mission_hosts  # "to serve with UNIFIL": it serves in Lebanon
        self.force_words = self.rules.force_nouns | self.rules.military_nouns | self.rules.force_platform_nouns | self.rules.joinable_nouns  # "troops", "the navy", "a frigate"
        self.agreement_nouns = rules.agreements.nouns | rules.agreements.qualified_nouns
        self.framework_nouns = rules.agreements.nouns  # agreements proper, not plans or programmes of activities
        self.under_prepositions = rules.agreements.in_force_prepositions  # "under the deal, ..."
        self.unfounded_words = rules.agreements  # "denied a report that X's bases are used by Y": claims and denials
        self.dismissing_nouns = rules.transfers.dismissing_nouns  # "dismissed as fabrication a report that ..."
        # "a NATO ally": the organisations' members, to tell an ally of the sender from anyone's ally
        self.members = rules.organisation_members
        self.rejecting_verbs = rules.agreements.rejecting_verbs  # "scrapped the accord under which ...": none held under it
        # "the X-led coalition": the participle, alone or as spaCy may keep it with its hyphen
        self.leading_participles = frozenset(self.rules.leading_participles | {h + w for h in HYPHENS for w in self.rules.leading_participles})
        self.state_forms = state_names()  # "U.S.-led coalition": the leading state's words, to its code (the actor layer's table)

    def find(self, sent: Any, index: MentionIndex, dates: DateResolver, drafts: list[AgreementDraft], offset: int) -> list[Activity]:
        """The activities told in ``sent`` (ids numbered after ``offset``)."""
        found: list[Activity] = []
        used: set[int] = set()
        kinds = self._kinds(sent)
        for token in sent:
            if not _nominal(token) or token.i in used:
                continue
            if lemma(token) not in self.rules.nouns and not self._cooperation_of_forces(token):
                continue
            if any(c.dep_ == "det" and c.lower_ in self.rules.negating_determiners for c in token.children):
                continue  # "there was no cooperation between the armies", "no joint drills were held"
            modifiers = {lemma(c) for c in token.children if c.dep_ in _QUALIFIER_DEPS}
            if modifiers & self.rules.civilian_qualifiers:
                continue  # "economic exercises between X and Y": no military activity
            if not modifiers & self.rules.military_qualifiers and any(lemma(t) in self.rules.civilian_qualifiers for p in grammar.prepositional_objects(token, self.rules.topic_prepositions) + (grammar.prepositional_objects(token.head, self.rules.topic_prepositions) if token.dep_ == "dobj" else []) for t in p.subtree):
                continue  # "a joint exercise in budget cuts": an exercise on a civilian topic
            # "the exchange of military intelligence": the qualifier is the noun's "of" object
            modifiers |= {lemma(p) for p in grammar.prepositional_objects(token, {"of"})} & self.rules.qualifiers
            opened = self._way_opened_for(token)  # "the accord opens the way for joint drills": a prospect the pact enables
            chain = self._governors(token)
            under = drafts and self._agreement_above(chain[-1] if chain else token) is not None
            if lemma(token) in self.rules.needs_qualifier and not modifiers & self.rules.qualifiers and not under:
                continue  # "patrols" alone are no joint activity; "under the deal, ... patrols" are
            if lemma(token) in self.rules.joint_only_nouns and not modifiers & self.rules.shared_modifiers:
                continue  # "a joint military command" is an activity; "the military command" is a body
            # One record per phrase: "exercises and training" are kinds of one activity.
            used.update(conj.i for conj in token.conjuncts)
            activity = self._from_noun(token, modifiers, sent, kinds, index, dates, drafts)
            if activity is not None and modifiers & self.rules.shared_modifiers and len(activity.parties) == 1 and self._uncoded_forces_named(token, activity.parties, sent, index):
                continue  # "X's gunners and the crews of an unnamed flotilla staged combined drills": the other side is named but not coded
            if activity is None and token.dep_ == "compound" and lemma(token.head) in self.rules.mission_nouns:
                activity = self._from_mission(token, token.head, sent, kinds, index, dates)
            if activity is None:
                continue
            if opened:
                told = self._status_once_enabled(token)
                if told is None:
                    continue  # "the accord opens the way for joint drills": a prospect the pact enables, none held
                activity = replace(activity, status=told)
            same = next((a for a in found if a.parties == activity.parties and a.status == activity.status), None)
            if same is not None:
                found[found.index(same)] = replace(same, kinds=tuple(dict.fromkeys(same.kinds + kinds)) if kinds else same.kinds)
                continue
            found.append(replace(activity, id=f"j{offset + len(found) + 1}"))
        # "sailors shelled a target hulk during naval manoeuvres": the forces' operation is the activity named
        found.extend(a for a in self.find_verbs(sent, index, dates, offset + len(found), drafts) if not any(f.parties == a.parties for f in found))
        found = self._without_news_outlets(found, sent, index)
        found = [self._with_coalition_leader(a, sent, index) for a in found]
        found = [self._with_mission_organisation(a, sent, index) for a in found]
        kept = [a for a in found if not any(set(a.parties) < set(other.parties) for other in found)]
        return [replace(a, id=f"j{offset + n}") for n, a in enumerate(kept, 1)] if len(kept) < len(found) else found

    def _uncoded_forces_named(self, activity: Any, parties: tuple[str, ...], sent: Any, index: MentionIndex) -> bool:
        """Forces named as the activity's other side but not read as a party: the subject of its verb or
        a conjunct of it ("X's gunners and the crews of the Lake Flotilla staged a combined drill"; a
        pronoun subject stands for the main clause's), its "with"/"between" phrase, or forces said to be
        of both or the other side ("sailors of both fleets"), where the forces' own phrase codes no state
        or only states other than ``parties``; or any other forces of no coded state in the sentence,
        except those the party's own verbs act on ("held a combined drill, mobilising its reservists":
        its own forces)."""
        verb = self._clause_verb(activity) or syntax.nearest_verb(activity, _MAX_CONTENT_DEPTH)
        while verb is not None and syntax.subject_of(verb)[0] is None and verb.dep_ in ("xcomp", "advcl", "conj") and verb.head.pos_ in VERB_TAGS:
            verb = verb.head  # "are to conduct a combined drill": the subject of the governing verb
        subject = syntax.subject_of(verb)[0] if verb is not None else None
        if subject is not None and subject.pos_ == "PRON":
            # "a task group ... sailed for X, where it will join Y's navy in a joint drill": the main clause's
            # subject, or the root of a sentence that is one noun phrase
            subject = syntax.subject_of(sent.root)[0] or (sent.root if sent.root.pos_ in NOUN_TAGS else None)
        sides = [n for n in (subject, *(subject.conjuncts if subject is not None else ())) if n is not None]
        holders = [activity, *([verb] if verb is not None else [])]
        sides += [n for h in holders for p in grammar.prepositional_objects(h, self.rules.other_side_prepositions) for n in (p, *p.conjuncts)]
        sides += [t for t in sent if t.pos_ in NOUN_TAGS and any(w.lower_ in self.rules.both_sides_words for w in t.subtree if w.i != t.i)]
        forces_words = self.rules.force_nouns | self.rules.force_platform_nouns | self.rules.military_nouns
        for side in dict.fromkeys(sides):
            # the side's own words: not its clauses, nor the sides conjoined with it
            phrase = [t for t in side.subtree if not any(a.dep_ in (*_CLAUSE_DEPS, "conj") and a.i in {x.i for x in side.subtree} for a in (t, *t.ancestors) if a.i != side.i)]
            if not {lemma(t) for t in phrase} & forces_words:
                continue
            codes = {m.code for t in phrase if (m := index.at(t.i)) is not None and m.code and (m.kind in grammar.STATE_KINDS or m.country)}
            if not codes or not codes & set(parties):
                return True
        # any other forces of no coded state, unless the party's own verbs act on them
        own = {t.i for t in activity.subtree}
        for token in sent:
            if token.i in own or token.pos_ not in NOUN_TAGS or lemma(token) not in self.rules.force_nouns | self.rules.military_nouns:
                continue
            if verb is not None and self._acted_on_by(token, verb):
                continue  # "held a joint drill, deploying 3,000 troops": the party's own forces
            phrase = [t for t in token.subtree if not any(a.dep_ in _CLAUSE_DEPS and a.i in {x.i for x in token.subtree} for a in t.ancestors if a.i != token.i)]
            if not any((m := index.at(t.i)) is not None and m.code and (m.kind in grammar.STATE_KINDS or m.country) for t in phrase):
                return True
        return False

    @staticmethod
    def _acted_on_by(token: Any, verb: Any) -> bool:
        """``token`` is an object (over conjuncts and prepositions) of ``verb`` or of a verb sharing its
        subject ("held a drill, deploying troops", "opened a drill and sent troops")."""
        node = token
        for _ in range(_MAX_CONTENT_DEPTH):
            if node.dep_ not in ("dobj", "pobj", "prep", "conj", "appos", "dative") or node.head == node:
                break
            node = node.head
            if node.pos_ in VERB_TAGS:
                return node == verb or node.head == verb and node.dep_ in ("advcl", "xcomp", "conj") and syntax.subject_of(node)[0] in (None, syntax.subject_of(verb)[0])
        return False

    def _with_coalition_leader(self, activity: Activity, sent: Any, index: MentionIndex) -> Activity:
        """"pilots of X flew with the Y-led coalition over the desert", "the coalition led by Y took X
        in": the actor layer names the standing coalition; the state leading it is the
        party the coding guides record (docs/annotation.md §9.3), in the coalition's place."""
        coalitions = set(activity.parties) & self.rules.military_coalition_codes
        if not coalitions:
            return activity
        leaders = {m.code: leader for m in index.in_range(sent.start, sent.end) if m.code in coalitions and (leader := self._coalition_leader(m, index))}
        if not leaders:
            return activity
        parties = tuple(sorted({leaders.get(p, p) for p in activity.parties}))
        return replace(activity, parties=parties) if len(parties) > 1 else activity

    def _with_mission_organisation(self, activity: Activity, sent: Any, index: MentionIndex) -> Activity:
        """"the host's army and a Z platoon of KFOR held a bridge-laying drill": a mission the gazetteer
        codes by its host (KFOR -> XKX) stands for the host among the parties; the organisation that
        runs it is a party too (docs/annotation.md §9.3, missions named by their own name); and the
        other way round for a mission coded by its organisation (``mission_parties``)."""
        parties = self.mission_parties(activity.parties, sent, index)
        return activity if parties == activity.parties else replace(activity, parties=parties)

    def mission_parties(self, parties: tuple[str, ...], sent: Any, index: MentionIndex) -> tuple[str, ...]:
        """``parties`` with what a mission among them names besides: the organisation running a mission
        coded by its host ("troops of EUFOR": BIH brings the EU; ``mission_organisations``) and the host
        of a mission coded by its organisation ("soldiers serving with UNIFIL": the UN brings Lebanon;
        ``mission_hosts``). Only a mission named in a party's phrase counts (``_names_party``): not a
        speaker's ("a KFOR spokesman said") nor one in an adverbial clause ("after serving with UNMISS")."""
        mentions = [m for t in sent if (m := index.at(t.i)) is not None and m.start == t.i and m.code in parties]
        mentions = [m for m in mentions if (m.key in self.mission_organisations or m.key in self.mission_hosts) and self._names_party(_mission_phrase_root(m, sent))]
        named = {self.mission_organisations[m.key] for m in mentions if m.key in self.mission_organisations} | {self.mission_hosts[m.key] for m in mentions if m.key in self.mission_hosts}
        return tuple(sorted(set(parties) | named)) if named - set(parties) else parties

    def _names_party(self, mission: Any) -> bool:
        """A mission (its phrase's head) named in the phrase of forces ("Irish troops of UNIFIL",
        "engineers deployed with MINUSCA", "the UNFICYP contingent") or as a party of the clause itself
        ("drilled with UNIFIL", "flew out to join MINUSCA", "a joint patrol with KFOR"); not as the
        modifier of another noun ("a KFOR spokesman", "UNIFIL's headquarters") nor inside an
        adverbial clause ("before / after serving with UNMISS")."""
        node = mission
        for _ in range(8):
            head = node.head
            if head.i == node.i:
                return True
            if node.dep_ in ("compound", "poss", "nmod", "amod"):
                return lemma(head) in self.force_words  # "KFOR troops"; "a KFOR spokesman" names another's
            if head.pos_ in NOUN_TAGS and lemma(head) in self.force_words and node.dep_ != "conj":
                return True  # "soldiers of KFOR", the forces' phrase
            if head.pos_ in VERB_TAGS and head.dep_ == "pcomp" or head.dep_ == "advcl" and not syntax.to_infinitive(head):
                return False  # "before serving with UNMISS"; "(flew out) to serve with UNIFIL" is the deployment's purpose
            node = head
        return True

    def _coalition_leader(self, coalition: Mention, index: MentionIndex) -> str | None:
        """The state a coalition's phrase says leads it: "<State>-led coalition" (the state's words
        open the mention) or "the coalition led by <State>"."""
        tokens = index.doc[coalition.start : coalition.end]
        led = next((t for t in tokens if t.lower_ in self.leading_participles), None)
        if led is not None:
            words = [t for t in tokens if t.i < led.i and t.text not in HYPHENS]
            return self.state_forms.get(" ".join(t.text for t in words).replace(" .", "."))
        head = index.doc[coalition.end - 1]
        for clause in head.children:
            if clause.dep_ == "acl" and clause.lower_ in self.rules.leading_participles:
                for agent in (c for c in clause.children if c.dep_ == "agent"):
                    codes = {m.code for p in agent.children if p.dep_ == "pobj" and (m := index.at(p.i)) is not None and m.kind == "state" and m.code}
                    if len(codes) == 1:
                        return codes.pop()
        return None

    def _way_opened_for(self, token: Any) -> bool:
        """The activity is what something opens, clears or paves the way for ("the vote paves the way for
        combined patrols", "smoothing the way for X's divers to train with Y's"):
        its phrase sits under "the way" that is the object of such a verb, or under the verb's "for"."""
        node = token
        for _ in range(_MAX_CONTENT_DEPTH):
            head = node.head
            if head == node:
                return False
            if grammar.opened_way(head, self.words):
                return True
            if lemma(head) in self.words.way_opening_verbs and node.dep_ in ("prep", "advcl") and any(grammar.opened_way(c, self.words) for c in head.children):
                return True
            node = head
        return False

    def _status_once_enabled(self, token: Any) -> str | None:
        """An activity a way is opened for is a prospect, no record, unless a clause on its own noun
        tells it held ("... for combined patrols, which began in May"; the parser may hang the clause on
        the last noun of the activity's phrase): that clause's stage."""
        told = next((self.verb_status(c) for c in token.subtree if c.dep_ == "relcl" and c.pos_ in VERB_TAGS), None)
        return told if told in ("occurred", "ongoing") else None

    @staticmethod
    def _without_news_outlets(found: list[Activity], sent: Any, index: MentionIndex) -> list[Activity]:
        """"PORT BLAIR, Oct 6 (PTI) Ships of X and Y drilled": a news outlet (its dateline credit, or
        "AFP" read for a force's initials) reports the activity and is never a party to it; a record
        left with no party is dropped, one left with the parties of an earlier record is that record."""
        outlets = {m.code for t in sent if (m := index.at(t.i)) is not None and _news_outlet(m)}
        if not outlets or not any(outlets & set(a.parties) for a in found):
            return found
        cleaned: dict[tuple[str, ...], Activity] = {}
        for activity in found:
            parties = tuple(p for p in activity.parties if p not in outlets)
            if parties:
                cleaned.setdefault(parties, replace(activity, parties=parties))
        return list(cleaned.values())

    def _helps_forces(self, verb: Any) -> bool:
        """A helping verb whose object is forces ("supporting the Iraqi security forces"), not people
        ("helping Syrian refugees with language training")."""
        obj = syntax.direct_object(verb)
        return lemma(verb) in self.rules.assisting_verbs and obj is not None and any(lemma(t) in self.rules.force_nouns | self.rules.military_nouns for t in obj.subtree)

    def _cooperation_of_forces(self, token: Any) -> bool:
        """"cooperation between the American and French forces": cooperation whose sides are
        forces is a joint activity (between states it is as often political or economic)."""
        if lemma(token) not in self.rules.force_cooperation_nouns:
            return False
        sides = [p for p in grammar.prepositional_objects(token, self.rules.party_prepositions) if p.head.lower_ != "of"]
        if token.dep_ == "nsubj" and token.head.pos_ in VERB_TAGS:
            sides += grammar.prepositional_objects(token.head, self.rules.party_prepositions)  # "cooperation existed between ..."
        return any(lemma(t) in self.rules.force_nouns | self.rules.military_nouns for p in sides for c in (p, *p.conjuncts) for t in (c,))

    def _from_noun(self, token: Any, modifiers: set[str], sent: Any, kinds: tuple[str, ...], index: MentionIndex, dates: DateResolver, drafts: list[AgreementDraft]) -> Activity | None:
        chain = self._governors(token)
        governor = chain[-1] if chain else token
        parties, subject = self._noun_parties(token, chain, modifiers, index)
        parties = [p for p in parties if p not in self._breakaway_place(token, subject, index)]  # "X's soldiers in the Abkhaz region held drills"
        owners = self._exercise_owners(token, index)
        if owners and len([p for p in parties if p not in owners]) >= 2 and self._listed_as_taking_part(token, [p for p in parties if p not in owners], index):
            # "the Peace Mission exercise of the SCO, with troops from X, Y and Z": the states that take
            # part are the parties; the organisation whose exercise it is stands for them
            parties = [p for p in parties if p not in owners]
        if subject is not None and self.police_only(subject):
            return None  # "Chinese and Lao police launched joint patrols": a police activity is no defence one
        if self._scope_of_an_agreement(token):
            return None  # "a pact covering cadet visits and joint drills": the pact's scope, no activity told
        if subject is not None and self.civilian_body(subject):
            return None  # "the central banks of X and Y held a crisis exercise": no defence activity
        if len(parties) < 2 and drafts and (self.rules.joint_modifiers & modifiers or subject is not None and lemma(subject) in self.agreement_nouns or self._agreement_above(governor) is not None):
            # "the joint exercises" told after an agreement are that agreement's, unless the
            # sentence names a party the agreement does not have.
            told = referent(subject if subject is not None else token, governor, drafts).parties
            if set(parties) <= set(told):
                parties = sorted(set(parties) | set(told))
        if len(parties) == 1 and subject is not None:
            parties = sorted(set(parties) | set(self._host(governor, subject, parties, index, token)))
        if len(parties) == 1 and self.rules.shared_modifiers & modifiers and self._partner_named(token, parties[0], index):
            parties = sorted(set(parties) | set(self._announcers_state(token, governor, index)))
        if len(parties) == 1 and self._uncoded_partner(token, governor, subject):
            pass  # "drilling with the Kenyans and with the Alliance", "we held drills with Japan"
        elif self._organisations_own_exercise(token, parties):
            pass  # "NATO opened its annual exercise": an organisation's own exercise has it as sole party
        elif len(parties) < 2 and not (self.rules.shared_modifiers & modifiers and parties):
            return None
        elif len(parties) == 1 and self._named_side_uncoded(token, governor, subject, index):
            return None  # "the MSDF and the Russian fleet held a joint drill": one side unknown, the record would be wrong
        status = self._status(governor, chain)
        if status is None:
            return None
        if status == "occurred" and any(c.dep_ in ("relcl", "acl") and lemma(c) in self.rules.starting_verbs for c in token.children):
            status = "ongoing"  # "the drills, which began Monday, ...": begun and not said to be over
        if status == "occurred" and self._travelled_for(token, chain, governor, index):
            status = "ongoing"  # "troops arrived for the drills": there for them, not said to be over
        period = self.syntax.clause_date(token, sent, dates, future=status == "planned", periods=True) or self.syntax.clause_date(
            governor, sent, dates, future=status == "planned", periods=True
        )
        count = next((int(c.text) for c in token.children if c.dep_ == "nummod" and c.text.isdigit()), None)
        return Activity("", tuple(parties), count, kinds or self.default_kinds(token), period, status, grammar.evidence(sent, token))

    def _exercise_owners(self, token: Any, index: MentionIndex) -> set[str]:
        """The organisations an exercise is "of" ("the autumn manoeuvres of the bloc", "a command
        drill of the alliance's air arm")."""
        if lemma(token) not in self.rules.exercise_nouns:
            return set()
        return {m.code for p in grammar.prepositional_objects(token, self.rules.exercise_owner_prepositions) for t in p.subtree if (m := index.at(t.i)) is not None and m.kind == "organization" and m.form == "organization" and not m.country and m.code}

    def _listed_as_taking_part(self, token: Any, codes: list[str], index: MentionIndex) -> bool:
        """Each of the states (codes) is named in a phrase of taking part on the exercise noun ("with
        units from X and Y firing at targets", "involving crews from X") or as the subject of the
        verb that holds it ("sailors from X and Y opened the bloc's drill"): then they stand in place
        of the organisation whose exercise it is. States named "without" the exercise, as boycotting
        it or as watching it take no part, and the organisation keeps its place."""
        above = {t.i: t for t in token.ancestors}
        mentions = [m for m in index.in_range(token.sent.start, token.sent.end) if m.code in codes]
        found: set[str] = set()
        for mention in mentions:
            node = token.doc[mention.end - 1]
            company = False
            for _ in range(12):
                if node == token or node.head == node:
                    break
                word = {lemma(node), node.lower_}
                if node.lower_ in self.rules.refusal_prepositions or word & (self.rules.watching_verbs | self.rules.exercise_absence_verbs):
                    company = False
                    break  # "without troops from X", "with X boycotting it", "watched by observers from X"
                if node.pos_ in VERB_TAGS and node.dep_ in ("relcl", "acl") and not word & (self.rules.exercise_company_words | self.rules.taking_part_verbs):
                    company = False
                    break  # "which X left", "told by officers from X": no part told
                if node.dep_ == "nsubj" and node.head.i in above:
                    company = True  # "troops from X and Y launched the exercise of the bloc"
                    break
                company = company or bool(word & self.rules.exercise_company_words)
                node = node.head
            if company:
                found.add(mention.code)
        return set(codes) <= found

    def _breakaway_place(self, token: Any, subject: Any | None, index: MentionIndex) -> set[str]:
        """"Armenian soldiers in the Abkhaz region held drills", "drills in Abkhazia": a
        breakaway region named only as where the forces or the activity are hosts no one (see
        breakaway_codes) and takes no part; named as a side ("Abkhaz forces"), it still does."""
        found: set[str] = set()
        for head in (h for h in (subject, token) if h is not None):
            for place in (t for t in head.subtree if t.dep_ == "pobj" and t.head.lower_ in self.rules.host_prepositions):
                found.update(m.code for u in place.subtree if (m := index.at(u.i)) is not None and m.code in self.rules.breakaway_codes)
        return found

    def _from_air_support(self, noun: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> Activity | None:
        """"Malian troops pushed north with French air cover", "the junta leans on Turkish air
        support", "soldiers backed by Kenyan air strikes": air power lent by one state to the
        forces of another makes an operation of both (docs/annotation.md §9.3: a coordinated
        operation). An armed group backed ("rebels with U.S. air support") is no party."""
        if not any(lemma(c) in self.rules.operation_qualifiers for c in noun.children if c.dep_ in _QUALIFIER_DEPS):
            return None
        providers = grammar.state_codes([m for m in self._modifier_states(noun, index) if not m.is_place])
        node = syntax.first_conjunct(noun)  # "relying on local police and Turkish air cover"
        receivers: list[Any] = []
        verb = None
        if node.dep_ == "pobj" and node.head.dep_ == "agent" and lemma(node.head.head) in self.rules.backing_verbs:
            backed = node.head.head  # "troops, backed by Russian air strikes, ..." / "were backed by"
            verb = backed.head.head if backed.dep_ == "acl" and backed.head.head.pos_ in VERB_TAGS else backed
            receivers = [backed.head] if backed.dep_ == "acl" else [s for s in (syntax.passive_subject(backed),) if s is not None]
        elif node.dep_ == "pobj" and node.head.lower_ in self.rules.backed_prepositions:
            verb = node.head.head
            if node.head.lower_ in self.rules.reliance_prepositions and lemma(verb) not in self.rules.reliance_words:
                return None  # "spent millions on air support": no reliance told
            if verb.dep_ == "acomp":
                verb = verb.head  # "has been dependent on ..."
        elif node.dep_ == "dobj" and lemma(node.head) in self.rules.receiving_verbs:
            verb = node.head
        if verb is None or verb.pos_ not in VERB_TAGS and verb.pos_ != "AUX":
            return None
        if not receivers:
            subject, agent = syntax.subject_of(verb)
            receivers = [subject] if subject is not None and not agent else []
        if not any(lemma(t) in self.rules.force_nouns | self.rules.military_nouns | self.syntax.lexicon.government_nouns or index.at(t.i) is not None and index.at(t.i).kind in ("state", "person") for r in receivers for t in r.subtree):
            return None  # "the talks dealt with Russian air support": no forces backed
        mentions = [m for r in receivers for m in (*self.syntax.np_mentions(r, index, deep=True), *self._modifier_states(r, index))]
        if any(m.kind == "group" for m in mentions) or any(lemma(t) in self.rules.armed_group_nouns for r in receivers for t in (r, *r.conjuncts)):
            return None  # "the rebels received Turkish air support"
        # a state's leader stands for the state ("President X relies on Russian air support")
        leaders = [m.country for m in mentions if m.kind == "person" and m.country and m.org is None and m.sector in self.rules.leader_sectors]
        backed_states = [c for c in dict.fromkeys(grammar.state_codes([m for m in mentions if not m.is_place]) + leaders) if c not in providers]
        status = self.verb_status(verb)
        if not providers or not backed_states or status is None:
            return None
        if status == "occurred" and (verb.tag_ in ("VBP", "VBZ") or verb.pos_ == "AUX"):
            status = "ongoing"  # "relies on", "has been dependent on": a standing reliance
        period = self.syntax.clause_date(verb, sent, dates, future=status == "planned", periods=True)
        return Activity("", tuple(sorted(set(providers + backed_states))), None, ("other",), period, status, grammar.evidence(sent, noun))

    def _from_organisation_mission(self, mission: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> Activity | None:
        """"the alliance's CSTO mission in Tajikistan", "a NATO-run mission in Bosnia", "the UN
        stabilisation mission in Haiti": a military mission an organisation runs in a state
        involves both (the mission tells the host's consent). Only a military alliance's mission,
        or one a military word qualifies: "the UN political mission", "the EU police mission" are none."""
        if any(lemma(t) in self.rules.civilian_mission_modifiers for c in mission.children if c.dep_ in _QUALIFIER_DEPS for t in c.subtree):
            return None
        owners = [m for c in mission.children if c.dep_ in _PARTY_MODIFIER_DEPS for t in c.subtree if (m := index.at(t.i)) is not None and m.kind == "organization" and not m.country and m.code]
        chain = self._governors(mission)
        governor = chain[-1] if chain else mission
        if not owners and mission.dep_ == "dobj" and lemma(governor) in self.rules.holding_verbs | self.rules.planning_governors | self.rules.starting_verbs:
            # "NATO plans a new mission in Iraq": who holds the mission
            subject, _ = syntax.subject_of(governor)
            owners = [m for m in (self.syntax.np_mentions(subject, index) if subject is not None else []) if m.kind == "organization" and not m.country and m.code]
        military = {lemma(t) for c in mission.children if c.dep_ in _QUALIFIER_DEPS for t in c.subtree} & self.rules.military_mission_modifiers
        joiners = self._mission_joiners(mission, governor, index)
        # forces or warships joining it make the mission a military one ("the frigate joined the EU's Aspides mission")
        owners = [m for m in owners if m.code in self.rules.military_organisation_codes or military or joiners]
        hosts = [m.code for p in grammar.prepositional_objects(mission, self.rules.host_prepositions) if (m := index.at(p.i)) is not None and m.code and m.kind == "state"]
        if not hosts and joiners and any((m := index.at(t.i)) is not None and m.code and m.kind == "state" and m.code not in joiners for t in sent):
            joiners = []  # "arrived in the Malian capital to join the UN mission": a host is named elsewhere, which this reading would miss
        if not owners or not (hosts or joiners) or self._hostile_presence(sent, grammar.prepositional_objects(mission, self.rules.host_prepositions), index):
            return None
        status = self._status(governor, chain)
        if status is None or self._ended(governor):
            return None  # "no longer leads the NATO mission in X": over
        # "once led the NATO mission in X", "led it": a lead told in the past is over
        led_before = status == "occurred" and lemma(governor) in self.rules.keeping_verbs and (self._past_tense(governor) or self._former(governor))
        if not led_before and (status in ("occurred", "cancelled") or status == "planned" and not {lemma(governor)} & (self.rules.planning_governors | self.rules.starting_verbs)):
            status = "ongoing"  # the mission named is there, whatever its verb does to it ("will end next year")
        kinds = tuple(k for k in self._kinds(sent) if k in ("peacekeeping", "training")) or ("other",)
        period = self.syntax.clause_date(governor, sent, dates, future=status == "planned", periods=True)
        return Activity("", tuple(sorted({m.code for m in owners if m.code} | set(hosts) | set(joiners))), None, kinds, period, status, grammar.evidence(sent, mission))

    def _mission_joiners(self, mission: Any, governor: Any, index: MentionIndex) -> list[str]:
        """The states whose forces or warships join an organisation's mission ("the German frigate X has
        joined the EU's Atalanta mission", "sailed to join NATO's mission"): the subject of a joining verb
        that takes the mission as its object, when the subject names forces or ships of a state."""
        if mission.dep_ != "dobj" or mission.head != governor or lemma(governor) not in self.rules.joining_verbs or governor.pos_ not in VERB_TAGS:
            return []
        subject, agent = syntax.subject_of(governor)
        if subject is None or agent or not {lemma(t) for t in subject.subtree} & (self.rules.force_nouns | self.rules.force_platform_nouns | self.rules.military_nouns):
            return []
        if self.police_only(subject):
            return []
        return [c for c in dict.fromkeys(grammar.state_codes(self._forces_states(subject, index) + self._modifier_states(subject, index))) if c]

    def _from_mission(self, token: Any, mission: Any, sent: Any, kinds: tuple[str, ...], index: MentionIndex, dates: DateResolver) -> Activity | None:
        """"the EU extended its military training mission in Mali", "Germany will lead a new
        training mission for Ukrainian troops": a mission named by its activity is an activity of
        whoever runs it (its owner, or the subject of the verb that holds it) and of the state it serves."""
        if any(lemma(t) in self.rules.civilian_mission_modifiers for c in mission.lefts if c.dep_ in _QUALIFIER_DEPS for t in c.subtree):
            return None  # "a police training mission", "a civilian training mission": no defence activity
        chain = self._governors(mission)
        governor = chain[-1] if chain else mission
        owners = [*self._modifier_states(mission, index), *(m for c in mission.children if c.dep_ in _PARTY_MODIFIER_DEPS and (m := index.at(c.i)) is not None and m.code and m.kind != "group")]
        own_pronoun = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in mission.children)
        subject, _ = syntax.subject_of(governor) if governor.pos_ in VERB_TAGS else (None, False)
        if subject is not None and (own_pronoun or lemma(governor) in self.rules.holding_verbs):
            owners += [m for m in self.syntax.np_mentions(self._referent(subject, governor), index, deep=True) if m.code and m.kind != "group"]
        served = [p for prep in self.rules.destination_prepositions for p in grammar.prepositional_objects(mission, {prep})]
        # the state served, written as a place ("in Iraq") or by its forces ("for Ukrainian troops")
        hosts = [m for p in served for t in p.subtree if (m := index.at(t.i)) is not None and m.code and m.kind in grammar.STATE_KINDS]
        parties = sorted({m.code for m in owners if m.code and not m.is_place} | {m.code for m in hosts if m.code})
        if len(parties) >= 2:
            parties = sorted(set(parties) | set(self._mission_staffers(mission, index)))
        status = self._status(governor, chain)
        if len(parties) < 2 or status is None:
            return None
        if lemma(governor) in self.rules.keeping_verbs and governor.pos_ in VERB_TAGS:
            status = self._standing(governor, status)  # "France leads / has the EU training mission in X": a standing mission
        period = self.syntax.clause_date(governor, sent, dates, future=status == "planned", periods=True)
        return Activity("", tuple(parties), None, kinds or self.default_kinds(token), period, status, grammar.evidence(sent, token))

    def _mission_staffers(self, mission: Any, index: MentionIndex) -> list[str]:
        """The states whose trainers or forces staff a mission the phrase hangs on them ("Belgian
        officers in the EU's training mission"), told as what a state supplies ("X lends the academy a
        third of its trainers for the mission") or as the role its forces serve in ("X's marines act as
        mentors with the mission"). Only forces count: "diplomats in the mission", "critics of the mission" name none."""
        if mission.dep_ != "pobj" or mission.head.lower_ not in self.rules.staffing_prepositions:
            return []
        anchor = mission.head.head
        force_words = self.rules.force_nouns
        if anchor.pos_ in VERB_TAGS:
            # "X lends a third of its trainers for the mission": the supplied forces are the verb's object
            obj = syntax.direct_object(anchor)
            if lemma(anchor) not in self.rules.staffing_verbs or obj is None or not any(lemma(t) in force_words for t in obj.subtree):
                return []
            return self._supplier_states(anchor, index)
        if lemma(anchor) not in force_words:
            return []
        if anchor.dep_ == "pobj" and anchor.head.lower_ in self.rules.role_prepositions and anchor.head.head.pos_ in VERB_TAGS:
            # "X's marines act as mentors with the mission": the role the subject's forces have
            subject, agent = syntax.subject_of(anchor.head.head)
            if subject is None or agent or lemma(subject) not in force_words:
                return []
            return grammar.state_codes(self._forces_states(subject, index))
        found = self._modifier_states(anchor, index)
        # "X furnishes a dozen of the mission's trainers": a share of the forces the verb supplies
        share = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else anchor
        if not found and share.dep_ == "dobj" and lemma(share.head) in self.rules.staffing_verbs:
            return self._supplier_states(share.head, index)
        return grammar.state_codes(found)

    def _supplier_states(self, verb: Any, index: MentionIndex) -> list[str]:
        """The states a supplying verb's subject names ("Germany supplies ..."), not places."""
        subject, agent = syntax.subject_of(verb)
        if subject is None or agent:
            return []
        return grammar.state_codes([m for m in self.syntax.np_mentions(subject, index) if m.kind in grammar.STATE_KINDS and not m.is_place])

    def _named_side_uncoded(self, token: Any, governor: Any, subject: Any | None, index: MentionIndex) -> bool:
        """Whether a joint activity names two sides or more, as coordinated subjects or "with" partners,
        and one of them is forces or a name that codes as no actor ("frigates of a coast guard and
        ships of X's fleet", "drills with a national force named without its state"): a record of the one coded side would be wrong. The speaker's side ("we", "his
        country") is known to be uncodable and counts as told."""
        sides = [s for s in syntax.conjuncts(_past_dateline(subject))] if subject is not None else []
        # "units of X's army and of Y's forces": the sides may be the "of" objects of one subject word
        linked = [c for head in sides for p in grammar.prepositional_objects(head, {"of"}) for c in syntax.conjuncts(p)]
        if len(sides) == 1 and len(linked) > 1 and lemma(sides[0]) in self.rules.force_nouns | self.rules.military_nouns:
            sides = linked
        sides += [c for node in dict.fromkeys((token, governor)) for p in grammar.prepositional_objects(node, self.rules.verb_party_prepositions) for c in syntax.conjuncts(p)]
        if len(sides) < 2:
            return False
        for side in sides:
            if side.pos_ == "PRON" or lemma(side) in self.words.own_country_nouns:
                continue  # "we", "they", "his country": the speaker's or a told side
            if any(m.code for m in self.syntax.np_mentions(side, index, deep=True)):
                continue
            if any(lemma(t) in self.force_words or t.pos_ == "PROPN" for t in side.subtree):
                return True
        return False

    def _uncoded_partner(self, token: Any, governor: Any, subject: Any | None) -> bool:
        """Whether the activity's other side is there but uncodable: a coalition named as a
        partner ("drilling with the Kenyans and with the Alliance"), or the speaker ("we held
        drills with Japan"), who is never coded."""
        partners = [p for child in token.children if child.dep_ == "prep" and child.lower_ in self.rules.verb_party_prepositions for p in child.children if p.dep_ == "pobj"]
        partners += [p for child in token.children if child.dep_ == "prep" and child.lower_ in self.rules.verb_party_prepositions for c in child.conjuncts for p in c.children if p.dep_ == "pobj"]
        if any(lemma(t) in self.rules.coalition_nouns for p in partners for t in (p, *p.conjuncts)):
            return True
        return bool(partners) and subject is not None and self._speaker(subject, None) and lemma(governor) in self.rules.holding_verbs

    def _judged(self, token: Any, governor: Any) -> bool:
        """The activity noun is the subject of a clause that judges it with hostility ("the drills
        were a rehearsal for invasion", "the exercise threatened stability"): its teller is a critic.
        Not a clause that only describes it ("involved 12 warships", "was a success"), nor one whose
        noun a possessive ties to the teller ("its joint patrol with Y was a reminder ...")."""
        if token.dep_ != "nsubj" or token.head != governor:
            return False
        if any(c.dep_ == "poss" for c in token.children):
            return False
        own = {t.i for t in token.subtree}
        return any(lemma(t) in self.rules.hostile_judgement_words for t in governor.subtree if t.i not in own)

    def _organisations_own_exercise(self, token: Any, parties: list[str]) -> bool:
        """An exercise whose one party is an organisation of states ("the CSTO's air arm is to
        stage an exercise", "NATO opened its exercise"): the organisation's own, its sole party
        (docs/annotation.md §9.3); no other activity noun is an organisation's alone. An exercise said
        to be something ("the review was a costly exercise", "was an exercise in patience") is a
        figure of speech: a predicate noun. An exercise held "in" something ("held an exercise in
        crisis management") is a real one."""
        if token.dep_ in ("attr", "oprd", "acomp"):
            return False
        return len(parties) == 1 and parties[0] in self.members and lemma(token) in self.rules.exercise_nouns

    def _partner_named(self, token: Any, party: str, index: MentionIndex) -> bool:
        """Whether the activity's one party is its partner, named by "with" on the noun ("a joint
        exercise with Chile"): the other side is then left untold in the phrase."""
        partners = [p for child in token.children if child.dep_ == "prep" and child.lower_ in self.rules.verb_party_prepositions for p in child.children if p.dep_ == "pobj"]
        return any(m.code == party for p in partners for m in self.syntax.np_mentions(p, index, deep=True))

    def _announcers_state(self, token: Any, governor: Any, index: MentionIndex) -> list[str]:
        """"X's army said the joint drills with Y would go ahead", "X announced the suspension of
        its joint training with Y", "asked about the joint patrols with Y, X's envoy said": a state's
        own voice telling a stage of its joint activity with a partner is the partner's other side.
        The state of the subject of the reporting verb that is, or is over, the activity's governing
        verb. A clause that judges the activity ("said the drills with Y were a provocation", "said
        the exercise with Y threatened the region") tells no stage: a critic is no party."""
        if self._judged(token, governor):
            return []
        reporting = self.syntax.lexicon.reporting_verbs
        verbs = [governor, *syntax.governing_chain(governor)] if governor.pos_ in VERB_TAGS else []
        teller = next((v for v in verbs if lemma(v) in reporting and v.pos_ in VERB_TAGS), None)
        if teller is None:
            return []
        subject, agent = syntax.subject_of(teller)
        if subject is None or agent:
            return []
        said_by = self.syntax.np_mentions(subject, index, deep=True)
        return sorted({m.country for m in said_by if m.country and not m.is_place and not _news_outlet(m)})

    @staticmethod
    def _governors(token: Any) -> list[Any]:
        """The words above the activity noun up to the verb that tells what happened to it,
        over nouns that only hold it ("a new round of joint exercises", "took part in", "a
        plan of 12 joint activities"), and from a noun that names an exercise to the name
        ("Exercise Northern Star"); empty when the noun governs itself."""
        chain: list[Any] = []
        node = token
        if node.dep_ == "appos" and node.head != node:
            node = node.head  # "took part in Baltops, the annual exercise led by ...": the name's place
            chain.append(node)
        while node.dep_ == "compound" and node.head.pos_ in ("PROPN", "NUM") and node.head != node:
            node = node.head  # "started Exercise Northern Star": the named exercise is the phrase
            chain.append(node)
        for _ in range(_MAX_HOLDING_NOUNS + 1):
            if node.dep_ not in _GOVERNED_DEPS:
                break
            head = node.head.head if node.head.dep_ in ("prep", "dative") else node.head  # "sent soldiers to drills": "to" read as dative
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
        # activity ("reacted to the drills of Japan and Australia" makes no party),
        # or when a counted joint activity is its object whatever the verb ("agreed on 84
        # joint activities").
        holds = lemma(governor) in self.rules.holding_verbs | self.rules.planning_governors | self.rules.agreeing_verbs | self.rules.stopping_verbs | self.rules.starting_verbs | self.rules.receiving_verbs
        # "intercepted smugglers during a combined patrol": the verb was done in the activity
        # (not a verb done against others: "warships shadowed the U.S. group during its drills")
        holds = holds or token.dep_ == "pobj" and token.head.lower_ in self.rules.participation_prepositions and token.head.head == governor and lemma(governor) not in self.rules.clashing_verbs
        # "the Omani army welcomed British soldiers for a desert exercise": who receives forces for an activity holds it
        holds = holds or token.dep_ == "pobj" and token.head.lower_ in self.rules.purpose_prepositions and token.head.head == governor and lemma(governor) in self.rules.welcoming_verbs and (guests := syntax.direct_object(governor)) is not None and self._names_forces(guests, index)
        # "American servicemen began arriving in Egypt for the manoeuvres", "jets flew to X for the drills":
        # forces that travel for an activity take part in it
        travelled = self._travelled_for(token, chain, governor, index)
        holds = holds or travelled
        # "is supporting the Iraqi forces with training": the means of the help is the subject's
        holds = holds or token.dep_ == "pobj" and token.head.lower_ in self.rules.means_prepositions and token.head.head == governor and self._helps_forces(governor)
        # "flew in to meet his opposite number about co-manufacturing ...": who talks takes part
        holds = holds or any(lemma(node) in self.rules.discussion_nouns for node in chain)
        # "X put forward combined air patrols with Y": who proposes doing it with another takes part
        holds = holds or self._proposed_with_another(token, governor)
        counted_joint = bool(self.rules.joint_modifiers & modifiers) and any(c.dep_ == "nummod" for c in token.children)
        subject, agent = syntax.subject_of(governor) if governor.pos_ in VERB_TAGS and (holds or counted_joint) else (None, False)
        # "the drill between X and Y was cancelled by Z": who calls off an activity whose parties
        # the noun names need not be one of them
        canceller = agent and lemma(governor) in self.rules.stopping_verbs
        own: list[Mention] = []
        if subject is not None:
            subject = _past_dateline(self._referent(subject, governor))
            mentions.extend(self.syntax.np_mentions(subject, index, deep=True) or self._speakers_country(subject, subject.sent, index) or self._speakers_forces(subject, index))
            mentions.extend(m for head in syntax.conjuncts(subject) for m in self._modifier_states(head, index))
            mentions.extend(self._states_of_forces(subject, index))
            mentions.extend(self._nations_listed(subject, index))
            mentions.extend(self._headline_partners(subject, governor, index))
            if any(c.dep_ == "cc" for c in subject.children) and not subject.conjuncts:
                # "Some 4,200 X and 3,900 Y soldiers are to join in": the parser may hang the numbered
                # halves of one subject on the verb as two subjects, the first keeping the "and"
                for half in (c for c in governor.children if c.dep_ == "nsubj" and c.i > subject.i):
                    mentions.extend(self.syntax.np_mentions(half, index, deep=True))
                    mentions.extend(self._modifier_states(half, index))
            if canceller:
                own, mentions = mentions, []
        if travelled:
            # "flew into an airfield in X ahead of the manoeuvres": the state the forces come to receives them for it
            places = [p for prep in self.rules.destination_prepositions if prep not in self.rules.purpose_prepositions for p in syntax.preposition_objects(governor, prep)]
            mentions.extend(m for p in places for t in self._host_words(p, index) if (m := index.at(t.i)) is not None and m.kind == "state")
        mentions.extend(self._modifier_states(token, index))  # "the Russian-Belarusian drills"
        involving = [governor] if token.dep_ == "nsubj" and lemma(governor) in self.rules.involving_verbs else []
        # "drills involving troops from Belarus", "held an exercise next month involving warships from Japan"
        involving += [c for c in token.children if c.dep_ in ("acl", "relcl", "prep") and lemma(c) in self.rules.involving_verbs]
        # "the manoeuvres, which were to feature X and Y frigates": the clause's planned verb
        involving += [x for c in token.children if c.dep_ == "relcl" for x in c.children if x.dep_ == "xcomp" and lemma(x) in self.rules.involving_verbs]
        if token.dep_ == "dobj" and token.head == governor:
            involving += [c for c in governor.children if c.dep_ == "advcl" and c.tag_ == "VBG" and lemma(c) in self.rules.involving_verbs]
        for verb in involving:
            # "the drills involve 3,000 soldiers from Russia and Belarus": the forces involved take part
            # "an exercise including French submarines": the participle read as a preposition
            for obj in (c for c in verb.children if c.dep_ in ("dobj", "pobj") and self._names_forces(c, index)):
                mentions.extend(self.syntax.np_mentions(obj, index, deep=True))
                mentions.extend(m for head in syntax.conjuncts(obj) for m in self._modifier_states(head, index))
                if obj.dep_ == "dobj":
                    # "included soldiers from Rwanda": the parser may hang the forces' origin on the verb
                    mentions.extend(m for p in grammar.prepositional_objects(verb, self.rules.source_prepositions) for m in self.syntax.np_mentions(p, index))
        nodes = [token, *chain]
        # "an exercise dubbed X with troops from Y": the naming participle carries the noun's phrases
        nodes += [c for c in token.children if c.dep_ == "acl" and lemma(c) in self.rules.naming_verbs]
        # "ended the drills, with Y and Z also taking part": who takes part in a clause on the activity's verb
        joining = [c for c in governor.children if c.dep_ == "advcl" and self._takes_part(c)] if governor != token else []
        nodes += joining
        mentions.extend(m for c in joining for s in c.children if s.dep_ == "nsubj" for m in self.syntax.np_mentions(s, index, deep=True))
        # "began the drills on Monday, joined by X and Y forces": who joins in is the participle's agent
        mentions.extend(m for c in joining for forces in self._joining_agents(c) for m in self._forces_states(forces, index))
        if governor.dep_ == "xcomp" and lemma(governor.head) in self.rules.agreeing_verbs:
            nodes.append(governor.head)  # "Kenya agreed with Tanzania to hold exercises"
        sources = self.rules.source_prepositions if lemma(governor) in self.rules.receiving_verbs else frozenset()
        for node in nodes:
            for child in node.children:
                if child in nodes:
                    continue
                if child.dep_ in _PARTY_MODIFIER_DEPS and index.at(child.i):
                    mentions.extend(self.syntax.np_mentions(child, index))
                if child.dep_ == "dobj" and node.pos_ in VERB_TAGS:
                    mentions.extend(self.syntax.np_mentions(child, index))  # "receives Georgian cadets for instruction"
                if child.dep_ == "prep" and child.lower_ in self.rules.company_prepositions:
                    # "with soldiers from X also participating": the parser may make the forces the participle's subject
                    for forces in (s for c in child.children if c.dep_ == "pcomp" and (self._takes_part(c) or self._acts_in_company(c, index)) for s in c.children if s.dep_ == "nsubj"):
                        mentions.extend(m for p in grammar.prepositional_objects(forces, self.rules.source_prepositions) for m in self.syntax.np_mentions(p, index))
                        mentions.extend(self._modifier_states(forces, index))
                        mentions.extend(self._states_of_forces(forces, index))  # "with a platoon drawn from the X Defence Force in tow"
                        # "with X and Y sending observers too": states named as the clause's subject take part
                        mentions.extend(m for m in self.syntax.np_mentions(forces, index) if m.kind == "state" and not m.is_place)
                if child.dep_ == "prep" and (child.lower_ in self.rules.party_prepositions or child.lower_ in sources):
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            mentions.extend(self.syntax.np_mentions(pobj, index))
                            # "a sortie by the air arms of X and Y": the linked phrase may yield only X
                            mentions.extend(self._states_of_forces(pobj, index))
                            if child.lower_ in self.rules.company_prepositions and lemma(pobj) in self.rules.force_nouns | self.rules.force_platform_nouns:
                                # "closed the manoeuvres, with soldiers from X and Y joining in": the forces' states join
                                mentions.extend(m for p in grammar.prepositional_objects(pobj, self.rules.source_prepositions) for m in self.syntax.np_mentions(p, index))
                                mentions.extend(self._modifier_states(pobj, index))
                                # "with some 9,000 troops, X, Y and Z contingents among them": the forces' apposition lists them
                                for listed in (c for c in pobj.children if c.dep_ == "appos" and lemma(c) in self.rules.force_nouns | self.rules.force_platform_nouns):
                                    mentions.extend(self._modifier_states(listed, index))
                            if child.lower_ in sources:
                                mentions.extend(self._modifier_states(pobj, index))  # "training from Russian instructors"
                            if child.lower_ in self.rules.company_prepositions:
                                mentions.extend(self._participants(pobj, index))  # "with the participation of units from X and Y"
                if child.dep_ in ("acl", "relcl") and (lemma(child) in self.rules.holding_verbs or self._scheduled_clause(child) or self._co_organised(child)):
                    # "a war game hosted by Finland": the organiser or host takes part
                    for agent in (c for c in child.children if c.dep_ == "agent"):
                        for pobj in agent.children:
                            mentions.extend(self.syntax.np_mentions(pobj, index))
                        # "led by X and with Y's forces taking part": the parser may make the company phrase the agent's conjunct
                        for company in (c for c in agent.conjuncts if c.lower_ in self.rules.company_prepositions):
                            for forces in (s for c in company.children if c.dep_ == "pcomp" and self._takes_part(c) for s in c.children if s.dep_ == "nsubj"):
                                mentions.extend(self._modifier_states(forces, index))
                                mentions.extend(self._states_of_forces(forces, index))
                    # "manoeuvres organised by X and later joined by Y's units": the joiners of a coordinated participle
                    for also in (c for c in child.conjuncts if self._takes_part(c)):
                        mentions.extend(m for forces in self._joining_agents(also) for m in self._forces_states(forces, index))
                    scheduled = child.dep_ == "relcl" and self._scheduled_clause(child)
                    # "the exercise, in which units of X and Y also took part": who takes part in the clause
                    joined = child.dep_ == "relcl" and self._takes_part(child)
                    if child.dep_ == "relcl" and (lemma(child) in self.rules.relative_holding_verbs or scheduled or joined):
                        # "the drills, which X and Y were scheduled to stage": the subject of the clause that would hold them
                        # "the drills that Finland hosts", "exercises which Poland is hosting": the clause's subject
                        # "the exercise Thailand hosts": the parser may read the verb as a noun, its subject as a compound
                        subject_deps = ("nsubj", "compound") if child.pos_ in NOUN_TAGS else ("nsubj", "nsubjpass") if scheduled else ("nsubj",)
                        for subject_word in (c for c in child.children if c.dep_ in subject_deps and c.lower_ not in self.rules.relative_pronouns):
                            mentions.extend(self.syntax.np_mentions(subject_word, index, deep=True))
                            mentions.extend(self._states_of_forces(subject_word, index))  # "which the navies of X and Y carry out"
        parties = sorted({m.code for m in mentions if m.code and m.kind in grammar.STATE_KINDS and not _news_outlet(m)})
        # "Crew from USS X and Kenyan sailors trained together", "manoeuvres with HMAS Y": ships named by prefix
        phrases = ([subject] if subject is not None and not canceller else []) + [p for node in nodes for p in grammar.prepositional_objects(node, {*self.rules.verb_party_prepositions, *self.rules.party_prepositions})]
        parties = sorted(set(parties) | {code for phrase in phrases for code in _ship_states(phrase, self.rules.ship_prefixes)})
        if subject is not None and not canceller:
            parties = sorted(set(parties) | set(self._possessors_states(subject, index)))  # "their sailors will run drills alongside Y's navy"
        if len(parties) < 2 and subject is not None and not canceller:
            # "frigates of the X navy and jets of the Y air force flew a joint patrol": a subject
            # made of several states' forces may name them deeper than the linked phrase is read
            parties = sorted(set(parties) | {m.code for m in self._states_in_forces_phrase(subject, index) if m.code})
        if not parties and token.dep_ == "nsubj" and token.head == governor and lemma(governor) in self.rules.starting_verbs and modifiers & self.rules.joint_modifiers:
            # "X and Y said joint manoeuvres would begin next week": a joint activity with no party of its
            # own that begins in what two or more states say is theirs
            sayer = syntax.subject_of(governor.head)[0] if governor.dep_ == "ccomp" and lemma(governor.head) in self.syntax.lexicon.reporting_verbs else None
            said_by = sorted({m.country for m in (self.syntax.np_mentions(sayer, index, deep=True) if sayer is not None else []) if m.country and not m.is_place})
            parties = said_by if len(said_by) > 1 else parties
        if own and len(parties) < 2:
            parties = sorted(set(parties) | {m.code for m in own if m.code and m.kind in grammar.STATE_KINDS})
        if not parties and subject is not None and not canceller:
            parties = self._counted_referents(subject, index)  # "..., and the two fleets will stage a joint patrol"
        return parties, subject

    def _counted_referents(self, subject: Any, index: MentionIndex) -> list[str]:
        """"X and Y commandos came ashore ..., and the two fleets will stage a patrol", "with the two
        crews rehearsing boarding drills": a counted subject of forces or sides names no state itself; it stands
        for the states named before it in the sentence, when they are as many as it counts."""
        numbers = self.syntax.lexicon.count_words
        counts = [numbers[c.lower_] for c in subject.children if c.dep_ in ("nummod", "det", "predet") and c.lower_ in self.rules.counted_referents and c.lower_ in numbers]
        if len(counts) != 1 or lemma(subject) not in self.rules.force_nouns | self.rules.military_nouns | self.rules.referent_nouns:
            return []
        sent = subject.sent
        mentions = [m for t in sent if t.i < subject.left_edge.i and (m := index.at(t.i)) is not None and m.code and m.kind in grammar.STATE_KINDS and m.country and not m.is_place and not _news_outlet(m)]
        named = {m.code for m in mentions}
        # "..., and the two armies held separate / their own drills": each holds its own, none joint
        if any(lemma(t) in self.rules.separate_modifiers for t in subject.head.subtree if t.i > subject.i):
            return []
        return sorted(named) if len(named) == counts[0] else []

    def _travelled_for(self, token: Any, chain: list[Any], governor: Any, index: MentionIndex) -> bool:
        """The activity (or the name it stands in apposition to) is what forces arrive, set out or are
        sent "for": the travellers (the subject, forces or a state) hold it."""
        node = chain[-2] if len(chain) > 1 else token
        if node.dep_ != "pobj" or node.head.lower_ not in self.rules.purpose_prepositions or node.head.head != governor:
            return False
        if any(c.dep_ in _QUALIFIER_DEPS and lemma(c) in self.rules.civilian_bodies for c in token.children):
            return False  # "landed in X for a disaster drill": a trip for civilian work tells no joint drill
        if governor.pos_ not in VERB_TAGS or lemma(governor) not in self.rules.arriving_verbs | self.rules.setting_out_verbs | self.rules.deploying_verbs:
            return False
        subject, agent = syntax.subject_of(governor)
        return subject is not None and not agent and any(lemma(t) in self.rules.force_nouns | self.rules.force_platform_nouns | self.rules.military_nouns or (m := index.at(t.i)) is not None and m.kind == "state" for t in syntax.conjuncts(subject))

    def _scheduled_clause(self, clause: Any) -> bool:
        """"which X and Y were scheduled / were due to stage": a clause whose infinitive (on the verb,
        or on its adjective) would hold the activity."""
        return any(x.dep_ == "xcomp" and lemma(x) in self.rules.relative_holding_verbs and (x.head == clause or x.head.head == clause and x.head.dep_ == "acomp") for x in clause.subtree)

    def _acts_in_company(self, verb: Any, index: MentionIndex) -> bool:
        """"the manoeuvres closed, with frigates from X and Y shooting 12 rockets at a towed hulk":
        forces doing anything in a clause on the activity do it in the activity, unless they act on
        other forces or a state ("with Chinese warships shadowing the group")."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not any(lemma(t) in self.rules.force_nouns | self.rules.force_platform_nouns for t in (subject, *subject.conjuncts)):
            return False
        if lemma(verb) not in self.rules.clashing_verbs:
            return True
        # a target drone or hulk is no one: forces, ships or a state named in the object are
        targets = [t for c in verb.children if c.dep_ in ("dobj", "prep") for t in c.subtree]
        enemies = self.rules.force_nouns | self.rules.military_nouns | self.rules.joinable_nouns | self.rules.force_platform_nouns - self.rules.target_nouns
        return not any(lemma(t) in enemies or (m := index.at(t.i)) is not None and m.kind in grammar.STATE_KINDS for t in targets)

    def _states_in_forces_phrase(self, subject: Any, index: MentionIndex) -> list[Mention]:
        """Every state a subject phrase names when the phrase is about forces ("specialists of X's
        cyber command and of Y's", "6,500 X and 6,000 Y servicemen"), not in its clauses ("troops
        that fought X"); none when no force word is in the phrase ("the ministers of X and Y")."""
        words: list[Any] = []
        pending = [subject]
        while pending:
            node = pending.pop()
            words.append(node)
            pending.extend(c for c in node.children if c.dep_ not in _CLAUSE_DEPS)
        if not any(lemma(t) in self.force_words for t in words):
            return []
        found = [m for t in words if (m := index.at(t.i)) is not None and m.kind in grammar.STATE_KINDS and not m.is_place]
        return list({id(m): m for m in found}.values())

    def _speakers_forces(self, subject: Any, index: MentionIndex) -> list[Mention]:
        """"the minister said his army would drill with X": the speaker's own forces are read like
        "his country" (grammar.speakers_country): they code as the state of whoever speaks."""
        if lemma(subject) not in self.rules.own_forces_nouns:
            return []
        if not any(c.dep_ == "poss" and c.lower_ in self.words.own_country_possessives for c in subject.children):
            return []
        said_by = self.syntax.speaker_of(subject, index) or self.syntax.quote_speaker(subject.sent, index)
        return [m for m in said_by if m.country and not m.is_place]

    @staticmethod
    def _headline_partners(subject: Any, verb: Any, index: MentionIndex) -> list[Mention]:
        """"Peru, Chile begin joint drills", "Greek, Cypriot forces wrap up drills": a headline joins its
        subjects with a comma, which the parser reads as a loose modifier of the verb; a state so placed
        right before the subject is one."""
        found: list[Mention] = []
        for child in verb.children:
            if child.dep_ not in ("npadvmod", "advmod", "dep") or child.i >= subject.left_edge.i:  # "Greek, Cypriot forces": the adjective too
                continue
            between = subject.doc[child.i + 1 : subject.left_edge.i]
            mention = index.at(child.i)
            if mention is not None and mention.kind == "state" and len(between) == 1 and between[0].text == ",":
                found.append(mention)
        return found

    def _participants(self, participation: Any, index: MentionIndex) -> list[Mention]:
        """"with the participation of units from X, Y and Z", "with the participation of naval units from
        the Kingdom of X and the Republic of Y": the states whose forces the noun is "of" (forces or a
        state only: "with the participation of experts" names none)."""
        if lemma(participation) not in self.rules.participation_nouns:
            return []
        found: list[Mention] = []
        for forces in grammar.prepositional_objects(participation, {"of"}):
            if not self._names_forces(forces, index):
                continue
            found.extend(self.syntax.np_mentions(forces, index, deep=True))
            found.extend(m for head in syntax.conjuncts(forces) for m in self._modifier_states(head, index))
            found.extend(m for head in syntax.conjuncts(forces) for p in grammar.prepositional_objects(head, self.rules.source_prepositions) for c in syntax.conjuncts(p) for m in self.syntax.np_mentions(c, index))
            # "the participation of naval units from the Republic of X, the State of Y, ...": the parser may hang
            # the forces' origin on the noun, and the list on its first item
            found.extend(m for p in grammar.prepositional_objects(participation, self.rules.source_prepositions) for m in self.syntax.np_mentions(p, index, deep=True))
        return [m for m in found if m.kind in grammar.STATE_KINDS]

    def _co_organised(self, participle: Any) -> bool:
        """"the exercise co-hosted / co-organised / co-sponsored by X and Y": a participle with the
        shared-organising prefix (split off by the tokenizer: "co", "-", "hosted") whose agents hold
        the activity together, whatever the verb."""
        doc = participle.doc
        split = participle.i >= 2 and doc[participle.i - 1].text == "-" and doc[participle.i - 2].lower_ in self.rules.shared_organising_prefixes
        joined = "-" in participle.lower_ and participle.lower_.split("-", 1)[0] in self.rules.shared_organising_prefixes
        return (split or joined) and any(c.dep_ == "agent" for c in participle.children)

    def _takes_part(self, verb: Any) -> bool:
        """"participating", "joining", "taking part" (not "taking a town")."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return lemma(verb) in self.rules.taking_part_verbs and all(lemma(c) in self.rules.taking_part_objects for c in objects)

    @staticmethod
    def _joining_agents(participle: Any) -> list[Any]:
        """"joined by X and Y forces": the agents of a passive joining participle."""
        return [pobj for agent in participle.children if agent.dep_ == "agent" for pobj in agent.children if pobj.dep_ == "pobj"]

    def _forces_states(self, forces: Any, index: MentionIndex) -> list[Mention]:
        """The states a phrase of forces or states names: "Japan and Korea", "Japanese and Korean
        forces", "the navies of X and Y", "troops from X" (not "observers from X")."""
        found = list(self.syntax.np_mentions(forces, index))
        found += [m for head in syntax.conjuncts(forces) for m in self._modifier_states(head, index)]
        found += self._states_of_forces(forces, index)
        # "troops from X" joins, "observers / journalists from X" does not: the origin counts only for forces
        force_words = self.rules.force_nouns | self.rules.force_platform_nouns | self.rules.military_nouns | self.rules.trainee_nouns
        found += [m for head in syntax.conjuncts(forces) if lemma(head) in force_words for p in grammar.prepositional_objects(head, self.rules.source_prepositions) for m in self.syntax.np_mentions(p, index)]
        return [m for m in found if m.kind in grammar.STATE_KINDS]

    def _compound_force(self, token: Any) -> bool:
        """"some 600 X service members in Y": forces named by a compound whose head alone is no force noun
        ("members of parliament" are none)."""
        return any(c.dep_ == "compound" and f"{lemma(c)} {lemma(token)}" in self.rules.compound_force_nouns for c in token.children)

    def _possessors_states(self, forces: Any | None, index: MentionIndex) -> list[str]:
        """"X's frigates docked at Y on Tuesday, and next week their crews will be training Y's divers", "X's
        warships are due at Y on Sunday. Their sailors will run drills with ...": forces told by a possessive pronoun are
        those of the forces or ships that were the subject before them (an earlier clause of the
        sentence, else the sentence before); their one state (one per coordinated subject) is the
        forces' own. None when that subject names no forces or ships, or more states than it has parts."""
        if forces is None or lemma(forces) not in self.rules.force_nouns | self.rules.crew_nouns:
            return []
        if not any(c.dep_ == "poss" and c.lower_ in self.rules.possessive_referents for c in forces.children):
            return []
        sent = forces.sent
        earlier = [t for t in sent if t.i < forces.i and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in NOUN_TAGS]
        if earlier:
            antecedent = earlier[-1]
        elif sent.start > 0:
            before = forces.doc[sent.start - 1].sent.root
            # a subject the parser left as the root of a verbless reading ("Two X frigates in port at Y.")
            # is itself the antecedent; a passive's is its patient, not its agent ("were escorted by Z")
            antecedent = before if before.pos_ in NOUN_TAGS else syntax.passive_subject(before) or syntax.subject_of(before)[0]
        else:
            antecedent = None
        if antecedent is None:
            return []
        ships = _ship_states(antecedent, self.rules.ship_prefixes)
        if not ships and not {lemma(t) for t in antecedent.subtree} & (self.rules.force_nouns | self.rules.force_platform_nouns | self.rules.military_nouns):
            return []
        mentions = self.syntax.np_mentions(antecedent, index, deep=True) + self._modifier_states(antecedent, index) + self._states_of_forces(antecedent, index)
        codes = {m.code for m in mentions if m.code and m.kind in grammar.STATE_KINDS and not m.is_place} | set(ships)
        # "X's defence chief and his Y counterpart said their armies would ...": one state per conjunct
        return sorted(codes) if len(codes) == 1 or len(codes) == len(syntax.conjuncts(antecedent)) else []

    def _states_of_forces(self, forces: Any, index: MentionIndex) -> list[Mention]:
        """"the navies of Russia and India", "the armies of Kenya and Uganda": every state the
        forces are "of" (a linked phrase may yield only the first of the coordinated states), also
        one level down: "cadets and instructors of the marine corps of Peru and Chile"."""
        force_words = self.rules.force_nouns | self.rules.military_nouns | self.rules.trainee_nouns
        found: list[Mention] = []
        heads = [h for h in syntax.conjuncts(forces) if lemma(h) in force_words]
        for _ in range(2):
            objects = [p for head in heads for p in grammar.prepositional_objects(head, {"of"})]
            found += [m for p in objects for m in self.syntax.np_mentions(p, index) if m.kind in grammar.STATE_KINDS]
            heads = [h for p in objects for h in syntax.conjuncts(p) if lemma(h) in force_words]
        return found

    def _nations_listed(self, nations: Any, index: MentionIndex) -> list[Mention]:
        """"more than 20 nations, including Japan and South Korea, are taking part": the states a
        subject of nations lists."""
        if lemma(nations) not in self.rules.nation_nouns:
            return []
        listed = [p for c in nations.children if c.dep_ == "prep" and lemma(c) in self.rules.involving_verbs for p in c.children if p.dep_ == "pobj"]
        return [m for p in listed for m in self.syntax.np_mentions(p, index) if m.kind in grammar.STATE_KINDS]

    def _names_forces(self, obj: Any, index: MentionIndex) -> bool:
        """"involving troops from X", "involving Japan": the object names forces or a state, not a
        scenario ("involving a simulated attack from X")."""
        return lemma(obj) in self.rules.force_nouns | self.rules.military_nouns | self.rules.force_platform_nouns or index.at(obj.i) is not None

    def _referent(self, subject: Any, verb: Any) -> Any:
        """The phrase a pronoun subject stands for: "Greece and Egypt said they would hold
        drills" (the subject of the verb that reports the clause); the subject itself otherwise."""
        if subject.lower_ not in self.rules.referring_pronouns:
            return subject
        for head in syntax.governing_chain(verb, limit=3):
            above, _ = syntax.subject_of(head) if head.pos_ in VERB_TAGS else (None, False)
            if above is not None and above.pos_ != "PRON":
                return above
        return subject

    def _status(self, governor: Any, chain: list[Any]) -> str | None:
        """planned (laid out by a plan or agreed on), ongoing (begun), proposed, or occurred;
        None otherwise."""
        status = self.syntax.clause_status(governor) if governor.pos_ in VERB_TAGS else "occurred"
        subject, _ = syntax.subject_of(governor) if governor.pos_ in VERB_TAGS else (None, False)
        if governor.pos_ in VERB_TAGS and self._negated_by_its_noun(governor):
            return None  # "no Greek ships joined the exercise", "took no part in the drills"
        if self._unfounded(governor):
            return None  # "dismissed a report that X and Y planned joint patrols": not told as fact
        words = {lemma(node) for node in chain} or {lemma(governor)}
        if self._opposed_plan(chain):
            return None  # "marched against the planned combined drills": no activity is told
        if words & self.rules.discussion_nouns:
            return "proposed"  # "talks about co-manufacturing armoured cars"
        if self._proposed_object(governor, chain) and status in ("occurred", "ongoing", "planned"):
            return "proposed"  # "proposed joint patrols": put forward, not held
        if subject is not None and lemma(subject) in self.rules.nouns and lemma(governor) in self.rules.involving_verbs:
            words = words - {lemma(governor)}  # "the drills included soldiers from X": what they include is no plan's
        # "Britain provided the army with training": a state giving the activity holds it; what a
        # plan or pact "provides" is laid out for later
        given_by_state = lemma(governor) in self.rules.giving_verbs and subject is not None and (subject.pos_ == "PROPN" or subject.ent_type_ in ("GPE", "NORP"))
        # "the drill was called off": a phrasal stopping verb, not a plan that "calls for" the drill
        stopped = governor.pos_ in VERB_TAGS and syntax.in_word_list(governor, self.rules.stopping_verbs)
        if words & self.rules.planning_governors and not given_by_state and not stopped:
            status = "planned"
        elif stopped and status in ("occurred", "ongoing"):
            status = "cancelled"  # "postponed the exercise indefinitely"
        elif lemma(governor) in self.rules.agreeing_verbs and status in ("occurred", "ongoing"):
            status = "planned"  # "agreed on 30 joint activities": agreed, still to be held
        elif (lemma(governor) in self.rules.starting_verbs or self._under_way(governor)) and status == "occurred":
            status = "ongoing"  # "began the joint exercise on Friday", "the drills got under way"
        elif status == "occurred" and governor.tag_ in ("VBP", "VBZ") and any(c.dep_ == "advmod" and c.lower_ in self.rules.habitual_adverbs for c in governor.children):
            status = "ongoing"  # "routinely hold drills": a present habit
        if status in ("intended", "proposed"):
            return "proposed"
        told_of_itself = any(c.dep_ in ("nsubj", "nsubjpass") and lemma(c) in self.rules.nouns for c in governor.children)  # not "X will not hold drills": a refusal
        if status == "negated" and told_of_itself and governor.pos_ in VERB_TAGS and lemma(governor) in self.rules.holding_verbs | self.rules.taking_place_verbs and any(c.dep_ == "aux" and c.lower_ in self.rules.future_auxiliaries for c in governor.children):
            return "cancelled"  # "the annual drills will not be staged in 2027": called off
        if status in ("planned", "ongoing", "occurred") and self._called_off_after(governor, chain):
            return "cancelled"  # "had planned drills for May, but they were called off"
        return status if status in ("planned", "ongoing", "occurred", "cancelled") else None

    def _called_off_after(self, governor: Any, chain: list[Any] | None = None) -> bool:
        """A clause conjoined after the activity's ("..., but the drills were called off", "...
        and later postponed them") stops it: a stopping verb, not negated, whose passive subject
        or object is the activity again (``_told_again``)."""
        clauses = [governor, *syntax.governing_chain(governor)] if governor.pos_ in VERB_TAGS else syntax.governing_chain(governor)
        for clause in clauses:
            for later in clause.children:
                if later.dep_ != "conj" or later.i < clause.i or later.pos_ not in VERB_TAGS or not syntax.in_word_list(later, self.rules.stopping_verbs):
                    continue
                if self.syntax.clause_status(later) != "occurred":
                    continue  # "but the drills were not called off", "might be postponed"
                told = [c for c in later.children if c.dep_ in ("nsubjpass", "dobj")]
                if any(self._told_again(c, later, [*(chain or []), *governor.children]) for c in told):
                    return True
        return False

    def _told_again(self, told: Any, later: Any, told_before: list[Any]) -> bool:
        """Whether the thing a later stopping verb stops is the activity told before: a pronoun
        ("it was postponed"), or an activity noun with no owner or partners of its own that is
        definite or the activity's own noun, among ``told_before`` ("the manoeuvres were called off"). Another party's
        activity is not this one: "Laos cancelled its exercise with Cambodia", "Peru shelved the
        exercise it had planned with Ecuador"."""
        if told.pos_ == "PRON":
            return lemma(told) in self.rules.referring_pronouns
        if lemma(told) not in self.rules.nouns:
            return False
        if any(t.lower_ in self.rules.company_prepositions and t.dep_ == "prep" for t in told.subtree if t.i != told.i):
            return False  # partners of its own: "the exercise it had planned with Ecuador"
        # a subject of the later clause's own (not one it shares with the activity's clause) owns "its"
        new_subject = any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in later.children)
        if any(c.dep_ == "poss" and (c.pos_ != "PRON" or new_subject) for c in told.children):
            return False  # an owner of its own: "Laos cancelled its exercise", "Laos's exercise"
        own_nouns = {lemma(t) for t in told_before if lemma(t) in self.rules.nouns}
        return grammar.is_definite(told, self.words) or lemma(told) in own_nouns and not any(c.dep_ == "det" for c in told.children)

    def _proposed_object(self, governor: Any, chain: list[Any]) -> bool:
        """The activity noun is the direct object of a proposing verb ("proposed joint drills")."""
        return len(chain) == 1 and governor.pos_ in VERB_TAGS and lemma(governor) in self.rules.proposing_verbs and any(c.dep_ == "dobj" and c in chain[0].children for c in governor.children)

    def _proposed_with_another(self, token: Any, governor: Any) -> bool:
        """"X proposed joint exercises with Y": the activity proposed is to be done "with" another
        side (on the noun or on the verb), so its proposer is the other party; one proposing drills
        "between Y and Z" takes no part."""
        if token.dep_ != "dobj" or token.head != governor or lemma(governor) not in self.rules.proposing_verbs:
            return False
        return bool(grammar.prepositional_objects(token, self.rules.company_prepositions) or grammar.prepositional_objects(governor, self.rules.company_prepositions))

    def _under_way(self, verb: Any) -> bool:
        """"got under way", "are under way": the verb is told as begun."""
        return any(lemma(p) in self.rules.under_way_nouns for p in grammar.prepositional_objects(verb, ("under",))) if verb.pos_ in VERB_TAGS else False

    def _host(self, governor: Any, subject: Any, parties: list[str], index: MentionIndex, token: Any) -> list[str]:
        """The state a foreign force holds its activity in: "allows Dutch marines to do
        winter training in Norway", "took part in the drills held in Armenia" (the host takes
        part, as with forces based there)."""
        if governor.pos_ not in VERB_TAGS or not any(lemma(t) in self.rules.force_nouns for t in subject.subtree):
            return []
        # "completed their training in Russia": the place may hang on the noun itself
        places = [governor, token] + [c for c in token.children if c.dep_ in ("acl", "relcl") and lemma(c) in self.rules.holding_verbs]
        hosts = [m.code for node in places for p in grammar.prepositional_objects(node, self.rules.host_prepositions) if (m := index.at(p.i)) is not None and m.kind == "state" and m.code]
        # "the drills held on Belarusian territory", "manoeuvres in Venezuelan waters": a state's own
        # waters, soil or airspace named by its adjective host the activity too
        areas = [p for node in (*places, token) for p in grammar.prepositional_objects(node, self.rules.area_prepositions) if lemma(p) in self.rules.host_area_nouns and index.at(p.i) is None]
        hosts += [m.code for p in areas for m in self._modifier_states(p, index) if m.code]
        return [h for h in hosts if h not in parties][:1]

    def _opposed_plan(self, chain: list[Any]) -> bool:
        """A plan for the activity that the sentence opposes ("against plans for joint drills")."""
        for node in chain:
            if lemma(node) not in self.rules.proposal_nouns:
                continue
            above = node.head.lower_ if node.dep_ == "pobj" else lemma(node.head)
            if above in self.rules.opposing_words:
                return True
        return False

    @staticmethod
    def _modifier_states(token: Any, index: MentionIndex) -> list[Mention]:
        """States the modifiers of a phrase name, coordinated or hyphenated: "the Thai and
        Cambodian armies", "Russian-Belarusian drills", "the French and Royal Navy"."""
        found: list[Mention] = []
        for child in token.children:
            if child.dep_ not in _PARTY_MODIFIER_DEPS + ("nmod",):
                continue
            # "Estonia's Spring Storm exercise", "US-led exercises": the state may hang one level down
            for node in (child, *child.conjuncts, *(g for g in child.children if g.dep_ in ("amod", "compound", "poss", "npadvmod"))):
                mention = index.at(node.i)
                if mention is not None and mention.code and mention.kind in grammar.STATE_KINDS and not mention.is_place:
                    found.append(mention)
        return found

    def _kinds(self, sent: Any) -> tuple[str, ...]:
        return activity_kinds(sent, self.rules.kinds)

    def default_kinds(self, token: Any) -> tuple[str, ...]:
        """The kinds of an activity named by ``token`` when the sentence names none."""
        return ("exercises",) if lemma(token) in self.rules.exercise_nouns else ("other",)

    def _told_by_noun(self, token: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> list[Activity]:
        """The activities a noun tells by itself: a base or deployment, air support, an
        organisation's mission, forces abroad (in that order, as each rule reads its word list)."""
        if self._denied(token):
            return []  # "there is no French garrison in X", "has no base there": denied, not told
        word = lemma(token)
        found: list[Activity | None] = []
        if word in self.rules.base_nouns or token.tag_ == "NNS" and token.lower_[:-1] in self.rules.base_nouns:
            found.append(self._from_base(token, sent, index, dates))  # "bases", which the lemmatiser may read as "basis"
        elif word in self.rules.base_like_nouns:
            found.append(self._from_base(token, sent, index, dates, users_needed=True))
        elif word in self.rules.deployment_nouns:
            found.append(self._from_deployment_noun(token, sent, index, dates))
        if word in self.rules.air_support_nouns:
            found.append(self._from_air_support(token, sent, index, dates))
        if word in self.rules.organisation_mission_nouns:
            found.append(self._from_organisation_mission(token, sent, index, dates))
        if word in self.rules.force_nouns or self._compound_force(token):
            found.append(self._from_forces_abroad(token, sent, index, dates))
        if word in self.rules.mission_nouns and word not in self.rules.base_nouns:
            found.append(self._from_led_force(token, sent, index, dates))
        if word in self.rules.kinds.get("education", ()):
            found.append(self._from_study_abroad(token, sent, index, dates))
        return [activity for activity in found if activity is not None]

    def find_verbs(self, sent: Any, index: MentionIndex, dates: DateResolver, offset: int, drafts: list[AgreementDraft] | None = None) -> list[Activity]:
        """Training or drilling another state's forces, sharing intelligence, and forces based
        in another state or sent to a mission are joint activities of the states involved."""
        found: list[Activity] = []
        for token in sent:
            if token.pos_ in NOUN_TAGS:
                for activity in self._told_by_noun(token, sent, index, dates):
                    if not any(_told_already(activity, a) for a in found):
                        found.append(replace(activity, id=f"j{offset + len(found) + 1}"))
            if token.pos_ != "VERB" and not self._basing_read_as_noun(token) and not self._gerund_read_as_noun(token) and not self._sharing_read_as_noun(token) and not self._air_policing(token):
                continue
            word = lemma(token)
            activity = None
            if self._air_policing(token):
                activity = self._from_air_policing(token, sent, index, dates)
                if activity is not None and not any(_told_already(activity, a) for a in found):
                    found.append(replace(activity, id=f"j{offset + len(found) + 1}"))
                continue
            if word in self.rules.verbs or self._gerund_read_as_noun(token):
                activity = self._from_verb(token, sent, index, dates)
            elif word in self.rules.sharing_verbs | self.rules.giving_verbs:
                activity = self._from_sharing(token, sent, index, dates, drafts or [])
            if activity is None and word in self.rules.sharing_verbs:
                activity = self._from_misparsed_sharing(token, sent, index, dates)
            if activity is None and word in self.rules.basing_verbs | self.rules.deploying_verbs | self.rules.arriving_verbs | self.rules.presence_verbs:
                activity = self._from_deployment(token, sent, index, dates)
            if activity is None and word in self.rules.held_under_agreement_verbs:
                activity = self._held_under_an_agreement(token, sent, index, dates, drafts or [])
            if activity is None and word in self.rules.staying_verbs:
                activity = self._serving_in_mission(token, sent, index, dates)
            if activity is None and word in self.rules.answering_verbs:
                activity = self._answered_request(token, sent, index, dates)
            if activity is None and word in self.rules.welcoming_verbs:
                activity = self._visitors_for_an_activity(token, sent, index, dates)
            if activity is None:
                activity = self._with_a_coalition(token, sent, index, dates) or self._combined_forces(token, sent, index, dates)
            if activity is None and word in self.rules.operation_verbs | self.rules.together_verbs | self.rules.joining_verbs:
                activity = self._from_operation(token, sent, index, dates)
            if activity is None and word in self.rules.industry_verbs:
                activity = self._from_joint_production(token, sent, index, dates)
            if activity is None and word in self.rules.access_granting_verbs:
                activity = self._base_access(token, sent, index, dates)
            if activity is None and word in self.rules.using_verbs:
                activity = self._permitted_base_use(token, sent, index, dates)
            if activity is None and word in self.rules.setting_out_verbs:
                activity = self._set_out_to_join(token, sent, index, dates)
            if activity is None and word in self.rules.backing_verbs | self.rules.assisting_verbs:
                activity = self._backed_by_forces(token, sent, index, dates)
            if activity is None and word in self.rules.giving_verbs:
                activity = self._support_given(token, sent, index, dates)
            if activity is None:
                activity = self._alongside_other_forces(token, sent, index, dates)
            if activity is not None and not any(_told_already(activity, a) for a in found):
                found.append(replace(activity, id=f"j{offset + len(found) + 1}"))
        return found

    def verb_status(self, verb: Any) -> str | None:
        """The stage of the activity a clause tells (None: negated, hypothetical or over)."""
        if self._ended(verb):
            return None  # "no longer leads the mission": over, no activity told
        if self._negated_by_its_noun(verb):
            return None  # "has no base in X", "no troops are stationed in X": the clause denies it
        if self._unfounded(verb):
            return None  # "denied a report that X's air bases are used by Y's forces": not told as fact
        status = self._progressive(verb, self.syntax.clause_status(verb))
        if status in ("negated", "hypothetical"):
            return None
        if status in ("occurred", "ongoing") and lemma(verb.head) in self.rules.agreeing_verbs and verb.dep_ == "xcomp":
            return "planned"  # "agreed to share intelligence"
        if status in ("planned", "ongoing", "occurred") and self._called_off_after(verb):
            return "cancelled"  # "were to hold drills, but they were called off"
        return {"intended": "proposed"}.get(status, status)

    def _negated_by_its_noun(self, verb: Any) -> bool:
        """"keeps no troops in X", "no soldiers are based in X": a "no" on the clause's subject or
        object denies the clause as a "not" on its verb does."""
        return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and self._denied(c) for c in verb.children)

    def _unfounded(self, verb: Any) -> bool:
        """The clause is denied or only claimed, as the agreement rules read it ("denied that ...",
        "claims that ...", "denied a report that ..."), or it is the "that" clause of a report
        called a fabrication ("dismissed as pure fabrication a report that X and Y planned drills")."""
        if told_as_unfounded(verb, self.unfounded_words) or self._called_false(verb):
            return True
        if verb.dep_ not in ("acl", "relcl") or lemma(verb.head) not in self.unfounded_words.report_nouns:
            return False
        report = verb.head
        if report.dep_ == "nsubj":
            # "reports that X and Y held drills were pure fabrication"
            return any(c.dep_ in ("attr", "acomp") and lemma(c) in self.dismissing_nouns for c in report.head.children)
        return report.dep_ in ("appos", "attr", "pobj") and lemma(report.head) in self.dismissing_nouns

    def _called_false(self, clause: Any) -> bool:
        """The clause is what someone says, and the sentence calls the saying false ("..., a
        minister wrongly asserted"; "X and Y were falsely said to ...")."""
        if clause.dep_ not in ("ccomp", "dep", "parataxis") or clause.head.pos_ not in VERB_TAGS:
            return False
        return any(c.dep_ == "advmod" and c.lower_ in self.rules.false_report_adverbs for c in clause.head.children)

    def _denied(self, noun: Any) -> bool:
        """"no troops", "neither country", "neither X nor Y": a noun phrase that names none."""
        return any(c.dep_ in ("det", "preconj") and c.lower_ in self.rules.negating_determiners for c in noun.children)

    def _ended(self, verb: Any) -> bool:
        """"no longer leads", "no more hosts": the clause tells the activity is over."""
        return any(c.dep_ in ("advmod", "neg") and " ".join(t.lower_ for t in c.subtree) in self.rules.ended_phrases for c in verb.children)

    def _former(self, verb: Any) -> bool:
        """"once led", "formerly commanded": the clause tells a past activity."""
        return any(c.dep_ == "advmod" and c.lower_ in self.rules.former_adverbs for c in verb.children)

    @staticmethod
    def _progressive(verb: Any, status: str | None) -> str | None:
        """"are being trained", "is being shared": a passive in progress is ongoing."""
        if status == "occurred" and any(c.dep_ == "auxpass" and c.tag_ == "VBG" for c in verb.children):
            return "ongoing"
        if status == "occurred" and verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ == "been" for c in verb.children):
            return "ongoing"  # "has been passing intelligence", "have been partnering with": still going on
        return status

    def _continued_since(self, verb: Any) -> bool:
        """"whose soldiers have trained with X since 1996": a present perfect ("have", "has") with the
        point it started from tells an activity still going on ("had trained since" tells none now);
        a counted object tells a tally of what is done ("has trained 1,000 soldiers since 2021")."""
        perfect = any(c.dep_ == "aux" and c.lower_ in ("have", "has", "'ve") for c in verb.children)
        obj = syntax.direct_object(verb)
        if obj is not None and any(t.dep_ == "nummod" or t.like_num for t in obj.subtree):
            return False
        return perfect and any(c.dep_ == "prep" and c.lower_ in self.rules.continuing_prepositions for c in verb.children)

    @staticmethod
    def _standing(verb: Any, status: str | None) -> str | None:
        """"Ghanaian troops train with U.S. soldiers", "the navies patrol together": a joint
        activity told in the simple present is a standing practice (ongoing)."""
        if status == "occurred" and verb.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return "ongoing"
        return status

    def _agreement_above(self, verb: Any) -> Any | None:
        """The agreement noun a clause is told under: "Per the pact, both navies are to start
        patrols ... and to pool intelligence" (on the verb or the verb it is coordinated with)."""
        heads = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
        return next((p for head in heads for p in grammar.prepositional_objects(head, self.under_prepositions) if lemma(p) in self.agreement_nouns), None)

    def _from_sharing(self, verb: Any, sent: Any, index: MentionIndex, dates: DateResolver, drafts: list[AgreementDraft]) -> Activity | None:
        """"Egypt and Sudan agreed to share intelligence", "shares information with Jordan",
        "intelligence shared between Kenyan and Somali agencies", "provides intelligence to Ukraine"."""
        sharing = lemma(verb) in self.rules.sharing_verbs
        obj = syntax.direct_object(verb)
        recipient = None
        if not sharing and obj is not None and index.at(obj.i) is not None:
            # "is providing X with intelligence": the recipient is the object, what is given comes after "with"
            recipient, obj = obj, next((p for p in syntax.preposition_objects(verb, "with") if lemma(p) in self.rules.given_objects), None)
        if obj is None or lemma(obj) not in (self.rules.shared_objects if sharing else self.rules.given_objects):
            return None
        subject, _ = syntax.subject_of(verb)
        qualified = [*obj.subtree, *(subject.subtree if subject is not None and lemma(obj) in self.rules.generic_shared_objects else ())]
        if any(lemma(t) in self.rules.civil_data_qualifiers for t in qualified):
            return None  # "swap census data", "the two weather offices exchange data": no intelligence
        if subject is not None and subject.i == obj.i:
            subject = None  # "intelligence is being shared": the passive subject is what is shared
        mentions = self.syntax.np_mentions(self._referent(subject, verb), index, deep=True) if subject is not None else []
        mentions.extend(self.syntax.np_mentions(recipient, index) if recipient is not None else [])
        for prep in self.rules.sharing_prepositions if sharing else self.rules.recipient_prepositions:
            for pobj in syntax.preposition_objects(verb, prep):
                mentions.extend(self.syntax.np_mentions(pobj, index))
                mentions.extend(m for head in syntax.conjuncts(pobj) for m in self._modifier_states(head, index))
        parties = sorted(set(grammar.state_codes(mentions)))
        agreement = self._agreement_above(verb) if len(parties) < 2 and drafts else None
        if agreement is not None and set(parties) <= set(told := referent(agreement, None, drafts).parties):
            parties = sorted(set(parties) | set(told))  # "per the pact, both navies are to pool intelligence"
        # "AU ministers decided to create a hub for pooling intelligence": an organisation's
        # members share among themselves
        organisations = sorted({m.code for m in mentions if m.kind == m.form == "organization" and not m.country and m.code})
        members = not parties and len(organisations) == 1
        parties = parties or organisations
        status = self.verb_status(verb)
        if len(parties) < 2 and not members or status is None:
            return None
        if status in ("occurred", "ongoing") and any(lemma(h) in self.rules.agreeing_verbs | self.rules.planning_governors for h in syntax.governing_chain(verb, limit=4)):
            status = "planned"  # "decided to create a hub for pooling": still to be done
        elif sharing:
            status = self._standing(verb, status)  # "Jordan and the United States share intelligence": a present practice
        period = self.syntax.clause_date(verb, sent, dates, future=status == "planned", periods=True)
        return Activity("", tuple(parties), None, ("intelligence",), period, status, grammar.evidence(sent, verb))

    def _from_deployment(self, verb: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> Activity | None:
        """Forces of one state based in another ("stations troops in Korea", "German troops
        are stationed in Lithuania"), or sent to a mission or a base there ("contribute troops
        to the UN mission in Lebanon"): an activity of the sending and the host side."""
        if self._agreement_content(verb):
            return None  # "an agreement under which X will host Y's troops": the pact's content, no basing told
        arriving = lemma(verb) in self.rules.arriving_verbs
        if arriving:
            forces = syntax.subject_of(verb)[0]
            forces = forces.head if forces is not None and forces.head.dep_ == "prep" else forces  # "a first rotation of troops"
            if forces is not None and forces.dep_ == "prep":
                forces = forces.head
        else:
            forces = syntax.direct_object(verb)
            if forces is None:
                forces = syntax.passive_subject(verb) or (verb.head if verb.dep_ in ("acl", "compound") else None)
            if forces is None and lemma(verb) in self.rules.deploying_verbs:
                forces = self._deployed_subject(verb)  # "Kenyan police officers deployed to Haiti"
        # "X means to halve the garrison of 700 it has in Y" / "the 700 marines X has in Y": the clause's object is
        # the forces it hangs on, its subject the keeper ("that"/"which" stands for them)
        kept_by_clause = (forces is None or forces.lower_ in self.rules.relative_pronouns) and verb.dep_ == "relcl" and lemma(verb) in self.rules.presence_verbs and not arriving
        if kept_by_clause:
            forces = verb.head
            if self._garrison_gone(forces):
                return None  # "X no longer keeps the 900 troops it kept in Y", "the troops it kept in Y have gone home"
        if lemma(verb) in self.rules.presence_verbs | self.rules.basing_verbs and self._former(verb):
            return None  # "X, which formerly kept 900 troops there, ...": a garrison of the past (no "ended" stage)
        if forces is None:
            return None
        if verb.dep_ == "acl" and forces == verb.head and forces.dep_ == "pobj" and forces.head.lower_ == "of" and lemma(forces.head.head) in self.rules.force_nouns:
            forces = forces.head.head  # "the X contingent of 900 troops stationed in Y": the sender qualifies the outer force
        force_words = {lemma(t) for t in forces.subtree}
        sent_to_a_mission = lemma(verb) in self.rules.deploying_verbs and (self._for_a_mission(verb, index) or self._mission_destination(verb))
        # ships and aircraft are forces only when sent to a mission ("two frigates to the NATO mission") or
        # based there ("jets stationed in X"; a state hosting another's warships may be a port call)
        based_platforms = lemma(verb) in self.rules.basing_verbs - self.rules.hosting_verbs
        if not (force_words & self.rules.force_nouns or self._compound_force(forces)) and not ((sent_to_a_mission or based_platforms) and force_words & self.rules.force_platform_nouns):
            return None
        if arriving and not self._arrival_with_consent(verb, forces, index):
            return None  # "troops arrived in X (for a rotation)" may be an invasion: the host's consent must be told
        subject, _ = syntax.subject_of(verb) if forces.dep_ == "dobj" or kept_by_clause else (None, False)
        subject = self._referent(subject, verb) if subject is not None else None  # "Denmark said it would send"
        if verb.dep_ == "acl" and forces.dep_ == "dobj" and lemma(forces.head) in self.rules.keeping_verbs:
            subject, _ = syntax.subject_of(forces.head)  # "France has 1,500 soldiers stationed in Chad"
        destinations = [p for prep in self.rules.destination_prepositions for p in syntax.preposition_objects(forces if verb.dep_ == "compound" else verb, prep)]
        presence = lemma(verb) in self.rules.presence_verbs
        if not destinations and (presence or lemma(verb) in self.rules.basing_verbs - self.rules.hosting_verbs):
            destinations = self._place_referred_to(verb, forces, index)  # "... and has based 150 paratroopers there since"
        if presence:
            # "keeps 28,500 troops in South Korea": the host may hang on the forces kept, and is the
            # state itself ("in Russia's Kursk region" is a region of it). Only a garrison told by
            # its size is a standing deployment: "still keeps troops in X" reads as often of an occupation.
            destinations += grammar.prepositional_objects(forces, self.rules.host_prepositions)
            served_hosts, served_bodies = self._mission_served(forces, index)
            # "holds 600 marines in X with the UN force's mission there", "keeps its soldiers in X as a part of
            # the AU's mission": the mission the garrison serves in, hung on the forces or on the keeping verb
            joined = [p for node in (forces, verb) for p in grammar.prepositional_objects(node, self.rules.garrison_mission_prepositions)]
            joined += [o for part in grammar.prepositional_objects(verb, self.rules.role_prepositions) if lemma(part) in self.rules.membership_nouns for o in grammar.prepositional_objects(part, self.rules.garrison_part_prepositions)]
            # only a mission named as one ("the UN mission", "UNIFIL"): a battlegroup or force an alliance
            # only qualifies ("as part of a NATO battlegroup") is left to the readings of forces and their leaders
            joined = [p for p in joined if any(lemma(t) in self.rules.garrison_mission_nouns for t in p.subtree) or self._named_missions(list(p.subtree), index)]
            # "..., with the UN mission due to leave": an absolute clause tells of the mission, the garrison serves in none
            joined = [p for p in joined if not any(c.dep_ in self.rules.garrison_mission_clause_deps and c.pos_ in VERB_TAGS for c in p.children)]
            # "holds a battalion in X as a part of the AU's mission in Y": a mission in another host is not the garrison's
            kept_in = {m.code for d in destinations if (m := index.at(d.i)) is not None and m.kind == "state" and m.code}
            joined = [p for p in joined if not kept_in or not (mission_hosts := self._served_mission([p], index)[0]) or any((m := index.at(h.i)) is not None and m.code in kept_in for h in mission_hosts)]
            joined_hosts, joined_bodies = self._served_mission(joined, index)
            served_hosts, served_bodies = served_hosts + joined_hosts, list(dict.fromkeys(served_bodies + joined_bodies))
            destinations += served_hosts
            destinations = [d for d in destinations if (m := index.at(d.i)) is not None and m.kind == "state"]
            # "keeps 28,500 troops", "maintain its troop strength", "have troops there helping to train"
            counted = any(c.dep_ == "nummod" for c in forces.children) or lemma(forces) in self.rules.garrison_measure_nouns or self._for_a_mission(verb, index)
            if not destinations or not counted or self._hostile_presence(sent, destinations, index):
                return None
        else:
            served_bodies = []
        # "deploys soldiers to X to serve in the AU's mission": the organisation running the mission takes part
        served_bodies = served_bodies + self._served_mission([p for c in verb.children if c.dep_ in ("advcl", "xcomp") and lemma(c) in self.rules.staying_verbs for p in grammar.prepositional_objects(c, self.rules.service_prepositions)], index)[1]
        destinations = [p for p in destinations if lemma(p) not in self.rules.request_nouns]  # "at the request of X": X asked, it hosts nothing
        # "dispatched troops to join the UN force in Lebanon": the mission the purpose names is where they go
        purposes = [obj for c in verb.children if c.dep_ in ("advcl", "xcomp") and (obj := syntax.direct_object(c)) is not None and lemma(obj) in self.rules.mission_nouns]
        destinations += [p for obj in purposes for p in grammar.prepositional_objects(obj, self.rules.destination_prepositions)]
        # "troops in the Philippines": the destination may hang on the forces; it sends nothing
        away = {t.i for d in destinations for t in d.subtree} | self._police_conjuncts(forces)
        senders = [m.code for t in forces.subtree if t.i not in away and (m := index.at(t.i)) is not None and m.code and m.kind in grammar.STATE_KINDS and not m.is_place]
        hosted_by_subject = lemma(verb) in self.rules.hosting_verbs
        if hosted_by_subject and self._stranded(sent):
            return None  # "hosts 800 soldiers recovering in hospitals": cared for, not based
        if hosted_by_subject and subject is not None:
            # "Japan hosts about 54,000 U.S. troops": the subject is the host
            destinations = destinations + [subject]
        elif subject is not None and not self._speaker(subject, index):
            senders += grammar.state_codes(self.syntax.np_mentions(subject, index, deep=True) or self._speakers_country(subject, sent, index))
        # "NATO has deployed forces to Afghanistan": an alliance's or organisation's own forces are
        # a multinational mission, sent with the host's consent as any mission (docs/annotation.md §9.3)
        sending_bodies = self._sending_organisations(subject, index) if lemma(verb) in self.rules.deploying_verbs else []
        contributed = (lemma(verb) in self.rules.contributing_verbs or bool(sending_bodies)) and not self._contested_contribution(verb, sent, destinations, index)
        # forces committed by one state alone tell no consent ("committed troops to X" may be an
        # invasion): a mission, a coalition, a request or nations contributing together must say it
        contributed = contributed and (bool(sending_bodies) or self._consent_to_contribution(verb, sent, subject, index))
        sending_bodies = sending_bodies if contributed else []
        # police are no forces: they make no basing, garrison or arrival ("police officers arrived in X
        # for a rotation"); only police contributed to an organisation's mission serve in it as its
        # forces do ("sent 200 police officers to X to reinforce the UN mission there")
        to_a_mission = sent_to_a_mission or bool(served_bodies) or contributed and self._for_a_mission(verb, index)
        if self.police_only(forces) and (arriving or not to_a_mission):
            return None
        # "sent military advisers (instructors) to El Salvador": advisers serve where they are asked
        # to (docs/annotation.md §9.3 training), when sent to the state itself, not to a group in it
        advisers = lemma(verb) in self.rules.deploying_verbs and lemma(forces) in self.rules.adviser_nouns and self._military_advisers(forces)
        if advisers and not contributed:
            state_destinations = [d for d in destinations if (m := index.at(d.i)) is not None and m.kind == "state"]
            contributed = bool(state_destinations) and len(state_destinations) == len(destinations) and not self._contested_contribution(verb, sent, destinations, index)
        if contributed and subject is not None and lemma(subject) in self.rules.nation_nouns:
            # "Chile, Peru and six more nations that have pledged soldiers": the states listed with them
            # (listed with the nations, a state is one even after "in": "friends in Chile, Peru and ...")
            listed = list(subject.conjuncts)
            listed += [c.head for c in listed if c.dep_ == "appos"]  # "A, B, C and ...": the parser may read B as A's apposition
            senders += grammar.state_codes([m for c in listed if (m := index.at(c.i)) is not None])
            if subject.dep_ == "pobj" and subject.head.lower_ in self.rules.membership_prepositions_of_group:
                # "Hungary and Romania are among the countries that have contributed troops"
                members, _ = syntax.subject_of(subject.head.head)
                senders += grammar.state_codes([m for m in self.syntax.np_mentions(members, index, deep=True) if not m.is_place]) if members is not None else []
        # not "in X, Y's ally"; a person the destination's phrase names is not where the forces are
        # ("to X for drills the Y premier proposed"), nor is a state a relative clause on the place
        # tells of ("the port up north, which W's frigates also use")
        described = {t.i for d in destinations for c in d.subtree if c.dep_ == "relcl" for t in c.subtree}
        named_there = {m.code for d in destinations for t in self._host_words(d, index) if t.i not in described and (m := index.at(t.i)) is not None and m.kind != "person"}
        senders = [c for c in dict.fromkeys(senders) if c not in named_there]  # "troops in X" are not X's own
        if lemma(verb) in self.rules.deploying_verbs and not self._for_a_mission(verb, index) and not contributed:
            # sending forces counts only to a mission or a base, not to a border or a city; forces
            # contributed or committed go to a shared effort ("committed troops to X")
            destinations = [d for d in destinations if any(lemma(t) in self.rules.mission_nouns for t in d.subtree)]
        if any(c.ent_type_ in ("LOC", "GPE") and index.at(c.i) is None for d in destinations if d.conjuncts for c in (d, *d.conjuncts)):
            return None  # "troops stationed in Flanders and Normandy": a theatre of war, no host state
        if arriving:
            # "arrived in X for a rotation": the host is the place arrived in, not a state the rotation's
            # phrase names; forces arriving in a region of the host, in an occupation or in a story of
            # conflict are no guests (docs/annotation.md §9.3)
            destinations = [d for d in destinations if d.head.lower_ in self.rules.host_prepositions | self.rules.entry_prepositions or d.head.lower_ == "at"]
            # "paratroopers entered X at its cabinet's invitation": the place entered is the verb's object
            entered = self._place_entered(verb, index)
            destinations += [entered] if entered is not None and entered is not forces else []
            if self._hostile_presence(sent, destinations, index):
                return None
        hosts = [m.code for d in destinations for t in self._host_words(d, index) if t.i not in described and (m := index.at(t.i)) is not None and m.code and m.kind in grammar.STATE_KINDS]
        hosts = list(dict.fromkeys(hosts))
        if not hosts and (arriving or lemma(verb) in self.rules.basing_verbs - self.rules.hosting_verbs):
            hosts = self._dateline_host(verb, index)  # "ROME -- ... of the 700 X marines based here"
        if arriving and (self._consent_of_another(verb, set(hosts) | set(senders), index) or self._told_in_conflict(sent, set(senders + hosts), index)):
            return None  # "arrived in X under a deal with Y": Y's consent is not X's
        hosts = [h for h in hosts if h not in senders and h not in self.rules.breakaway_codes]  # a breakaway region hosts no one
        if not hosts and senders and lemma(verb) in self.rules.basing_verbs - self.rules.hosting_verbs:
            hosts = [h for h in self._host_of_a_base(verb, destinations, index) if h not in senders and h not in self.rules.breakaway_codes]
        status = self.verb_status(verb)
        # "we have soldiers stationed in Japan", "our troops in Korea": the speaker's state goes
        # uncoded and the host is the named party
        speakers = not senders and (subject is not None and self._speaker(subject, index) or any(c.dep_ == "poss" and self._speaker(c, index) for c in forces.children))
        # "twelve other nations contributed forces to the mission in X": contributors there, uncodable
        speakers = speakers or not senders and contributed and subject is not None and lemma(subject) in self.rules.nation_nouns
        # "offered officers for the multinational mission": the mission's other members go uncodable
        multinational = not hosts and self._multinational_destination(verb)
        if not (senders or speakers or sending_bodies) or not (hosts or multinational) or status is None:
            return None
        if lemma(verb) in self.rules.offering_verbs and status in ("occurred", "ongoing", "planned"):
            status = "proposed"  # an offer of forces: the activity is proposed
        period = self.syntax.clause_date(verb, sent, dates, future=status == "planned", periods=True)
        # "landed in X in 1976": an arrival dated in an earlier year than the story's is history, not a stay
        dated_arrival = arriving and self._past_tense(verb) and self._dated_before_the_story(verb, sent, dates)
        if (arriving and not dated_arrival or contributed and lemma(verb) in self.rules.contributing_verbs or lemma(verb) in self.rules.basing_verbs) and status == "occurred":
            status = "ongoing"  # forces based somewhere are still there
        elif presence and status in ("occurred", "planned"):
            status = "ongoing"  # a garrison is ongoing while the forces are there (docs/annotation.md §9.3); "decided to maintain" them there
        kinds = tuple(k for k in self._kinds(sent) if k in ("peacekeeping", "training")) or ("other",)  # "trainers arrived"
        based = presence or lemma(verb) in self.rules.basing_verbs and not hosted_by_subject
        if based and not sent_to_a_mission and self._told_in_conflict(sent, set(senders + hosts), index):
            return None
        return Activity("", tuple(sorted(set(senders + hosts + sending_bodies + served_bodies + self._role_bodies(verb, index) + self._leaders_joined(verb, index)))), None, kinds, period, status, grammar.evidence(sent, verb))

    def _garrison_gone(self, forces: Any) -> bool:
        """The clause the forces of a relative clause of keeping stand in tells them gone or no longer
        kept: "X no longer has the troops it kept in Y", "said the troops it kept in Y had flown home",
        "will pull out the soldiers it keeps in Y". Some of them taken away leave the rest ("will bring
        home 300 of the 1,100 soldiers it keeps in Y")."""
        if forces.dep_ == "pobj" and forces.head.lower_ in self.rules.partitive_prepositions:
            return False
        verb = forces.head
        while verb.pos_ not in VERB_TAGS and verb.head != verb:  # spaCy makes a new Token on each access: compare, never "is"
            verb = verb.head
        if verb.pos_ not in VERB_TAGS:
            return False
        if self._ended(verb):
            return True
        gone = lemma(verb) in self.rules.departure_verbs or any(c.dep_ == "advmod" and c.lower_ in self.rules.home_adverbs for c in verb.children)
        return gone and not any(c.dep_ == "neg" for c in verb.children)  # not "will not withdraw the troops it keeps"

    def _place_referred_to(self, verb: Any, forces: Any, index: MentionIndex) -> list[Any]:
        """"X has had a defence pact with Y since 2019 and has based 150 paratroopers there since then",
        "X's battalion reached Y in March, joining 2,000 of its soldiers posted there": "there" on the
        verb stands for the last place named before it (in its sentence or the one before), other than
        the forces' or the keeper's own state; it hosts them when it is a state named as the object of a
        preposition of place or partnership ("in", "to", "with"), not one where talks, a visit or an
        activity were held ("back from talks in Y", "drills off Y"); the word naming it, or none."""
        if not any(c.dep_ == "advmod" and c.lower_ in self.rules.anaphoric_place_adverbs for c in verb.children):
            return []
        keeper = syntax.subject_of(verb)[0]
        own = {m.code for t in (*forces.subtree, *(keeper.subtree if keeper is not None else ())) if (m := index.at(t.i)) is not None and m.code}
        sent = verb.sent
        start = verb.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for token in reversed(verb.doc[start : verb.i]):
            mention = index.at(token.i)
            if mention is not None and mention.code in own:
                continue
            named = mention is not None and mention.kind == "state" and mention.form in self.rules.place_forms
            # "reached the Sahel": a name no state codes (not a day, a date or a person)
            uncoded_name = mention is None and token.pos_ == "PROPN" and token.dep_ in _NOMINAL_DEPS + ("nsubj",) and token.ent_type_ not in self.rules.unplaced_entity_types
            if not named and not uncoded_name and token.ent_type_ not in self.rules.place_entity_types:
                continue
            # the nearest place decides: a state named as a preposition's object, not as a clause's
            # subject ("whether X should let a brigade be based there") nor a place no state codes
            head = next((t for t in verb.doc[mention.start : mention.end] if t.head.i < mention.start or t.head.i >= mention.end), token) if mention is not None else token
            return [head] if named and head.dep_ == "pobj" and self._place_of_stay(head) else []
        return []

    def _place_of_stay(self, place: Any) -> bool:
        """A state named as the object of a preposition of place or partnership ("a pact with Y", "flew
        a battalion to Y") whose phrase tells no talks, visit or activity held there ("returned from
        talks in Y", "condemned the drills near Y") and comes from no "from"."""
        if place.head.lower_ not in self.rules.referred_place_prepositions:
            return False
        for above in place.head.ancestors:
            if lemma(above) in self.rules.discussion_nouns | self.rules.nouns | self.rules.occasion_nouns:
                return False
            if above.dep_ == "prep" and above.lower_ in self.rules.source_prepositions:
                return False
            if above.pos_ in VERB_TAGS:
                return True
        return True

    def _dateline_host(self, verb: Any, index: MentionIndex) -> list[str]:
        """"ROME -- ... the 700 X marines based here", "OSLO, Nov 4 - ... X's soldiers posted here":
        forces placed "here" are in the state of the story's dateline (``MentionIndex.dateline()``: a
        place written in capitals, or followed by a dash), which hosts them; none without such a
        dateline ("Y, a former republic, says X's troops are stationed here" opens with no dateline),
        and none when "here" is quoted from a speaker another state's word names (who speaks from
        elsewhere)."""
        if not any(c.dep_ == "advmod" and c.lower_ in self.rules.dateline_adverbs for c in verb.children):
            return []
        dateline = index.dateline()
        if dateline is None or not dateline.place.country or not dateline.capitals and not dateline.dashed:
            return []
        first = dateline.place
        if self._quoted(verb):
            forces_states = {m.code for t in verb.head.subtree if (m := index.at(t.i)) is not None}
            others = {m.code for t in verb.sent if (m := index.at(t.i)) is not None and m.kind in grammar.STATE_KINDS and m.code} - forces_states - {first.code, first.country}
            if others:
                return []
        return [first.country]

    @staticmethod
    def _quoted(token: Any) -> bool:
        """The token stands inside a quotation of its sentence (an odd number of quote marks before it)."""
        return sum(1 for t in token.sent if t.i < token.i and t.is_quote and t.text in ('"', "\u201c", "\u201d")) % 2 == 1

    def _host_of_a_base(self, verb: Any, destinations: list[Any], index: MentionIndex) -> list[str]:
        """"Some 300 X troops are based at the Y air station", "the base outside Z, where W's
        airmen are stationed": forces based at a base that names no state are hosted by the state of
        the place the base's own phrase names ("outside Z", "in Z"). The dateline is not read: a
        story filed from one capital often tells of a base in another state."""
        bases = [d for d in destinations if lemma(d) in self.rules.base_nouns]
        if verb.dep_ == "relcl" and any(c.lower_ in self.rules.place_relatives for c in verb.children):
            # "the depot outside X, where ... are housed": the clause may hang on the base's place
            node = verb.head
            while node.dep_ == "pobj" and lemma(node) not in self.rules.base_nouns and node.head.dep_ == "prep":
                node = node.head.head
            bases += [node] if lemma(node) in self.rules.base_nouns else []
        # the place is the base's own phrase, not a relative clause on it ("..., which serves X's forces")
        clause = {t.i for b in bases for c in b.subtree if c.dep_ == "relcl" for t in c.subtree}
        placed = [m.country for b in bases for t in b.subtree if t.i not in clause and t.dep_ == "pobj" and (m := index.at(t.i)) is not None and m.kind == "state" and m.country]
        return list(dict.fromkeys(placed))

    def _leaders_joined(self, verb: Any, index: MentionIndex) -> list[str]:
        """"sent troops to X to join the Y-led force": the state leading the force the troops are sent
        to join takes part (the leader named as the force's modifier)."""
        joined = [syntax.direct_object(c) for c in self._purpose_clauses(verb) if lemma(c) in self.rules.joining_verbs]
        # "the X-led force massing near Y": the parser may read the participle as the head, the force as its compound
        force_words = self.rules.coalition_nouns | self.rules.force_nouns
        forces = [f for f in joined if f is not None and (lemma(f) in force_words or any(c.dep_ == "compound" and lemma(c) in force_words for c in f.children))]
        return grammar.state_codes([m for f in forces for m in self._modifier_states(f, index) if not m.is_place])

    def _role_bodies(self, verb: Any, index: MentionIndex) -> list[str]:
        """"deployed troops to X as part of a CSTO mission": the organisation whose mission or force
        forces are sent to serve in takes part (docs/annotation.md §9.3: sent to a mission); a
        garrison kept "as part of" one stays the two states' (tests/defence/test_activities_consent.py)."""
        if lemma(verb) in self.rules.arriving_verbs:
            roles = self._consent_phrases(verb, index)  # "arrived in X for a rotation with the NATO battlegroup"
        elif lemma(verb) in self.rules.deploying_verbs:
            roles = grammar.prepositional_objects(verb, self.rules.role_prepositions)
        else:
            return []
        return [
            m.code
            for role in roles
            for t in role.subtree
            if (m := index.at(t.i)) is not None and m.kind == "organization" and not m.country and m.code and t.dep_ in _PARTY_MODIFIER_DEPS and lemma(t.head) in self.rules.mission_nouns
        ]

    def _from_led_force(self, force: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> Activity | None:
        """"Spain, which heads the NATO battlegroup in X", "Italy commands the UN
        force in Lebanon": a state leading or keeping a multinational force or mission in a host
        takes part with the host and the force's organisation. The force must tell the host's
        consent (an organisation's, or a mission, a battlegroup, peacekeeping); "commands a force
        in X" alone may be an invasion."""
        if force.dep_ != "dobj" or lemma(force.head) not in self.rules.keeping_verbs or force.head.pos_ not in VERB_TAGS:
            return None
        verb = force.head
        bodies = [m.code for c in force.children if c.dep_ in _PARTY_MODIFIER_DEPS + ("nmod",) for t in c.subtree if (m := index.at(t.i)) is not None and m.kind == "organization" and m.form == "organization" and not m.country and m.code]
        words = {lemma(t) for t in force.subtree if t.i <= force.i}
        if not bodies and not words & self.rules.consent_nouns:
            return None
        if self._civilian_mission([t for t in force.subtree if t.i <= force.i]):
            return None  # "leads the EU police mission in X": no defence activity
        destinations = grammar.prepositional_objects(force, self.rules.host_prepositions)
        hosts = [m.code for d in destinations if (m := index.at(d.i)) is not None and m.kind == "state" and m.code]
        subject, _ = syntax.subject_of(verb)
        leaders = grammar.state_codes([m for m in self.syntax.np_mentions(self._referent(subject, verb), index, deep=True) if not m.is_place]) if subject is not None else []
        hosts = [h for h in hosts if h not in leaders and h not in self.rules.breakaway_codes]
        status = self.verb_status(verb)
        if not leaders or not hosts or status is None or self._hostile_presence(sent, destinations, index):
            return None
        period = self.syntax.clause_date(verb, sent, dates, future=status == "planned", periods=True)
        past = self._past_tense(verb) or self._former(verb)
        if status == "occurred" and not past:
            status = "ongoing"  # "leads the NATO battlegroup in X": a force led there is still there; "led it in January 2022" is over
        if past and period is None:
            leaders = []  # "once led the mission in X": the force was there; who led it when is not told
        kinds = tuple(k for k in self._kinds(sent) if k in ("peacekeeping", "training")) or ("other",)
        return Activity("", tuple(sorted(set(leaders + hosts + bodies))), None, kinds, period, status, grammar.evidence(sent, force))

    def _from_study_abroad(self, school: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> Activity | None:
        """"30 Ghanaian officers study at staff colleges in Y", "cadets from X
        graduated from a naval school in Y": forces of one state schooled at a military school of
        another (education). The school must be military (a military qualifier), the students forces."""
        # "a naval school", "the Navy's submarine school": a military word qualifies it, or forces own it
        if not any(lemma(c) in self.rules.adviser_qualifiers | self.rules.military_nouns | self.rules.military_school_qualifiers for c in school.children if c.dep_ in (*_QUALIFIER_DEPS, "poss")):
            return None  # "a language school in X"
        # "studying at", "graduated from", "were trained at", "attend military colleges": a learner's
        # verb over the school ("captured at", "fled from a military academy" school no one)
        named = school.head if school.dep_ == "appos" else school  # "instructed at INS X, the Indian Navy's diving school"
        verb = named.head.head if named.dep_ == "pobj" else named.head if named.dep_ == "dobj" else None
        # "passed out of the military academy": the graduate's phrasal verb (defence.toml [activities.words]), its
        # particle read as a preposition the school's "of" hangs on
        particle = verb if verb is not None and verb.dep_ in ("prep", "prt") and verb.head.pos_ in VERB_TAGS else None
        verb = particle.head if particle is not None else verb
        graduated = verb is not None and syntax.in_word_list(verb, self.rules.graduating_phrasal_verbs, ("prt", "prep"))
        if verb is None or verb.pos_ not in VERB_TAGS or not (lemma(verb) in self.rules.training_verbs or graduated):
            return None
        subject = syntax.subject_of(verb)[0] or syntax.passive_subject(verb)  # "sailors of X have been trained at Y's school"
        if subject is None or not {lemma(t) for t in subject.subtree} & (self.rules.force_nouns | self.rules.military_nouns) or self.police_only(subject):
            return None  # "police officers studied at a military academy in X": no defence activity
        students = [m for t in subject.subtree if (m := index.at(t.i)) is not None and m.kind in grammar.STATE_KINDS and not m.is_place]
        students += self._states_of_forces(subject, index)
        destinations = grammar.prepositional_objects(school, self.rules.host_prepositions)
        destinations += [a for d in destinations for a in d.children if a.dep_ == "appos"]  # "in Quetta, Pakistan"
        # "military colleges in India" may be one institution mention: its state is the host named
        hosts = [m.code if m.kind == "state" else m.country for d in destinations if (m := index.at(d.i)) is not None and (m.kind == "state" or m.form == "institution" and d.pos_ == "PROPN")]
        # "trained at French naval colleges": the school's own state is the host
        hosts += [m.code for m in self._modifier_states(school, index)]
        hosts = [h for h in hosts if h]
        senders = [c for c in dict.fromkeys(grammar.state_codes(students)) if c not in hosts]
        status = self._standing(verb, self.verb_status(verb))  # "officers study at military academies in X": a standing practice
        if not senders or not hosts or status is None:
            return None
        period = self.syntax.clause_date(verb, sent, dates, future=status == "planned", periods=True)
        return Activity("", tuple(sorted(set(senders + hosts))), None, ("education",), period, status, grammar.evidence(sent, school))

    def _arrival_with_consent(self, verb: Any, forces: Any, index: MentionIndex) -> bool:
        """Forces arriving are guests only when the sentence tells the host's consent: the forces are
        a mission's, an alliance's or trainers ("NATO peacekeepers landed", "trainers arrived"), or
        the arrival is under an agreement, at an invitation, with a battlegroup or in an ally ("for a
        rotation under a defence pact", "in Poland, a NATO ally"). A rotation alone tells none:
        "troops arrived in X for a rotation" may be an occupation's."""
        if any(c.dep_ == "prep" and c.lower_ in self.rules.refusal_prepositions for c in verb.children):
            return False  # "without X's consent", "despite X's objections"
        cues = self.rules.consent_words | set(self.rules.kinds.get("training", ()))
        if any(lemma(t) in cues for t in forces.subtree):
            return True
        if any((m := index.at(t.i)) is not None and m.kind == "organization" and m.form == "organization" and not m.country for t in forces.subtree if t.dep_ in _PARTY_MODIFIER_DEPS):
            return True  # "UN troops", "NATO's forces": an organisation's forces are a mission
        if any(lemma(t) in self.rules.consent_words for c in self._consent_phrases(verb, index) for t in c.subtree):
            return True
        senders = {m.code for t in forces.subtree if (m := index.at(t.i)) is not None and m.code and m.kind in grammar.STATE_KINDS}
        return any(self._tied_to_sender(d, senders, index) for d in self._host_descriptions(verb, index))

    def _dated_before_the_story(self, verb: Any, sent: Any, dates: DateResolver) -> bool:
        """"landed in X in 1976": a date told by itself ("in 1976", "last year"), not one
        qualifying a noun ("under a 1982 agreement"), falls in a year before the story's."""
        published = dates.published
        if published is None:
            return False
        for ent in self.syntax.clause_dates(verb, sent, periods=True):
            if ent.root.dep_ == "pobj" or ent.root.head == verb:
                when = dates.resolve(ent.text)
                if when is not None and when[:4] < published[:4]:
                    return True
        return False

    def _consent_phrases(self, verb: Any, index: MentionIndex) -> list[Any]:
        """The verb's prepositional phrases that may tell consent ("under a pact", "at the
        request of Y"); the destination ("in X") is none, whatever describes X there."""
        return [
            c
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in self.rules.consent_prepositions and not any(o.dep_ == "pobj" and (m := index.at(o.i)) is not None and m.kind == "state" for o in c.children)
        ]

    def _host_descriptions(self, verb: Any, index: MentionIndex) -> list[Any]:
        """Loose noun phrases describing the place arrived in ("in X, a NATO ally,"), hung on the
        place or, by the parser, on the verb."""
        places = [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj" and (m := index.at(o.i)) is not None and m.kind == "state"]
        described = [a for p in places for a in p.children if a.dep_ == "appos"]
        return described + [c for c in verb.children if c.dep_ in ("appos", "npadvmod") and c.pos_ in NOUN_TAGS]

    def _tied_to_sender(self, description: Any, senders: set[str], index: MentionIndex) -> bool:
        """"its ally", "Pyongyang's ally", "a NATO ally" when the sender is in NATO: the host tied to
        the sender tells consent (docs/annotation.md §9.3); anyone else's ally or partner, or a
        former one, tells none."""
        words = list(description.subtree)
        if not any(lemma(t) in self.rules.consent_words for t in words) or any(t.lower_ in self.rules.lapsed_tie_words for t in words):
            return False
        if any(t.dep_ == "poss" and t.lower_ in self.rules.sender_pronouns for t in words):
            return True
        named = [m for t in words if (m := index.at(t.i)) is not None and m.code]
        return any(m.code in senders or m.kind == "organization" and senders & self.members.get(m.code, frozenset()) for m in named)

    def _host_words(self, destination: Any, index: MentionIndex) -> list[Any]:
        """The words of a destination that may name its host: a state named there is the host, not
        what describes it ("in X, a Y ally,", "in X near Y"); a place ("a base in X") names its state."""
        mention = index.at(destination.i)
        if mention is None or mention.kind != "state":
            return [t for t in destination.subtree if not any(a.dep_ == "appos" for a in (t, *t.ancestors) if a.i != destination.i and destination in a.ancestors)]
        return [t for t in destination.subtree if index.at(t.i) is mention]

    def _consent_of_another(self, verb: Any, sides: set[str], index: MentionIndex) -> bool:
        """"under a deal with Y", "at Y's invitation": the consent told is a third state's, not the host's."""
        named = {m.code for c in self._consent_phrases(verb, index) if any(lemma(t) in self.rules.consent_words for t in c.subtree) for t in c.subtree if (m := index.at(t.i)) is not None and m.code and m.kind == "state"}
        return bool(named) and not named & sides

    def _serving_in_mission(self, verb: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> Activity | None:
        """"Kenyan troops serve in the AU mission in Somalia", "Fijian soldiers are serving with the UN
        force in X": forces of a state serving in an organisation's mission in another state take part
        in it with the host and the organisation (docs/annotation.md §9.3: sent to a mission)."""
        forces, agent = syntax.subject_of(verb)
        if forces is None or agent or forces.head != verb or not {lemma(t) for t in forces.subtree} & self.rules.force_nouns or self.police_only(forces):
            return None
        hosts, bodies = self._served_mission(grammar.prepositional_objects(verb, self.rules.service_prepositions), index)
        senders = [c for c in grammar.state_codes([m for m in self._modifier_states(forces, index) if not m.is_place]) if c not in {index.at(h.i).code for h in hosts}]
        if not senders or not hosts or not bodies or self._hostile_presence(sent, hosts, index) or self._stranded(sent):
            return None
        status = self.verb_status(verb)
        if status is None:
            return None
        status = "ongoing" if status == "occurred" else status  # serving there: still there
        period = self.syntax.clause_date(verb, sent, dates, future=status == "planned", periods=True)
        kinds = tuple(k for k in self._kinds(sent) if k in ("peacekeeping", "training")) or ("other",)
        parties = set(senders) | {index.at(h.i).code for h in hosts} | set(bodies)
        return Activity("", tuple(sorted(parties)), None, kinds, period, status, grammar.evidence(sent, verb))

    def _mission_served(self, forces: Any, index: MentionIndex) -> tuple[list[Any], list[str]]:
        """"has 600 soldiers serving with X, the AU stabilisation force in Y": the host a mission the
        forces serve with is in, and the organisation that runs it."""
        served = [p for c in forces.children if c.dep_ in ("acl", "relcl") and lemma(c) in self.rules.staying_verbs for p in grammar.prepositional_objects(c, self.rules.service_prepositions)]
        return self._served_mission(served, index)

    def _served_mission(self, served: list[Any], index: MentionIndex) -> tuple[list[Any], list[str]]:
        """The host state and the organisations of the mission phrases ``served`` (none if no mission
        or a civilian one)."""
        phrases = [t for p in served for t in p.subtree]
        running = _running_organisations(phrases, index, self.mission_organisations)
        if not (running or any(lemma(t) in self.rules.mission_nouns for t in phrases) or self._named_missions(phrases, index)) or self._civilian_mission(phrases):
            return [], []
        hosts = [t for t in phrases if t.dep_ == "pobj" and t.head.lower_ in self.rules.host_prepositions and (m := index.at(t.i)) is not None and m.kind == "state"]
        if not hosts:
            # "serving with KFOR": a mission the gazetteer codes by its host, so its name stands for the host
            hosts = [t for t in phrases if (m := index.at(t.i)) is not None and m.key in self.mission_organisations and m.country and m.start == t.i]
        bodies = [m.code for t in phrases if (m := index.at(t.i)) is not None and m.kind == "organization" and m.form == "organization" and not m.country and m.code]
        return hosts, list(dict.fromkeys(bodies + running))

    def _named_missions(self, tokens: list[Any], index: MentionIndex) -> list[str]:
        """The organisations running the missions ``tokens`` name by their own name: one the gazetteer
        codes by its host ("KFOR" -> NATO), or a UN mission, which the gazetteer gives the UN's code
        as its parent ("UNIFIL", "MONUSCO" -> UN; not the UN itself)."""
        found = _running_organisations(tokens, index, self.mission_organisations)
        found += [m.parent for t in tokens if (m := index.at(t.i)) is not None and m.start == t.i and m.form == "organization" and m.parent in self.rules.mission_parents and m.code == m.parent]
        return list(dict.fromkeys(found))

    def _sending_organisations(self, subject: Any | None, index: MentionIndex) -> list[str]:
        """The organisation (NATO, the UN, the AU) that is itself the subject sending forces; not
        an armed group, nor a body of one state."""
        mention = index.at(subject.i) if subject is not None else None
        if mention is None or mention.kind != "organization" or mention.form != "organization" or not mention.key.startswith("org:") or mention.country:
            return []
        return [mention.code] if mention.code else []

    def _consent_to_contribution(self, verb: Any, sent: Any, subject: Any | None, index: MentionIndex) -> bool:
        """A cue that the host agreed to forces contributed (docs/annotation.md §9.3): the purpose or
        role names a mission or the host asked ("for the UN mission", "at X's invitation"), the
        sentence names a mission, a coalition, an alliance or a request, a peacekeeping or training
        purpose, or the contributors are nations together ("the countries that have contributed")."""
        if self._for_a_mission(verb, index) or subject is not None and lemma(subject) in self.rules.nation_nouns:
            return True
        cues = self.rules.consent_nouns | set(self.rules.kinds.get("peacekeeping", ())) | set(self.rules.kinds.get("training", ()))
        # the cue must tell where or what for the forces go, not any word of the sentence ("despite
        # warnings from the alliance"): the forces, the destination, a purpose or a role on the verb
        told = [c for c in verb.children if c.dep_ in ("dobj", "obj", "advcl", "xcomp") or c.dep_ == "prep" and c.lower_ in self.rules.consent_prepositions]
        return any(lemma(t) in cues for c in told for t in c.subtree)

    def _contested_contribution(self, verb: Any, sent: Any, destinations: list[Any], index: MentionIndex) -> bool:
        """Forces "committed" to a war or an invasion are no contribution to a shared effort:
        the destination names a fight ("to the war in X") or the sentence an invasion, unless
        that invasion is of other states ("sent forces to Poland after Russia's invasion of Ukraine")."""
        if self._part_of_the_host(destinations, index):
            return True  # "to northern X": a region of the host only (docs/annotation.md §9.3)
        hosts = {m.code for d in destinations for t in d.subtree if (m := index.at(t.i)) is not None and m.code}
        for word in (t for t in sent if lemma(t) in self.rules.hostile_words):
            named = {m.code for t in word.subtree if (m := index.at(t.i)) is not None and m.code}
            if not named or named & hosts:
                return True
        return any(self._conflict_word(t) for d in destinations for t in d.subtree) or any(
            self._conflict_word(t) for c in verb.children if c.dep_ in ("advcl", "xcomp") for t in c.subtree
        )

    def _from_forces_abroad(self, forces: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> Activity | None:
        """"The 37,000 U.S. troops in South Korea will stay": a garrison told by its size, of one
        state and in another, is based there (ongoing), unless the sentence tells an occupation,
        names a region of the host, or the forces fight there."""
        # advisers and instructors serve where they are asked to: no size needed ("U.S. military advisers in X")
        sized = any(c.dep_ == "nummod" for c in forces.children) or lemma(forces) in self.rules.adviser_nouns
        if not sized or forces.dep_ == "pobj":
            return None
        if lemma(forces) in self.rules.adviser_nouns and not self._military_advisers(forces):
            return None  # "tennis instructors in X", "language instructors in X"
        if self.police_only(forces):
            return None  # "400 German police officers in X": no defence activity
        if self._stranded(sent):
            return None  # "remained in X after their ship sank", "who fled ... remain in X": stranded, not based
        verb = syntax.nearest_verb(forces)
        if verb is not None and lemma(verb) in self.rules.departure_verbs:
            return None  # "the 4,000 French troops in X left in January": no longer there
        places = grammar.prepositional_objects(forces, self.rules.host_prepositions)
        if verb is not None and forces.dep_ == "nsubj" and forces.head == verb and lemma(verb) in self.rules.staying_verbs:
            places += grammar.prepositional_objects(verb, self.rules.host_prepositions)  # "3,000 Cuban troops remained in Angola"
        destinations = [d for d in places if (m := index.at(d.i)) is not None and m.kind == "state" and m.code]
        if not destinations or self._hostile_presence(sent, destinations, index):
            return None
        hosts = {index.at(d.i).code for d in destinations}
        senders = sorted(set(grammar.state_codes([m for m in self._modifier_states(forces, index) if not m.is_place])) - hosts)
        if not senders or verb is None or lemma(verb) in self.rules.clashing_verbs | self.rules.verbs:
            return None  # fighting there is no joint activity; training there is the verb's own record
        if self._told_in_conflict(sent, set(senders) | hosts, index):
            return None
        # the phrase presupposes the garrison whatever its clause says ("the advisers in X will not fight"): ongoing
        period = self.syntax.clause_date(verb, sent, dates, future=False, periods=True)
        kinds = ("training",) if lemma(forces) in self.rules.adviser_nouns and any(k == "training" for k in self._kinds(sent)) else ("other",)
        return Activity("", tuple(sorted(set(senders) | hosts)), None, kinds, period, "ongoing", grammar.evidence(sent, forces))

    def _stranded(self, sent: Any) -> bool:
        """Forces told stranded, fleeing, beaten back or wounded where they are (stranding_words)."""
        return any(lemma(t) in self.rules.stranding_words or t.lower_ in self.rules.stranding_words for t in sent)

    def _military_advisers(self, forces: Any) -> bool:
        """"U.S. military advisers", "defence instructors", "advisers training Malian troops": the
        phrase makes them military (a qualifier or a military noun in it)."""
        words = {lemma(t) for t in forces.subtree if t is not forces}
        return bool(words & (self.rules.adviser_qualifiers | self.rules.military_nouns))

    def _hostile_presence(self, sent: Any, destinations: list[Any], index: MentionIndex) -> bool:
        """Forces kept in another state against its will: the sentence tells an occupation or an
        invasion ("troops in the territory it occupies"), or the forces are in a region of the
        host only ("troops in northern Cyprus")."""
        if any(lemma(t) in self.rules.hostile_words for t in sent):
            return True
        return self._part_of_the_host(destinations, index)

    def _part_of_the_host(self, destinations: list[Any], index: MentionIndex) -> bool:
        """A destination that is only a territory or region of the host ("to northern Syria", "in
        the Gaza Strip"), or a breakaway region ("in Transnistria", "in Abkhazia"), which hosts no one
        (docs/annotation.md §9.3): forces there are often there against the state's will."""
        if any((m := index.at(t.i)) is not None and m.code in self.rules.breakaway_codes for d in destinations for t in d.subtree):
            return True
        if any(d.lower_ in self.rules.territory_nouns and (m := index.at(d.i)) is not None and m.kind == "state" for d in destinations):
            return True  # "in the West Bank", "in the Gaza Strip": a territory of the host, not the state named
        return any(
            c.dep_ in ("amod", "compound") and c.lower_ in self.rules.region_modifiers and (index.at(c.i) is None or index.at(c.i) is not index.at(d.i))  # "South Korea" is a state
            for d in destinations
            for c in d.children
        )

    def _speakers_country(self, subject: Any, sent: Any, index: MentionIndex) -> list[Mention]:
        """"his country keeps 1,500 troops in X, the French minister said", "'My country has ...,'
        the minister said": the state of whoever says so (grammar.speakers_country)."""
        return grammar.speakers_country(subject, sent, index, self.syntax, self.words)

    def _speaker(self, token: Any, index: MentionIndex | None) -> bool:
        """"we", "our", "us": the speaker's side; "the US" names a state and is none."""
        return token.lower_ in self.rules.speaker_words and token.pos_ == "PRON" and (index is None or index.at(token.i) is None)

    def _told_in_conflict(self, sent: Any, parties: set[str], index: MentionIndex) -> bool:
        """A garrison abroad in a story of conflict: a war, an invasion or fighting told in its
        sentence, the one before or after it, or any sentence of the article naming both states
        ("Russia has 150,000 troops in X. The war is in its third year."). Forces there may be
        invaders as well as guests, so only a sign of the host's consent in the sentence itself
        ("under a 1953 treaty", "at the invitation of", "allied") keeps the record."""
        if any(lemma(t) in self.rules.consent_words for t in sent):
            return False
        sentences = list(sent.doc.sents)
        at = next(i for i, s in enumerate(sentences) if s.start == sent.start)
        for i, other in enumerate(sentences):
            if not any(self._conflict_word(t) for t in other):
                continue
            if abs(i - at) <= 1:
                return True
            named = {m.code for t in other if (m := index.at(t.i)) is not None and m.code}
            if len(parties) > 1 and parties <= named:
                return True
        return False

    def _conflict_word(self, token: Any) -> bool:
        """A word of fighting; "the Cold War", "a trade war" are no fighting."""
        return lemma(token) in self.rules.conflict_words and not any(c.dep_ in ("amod", "compound") and lemma(c) in self.rules.peaceful_war_modifiers for c in token.children)

    def _from_verb(self, verb: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> Activity | None:
        # "to carry out two tasks: training and advising Malian troops": a gerund naming the task
        # a verb carries out takes that verb's subject, stage and purpose
        anchor = verb
        if verb.dep_ == "appos" and verb.head.dep_ in ("dobj", "attr") and verb.head.head.pos_ in VERB_TAGS:
            anchor = verb.head.head
        elif verb.pos_ == "NOUN" and verb.dep_ in ("advcl", "dep") and verb.head.pos_ in VERB_TAGS:
            anchor = verb.head  # the parser may hang the gerund read as a noun on that verb itself
        subject, _ = syntax.subject_of(anchor)
        if subject is None and verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and not any(c.dep_ == "agent" for c in verb.children):
            # "Poland's air force trained alongside Norway's": the parser may make the clause a
            # modifier of the noun it tells of; that noun is the subject when it names forces
            if {lemma(t) for t in verb.head.subtree if t.i < verb.i} & (self.rules.force_nouns | self.rules.military_nouns | self.rules.trainee_nouns):
                subject = verb.head
        sides = [m for m in self.syntax.np_mentions(subject, index, deep=True) if m.code] if subject is not None else []
        if not sides and subject is not None and anchor.dep_ == "relcl" and any(c.dep_ == "poss" and c.lower_ in self.rules.possessive_relatives for c in subject.children) and {lemma(t) for t in subject.subtree} & (self.rules.force_nouns | self.rules.military_nouns):
            # "Croatia, whose soldiers have trained with X": the forces are those of the noun the clause tells of
            sides = [m for m in self.syntax.np_mentions(anchor.head, index) if m.code and m.kind in grammar.STATE_KINDS]
        holder = self._mission_holder(anchor) if not sides else None
        # "are helping to train X's army": the verb the training hangs on may tell it is in progress
        clause = verb.head if verb.dep_ == "xcomp" and verb.head.tag_ == "VBG" and verb.head.pos_ in VERB_TAGS else anchor
        if holder is not None:
            sides = [m for m in self.syntax.np_mentions(holder, index, deep=True) if m.code]
            clause = holder.head  # the mission's verb tells the stage: "heads a mission to train"
        others: list[Mention] = []
        obj = syntax.direct_object(verb)
        if obj is None:
            # "has trained 1,500 soldiers deployed in ...": the parser may make the trained a clause's subject
            obj = next((g for c in verb.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"), None)
        if obj is None:
            # "to train and assist Iraqi forces": the object hangs on the last of the coordinated verbs
            obj = next((o for c in verb.conjuncts if c.i > verb.i and c.pos_ in VERB_TAGS and (o := syntax.direct_object(c)) is not None), None)
        if self._police_training(subject, obj):
            return None  # "trained Mexican police officers", "X police instructors trained Y's officers": no defence activity
        if self._other_sense(verb, index):
            return None  # "exercised an option for 12 more howitzers", "drilled a well": no drill
        if self._planned_under(_clause_above(verb)):
            return None  # "a plan under which X will help train Y's forces": the arrangement's content, not yet held
        if lemma(verb) in self.rules.teaching_verbs and (obj is None or not {lemma(t) for t in obj.subtree} & (self.rules.force_nouns | self.rules.military_nouns | self.rules.trainee_nouns)):
            return None  # "teach at the institute", "taught Somali children": teaching is training only of forces
        if obj is not None:
            others.extend(self.syntax.np_mentions(obj, index, deep=True))  # "trained 1,000 members of Niger's forces"
        for prep in self.rules.verb_party_prepositions:
            for pobj in syntax.preposition_objects(verb, prep):
                others.extend(self.syntax.np_mentions(pobj, index))
        if subject is not None and any(lemma(t) in self.rules.force_nouns for t in syntax.conjuncts(subject)):
            # "Chinese advisers in Zimbabwe have trained the country's pilots": the host of the trainers
            others.extend(m for p in grammar.prepositional_objects(subject, self.rules.host_prepositions) if (m := index.at(p.i)) is not None and m.kind == "state")
        purpose_of = self._purpose_head(anchor) if holder is None else None
        if purpose_of is not None:
            # "a force could remain in X with NATO allies to train X's forces": the stay tells the
            # stage, and the allies it stays with take part
            clause = purpose_of
            for prep in self.rules.verb_party_prepositions:
                for pobj in syntax.preposition_objects(purpose_of, prep):
                    others.extend(m for m in (*self.syntax.np_mentions(pobj, index), *self._modifier_states(pobj, index)) if m.kind != "group")
        if not others and subject is not None and {lemma(t) for t in subject.subtree} & (self.rules.force_nouns | self.rules.military_nouns | self.rules.trainee_nouns):
            # "Greek and Israeli pilots trained together", "Thai and U.S. marines drilled at the
            # beach": forces of two states or more drilling in one clause drill together
            coded = [m for m in sides if not m.is_place and m.kind in grammar.STATE_KINDS]
            apart = any(c.dep_ == "advmod" and c.lower_ in self.rules.apart_words for c in verb.children)  # "train separately"
            if len(set(grammar.state_codes(coded))) >= 2 and not apart:
                others = coded
        # "Kenyan infantry units have trained in Britain", "X's crews will be trained in Y": forces
        # trained abroad train with the host (docs/annotation.md §9.3, as "winter training in Norway")
        trained = subject if obj is None else obj if subject is None and obj == syntax.passive_subject(verb) else None
        if trained is not None and lemma(verb) in self.rules.training_verbs and {lemma(t) for t in syntax.conjuncts(trained)} & (self.rules.force_nouns | self.rules.trainee_nouns):
            trainees = [m for m in sides + others + [m for head in syntax.conjuncts(trained) for m in self._modifier_states(head, index)] if m.code and m.kind in grammar.STATE_KINDS]
            own = {m.code for m in trainees}
            if len(own) == 1:
                others = trainees + [m for p in grammar.prepositional_objects(verb, self.rules.host_prepositions) if (m := index.at(p.i)) is not None and m.kind == "state" and m.code and m.code not in own][:1]
        # an armed group trained ("training militia units") is no party to a joint activity
        parties = sorted({m.code for m in sides + others if m.code and m.kind != "group"})
        if not sides and others:
            parties = sorted(set(parties) | set(self._possessors_states(subject, index)))  # "their crews will be training Y's divers"
        # "bases central to instructing Malian police units": a trainer no state stands for
        # leaves the trained state's forces as the named party
        trained_alone = not sides and obj is not None and lemma(verb) in self.rules.training_verbs and any(lemma(t) in self.rules.force_nouns | self.rules.military_nouns for t in obj.subtree)
        if trained_alone and self._own_new_forces(obj):
            # "soldiers will train the recruits of X's new national guard": a state and its own bodies
            # are not two sides, so one party needs a named trainer from elsewhere
            trained_alone = False
        if not others or len(parties) < 2 and not (trained_alone and parties):
            return None
        if self._negated_by_its_noun(clause) or self._unfounded(clause):
            return None  # "no foreign instructors are training X's pilots", "denied claims that X trains Y's army"
        status = self._progressive(clause, self.syntax.clause_status(clause))
        if status == "hypothetical" and purpose_of is not None:
            status = "proposed"  # "forces could remain to train ...": a stay put forward, not done
        if status in ("negated", "hypothetical"):
            return None
        status = self._standing(clause, {"intended": "proposed"}.get(status, status))
        if status == "occurred" and self._continued_since(clause):
            status = "ongoing"
        kind = "training" if lemma(verb) in self.rules.training_verbs or self._gerund_read_as_noun(verb) else "exercises"
        period = self.syntax.clause_date(verb, sent, dates, future=status == "planned", periods=True)
        return Activity("", tuple(parties), None, (kind,), period, status, grammar.evidence(sent, verb))

    def _other_sense(self, verb: Any, index: MentionIndex) -> bool:
        """A drilling verb (not a training one) whose direct object names no forces, no state and no
        drill: "exercised an option", "exercise restraint", "drilled wells" tell no military drill
        ("the navies exercised together", "drilled their crews", "exercised Thai troops" do)."""
        if lemma(verb) in self.rules.training_verbs:
            return False
        obj = syntax.direct_object(verb)
        if obj is None:
            return False
        words = self.rules.force_nouns | self.rules.military_nouns | self.rules.trainee_nouns | self.rules.force_platform_nouns | self.rules.nouns
        # the object's own words (not its "for"/"from" phrases: "an option for jets from Korea")
        own = [t for head in syntax.conjuncts(obj) for t in (head, *(c for c in head.children if c.dep_ in _PARTY_MODIFIER_DEPS + _QUALIFIER_DEPS))]
        return not any(lemma(t) in words or index.at(t.i) is not None for t in own)

    def police_only(self, trained: Any) -> bool:
        """"police officers", "civilian police units": forces trained that are only police or
        civilians ("the Afghan army and police": an army among them is trained too)."""
        heads = syntax.conjuncts(trained)
        if any(lemma(h) in self.rules.military_nouns for h in heads):
            return False
        return all(self._police_head(h) for h in heads)

    def _police_trainers(self, subject: Any) -> bool:
        """"X police instructors", "a team of X police instructors": trainers who are police only."""
        members = [p for p in grammar.prepositional_objects(subject, {"of"})] if lemma(subject) not in self.rules.force_nouns else []
        return self.police_only(subject) or bool(members) and all(self.police_only(m) for m in members)

    def _police_conjuncts(self, forces: Any) -> set[int]:
        """The tokens of the police among coordinated forces ("1,000 X soldiers and 500 Y
        policemen"): police are no forces, so their state sends none."""
        return {t.i for c in forces.conjuncts if self._police_head(c) for t in c.subtree}

    def _police_head(self, head: Any) -> bool:
        """One head of a forces phrase that names police ("policemen", "police officers"); the
        qualifier may hang below another ("Solomon Islands Police Force officers")."""
        return lemma(head) in self.rules.civilian_mission_modifiers or any(c.dep_ in _QUALIFIER_DEPS and lemma(t) in self.rules.civilian_mission_modifiers for c in head.children for t in c.subtree)

    def _own_new_forces(self, trained: Any) -> bool:
        """"the recruits of X's national guard", "police cadets": forces trained that are all of a
        kind a state trains at home ("the Afghan army and police": an army among them is not)."""
        heads = syntax.conjuncts(trained)
        if any(lemma(h) in self.rules.military_nouns for h in heads):
            return False
        return all(lemma(h) in self.rules.domestic_trainee_nouns or any(c.dep_ in _QUALIFIER_DEPS and lemma(c) in self.rules.domestic_trainee_nouns for c in h.children) for h in heads)

    def _scope_of_an_agreement(self, token: Any) -> bool:
        """"a pact covering/including joint training": the activity (or the first of its conjuncts) is
        the object of a participle describing an agreement, a scope and no activity held."""
        first = syntax.first_conjunct(token)
        if first.i != token.i and lemma(first) in self.agreement_nouns:
            return True  # "signed a memorandum on cooperation covering training, joint exercises ...": the list read as the memorandum's conjuncts
        chain = self._governors(first)
        governor = chain[-1] if chain else first
        if first.dep_ == "pobj" and first.head.dep_ == "prep":
            governor = first.head  # "a pact including joint training": the participle read as a preposition
        if governor.dep_ in ("acl", "prep") and lemma(governor) in self.rules.planning_governors and self._agreement_or_its_topic(governor.head):
            return True  # "a memorandum on military cooperation covering joint drills": the clause may hang on the topic
        # "The pact covers border patrols and joint exercises", "the pact provides for joint patrols": an
        # agreement told as the subject of its scope
        for verb in dict.fromkeys((governor, chain[-1] if chain else governor)):
            scope_subject = syntax.subject_of(verb)[0] if verb.pos_ in VERB_TAGS and lemma(verb) in self.rules.planning_governors else None
            if scope_subject is not None and lemma(scope_subject) in self.framework_nouns:
                return True  # not "the plan envisages 84 joint activities": a plan's activities are planned
        # "their agreement on joint border patrols": the agreement's topic
        if first.dep_ == "pobj" and first.head.lower_ in self.rules.topic_prepositions and lemma(first.head.head) in self.agreement_nouns:
            return True
        # "signed a cooperation agreement on Tuesday covering training": the parser may hang the
        # participle on the verb whose object is the agreement
        # "signed a protocol, committing their navies to yearly drills": what the signed text pledges too
        for participle in dict.fromkeys((governor, chain[-1] if chain else governor)):
            if participle.dep_ == "advcl" and participle.tag_ == "VBG" and lemma(participle) in self.rules.planning_governors | self.rules.agreeing_verbs:
                signed = syntax.direct_object(participle.head)
                if signed is not None and lemma(signed) in self.agreement_nouns:
                    return True
        # "an accord allowing X's marines to rehearse landings with Y on its beaches": what a pact lets
        # its parties do is its content, no activity held
        node = governor.head if governor.dep_ == "prep" and governor.head.pos_ in VERB_TAGS else governor  # "which foresees combined manoeuvres"
        # "a pact that lets its pilots use the partner's airfields for combined drills": the verb above the nouns holding it
        held_by = chain[-1] if chain and chain[-1].pos_ in VERB_TAGS else node
        for start in dict.fromkeys((node, held_by)):
            if self._lets_or_lays_out(start):
                return True
        return not self._held_on_its_own(first) and any(self._lays_out_for_an_agreement(clause) for clause in list(first.ancestors)[:_MAX_CONTENT_DEPTH])

    @staticmethod
    def _held_on_its_own(noun: Any) -> bool:
        """"... joint drills, which opened on Sunday": a relative clause on the activity tells it happen
        (a finite verb with no modal), so it is held, whatever agreement lets it."""
        return any(c.dep_ == "relcl" and c.tag_ in ("VBD", "VBZ", "VBP") and not any(a.dep_ == "aux" and a.tag_ == "MD" for a in c.children) for c in noun.children)

    def _lays_out_for_an_agreement(self, clause: Any) -> bool:
        """A clause above the activity that tells what an agreement lays out or lets, however deep the
        activity sits in it: "a pact that gives Y's pilots a legal footing for flying in combined air
        patrols" (a clause on the agreement), "the senate endorsed the accord with Y, allowing X's
        warships to refuel at its ports on combined patrols" (a participle on the verb whose object is
        the agreement). An agreement renewed or extended tells what goes on under it."""
        if clause.pos_ not in VERB_TAGS or lemma(clause) not in self.rules.planning_governors | self.rules.permitting_verbs:
            return False
        described = self._agreement_described(clause)
        if described is not None:
            return lemma(described.head) not in self.rules.renewing_verbs
        if clause.dep_ != "advcl" or clause.tag_ != "VBG" or lemma(clause.head) in self.rules.renewing_verbs:
            return False
        signed = syntax.direct_object(clause.head)
        return signed is not None and any(lemma(part) in self.agreement_nouns for part in (signed, *signed.conjuncts))

    def _lets_or_lays_out(self, node: Any) -> bool:
        """A clause (or the clause it is the complement of) describing an agreement that lays out or
        lets what it says, not one renewed."""
        for _ in range(4):
            agreement = self._agreement_described(node)
            if agreement is not None and (lemma(node) in self.rules.planning_governors | self.rules.permitting_verbs or self._planned_under(node)):
                # "X prolonged the accord letting its pilots drill over Y": a pact renewed tells what goes on under it
                return lemma(agreement.head) not in self.rules.renewing_verbs

            if node.dep_ not in ("xcomp", "conj", "ccomp") or node.head == node:
                return False
            node = node.head
        return False

    def _agreement_or_its_topic(self, noun: Any) -> bool:
        """An agreement noun, or the topic of one ("a memorandum on military cooperation")."""
        if lemma(noun) in self.agreement_nouns:
            return True
        return noun.dep_ == "pobj" and noun.head.lower_ in self.rules.topic_prepositions and lemma(noun.head.head) in self.agreement_nouns

    def _agreement_described(self, clause: Any) -> Any | None:
        """The agreement noun a relative or participle clause describes: its head, or, as the parser
        may hang the clause on the last noun of the agreement's phrase, the agreement that phrase is
        of ("a memorandum on naval ties with X, which foresees ..."); None for any other clause."""
        if clause.dep_ not in ("acl", "relcl"):
            return None
        node = clause.head
        for _ in range(3):
            if lemma(node) in self.agreement_nouns:
                return node
            if clause.dep_ != "relcl" or node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.head == node.head:
                return None
            node = node.head.head
        return node if lemma(node) in self.agreement_nouns else None

    def _under_which(self, clause: Any) -> bool:
        """A clause opened by "under which" (or another in-force preposition with a relative pronoun):
        what it tells is told under the noun it hangs on, an agreement or a plan."""
        return any(c.dep_ == "prep" and c.lower_ in self.under_prepositions and any(p.lower_ in self.rules.relative_pronouns for p in c.children) for c in clause.children)

    def _planned_under(self, clause: Any) -> bool:
        """"a roadmap under which both navies are to rehearse convoy escort": what a clause "under which"
        says will be done is the agreement's content; told as going on ("under which X's medics now
        teach field surgery to Y") it is held."""
        under = self._under_which(clause)
        return under and self.syntax.clause_status(clause) in ("planned", "hypothetical", "intended")

    def _alongside_other_forces(self, verb: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> Activity | None:
        """"Dutch marines trained alongside Norwegian units", "Qatari jets flew sorties alongside French
        jets", "X's conscripts took part in field exercises alongside Y's units": forces of one state
        acting alongside forces of another act together, whatever the verb; the phrase may hang on the
        verb or on a noun of its own clause (its object, the object of its preposition)."""
        partners = [p for prep in sent if prep.dep_ == "prep" and prep.lower_ in self.rules.alongside_prepositions and self._clause_verb(prep.head) == verb for p in prep.children if p.dep_ == "pobj"]
        if not partners:
            return None
        subject, agent = syntax.subject_of(verb)
        if subject is None and verb.dep_ in ("xcomp", "advcl") and verb.head.pos_ in VERB_TAGS:
            subject, agent = syntax.subject_of(verb.head)  # "corvettes began patrolling ... alongside"
        if subject is None or agent or subject.lower_ in self.rules.relative_pronouns:
            return None
        forces_words = self.rules.force_nouns | self.rules.force_platform_nouns | self.rules.military_nouns
        phrases = [n for p in partners for n in (p, *p.conjuncts)]
        if not {lemma(t) for t in subject.subtree} & forces_words or not all({lemma(t) for t in n.subtree} & forces_words for n in phrases):
            return None  # "troops alongside civilians", "ministers alongside generals"
        if not self._military_work_told(verb):
            return None  # "sailors paraded alongside ...", "pilots dined alongside ...": side by side, no joint activity
        actors = grammar.state_codes([m for m in (*self.syntax.np_mentions(subject, index, deep=True), *self._modifier_states(subject, index)) if not m.is_place])
        beside = grammar.state_codes([m for n in phrases for m in (*self.syntax.np_mentions(n, index, deep=True), *self._modifier_states(n, index)) if not m.is_place])
        actors, beside = list(dict.fromkeys(actors)), [c for c in dict.fromkeys(beside) if c not in actors]
        status = self.verb_status(verb)
        if not actors or not beside or status is None or self._told_in_conflict(sent, set(actors + beside), index) and lemma(verb) in self.rules.clashing_verbs:
            return None
        if status == "occurred" and verb.dep_ == "xcomp" and lemma(verb.head) in self.rules.starting_verbs:
            status = "ongoing"  # "began patrolling alongside": still going on
        period = self.syntax.clause_date(verb, sent, dates, future=status == "planned", periods=True)
        return Activity("", tuple(sorted(set(actors + beside))), None, self._kinds(sent) or ("other",), period, status, grammar.evidence(sent, verb))

    def _military_work_told(self, verb: Any) -> bool:
        """The verb, or a noun of its own clause (its object, the object of its preposition), names
        military work done together (alongside_activity_words: train, patrol, sorties, a drill)."""
        words = self.rules.alongside_activity_words
        if lemma(verb) in words:
            return True
        # a word of the clause, or one qualifying a noun of it ("began patrolling the waters", read as a modifier)
        return any(lemma(t) in words and (t.dep_ == "xcomp" and t.head == verb or self._clause_verb(t.head if t.dep_ in ("amod", "compound") else t) == verb) for t in verb.subtree if t != verb)

    @staticmethod
    def _clause_verb(node: Any) -> Any | None:
        """The verb whose own clause a noun or verb sits in: the noun's chain of objects and
        prepositions up to the first verb ("flew sorties", "took part in field exercises")."""
        for _ in range(6):
            if node.pos_ in VERB_TAGS:
                return node
            if node.dep_ not in ("dobj", "pobj", "prep", "npadvmod", "attr") or node.head == node:
                return None
            node = node.head
        return None

    def _held_under_an_agreement(self, verb: Any, sent: Any, index: MentionIndex, dates: DateResolver, drafts: list[AgreementDraft]) -> Activity | None:
        """Forces of one party to a two-party agreement based, kept or operating under it, told as going
        on: "a compact, under which Y's gunboats now berth at X's harbour", "900 X troops are stationed
        in Y under a 2014 pact", "Y has run the radar station under the lease with X for years". The host
        is the agreement's other party, whatever place the clause names (docs/annotation.md §9.3 basing).
        What it says will or may be done ("under which X's troops will train") is its content, none held."""
        if not drafts or not self._told_as_going_on(verb):
            return None
        agreement = self._agreement_holding(verb)
        if agreement is None:
            return None
        draft = next((d for d in reversed(drafts) if d.noun == lemma(agreement)), None)
        parties = set(draft.parties) if draft is not None else set()
        if len(parties) != 2 or self._agreement_undone(agreement):
            return None
        subject, agent = syntax.subject_of(verb)
        obj = syntax.direct_object(verb)
        clause_nouns = [n for n in (subject, obj) if n is not None and n.lower_ not in self.rules.relative_pronouns]
        forces = [n for n in clause_nouns if {lemma(t) for t in n.subtree} & (self.rules.force_nouns | self.rules.force_platform_nouns)]
        if not forces and not (obj is not None and subject is not None and not agent and lemma(obj) in self.rules.base_nouns):
            return None  # "the pact under which X uses the port": no forces told
        if any(c.dep_ == "det" and c.lower_ in self.rules.negating_determiners for n in forces for c in n.children):
            return None  # "no French soldiers are stationed there"
        holders = forces or [subject]
        senders = {m.code for n in holders for m in self.syntax.np_mentions(n, index, deep=True) if m.code and m.kind in grammar.STATE_KINDS and not m.is_place}
        senders |= {m.code for n in forces for m in self._modifier_states(n, index) if m.code}
        if len(senders) != 1 or not senders < parties:
            return None
        if self._told_in_conflict(sent, parties, index):
            return None
        period = self.syntax.clause_date(verb, sent, dates, future=False, periods=True)
        return Activity("", tuple(sorted(parties)), None, ("other",), period, "ongoing", grammar.evidence(sent, verb))

    def _agreement_undone(self, agreement: Any) -> bool:
        """An agreement whose own clause tells it already ended, suspended or refused ("X tore up the
        compact under which ...", "the pact under which ... lapsed last year"), or only imagines it
        ("if X and Y sign the pact under which ..."): nothing is held under it. One told to end later
        ("is ending", "expires next year", "will not extend") still holds what is held now."""
        governor = agreement.head if agreement.dep_ in syntax.SUBJECT_DEPS | syntax.PASSIVE_SUBJECT_DEPS else self._clause_verb(agreement)
        if governor is None or governor.pos_ not in VERB_TAGS:
            return False
        status = self.syntax.clause_status(governor)
        if status == "hypothetical":
            return True
        ending = lemma(governor) in self.rejecting_verbs | self.rules.ending_agreement_verbs
        return ending and status == "occurred" and governor.tag_ in _PAST_TAGS

    def _agreement_holding(self, verb: Any) -> Any | None:
        """The agreement noun a clause is told under: the head of a relative clause "under which ...", or
        the object of "under" on the verb, on the complement of "remain", or on the verb's object."""
        if verb.dep_ == "relcl" and lemma(verb.head) in self.agreement_nouns:
            under = self._under_which(verb)
            return verb.head if under else None
        nodes = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "acomp", "dobj"))]
        return next((p for node in nodes for p in grammar.prepositional_objects(node, self.under_prepositions) if lemma(p) in self.agreement_nouns), None)

    def _agreement_content(self, verb: Any) -> bool:
        """A clause on an agreement that tells what the agreement lets or lays out ("the accord that
        opens X's ports to Y's frigates", "a deal under which Y's pilots are to use X's airfields"): its content, no activity
        held (docs/annotation.md §9.3 an agreement's scope); one renewed or extended tells it going on.
        "a compact that would let Y's sappers cross into X to train": the verb let is the content too."""
        if verb.dep_ == "ccomp" and verb.head.dep_ in ("relcl", "acl") and lemma(verb.head) in self.rules.permitting_verbs and self._agreement_described(verb.head) is not None:
            return lemma(self._agreement_described(verb.head).head) not in self.rules.renewing_verbs
        if verb.dep_ not in ("relcl", "acl") or lemma(verb.head) not in self.agreement_nouns:
            return False
        if lemma(verb.head.head) in self.rules.renewing_verbs:
            return False
        under = self._under_which(verb)
        if under and self._told_as_going_on(verb) and not self._agreement_undone(verb.head):
            return False  # "a compact under which Y's sappers are garrisoned at X's ports": the basing is told, held under it
        return under or lemma(verb) in self.rules.permitting_verbs | self.rules.access_granting_verbs | self.rules.planning_governors

    @staticmethod
    def _told_as_going_on(verb: Any) -> bool:
        """A finite clause in the present or the present perfect, with no modal and no negation:
        "troops are stationed", "its fleet is based", "aircraft use the base", "has operated the base"
        (not "are to use", "would host", "were based", "no longer use")."""
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(c.dep_ == "neg" for c in verb.children) or any(a.tag_ in ("MD", "TO", "VBD") for a in auxiliaries):
            return False
        if auxiliaries:
            return verb.tag_ in ("VBN", "VBG") and auxiliaries[0].tag_ in ("VBZ", "VBP")
        return verb.tag_ in ("VBZ", "VBP")

    def civilian_body(self, subject: Any) -> bool:
        """"the central banks of X and Y", "the customs services of X and Y": a subject whose head, or a
        word qualifying it, names a civilian body (forces among the conjuncts keep it military)."""
        # "DHAKA, May 10 (IANS) Disaster authorities of X and Y held ...": the body may be the dateline's apposition
        heads = syntax.conjuncts(_past_dateline(subject))

        def civilian(head: Any) -> bool:
            # "volunteer fire brigades", "disaster-response agencies": a qualifier may hang below another
            qualifiers = [t for c in head.children if c.dep_ in _QUALIFIER_DEPS for t in c.subtree]
            # "the General Administration of Customs", "the Ministry of Health": the body named by its "of" object
            qualifiers += [t for p in grammar.prepositional_objects(head, {"of"}) for t in (p, *(c for c in p.children if c.dep_ in _QUALIFIER_DEPS))]
            if any(lemma(t) in self.rules.civilian_bodies for t in (head, *qualifiers)):
                return True
            # "fire brigades", "fire services": a service named by the fire it fights
            return lemma(head) in self.rules.fire_service_heads and any(c.lower_ == "fire" for c in head.children if c.dep_ in _QUALIFIER_DEPS)

        # "Czech and Slovak revenue officers": officers of a civilian body are no forces
        if any(lemma(h) in self.rules.force_nouns and not civilian(h) for h in heads):
            return False
        return any(civilian(h) for h in heads)

    def _civilian_mission(self, words: list[Any]) -> bool:
        """"the EU police mission", "a civilian mission": a mission so qualified is no defence activity."""
        return any(lemma(t) in self.rules.civilian_mission_modifiers for t in words)

    @staticmethod
    def _past_tense(verb: Any) -> bool:
        """"led", "had": told in the simple past (not "has led", "leads")."""
        return verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children)

    def _base_access(self, verb: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> Activity | None:
        """"Latvia granted Canadian troops access to its Baltic bases", "Manila gave Dutch marines
        access to two more bases": a state letting another state's forces use its bases hosts them
        there (docs/annotation.md §9.3 basing: "a state's bases used by another state's forces"). An
        offer is proposed; access to markets, ports for trade or anything but bases is none."""
        access = syntax.direct_object(verb)
        if access is None or lemma(access) not in self.rules.access_nouns or self._agreement_content(verb):
            return None  # "the agreement that gives X's troops access to bases": the pact's content
        places = [p for p in grammar.prepositional_objects(access, self.rules.recipient_prepositions) if lemma(p) in self.rules.base_nouns or p.tag_ == "NNS" and p.lower_[:-1] in self.rules.base_nouns or lemma(p) in self.rules.base_like_nouns]
        if not places:
            return None
        users = [c for c in (*verb.children, *access.children) if c.dep_ in ("dative", "compound", "iobj") and c.pos_ in NOUN_TAGS]
        users += [p for p in grammar.prepositional_objects(access, {"for"})]
        users = [u for u in users if {lemma(t) for t in u.subtree} & (self.rules.force_nouns | self.rules.military_nouns | self.rules.force_platform_nouns)]
        subject, agent = syntax.subject_of(verb)
        if not users or subject is None or agent:
            return None
        guests = grammar.state_codes([m for u in users for m in (*self.syntax.np_mentions(u, index, deep=True), *self._modifier_states(u, index)) if not m.is_place and m.kind != "group"])
        hosts = grammar.state_codes([m for m in self.syntax.np_mentions(self._referent(subject, verb), index, deep=True) if m.kind in grammar.STATE_KINDS])
        hosts += [m.code for p in places for m in self._modifier_states(p, index)]  # "access to Philippine bases"
        guests = [g for g in dict.fromkeys(guests) if g not in hosts]
        status = self.verb_status(verb)
        if not guests or not hosts or status is None or self._told_in_conflict(sent, set(guests + hosts), index):
            return None
        if lemma(verb) in self.rules.offering_verbs and status in ("occurred", "ongoing", "planned"):
            status = "proposed"
        elif status == "occurred":
            status = "ongoing"  # access granted is access held
        period = self.syntax.clause_date(verb, sent, dates, future=status == "planned", periods=True)
        return Activity("", tuple(sorted(set(guests + hosts))), None, ("other",), period, status, grammar.evidence(sent, access))

    def _permitted_base_use(self, verb: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> Activity | None:
        """"Uzbekistan will allow U.S. forces to use an air base", "Niamey lets French jets use its
        airport": a state letting another state's forces use its bases or airfields hosts them there
        (docs/annotation.md §9.3 basing), as "granted access to its bases" does. What an agreement
        lets its parties do is its content, and is left to the agreement."""
        permitter = verb.head
        if verb.dep_ not in ("ccomp", "xcomp") or permitter.pos_ not in VERB_TAGS or lemma(permitter) not in self.rules.permitting_verbs:
            return None
        if self._agreement_content(permitter) or self._agreement_content(verb):
            return None
        objects = [c for o in (syntax.direct_object(verb),) if o is not None for c in (o, *o.conjuncts)]
        if not any(lemma(o) in self.rules.base_nouns | self.rules.base_like_nouns or o.tag_ == "NNS" and o.lower_[:-1] in self.rules.base_nouns for o in objects):
            return None
        user = syntax.subject_of(verb)[0] or syntax.direct_object(permitter)
        if user is None or not {lemma(t) for t in user.subtree} & (self.rules.force_nouns | self.rules.military_nouns | self.rules.force_platform_nouns):
            return None
        subject, agent = syntax.subject_of(permitter)
        if subject is None or agent:
            return None
        guests = grammar.state_codes([m for m in (*self.syntax.np_mentions(user, index, deep=True), *self._modifier_states(user, index)) if not m.is_place and m.kind != "group"])
        hosts = grammar.state_codes([m for m in self.syntax.np_mentions(self._referent(subject, permitter), index, deep=True) if m.kind in grammar.STATE_KINDS])
        guests = [g for g in dict.fromkeys(guests) if g not in hosts]
        status = self.verb_status(permitter)
        if not guests or not hosts or status is None or self._told_in_conflict(sent, set(guests + hosts), index):
            return None
        status = "ongoing" if status == "occurred" else status  # use allowed is use going on
        period = self.syntax.clause_date(permitter, sent, dates, future=status == "planned", periods=True)
        return Activity("", tuple(sorted(set(guests + hosts))), None, ("other",), period, status, grammar.evidence(sent, verb))

    def _set_out_to_join(self, verb: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> Activity | None:
        """"Uruguayan soldiers flew to Haiti to join an international contingent", "a platoon will
        leave for X to join the EU-led stabilisation force", "the frigate sailed for X to join the
        UN naval group": forces setting out for a state to join or serve with a multinational force or
        mission there are sent to it (docs/annotation.md §9.3 missions): the parties are the state
        sending, the state receiving and the force's organisation or leader. Joining one state's forces
        ("to join Russian forces") tells no consent and is none."""
        subject, agent = syntax.subject_of(verb)
        forces = subject if subject is not None and not agent else None
        if forces is None and verb.dep_ == "acl" and verb.head.pos_ in NOUN_TAGS:
            forces = verb.head  # "The first X troops left for Y ...": the parser may hang the verb on the troops
        if forces is None or not {lemma(t) for t in forces.subtree} & (self.rules.force_nouns | self.rules.force_platform_nouns | self.rules.military_nouns):
            return None
        purposes = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and lemma(c) in self.rules.joining_verbs | self.rules.staying_verbs]
        joined = [p for c in purposes for p in (syntax.direct_object(c), *grammar.prepositional_objects(c, self.rules.service_prepositions)) if p is not None]
        # "to serve with KFOR", "to join UNIFIL": a mission named by its own name needs no mission noun
        joined = [p for p in joined if any(lemma(t) in self.rules.mission_nouns | self.rules.joinable_nouns for t in p.subtree) or self._named_missions(list(p.subtree), index)]
        if not joined or self._civilian_mission([t for p in joined for t in p.subtree]):
            return None
        words = {lemma(t) for p in joined for t in p.subtree}
        bodies = [m.code for p in joined for t in p.subtree if (m := index.at(t.i)) is not None and m.kind == "organization" and not m.country and m.code]
        bodies += _running_organisations([t for p in joined for t in p.subtree], index, self.mission_organisations)  # "to join KFOR": NATO runs it
        leaders = [m.code for p in joined for t in p.subtree if t.lower_ in self.rules.leading_participles for h in t.children if (m := index.at(h.i)) is not None and m.code and m.kind in grammar.STATE_KINDS]
        if not (bodies or leaders or words & (self.rules.multinational_modifiers | self.rules.consent_nouns)):
            return None  # "left for X to join Russian forces": one state's forces, no mission
        destinations = [p for prep in self.rules.destination_prepositions for p in syntax.preposition_objects(verb, prep)]
        # "sailed for Somalia to join ...": the parser may read the destination as the purpose's subject
        destinations += [g for c in purposes if any(m.dep_ == "mark" and m.lower_ in self.rules.purpose_prepositions for m in c.children) for g in c.children if g.dep_ == "nsubj"]
        hosts = [m.code for d in destinations for t in self._host_words(d, index) if (m := index.at(t.i)) is not None and m.code and m.kind in grammar.STATE_KINDS]
        found = [*self.syntax.np_mentions(forces, index, deep=True), *(index.at(t.i) for t in forces.subtree)]
        senders = grammar.state_codes([m for m in found if m is not None and not m.is_place and m.kind in grammar.STATE_KINDS])
        senders = [c for c in dict.fromkeys(senders) if c not in hosts]
        hosts = [h for h in dict.fromkeys(hosts) if h not in self.rules.breakaway_codes]
        status = self.verb_status(verb)
        if not senders or not hosts or status is None or self._hostile_presence(sent, destinations, index):
            return None
        if status == "occurred":
            status = "ongoing"  # forces gone to serve in a force are there
        kinds = tuple(k for k in self._kinds(sent) if k in ("peacekeeping", "training")) or ("other",)
        period = self.syntax.clause_date(verb, sent, dates, future=status == "planned", periods=True)
        return Activity("", tuple(sorted(set(senders + hosts + bodies + leaders))), None, kinds, period, status, grammar.evidence(sent, verb))

    def _backed_by_forces(self, verb: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> Activity | None:
        """"Malian soldiers, assisted by French special forces, retook the town", "the army's units
        were supported by American advisers": forces (or authorities) of one state backed by another
        state's forces act with them (docs/annotation.md §9.3: a coordinated operation; support roles
        given to another state's forces). Backing by weapons or money tells no forces; an armed group
        backed is no party."""
        backers = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        if not backers or not {lemma(t) for b in backers for t in b.subtree} & (self.rules.force_nouns | self.rules.military_nouns):
            return None
        if verb.dep_ == "acl" and verb.head.pos_ in NOUN_TAGS:
            receivers = [verb.head]  # "soldiers, assisted by ..., retook": the clause the soldiers act in tells the stage
            clause = verb.head.head if verb.head.dep_ in ("nsubj", "nsubjpass") and verb.head.head.pos_ in (*VERB_TAGS, "AUX") else verb
        else:
            receivers = [s for s in (syntax.passive_subject(verb),) if s is not None]
            clause = verb
        backed_words = self.rules.force_nouns | self.rules.military_nouns | self.syntax.lexicon.government_nouns
        if not receivers or not any(lemma(t) in backed_words for r in receivers for t in (r, *r.conjuncts)):
            return None  # "the plan was backed by French troops": no forces backed
        if any(lemma(t) in self.rules.armed_group_nouns for r in receivers for t in (r, *r.conjuncts)):
            return None  # "rebels backed by Rwandan troops"
        received = [m for r in receivers for m in (*self.syntax.np_mentions(r, index, deep=True), *self._modifier_states(r, index))]
        given = [m for b in backers for m in (*self.syntax.np_mentions(b, index, deep=True), *self._modifier_states(b, index))]
        if any(m.kind == "group" for m in received):
            return None
        backed = grammar.state_codes([m for m in received if not m.is_place])
        providers = [c for c in grammar.state_codes([m for m in given if not m.is_place and m.kind != "group"]) if c not in backed]
        providers += [m.code for m in given if m.kind == "organization" and m.code in self.rules.military_organisation_codes]  # "backed by NATO troops"
        status = self.verb_status(clause)
        if not backed or not providers or status is None:
            return None
        status = self._standing(clause, status)
        kinds = ("training",) if {lemma(t) for b in backers for t in b.subtree} & self.rules.adviser_nouns else ("other",)
        period = self.syntax.clause_date(clause, sent, dates, future=status == "planned", periods=True)
        return Activity("", tuple(sorted(set(backed + providers))), None, kinds, period, status, grammar.evidence(sent, verb))

    def _support_given(self, verb: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> Activity | None:
        """"Turkey provides training to the Somali army", "Russia supplies military advisers to X",
        "offered Kenyan troops instruction": training or advisers given to another state's forces are a
        training activity of the giver and the receiver (docs/annotation.md §9.3 training). The
        receiver must be forces, or the support military ("provided language training to nurses" is
        none); an offer is proposed."""
        obj = syntax.direct_object(verb)
        recipients = [p for prep in self.rules.recipient_prepositions + ("for",) for p in syntax.preposition_objects(verb, prep) if obj is None or p.i > obj.i]
        if obj is not None and lemma(obj) not in self.rules.given_support_objects:
            # "provided the Somali army with training": the receiver is the object, the support follows "with"
            support = next((p for p in syntax.preposition_objects(verb, "with") if lemma(p) in self.rules.given_support_objects), None)
            recipients, obj = ([obj], support) if support is not None else (recipients, None)
        else:
            # "gave Kenyan troops training": the receiver is the dative
            recipients += [c for c in verb.children if c.dep_ == "dative" and c.pos_ in NOUN_TAGS]
        if obj is None or not recipients:
            return None
        qualifiers = {lemma(t) for c in obj.children if c.dep_ in _QUALIFIER_DEPS for t in c.subtree}
        if qualifiers & self.rules.civilian_qualifiers or any(self.police_only(r) for r in recipients):
            return None
        forces_received = any(lemma(t) in self.rules.force_nouns | self.rules.military_nouns | self.rules.trainee_nouns for r in recipients for t in r.subtree)
        if not forces_received and not qualifiers & (self.rules.military_qualifiers | self.rules.adviser_qualifiers):
            return None  # "provided training to Kenya": any training; a military one or forces trained only
        received = [m for r in recipients for m in (*self.syntax.np_mentions(r, index, deep=True), *self._modifier_states(r, index))]
        if any(m.kind == "group" for m in received) or any(lemma(t) in self.rules.armed_group_nouns for r in recipients for t in (r, *r.conjuncts)):
            return None  # "trained and armed the rebels": an armed group is no party
        subject, agent = syntax.subject_of(verb)
        givers = self.syntax.np_mentions(self._referent(subject, verb), index, deep=True) if subject is not None and not agent else []
        receivers = grammar.state_codes([m for m in received if m.kind in grammar.STATE_KINDS or m.country])
        providers = [c for c in grammar.state_codes([m for m in givers if not m.is_place and m.kind != "group"]) if c not in receivers]
        status = self.verb_status(verb)
        if not receivers or not providers or status is None:
            return None
        if lemma(verb) in self.rules.offering_verbs and status in ("occurred", "ongoing", "planned"):
            status = "proposed"
        status = self._standing(verb, status)
        period = self.syntax.clause_date(verb, sent, dates, future=status == "planned", periods=True)
        return Activity("", tuple(sorted(set(receivers + providers))), None, ("training",), period, status, grammar.evidence(sent, obj))

    def _visitors_for_an_activity(self, verb: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> Activity | None:
        """"Omani marines received sailors from Pakistan for a beach landing drill", "the navy
        hosted an Indian frigate crew for joint training": a state's forces receiving another
        state's forces for an exercise or training hold it together. Visitors named only by
        their unit ("troops arriving from the 9th Brigade") leave the host as the named party."""
        subject, agent = syntax.subject_of(verb)
        if subject is None or agent or not any(lemma(t) in self.rules.force_nouns | self.rules.military_nouns for t in subject.subtree):
            return None
        visitors = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        visitors += [g for c in verb.children if c.dep_ in ("ccomp", "xcomp", "advcl") and c.tag_ == "VBG" for g in c.children if g.dep_ == "nsubj"]
        visitors = [v for v in visitors if any(lemma(t) in self.rules.force_nouns for t in (v, *v.conjuncts))]
        if not visitors:
            return None
        activity = next((t for t in verb.subtree if t.dep_ == "pobj" and t.head.lower_ == "for" and lemma(t) in self.rules.nouns and lemma(t) not in self.rules.needs_qualifier), None)
        if activity is None:
            return None
        hosts = grammar.state_codes([m for m in (*self.syntax.np_mentions(subject, index, deep=True), *self._modifier_states(subject, index)) if not m.is_place])
        origins = [v for v in visitors] + grammar.prepositional_objects(verb, self.rules.source_prepositions)
        origins += [p for v in visitors for p in grammar.prepositional_objects(v.head, self.rules.source_prepositions) if v.head != verb]
        away = [m for o in origins for m in (*self.syntax.np_mentions(o, index, deep=True), *self._modifier_states(o, index)) if m.kind != "group"]
        guests = [c for c in grammar.state_codes(away) if c not in hosts]
        named_unit = any(t.pos_ == "PROPN" for o in origins for t in o.subtree)
        status = self.verb_status(verb)
        if not hosts or not (guests or named_unit) or status is None:
            return None
        kinds = self._kinds(sent) or self.default_kinds(activity)
        period = self.syntax.clause_date(verb, sent, dates, future=status == "planned", periods=True)
        return Activity("", tuple(sorted(set(hosts + guests))), None, kinds, period, status, grammar.evidence(sent, verb))

    def _answered_request(self, verb: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> Activity | None:
        """"Ghana heeded Togo's plea for soldiers", "answered the call of the Malian authorities for
        troops": forces a host asked for, told by the request met (the asker is the host).
        The forces a coordinated clause sends name the sender when the subject is the speaker's
        ("we answered ... and dispatched Danish marines")."""
        requests = [c for c in verb.children if c.dep_ in ("dobj", "obj")] + grammar.prepositional_objects(verb, {"to"})
        # "answered the call for help by sending 500 soldiers", "... and sent troops": help asked for
        # is forces only when the answer names forces ("heeded the call for military aid": no forces)
        means = [t for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in self.rules.means_prepositions for t in prep.subtree]
        sent_forces = [o for c in verb.conjuncts if c.pos_ in VERB_TAGS for o in c.children if o.dep_ in ("dobj", "obj") and lemma(o) in self.rules.force_nouns]
        forces_told = bool(sent_forces) or any(lemma(t) in self.rules.force_nouns for t in means)
        requests = [r for r in requests if lemma(r) in self.rules.request_nouns | self.rules.appeal_nouns and self._military_request(r, verb, forces_told)]
        if not requests:
            return None
        askers = [a for r in requests for a in (*(c for c in r.children if c.dep_ == "poss"), *grammar.prepositional_objects(r, self.rules.requester_prepositions))]
        hosts = grammar.state_codes([m for a in askers for m in self.syntax.np_mentions(a, index, deep=True) if m.kind != "group"])
        subject, _ = syntax.subject_of(verb)
        senders = grammar.state_codes([m for m in self.syntax.np_mentions(subject, index, deep=True) if not m.is_place]) if subject is not None else []
        if not senders:
            senders = grammar.state_codes([m for f in sent_forces for m in self._modifier_states(f, index)])
        senders = [c for c in senders if c not in hosts]
        status = self.verb_status(verb)
        # "responded ... by sending missiles": answered with arms, a transfer rather than forces
        if means and not any(lemma(t) in self.rules.force_nouns for t in means):
            return None
        if not senders or not hosts or status is None:
            return None
        period = self.syntax.clause_date(verb, sent, dates, future=status == "planned", periods=True)
        return Activity("", tuple(sorted(set(senders + hosts))), None, ("other",), period, status, grammar.evidence(sent, verb))

    def _military_request(self, request: Any, verb: Any, forces_told: bool) -> bool:
        """A request "for troops", or for help the answer tells as forces: help, assistance, support
        or aid, even military, may be money or arms, and alone sends no forces."""
        # (the parser may hang "for ..." on the asker, "the plea of the X government for troops",
        # or on the verb)
        holders = [request, verb, *grammar.prepositional_objects(request, self.rules.requester_prepositions)]
        for wanted in (w for h in holders for w in grammar.prepositional_objects(h, {"for"})):
            for node in (wanted, *wanted.conjuncts):
                if lemma(node) in self.rules.force_nouns or forces_told and lemma(node) in self.rules.help_nouns:
                    return True
        return False

    def _purpose_head(self, verb: Any) -> Any | None:
        """The staying verb whose forces a training clause is the purpose of: "a force could
        remain in X to train X's forces" (the clause: "to" + the verb, on a staying verb whose
        subject names forces)."""
        if verb.dep_ not in ("advcl", "xcomp") or not syntax.to_infinitive(verb):
            return None
        head = verb.head
        if lemma(head) not in self.rules.staying_verbs or head.pos_ not in VERB_TAGS:
            return None
        subject, _ = syntax.subject_of(head)
        return head if subject is not None and any(lemma(t) in self.rules.force_nouns for t in subject.subtree) else None

    def _gerund_read_as_noun(self, token: Any) -> bool:
        """"training and advising Malian troops": the parser may read the first of coordinated
        gerunds as a noun; with a verb beside it that takes the forces, it is the verb."""
        return token.pos_ == "NOUN" and token.tag_ == "NN" and token.lower_.endswith("ing") and lemma(token) in self.rules.kinds.get("training", ()) and any(
            c.pos_ == "VERB" and c.tag_ == "VBG" and syntax.direct_object(c) is not None for c in token.conjuncts
        )

    def _air_policing(self, token: Any) -> bool:
        """"to police Icelandic airspace", "began policing the skies over X", "NATO's air policing
        mission": a policing verb on airspace, or the noun "policing" qualified by "air"."""
        if lemma(token) in self.rules.air_policing_verbs or token.lower_ in self.rules.air_policing_verbs:
            # the parser may tag "police" a noun even with its object, or read it as a modifier of the airspace
            if any(c.dep_ == "dobj" and lemma(c) in self.rules.airspace_nouns for c in token.children):
                return True
            if token.dep_ in ("nmod", "compound") and lemma(token.head) in self.rules.airspace_nouns:
                return True
        # "a NATO air policing rotation": "air" may hang on the noun the policing qualifies
        return token.lower_ in self.rules.air_policing_nouns and token.i > token.sent.start and token.nbor(-1).lower_ in self.rules.air_words

    def _from_air_policing(self, trigger: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> Activity | None:
        """Air policing (docs/annotation.md §9.3, basing and missions): the aircraft's state (the
        subject of the clause the policing is told in) polices another state's airspace with its
        consent, so the host takes part, and the organisation whose mission it is ("NATO's air
        policing", "for NATO", "under NATO's mission"). The host is the state the skies are "over",
        the airspace's own adjective, a place the clause names ("flew to X", "stationed at a field in
        X", "operating out of X's airfield"), or else the dateline's state ("TOWN, Country -- the jets
        landed at this field ..."). Told as begun, taken over or in the present perfect, the policing
        goes on; told in a plain past or as ended, it was held."""
        chain = [trigger]
        node = trigger
        subject = None
        organisers: list[str] = []
        for _ in range(8):
            if node.pos_ in VERB_TAGS:
                subject, _ = syntax.subject_of(node)
                # "once the alliance began policing ...", "to carry out the alliance's policing duty" (the
                # alliance read as a subject): the organisation runs the policing, the aircraft are named above
                if subject is not None and self._senders(subject, index):
                    break
                if subject is not None:
                    organisers += [m.code for m in self.syntax.np_mentions(subject, index) if m.kind == "organization" and not m.country and m.code in self.rules.military_organisation_codes]
                subject = None
            if node.head == node:
                break
            node = node.head
            chain.append(node)
        if subject is None:
            return None
        governor = chain[-1]
        # "landed at X to police ...", "are headed for X so as to police ...": the places
        # hang on the verb whose subject the aircraft are, above the policing clause
        while node != subject.head and node.head != node and len(chain) < 10:
            node = node.head
            chain.append(node)
        senders = sorted(set(self._senders(subject, index)))
        if not senders or len(senders) > 2:
            return None
        owners = self._policing_owners(trigger, chain, index) + organisers
        hosts = [h for h in self._policing_hosts(trigger, chain, index) if h not in senders]
        if not hosts:
            return None
        if not owners and self._told_in_conflict(sent, set(senders) | set(hosts), index):
            return None  # "began policing the skies over X after the invasion": no consent told (a mission tells it)
        status = self.verb_status(governor) if governor.pos_ in VERB_TAGS else "ongoing"
        if status is None or status in ("suspended", "cancelled"):
            return None
        if status == "occurred" and not any(lemma(n) in self.rules.policing_ended_verbs for n in chain):
            # "took over the policing rotation", "have begun policing": on duty now; a plain past
            # ("policed the skies over X in 2019", "... until the mission ended") was held
            begun = any(lemma(n) in self.rules.policing_begun_verbs | self.rules.arriving_verbs | self.rules.deploying_verbs for n in chain) or syntax.is_perfect(governor) and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in governor.children)
            status = "ongoing" if begun else "occurred"
        period = self.syntax.clause_date(governor, sent, dates, future=status == "planned", periods=True)
        parties = tuple(sorted(set(senders) | set(hosts) | set(owners)))
        return Activity("", parties, None, ("other",), period, status, grammar.evidence(sent, trigger))

    def _senders(self, subject: Any, index: MentionIndex) -> list[str]:
        """The states of the aircraft or forces a subject names, a state's own force included
        ("the Royal Danish Navy's frigates are bound for ...": its state)."""
        mentions = self._forces_states(subject, index) + self._aircraft_states(subject, index)
        return grammar.state_codes(mentions) + [m.country for m in mentions if m.form == "institution" and m.country and m.kind not in grammar.STATE_KINDS]

    @staticmethod
    def _aircraft_states(subject: Any, index: MentionIndex) -> list[Mention]:
        """The states the aircraft's own phrase names: "fighters of the Italian Air Force", "RAF
        Typhoons" (not a clause on them: "jets that X sold to Y")."""
        clauses = {t.i for c in subject.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
        return [m for t in subject.subtree if t.i not in clauses and (m := index.at(t.i)) is not None and not m.is_place]

    def _policing_owners(self, trigger: Any, chain: list[Any], index: MentionIndex) -> list[str]:
        """The military organisation whose policing mission it is: a modifier of the policing word or
        of the noun it qualifies ("NATO's Baltic air policing mission", "a NATO air policing
        rotation"), or "for NATO", "under NATO's mission" on the words above it."""
        phrases = [c for n in (trigger, trigger.head) for c in n.children if c.dep_ in _QUALIFIER_DEPS + ("poss",)]
        airspace = [c for c in trigger.children if c.dep_ == "dobj" and lemma(c) in self.rules.airspace_nouns]
        # "for NATO" on the words above the policing or on the airspace policed
        phrases += [p for n in (*chain, *airspace) for p in grammar.prepositional_objects(n, self.rules.policing_owner_prepositions)]
        return list(dict.fromkeys(m.code for p in phrases for t in p.subtree if (m := index.at(t.i)) is not None and m.kind == "organization" and not m.country and m.code in self.rules.military_organisation_codes))

    def _policing_hosts(self, trigger: Any, chain: list[Any], index: MentionIndex) -> list[str]:
        """The states whose airspace is policed (see ``_from_air_policing``), nearest word first."""
        airspace = [c for c in trigger.children if c.dep_ == "dobj" and lemma(c) in self.rules.airspace_nouns]
        airspace += [trigger.head] if trigger.dep_ in ("nmod", "compound") and lemma(trigger.head) in self.rules.airspace_nouns else []
        airspace += [p for p in grammar.prepositional_objects(trigger, self.rules.policing_object_prepositions) if lemma(p) in self.rules.airspace_nouns]
        # "the skies above and around X" read as "over X", "Maltese airspace"
        over = [m for a in airspace for p in grammar.prepositional_objects(a, self.rules.airspace_host_prepositions) for m in self.syntax.np_mentions(p, index) if m.kind == "state"]
        over += [m for a in airspace for m in self._modifier_states(a, index) if m.kind == "state"]
        if over:
            return list(dict.fromkeys(m.code for m in over if m.code))
        # "flew to X's northern airfield", "at a field in X", "out of X's main base": places on the clause
        for node in chain:
            for p in grammar.prepositional_objects(node, self.rules.policing_host_prepositions):
                if p in airspace:
                    continue
                for t in p.subtree:
                    m = index.at(t.i)
                    if m is None or not m.code or m.kind != "state" and not m.is_place:
                        continue
                    if not m.is_place and t.dep_ not in ("poss", "pobj", "appos", "compound") or t.i == p.i and p.head.lower_ in self.rules.policing_origin_prepositions and not m.is_place:
                        continue  # "from the Polish Air Force": the detachment relieved, no place
                    code = m.country if m.is_place else m.code
                    if code:
                        return [code]
        dateline = index.dateline()
        if dateline is not None and dateline.place.country and (dateline.capitals or dateline.dashed):
            return [dateline.place.country]
        return []

    def _sharing_read_as_noun(self, token: Any) -> bool:
        """"Chile and Peru exchange radar data": the parser may read the present-tense verb as a noun
        compounded with what is shared, and the sharers as modifiers of that noun."""
        if lemma(token) not in self.rules.sharing_verbs:
            return False
        if token.dep_ == "compound" and token.i < token.head.i:
            # "swap radar and sensor data": what is shared may be the last of coordinated nouns; the
            # phrase stands where a clause would ("the offices of X and Y exchange data" read inside
            # an "of" object is left alone)
            if token.head.dep_ not in _MISREAD_CLAUSE_DEPS:
                return False
            return any(lemma(t) in self.rules.shared_objects for t in (token.head, *token.head.conjuncts))
        # "Japan and Korea exchange information": a "noun" with a direct object is the verb
        return token.pos_ != "VERB" and any(c.dep_ == "dobj" and lemma(c) in self.rules.shared_objects for c in token.children)

    def _misparsed_sharers(self, token: Any) -> list[Any] | None:
        """The words naming who shares, where the parser left the sharing verb without a subject:
        "The Thai and Lao navies swap data" (the verb a compound of the object, the sharers to the
        left in the object's phrase), "Chile and Peru exchange data" read with the states as an
        "nmod" of the verb. None where the clause is parsed as it should be."""
        if token.dep_ == "compound" and self._sharing_read_as_noun(token):
            return [t for t in token.doc[token.head.left_edge.i : token.i]]
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children):
            return None
        obj = syntax.direct_object(token)
        if obj is None or lemma(obj) not in self.rules.shared_objects:
            return None
        left = [c for c in token.children if c.dep_ == "nmod" and c.i < token.i]
        return [t for c in left for t in c.subtree] or None

    def _from_misparsed_sharing(self, verb: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> Activity | None:
        """"Chile and Peru exchange radar data", "the Thai and Lao navies swap data": a sharing verb in
        the simple present that the parser read without its subject. Only a plain present form
        counts (no modal, negation or other verb among the sharers' words): a standing practice."""
        sharers = self._misparsed_sharers(verb)
        if not sharers or verb.lower_.endswith(("ed", "ing")):
            return None
        if any(t.tag_ == "MD" or t.dep_ == "neg" or t.pos_ in ("VERB", "AUX") or lemma(t) in self.rules.civilian_bodies | self.rules.civilian_mission_modifiers for t in sharers):
            return None  # "Chile will exchange ...", "the customs or police of X and Y swap data": no standing military practice
        mentions = [m for t in sharers if (m := index.at(t.i)) is not None and m.code and m.kind in grammar.STATE_KINDS and not m.is_place]
        parties = sorted({m.code for m in mentions})
        if len(parties) < 2 or not self._military_data(verb, sharers) or self._report_called_false(verb):
            return None
        period = self.syntax.clause_date(verb, sent, dates, future=False, periods=True)
        return Activity("", tuple(parties), None, ("intelligence",), period, "ongoing", grammar.evidence(sent, verb))

    def _shared_phrase(self, verb: Any) -> Any | None:
        """The noun naming what a misread sharing clause shares: the head the sharing word is
        compounded with, or else the verb's object."""
        return verb.head if verb.dep_ == "compound" else syntax.direct_object(verb)

    def _military_data(self, verb: Any, sharers: list[Any]) -> bool:
        """What a misread sharing clause shares is intelligence: a word that is so by itself
        ("imagery"), or data or information with military sharers ("the two fleets swap data") or a
        military or security qualifier ("sonar-free radar data", "data on missile tests"); never data
        a civil word qualifies ("crop data", "the statistics offices ... exchange data")."""
        shared = self._shared_phrase(verb)
        if shared is None:
            return False
        words = {lemma(t) for t in (*sharers, *(t for t in shared.subtree if t.i != verb.i))} | {t.lower_ for t in sharers}
        if words & self.rules.civil_data_qualifiers:
            return False
        if not all(lemma(t) in self.rules.generic_shared_objects for t in (shared, *shared.conjuncts) if lemma(t) in self.rules.shared_objects):
            return True  # "swap imagery", "exchange intelligence and data"
        return bool(words & (self.rules.force_nouns | self.rules.military_nouns | self.rules.security_data_qualifiers))

    def _report_called_false(self, verb: Any) -> bool:
        """The misread sharing clause is what a report says, and the sentence calls the report false
        or denies it ("X and Y swap data, a rival ministry wrongly asserted"; "denied that ...")."""
        phrase = self._shared_phrase(verb) if verb.dep_ == "compound" else verb
        if phrase is None:
            return False
        if told_as_unfounded(phrase, self.unfounded_words):
            return True
        if phrase.dep_ not in ("ccomp", "dep", "parataxis") or phrase.head.pos_ not in VERB_TAGS:
            return False
        return lemma(phrase.head) in self.unfounded_words.denying_verbs or self._called_false(phrase)

    def _basing_read_as_noun(self, token: Any) -> bool:
        """"The United States stations troops in Korea": the parser may read the verb as a
        plural noun compounded with the forces."""
        return token.pos_ == "NOUN" and token.dep_ == "compound" and token.tag_ == "NNS" and lemma(token) in self.rules.basing_verbs and lemma(token.head) in self.rules.force_nouns

    def _mission_holder(self, verb: Any) -> Any | None:
        """"The EU heads a mission to help instruct Somali cadets": who holds the mission or
        force a purpose clause hangs on does what it is for."""
        node = verb
        while node.dep_ == "xcomp" and node.head != node:
            node = node.head
        if node.dep_ not in ("relcl", "acl") or lemma(node.head) not in self.rules.mission_nouns or node.head.dep_ != "dobj":
            return None
        subject, _ = syntax.subject_of(node.head.head)
        return subject

    def _with_a_coalition(self, verb: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> Activity | None:
        """"Alliance and Afghan troops have detained or killed dozens of militants": a state's
        forces acting together with a coalition take part in its operation."""
        subject, agent = syntax.subject_of(verb)
        if subject is None or agent or subject.head != verb:
            return None
        heads = syntax.conjuncts(subject)
        # "coalition and Iraqi forces" coordinates the forces or, as parsed, their modifiers
        modifiers = [c for h in heads for m in h.children if m.dep_ in _QUALIFIER_DEPS for c in (m, *m.conjuncts)]
        coordinated = len(heads) > 1 or any(m.conjuncts for h in heads for m in h.children if m.dep_ in _QUALIFIER_DEPS)
        if not coordinated or not any(lemma(t) in self.rules.coalition_nouns for t in (*heads, *modifiers)):
            return None
        partners = [h for h in heads if lemma(h) in self.rules.military_nouns]
        mentions = [m for h in partners for m in (*self.syntax.np_mentions(h, index), *self._modifier_states(h, index))]
        parties = sorted({m.code for m in mentions if m.code and m.kind in grammar.STATE_KINDS and not m.is_place and not self._is_coalition(m, index)})
        status = self.verb_status(verb)
        if not parties or status is None:
            return None
        period = self.syntax.clause_date(verb, sent, dates, future=status == "planned", periods=True)
        return Activity("", tuple(parties), None, ("other",), period, status, grammar.evidence(sent, verb))

    def _combined_forces(self, verb: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> Activity | None:
        """"Troops of Italy, Spain, Greece and Portugal patrolled ...",
        "Dutch and Danish units alongside ours secured the pass": the forces of three or
        more states, or of two said to act together or as allies, carry out one operation."""
        subject, agent = syntax.subject_of(verb)
        if subject is None or agent or subject.head != verb:
            return None
        tokens = [t for head in syntax.conjuncts(subject) for t in head.subtree]
        if not {lemma(t) for t in tokens} & self.rules.force_nouns:
            return None
        mentions = [m for t in tokens if (m := index.at(t.i)) is not None and not m.is_place]
        parties = sorted(set(grammar.state_codes(mentions)))
        together = any(t.lower_ in self.rules.together_words or lemma(t) in self.rules.allied_words for t in tokens)
        if not together and lemma(verb) in self.rules.clashing_verbs:
            return None  # "Indian, Pakistani and Chinese troops clashed": against each other
        status = self.verb_status(verb)
        if status is None or len(parties) < (2 if together else 3):
            return None
        period = self.syntax.clause_date(verb, sent, dates, future=status == "planned", periods=True)
        return Activity("", tuple(parties), None, ("other",), period, status, grammar.evidence(sent, verb))

    def _from_deployment_noun(self, noun: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> Activity | None:
        """"Sailors of the 3rd Flotilla left on rotation to Souda Bay, Greece": forces
        sent to a base in a foreign state. A unit named but of no codable state leaves the host
        as the one party (the other side is there, uncodable)."""
        governor = syntax.nearest_verb(noun)
        # "began their deployment to the Rukla base": the parser may hang the destination on the verb
        holders = [noun] + ([governor] if governor is not None and noun.dep_ == "dobj" and noun.head == governor else [])
        destinations = [p for node in holders for prep in self.rules.destination_prepositions for p in grammar.prepositional_objects(node, {prep})]
        destinations = [d for d in destinations if any(lemma(t) in self.rules.mission_nouns for t in d.subtree)]
        hosts = list(dict.fromkeys(m.code for d in destinations for t in d.subtree if (m := index.at(t.i)) is not None and m.code and m.kind == "state"))
        subject, _ = syntax.subject_of(governor) if governor is not None else (None, False)
        if not hosts or subject is None or not {lemma(t) for t in subject.subtree} & self.rules.force_nouns:
            return None
        found = [index.at(t.i) for t in subject.subtree]
        senders = [c for c in grammar.state_codes([m for m in found if m is not None and not m.is_place]) if c not in hosts]
        named_unit = any(t.ent_type_ == "ORG" or t.pos_ == "PROPN" and lemma(t) not in self.rules.force_nouns for t in subject.subtree)
        status = self.verb_status(governor)
        if not (senders or named_unit) or status is None:
            return None
        status = "ongoing" if status == "occurred" else status  # forces deployed are still there
        period = self.syntax.clause_date(governor, sent, dates, future=status == "planned", periods=True)
        return Activity("", tuple(sorted(set(senders + hosts))), None, ("other",), period, status, grammar.evidence(sent, noun))

    def _from_base(self, base: Any, sent: Any, index: MentionIndex, dates: DateResolver, users_needed: bool = False) -> Activity | None:
        """"the French air base in Niamey", "Russia's naval base in Tartus": one state's base
        in another is an activity of both (as forces based there), when the verb over it keeps,
        builds or uses it, or when the phrase itself names the owner and the host ("the upkeep of
        French bases in Djibouti", "its Greek bases", "British base spending in Cyprus"): a base that
        stands is basing (ongoing), unless it is closing, attacked or told in a conflict. An airfield,
        port or facility (``users_needed``) is basing only when forces are told using it ("the Somali
        airfield is used by U.S. Navy patrol aircraft"): a foreign port or facility may be a trader's."""
        phrase = base.head if base.dep_ == "compound" and base.head.pos_ in NOUN_TAGS and base.head != base else base  # "base spending in X"
        owners = [m for node in dict.fromkeys((base, phrase)) for m in self._modifier_states(node, index)]
        owners += [m for c in base.children if c.dep_ == "poss" and (m := index.at(c.i)) is not None and m.code and m.kind == "state"]
        chain = self._governors(phrase)
        governor = chain[-1] if chain else phrase
        own_pronoun = any(c.dep_ == "poss" and c.pos_ == "PRON" and not self._speaker(c, index) for c in base.children)
        # "the upkeep of French bases in Djibouti": the parser may hang the host on the noun the bases are "of"
        places = (base, phrase, phrase.head.head) if phrase.dep_ == "pobj" and phrase.head.lower_ == "of" else (base, phrase)
        hosts = [m for node in dict.fromkeys(places) for p in grammar.prepositional_objects(node, self.rules.host_prepositions) for t in p.subtree if (m := index.at(t.i)) is not None and m.code and m.kind == "state"]
        unowned = not any(c.dep_ == "poss" for c in base.children) and base.dep_ == "dobj" and lemma(governor) in self.rules.owning_verbs
        users = self._base_users(base, governor, index)
        if users_needed and not users:
            return None
        if users:
            # "Japan's bases are used by American forces", "U.S. jets use bases in Japan": the base's own
            # state (or the place on the verb) hosts, the forces that use it are based there
            hosts = hosts or [m for p in grammar.prepositional_objects(governor, self.rules.host_prepositions) if (m := index.at(p.i)) is not None and m.code and m.kind == "state"] or owners
            owners, own_pronoun, unowned = users, False, False
            if self._told_in_conflict(sent, {m.country for m in users + hosts}, index):
                return None  # "X's bases used by Y's jets in the war": no consent told
            if any(c.dep_ in ("advcl", "xcomp") and lemma(c) in self.rules.clashing_verbs for c in governor.children):
                return None  # "X's bases were used by Y's forces to strike Z": a use for attack tells no consent
        if own_pronoun and owners and not hosts:
            hosts, owners = owners, []  # "its Greek bases": the adjective names the host, "its" the owner
        if not owners and (unowned or own_pronoun) and governor.pos_ in VERB_TAGS:
            # "Russia uses its naval base in Tartus", "Russia maintains a military base in Tajikistan"
            subject, _ = syntax.subject_of(governor)
            owners = self.syntax.np_mentions(self._referent(subject, governor), index, deep=True) if subject is not None else []
        owner_codes = sorted(set(grammar.state_codes([m for m in owners if not m.is_place])))
        host_codes = sorted({m.code for m in hosts} - set(owner_codes))
        if not owner_codes or not host_codes:
            return None
        parties = tuple(sorted(set(owner_codes + host_codes)))
        if governor.pos_ in VERB_TAGS and lemma(governor) in self.rules.base_verbs:
            status = self.verb_status(governor)
            if status is None:
                return None
            status = "ongoing" if status == "occurred" else status  # a base kept is still there
        elif self._standing_base(base, places, chain, sent, set(parties), index) and not self._imagined_base(base, governor):
            status = "ongoing"
        else:
            return None
        period = self.syntax.clause_date(governor, sent, dates, future=status == "planned", periods=True) if governor.pos_ in VERB_TAGS else None
        return Activity("", parties, None, ("other",), period, status, grammar.evidence(sent, base))

    def _base_users(self, base: Any, governor: Any, index: MentionIndex) -> list[Mention]:
        """The states whose forces use ``base`` ("used by American forces", "U.S. jets use the base"):
        the subject or agent of a using verb when it names forces (a state using a base it owns says no more),
        or forces flying or operating "from" it ("U.S. bombers flew sorties from a base in X")."""
        if base.dep_ == "pobj" and base.head.lower_ in self.rules.source_prepositions:
            verb = base.head.head if base.head.head.pos_ in VERB_TAGS else base.head.head.head
            if verb.pos_ not in VERB_TAGS or lemma(verb) not in self.rules.operating_verbs:
                return []
            user = syntax.subject_of(verb)[0]
            if user is None or not {lemma(t) for t in user.subtree} & (self.rules.force_nouns | self.rules.military_nouns | self.rules.force_platform_nouns):
                return []
            return [m for m in (*self.syntax.np_mentions(user, index, deep=True), *self._modifier_states(user, index)) if not m.is_place and m.country and m.kind != "group"]
        if governor.pos_ not in VERB_TAGS or lemma(governor) not in self.rules.using_verbs or base.dep_ not in ("dobj", "nsubjpass") or base.head != governor:
            return []
        if base.dep_ == "nsubjpass":
            user = next((p for a in governor.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"), None)
        else:
            user = syntax.subject_of(governor)[0]
        if user is None:
            return []
        if not {lemma(t) for t in user.subtree} & (self.rules.force_nouns | self.rules.military_nouns | self.rules.force_platform_nouns):
            return []
        return [m for m in (*self.syntax.np_mentions(user, index, deep=True), *self._modifier_states(user, index)) if not m.is_place and m.country and m.kind != "group"]

    def _imagined_base(self, base: Any, governor: Any) -> bool:
        """"fears that a Russian base in X would destabilise the region": an indefinite base that is the
        subject of a modal clause is only imagined; no base is told standing ("the Chinese base
        in X would be expanded" presupposes one)."""
        if base.dep_ not in ("nsubj", "nsubjpass") or governor.pos_ not in VERB_TAGS or base.head != governor:
            return False
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in base.children)
        return indefinite and any(c.dep_ == "aux" and c.lower_ in syntax.HYPOTHETICAL_AUX for c in governor.children)

    def _standing_base(self, base: Any, places: tuple[Any, ...], chain: list[Any], sent: Any, parties: set[str], index: MentionIndex) -> bool:
        """A base whose phrase names owner and host stands there with the host's consent (§9.3),
        unless it is only planned ("a proposed base"), closing or left, attacked, or told in a
        story of conflict or occupation."""
        words = {lemma(node) for node in (*chain, *places)} | {lemma(c) for node in places for c in node.children if c.dep_ in _QUALIFIER_DEPS}
        if words & (self.rules.planning_governors | self.rules.proposal_nouns | self.rules.departure_verbs | self.rules.clashing_verbs | self.rules.hostile_words | self.rules.stopping_verbs):
            return False
        destinations = [p for node in places for p in grammar.prepositional_objects(node, self.rules.host_prepositions)]
        return not self._hostile_presence(sent, destinations, index) and not self._told_in_conflict(sent, parties, index)

    def _purpose_clauses(self, verb: Any) -> list[Any]:
        """The clauses telling what forces are sent for: "sent troops to X to join the force", and "at
        the request of Y to join the force" (the parser hangs the infinitive on the request)."""
        requested = [c for prep in verb.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj" and lemma(p) in self.rules.request_nouns for c in p.children if c.dep_ == "acl" and syntax.to_infinitive(c)]
        return [c for c in verb.children if c.dep_ in ("advcl", "xcomp")] + requested

    def _for_a_mission(self, verb: Any, index: MentionIndex) -> bool:
        """"deployed officers to Haiti to reinforce the multinational mission", "deployed to
        Haiti as part of a multinational mission", "sent units to Libya to help train its coast
        guard", "sent soldiers to Mozambique at Maputo's request": the purpose names a mission
        or training, the role a mission, or the host asked for the forces."""
        roles = [p for p in grammar.prepositional_objects(verb, self.rules.role_prepositions)]
        purposes = [t for c in self._purpose_clauses(verb) for t in c.subtree]
        return (
            any(lemma(t) in self.rules.mission_nouns or t.pos_ == "VERB" and lemma(t) in self.rules.verbs for t in purposes)
            or any(lemma(t) in self.rules.mission_nouns for r in roles for t in r.subtree)
            or self._asked_by_host(verb, index)
            or self._backs_host_government(verb, index)
        )

    def _backs_host_government(self, verb: Any, index: MentionIndex) -> bool:
        """"deployed forces to X to back the government", "sent troops to X to help its army": forces
        sent to the side of the host's own government or forces (docs/annotation.md §9.3), not to
        back a group in it or another state's government."""
        places = [p for prep in self.rules.destination_prepositions for p in syntax.preposition_objects(verb, prep)]
        hosts = {m.country for p in places for t in p.subtree if (m := index.at(t.i)) is not None and m.kind == "state" and m.country}
        for purpose in (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and lemma(c) in self.rules.assisting_verbs | self.rules.backing_verbs):
            backed = syntax.direct_object(purpose)
            if not hosts or backed is None or lemma(backed) not in self.syntax.lexicon.government_nouns | self.rules.military_nouns:
                continue
            named = {m.country for m in self.syntax.np_mentions(backed, index, deep=True) if m.country}
            if named and named <= hosts or not named and (any(c.dep_ == "poss" and c.lower_ in self.rules.host_pronouns for c in backed.children) or grammar.is_definite(backed, self.words) and not any(c.dep_ in ("compound", "amod") for c in backed.children)):
                return True
        return False

    def _asked_by_host(self, verb: Any, index: MentionIndex) -> bool:
        """"sent soldiers to Mozambique at Maputo's request", "... at the request of its
        president": forces the host state (its capital, government or leader) asked for. A
        request by anyone else ("at the request of the rebels", "of a third state") hosts nothing."""
        requests = [p for p in grammar.prepositional_objects(verb, self.rules.request_prepositions) if lemma(p) in self.rules.request_nouns]
        places = [p for prep in self.rules.destination_prepositions for p in syntax.preposition_objects(verb, prep) if lemma(p) not in self.rules.request_nouns]
        hosts = {m.country for p in places for t in p.subtree if (m := index.at(t.i)) is not None and m.country}
        for request in requests:
            askers = [c for c in request.children if c.dep_ == "poss"] + grammar.prepositional_objects(request, self.rules.requester_prepositions)
            if hosts and any(self._host_pronoun(a) for a in askers):
                return True  # "sent paratroopers to X at the invitation of its government": "its" is the host's
            countries = {m.country for a in askers for m in self.syntax.np_mentions(a, index, deep=True) if m.kind != "group"}
            if countries and None not in countries and countries <= hosts:
                return True
        return False

    def _host_pronoun(self, asker: Any) -> bool:
        """"its government", "their leaders", "its" (in "at its request"): the state last named, the host;
        so is "the government" named by nothing else ("sent troops into X at the government's request")."""
        if asker.pos_ == "PRON":
            return asker.lower_ in self.rules.host_pronouns
        if lemma(asker) not in self.syntax.lexicon.government_nouns:
            return False
        if any(c.dep_ == "poss" and c.lower_ in self.rules.host_pronouns for c in asker.children):
            return True
        return grammar.is_definite(asker, self.words) and not any(c.dep_ in ("poss", "compound", "amod", "prep") for c in asker.children)

    def _mission_destination(self, verb: Any) -> bool:
        """Forces sent to a mission or base ("to the NATO naval mission")."""
        return any(lemma(t) in self.rules.mission_nouns for prep in self.rules.destination_prepositions for d in syntax.preposition_objects(verb, prep) for t in d.subtree)

    def _multinational_destination(self, verb: Any) -> bool:
        """Forces sent or offered to a mission of several states: "for the multinational
        mission", "to the peacekeeping force" (the purpose or the destination names it)."""
        heads = [d for prep in self.rules.destination_prepositions for d in syntax.preposition_objects(verb, prep)]
        heads += grammar.prepositional_objects(verb, self.rules.role_prepositions)
        heads += [c for c in verb.children if c.dep_ in ("advcl", "xcomp")]
        return any(
            lemma(t) in self.rules.mission_nouns and any(lemma(m) in self.rules.multinational_modifiers for m in t.children if m.dep_ in _QUALIFIER_DEPS)
            for head in heads
            for t in head.subtree
        )

    def _deployed_subject(self, verb: Any) -> Any | None:
        """The forces of an intransitive deploying verb: "Kenyan police officers deployed to Haiti"."""
        subject, agent = syntax.subject_of(verb)
        if subject is None or agent or subject.head != verb or subject.dep_ != "nsubj":
            return None
        return subject if any(lemma(t) in self.rules.force_nouns for t in subject.subtree) else None

    def _from_operation(self, verb: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> Activity | None:
        """Military operations states carry out together: a coalition's strikes or air cover
        backing a state ("Alliance jets carried out a raid in support of the Somali
        national army"), forces working together ("the Greek and Italian navies are cooperating"),
        a state working as part of a coalition, and a state's ship or unit joining another
        state's force ("the French frigate joined the US task force")."""
        word = lemma(verb)
        subject, _ = syntax.subject_of(verb)
        if subject is None and word in self.rules.joining_verbs:
            subject = syntax.passive_subject(verb)  # "the destroyer was integrated into the U.S. strike group"
        if subject is None and word not in self.rules.together_verbs:
            return None
        subject_heads = syntax.conjuncts(subject) if subject is not None else []
        subject_words = {lemma(t) for head in subject_heads for t in head.subtree}
        actors = [m for head in subject_heads for m in (*self.syntax.np_mentions(head, index), *self._modifier_states(head, index))]
        partners: list[Mention] = []
        standing = False  # forces working together in the simple present: a standing practice
        part_of = self._part_of_a_coalition(verb)
        if word in self.rules.joining_verbs and self._coalition_joined(verb) is not None:
            # "Denmark has joined the Saudi-led coalition": the state, the leader and the coalition itself
            obj = self._coalition_joined(verb)
            states = grammar.state_codes([m for m in actors if not m.is_place])
            coalitions = sorted({m.code for t in obj.subtree if (m := index.at(t.i)) is not None and m.code and m.kind == "organization"})
            leaders = grammar.state_codes(self._modifier_states(obj, index))
            status = self.verb_status(verb)
            parties = sorted(set(states + leaders + coalitions))
            if not states or status is None or len(parties) < 2 or not self._military_coalition(obj, leaders, coalitions):
                return None  # "joined the coalition" (a government), "a coalition on climate"
            period = self.syntax.clause_date(verb, sent, dates, future=status == "planned", periods=True)
            return Activity("", tuple(parties), None, ("other",), period, "ongoing" if status == "occurred" else status, grammar.evidence(sent, verb))
        if word in self.rules.joining_verbs:
            # a state's ship or unit joins another state's force or command
            obj = next(iter(grammar.prepositional_objects(verb, tuple(sorted(self.rules.entry_prepositions)))), None) or syntax.direct_object(verb)
            if obj is None or obj is subject or lemma(obj) not in self.rules.joinable_nouns or not subject_words & self.rules.military_nouns:
                return None
            partners = [*self.syntax.np_mentions(obj, index), *self._modifier_states(obj, index)]
            if not grammar.state_codes(actors) or not grammar.state_codes(partners):
                return None
        elif self._together(verb):
            partners = [m for prep in self.rules.together_prepositions for p in syntax.preposition_objects(verb, prep) for m in (*self.syntax.np_mentions(p, index), *self._modifier_states(p, index))]
            partner_words = {lemma(t) for prep in self.rules.together_prepositions for p in syntax.preposition_objects(verb, prep) for t in p.subtree}
            if not (subject_words | partner_words) & self.rules.military_nouns:
                return None  # "working together" on trade is no military activity
            speakers = subject is not None and any(self._speaker(t, index) for t in subject.subtree if t.dep_ in ("poss", "nsubj") or t is subject)
            if not any(c.dep_ == "advmod" and c.lower_ in self.rules.together_words for c in verb.children) and len(set(grammar.state_codes(actors + partners))) < 2 and not speakers:
                return None  # "the army is working with U.S. forces": whose army is not said ("our forces": the speaker's, uncodable)
            standing = True
        elif word in self.rules.together_verbs and (force := self._force_served_in(verb)) is not None:
            # "a Dutch frigate is operating as part of the U.S.-led task force": a unit in another state's force
            partners = [m for m in (*self.syntax.np_mentions(force, index), *self._modifier_states(force, index)) if m.kind != "group"]
            if not subject_words & self.rules.military_nouns or not grammar.state_codes(actors) or not set(grammar.state_codes(partners)) - set(grammar.state_codes(actors)):
                return None
        elif part_of and word in self.rules.together_verbs:
            pass  # "Norway is operating as a member of the Alliance"
        elif word in self.rules.operation_verbs and self._operation_object(verb):
            coalition = bool(subject_words & self.rules.coalition_nouns) or part_of
            shared = self._shared_operation_partners(verb, index)
            partners = self._supported(verb, index) + self._listed_members(subject, index) + shared
            if coalition:
                # "Coalition warplanes": the coalition's forces take no country from where they strike
                actors = [m for m in actors if m.form != "institution" or any(c.dep_ in ("amod", "compound", "poss") and index.at(c.i) is not None and index.at(c.i) is not m for c in index.doc[m.end - 1].children)]
            # "in support of Iraqi security forces": strikes backing another state's forces are joint
            supported_forces = [m for m in self._supported(verb, index) if m.kind != "group"] if self._supports_forces(verb) else []
            if not coalition and len(set(grammar.state_codes(actors + shared + supported_forces))) < 2:
                return None  # one state's strikes are an attack, not a joint operation
        else:
            return None
        parties = sorted({m.code for m in actors + partners if m.code and m.kind in grammar.STATE_KINDS and not m.is_place and not self._is_coalition(m, index)})
        if not parties:
            return None
        status = self.verb_status(verb)
        if status is None:
            return None
        if word in self.rules.joining_verbs and status == "occurred":
            status = "ongoing"  # a ship that joined a force serves in it
        if standing:
            status = self._standing(verb, status)
        period = self.syntax.clause_date(verb, sent, dates, future=status == "planned", periods=True)
        return Activity("", tuple(parties), None, ("other",), period, status, grammar.evidence(sent, verb))

    def _from_joint_production(self, verb: Any, sent: Any, index: MentionIndex, dates: DateResolver) -> Activity | None:
        """"discussed co-manufacturing artillery shells": states making arms together
        (proposed when it is only talked about)."""
        if not any(c.dep_ == "advmod" and c.lower_ in self.rules.together_words for c in verb.children):
            return None
        subject, _ = syntax.subject_of(verb)
        if subject is None and verb.dep_ == "pcomp" and verb.head.head.pos_ in VERB_TAGS:
            subject, _ = syntax.subject_of(verb.head.head)  # "officials held talks on jointly producing"
        subject = _past_dateline(subject) if subject is not None else None  # "PUNE, March 3 (PTI) French and Indian technicians ..."
        mentions = [m for head in (syntax.conjuncts(subject) if subject is not None else []) for m in (*self.syntax.np_mentions(head, index, deep=True), *self._modifier_states(head, index))]
        mentions += [m for prep in self.rules.together_prepositions for p in syntax.preposition_objects(verb, prep) for m in self.syntax.np_mentions(p, index)]
        # "French and Indian technicians are jointly building": a state's engineers or technicians (a
        # civilian body of it, as the resolver reads them) make arms for it; armed groups make none
        makers = [m for m in mentions if m.kind == "group" and m.country and (m.sector or "").lower() in self.rules.making_body_sectors]
        parties = sorted({m.code for m in mentions if m.code and m.kind in grammar.STATE_KINDS and not m.is_place} | {m.country for m in makers})
        status = self.verb_status(verb)
        if len(parties) < 2 or status is None:
            return None
        heads = syntax.governing_chain(verb, limit=4)
        if any(lemma(node) in self.rules.discussion_nouns for head in heads for node in (head, *(c for c in head.children if c.dep_ == "dobj"))):
            status = "proposed"  # "held talks on jointly producing drones": talked about
        period = self.syntax.clause_date(verb, sent, dates, future=status == "planned", periods=True)
        return Activity("", tuple(parties), None, ("defence industry",), period, status, grammar.evidence(sent, verb))

    def _together(self, verb: Any) -> bool:
        """"are working together", and "working with Somali forces": a cooperative verb (not one
        that may tell a fight) with another military as its partner."""
        if lemma(verb) not in self.rules.together_verbs:
            return False
        if any(c.dep_ == "advmod" and c.lower_ in self.rules.together_words for c in verb.children):
            return True
        # "fought alongside Iraqi forces" is on their side; "fought with" may be against them
        preps = self.rules.together_prepositions if lemma(verb) not in self.rules.clashing_verbs else self.rules.side_prepositions
        return any(lemma(t) in self.rules.military_nouns for prep in preps for p in syntax.preposition_objects(verb, prep) for t in p.subtree)

    def _shared_operation_partners(self, verb: Any, index: MentionIndex) -> list[Mention]:
        """"carried out coordinated strikes with Syrian forces": the partner of a joint or
        coordinated operation named on the operation itself."""
        found: list[Mention] = []
        for obj in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
            if not any(lemma(m) in self.rules.shared_modifiers for m in obj.children if m.dep_ in _QUALIFIER_DEPS):
                continue
            for p in grammar.prepositional_objects(obj, set(self.rules.together_prepositions)):
                found.extend((*self.syntax.np_mentions(p, index), *self._modifier_states(p, index)))
        return found

    def _supports_forces(self, verb: Any) -> bool:
        """The operation backs forces or a government ("in support of Iraqi security forces"), not
        a cause: the supported phrase names a military noun or a government."""
        words = {lemma(t) for t in verb.subtree if t.dep_ == "pobj" and lemma(t.head.head) in self.rules.supporting_verbs for t in t.subtree}
        return bool(words & (self.rules.military_nouns | self.rules.force_nouns | self.syntax.lexicon.government_nouns))

    def _coalition_joined(self, verb: Any) -> Any | None:
        """The coalition a joining verb's object names ("joined the coalition against X")."""
        obj = syntax.direct_object(verb)
        return obj if obj is not None and lemma(obj) in self.rules.coalition_nouns else None

    def _military_coalition(self, coalition: Any, leaders: list[str], codes: list[str]) -> bool:
        """A coalition joined is military when its phrase names a military word, an enemy ("against
        X"), a known military coalition or a leading state ("the Saudi-led coalition"), and no
        non-military purpose ("a coalition for climate finance", "the coalition on climate")."""
        words = {lemma(t) for t in coalition.subtree}
        enemy = bool(grammar.prepositional_objects(coalition, set(self.rules.coalition_enemy_prepositions)))
        purposes = grammar.prepositional_objects(coalition, set(self.rules.coalition_purpose_prepositions))
        if purposes and not enemy and not any(lemma(t) in self.rules.military_nouns for p in purposes for t in p.subtree):
            return False
        return bool(words & self.rules.military_nouns) or enemy or bool(set(codes) & self.rules.military_coalition_codes) or bool(leaders)

    def _force_served_in(self, verb: Any) -> Any | None:
        """"operating as part of the U.S.-led task force", "sailing as a member of the French
        fleet": the force (not a coalition) a unit serves in."""
        for part in grammar.prepositional_objects(verb, set(self.rules.role_prepositions)):
            if lemma(part) not in self.rules.membership_nouns:
                continue
            for force in grammar.prepositional_objects(part, {"of"}):
                if lemma(force) in self.rules.joinable_nouns and lemma(force) not in self.rules.coalition_nouns:
                    return force
        return None

    def _part_of_a_coalition(self, verb: Any) -> bool:
        """"operating as a member of the Alliance"."""
        return any(
            lemma(part) in self.rules.membership_nouns and any(lemma(t) in self.rules.coalition_nouns for t in part.subtree)
            for part in grammar.prepositional_objects(verb, {"as"})
        )

    def _operation_object(self, verb: Any) -> bool:
        """Strikes, sorties or air support as the verb's object or its means ("support Malian troops with air raids")."""
        heads = [c for c in verb.children if c.dep_ in ("dobj", "obj")] + grammar.prepositional_objects(verb, {"with"})
        for head in heads:
            for node in (head, *head.conjuncts):
                if lemma(node) in self.rules.operation_objects:
                    return True
                if lemma(node) in self.rules.qualified_operation_objects and any(lemma(c) in self.rules.operation_qualifiers for c in node.children if c.dep_ in ("amod", "compound")):
                    return True
        return False

    def _supported(self, verb: Any, index: MentionIndex) -> list[Mention]:
        """The state an operation supports: "in support of the Malian government", "coordinated
        with Malian troops", the object of "support Malian troops with air raids"."""
        found: list[Mention] = []
        if lemma(verb) in self.rules.supporting_verbs:
            obj = syntax.direct_object(verb)
            if obj is not None:
                found.extend((*self.syntax.np_mentions(obj, index), *self._modifier_states(obj, index)))
        for token in verb.subtree:
            if token.dep_ == "pobj" and lemma(token) in self.rules.supporting_verbs and token.head.lower_ in self.rules.participation_prepositions:
                for pobj in grammar.prepositional_objects(token, {"of"}):
                    found.extend((*self.syntax.np_mentions(pobj, index, deep=True), *self._modifier_states(pobj, index)))
            if token.pos_ == "VERB" and lemma(token) in self.rules.coordinating_verbs:
                for pobj in grammar.prepositional_objects(token, {"with"}):
                    found.extend((*self.syntax.np_mentions(pobj, index, deep=True), *self._modifier_states(pobj, index)))
        return found

    def _listed_members(self, subject: Any | None, index: MentionIndex) -> list[Mention]:
        """"Alliance states that have flown raids comprise Norway, Chile, ...": the members listed."""
        if subject is None or subject.dep_ != "nsubj" or lemma(subject.head) not in self.rules.listing_verbs:
            return []
        obj = syntax.direct_object(subject.head)
        return self.syntax.np_mentions(obj, index) if obj is not None else []

    def _is_coalition(self, mention: Mention, index: MentionIndex) -> bool:
        """A coalition named as such is no codable party."""
        return any(lemma(t) in self.rules.coalition_nouns for t in index.doc[mention.start : mention.end])

    # Readings the learned back-off (accord.defence.backoff) reuses to veto a proposal where these
    # rules read a clause and declined it; they change nothing the rules extract.

    def declined_deployment(self, sent: Any, index: MentionIndex) -> bool:
        """``sent`` has a clause of forces sent or arriving that the deployment rules decline for
        want of the host's consent: sent to a named place at a request that is not the host's ("at
        the request of a third state"), sent to back a government or forces other than the host's,
        or arriving with no consent of the host told (``_arrival_with_consent``) or under a third
        state's; or forces stationed, sent or arriving in a story of fighting (``_told_in_conflict``:
        they may be invaders as well as guests)."""
        for verb in sent:
            if verb.pos_ != "VERB":
                continue
            if lemma(verb) in self.rules.basing_verbs | self.rules.presence_verbs | self.rules.deploying_verbs | self.rules.arriving_verbs and self._garrison_in_conflict(verb, sent, index):
                return True
            if lemma(verb) in self.rules.deploying_verbs and self._sent_without_the_hosts_call(verb, index):
                return True
            if lemma(verb) in self.rules.arriving_verbs and self._arrival_without_consent(verb, index):
                return True
        return False

    def _sent_without_the_hosts_call(self, verb: Any, index: MentionIndex) -> bool:
        forces = syntax.direct_object(verb) or syntax.passive_subject(verb) or self._deployed_subject(verb)
        if forces is None or not {lemma(t) for t in forces.subtree} & self.rules.force_nouns:
            return False
        # "deployed at the invitation of Damascus": with no place named, the asker may be the host
        places = [p for prep in self.rules.destination_prepositions for p in syntax.preposition_objects(verb, prep) if lemma(p) not in self.rules.request_nouns]
        requested = any(lemma(p) in self.rules.request_nouns for p in grammar.prepositional_objects(verb, self.rules.request_prepositions))
        if places and requested and not self._asked_by_host(verb, index):
            return True
        backed = [
            obj
            for c in verb.children
            if c.dep_ in ("advcl", "xcomp")
            and lemma(c) in self.rules.assisting_verbs | self.rules.backing_verbs
            and (obj := syntax.direct_object(c)) is not None
            and lemma(obj) in self.syntax.lexicon.government_nouns | self.rules.military_nouns
        ]
        return bool(backed) and not self._backs_host_government(verb, index)

    def _garrison_in_conflict(self, verb: Any, sent: Any, index: MentionIndex) -> bool:
        forces = syntax.passive_subject(verb) or syntax.subject_of(verb)[0] or syntax.direct_object(verb)
        if forces is None or not {lemma(t) for t in forces.subtree} & self.rules.force_nouns:
            return False
        states = {m.code for m in index.in_range(sent.start, sent.end) if m.code and m.kind in grammar.STATE_KINDS}
        return self._told_in_conflict(sent, states, index)

    def _place_entered(self, verb: Any, index: MentionIndex) -> Any | None:
        """The place an entering verb's object names ("entered X"), not a time or an activity
        ("entered the final week of the drills"): a place the resolver knows or a named location."""
        if lemma(verb) not in self.rules.entering_verbs:
            return None
        entered = syntax.direct_object(verb)
        if entered is None:
            return None
        known = index.at(entered.i)
        return entered if known is not None and (known.kind in grammar.STATE_KINDS or known.is_place) or entered.ent_type_ in ("GPE", "LOC") else None

    def _arrival_without_consent(self, verb: Any, index: MentionIndex) -> bool:
        forces = syntax.subject_of(verb)[0]
        if forces is None or not {lemma(t) for t in forces.subtree} & self.rules.force_nouns:
            return False
        senders = {m.code for t in forces.subtree if (m := index.at(t.i)) is not None and m.code and m.kind in grammar.STATE_KINDS}
        # only an arrival in a state named as the destination, not the sender's own, can lack its consent
        # ("landed on the shore of X alongside Y's soldiers", "entered the last week of the drills": none named)
        entry = self.rules.host_prepositions | self.rules.entry_prepositions
        named = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in entry for o in c.children if o.dep_ == "pobj"]
        named += [entered] if (entered := self._place_entered(verb, index)) is not None else []
        destinations = {m.code for o in named if (m := index.at(o.i)) is not None and m.code and m.kind in grammar.STATE_KINDS}
        if not destinations - senders:
            return False
        if not self._arrival_with_consent(verb, forces, index):
            refused = any(c.dep_ == "prep" and c.lower_ in self.rules.refusal_prepositions for c in verb.children)
            # "in X, a Y partner,": the host told as tied to someone other than the sender
            anothers = any(any(lemma(t) in self.rules.consent_words for t in d.subtree) for d in self._host_descriptions(verb, index))
            # "arrived to join the mission": a purpose told is read by the rules of missions and activities
            purpose = any(c.dep_ in ("advcl", "xcomp") and syntax.to_infinitive(c) for c in verb.children)
            if refused or anothers or not purpose:
                return True
        places = [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj" and (m := index.at(o.i)) is not None and m.kind == "state"]
        hosts = {m.code for p in places if (m := index.at(p.i)) is not None and m.code}
        return self._consent_of_another(verb, senders | hosts, index)  # "under a deal with Y": a third state's consent

    def trains_police_only(self, sent: Any) -> bool:
        """``sent`` has a training or drilling verb whose trainees are police or civilians only
        ("advisers began training police officers"), or whose trainers are police only and
        trainees no soldiers ("X police instructors trained Y's officers"): the verb rules read no
        defence activity there."""
        return any(
            (t.pos_ == "VERB" or self._gerund_read_as_noun(t)) and lemma(t) in self.rules.verbs
            and self._police_training(syntax.subject_of(t)[0], syntax.direct_object(t))
            for t in sent
        )

    def _police_training(self, trainers: Any, trained: Any) -> bool:
        """Training by or of police only: the trained are police or civilians, or the trainers are
        police and the trained name no soldiers. Police are no forces (docs/annotation.md §9.3)."""
        if trained is not None and self.police_only(trained):
            return True
        return trainers is not None and self._police_trainers(trainers) and (trained is None or not {lemma(t) for t in trained.subtree} & self.rules.military_nouns)

    def reacts_to_anothers_activity(self, sent: Any, index: MentionIndex) -> bool:
        """``sent`` has an activity noun that its own modifier gives to one state ("the Polish
        exercise"), the object of a verb the noun rules read as not holding it, whose subject
        names someone but no forces ("ministers of X and Y praised the Polish exercise"): those
        who only react to an activity take no part in it."""
        forces_words = self.rules.force_nouns | self.rules.military_nouns | self.rules.force_platform_nouns
        for token in sent:
            if not _nominal(token) or lemma(token) not in self.rules.nouns or token.dep_ != "dobj" or token.head.pos_ not in VERB_TAGS:
                continue
            named, _ = syntax.subject_of(token.head)
            if named is None or not self.syntax.np_mentions(named, index, deep=True) or {lemma(t) for t in named.subtree} & forces_words:
                continue
            if len({m.code for m in self._modifier_states(token, index) if m.code}) != 1:
                continue
            chain = self._governors(token)
            modifiers = {lemma(c) for c in token.children if c.dep_ in _QUALIFIER_DEPS}
            parties, holder = self._noun_parties(token, chain, modifiers, index)
            if holder is None and len(parties) < 2:
                return True
        return False

    def watches_anothers_activity(self, sent: Any, index: MentionIndex) -> bool:
        """``sent`` has an activity noun of one state only (by its modifier, "a Soviet exercise",
        "Y's drills", or "the drills of Y") that a watching verb takes as its object ("X's aircraft
        shadowed ...", "X's officers observed ..."), forces or not in the subject: who watches an
        activity takes no part in it."""
        for token in sent:
            if not _nominal(token) or lemma(token) not in self.rules.nouns or token.dep_ != "dobj" or lemma(token.head) not in self.rules.watching_verbs:
                continue
            owners = self._modifier_states(token, index)
            owners += [
                m for o in grammar.prepositional_objects(token, {"of"}) for node in (o, *o.conjuncts)
                if (m := index.at(node.i)) is not None and m.code and m.kind in grammar.STATE_KINDS and not m.is_place
            ]
            if len({m.code for m in owners}) == 1 and not self.rules.joint_modifiers & {lemma(c) for c in token.children}:
                return True
        return False

    def tells_an_agreements_scope(self, sent: Any) -> bool:
        """``sent`` has an activity noun the rules read as what an agreement covers, lets or lays
        out (``_scope_of_an_agreement``: "a treaty permitting the partner's marines to exercise on
        its coast"): the agreement's content, no activity held."""
        return any(_nominal(token) and lemma(token) in self.rules.nouns and self._scope_of_an_agreement(token) for token in sent)


def _ship_states(phrase: Any, prefixes: Mapping[str, str]) -> list[str]:
    """The states of the ships a phrase names by their navy's prefix ("the guided-missile destroyer USS
    X", "JS A, BRP B and USS C"), not in its clauses: a prefix is a compound of the ship's name."""
    found: list[str] = []
    pending = [phrase]
    while pending:
        node = pending.pop()
        if node.text in prefixes and node.dep_ == "compound" and node.head.pos_ == "PROPN":
            found.append(prefixes[node.text])
        pending.extend(c for c in node.children if c.dep_ not in _CLAUSE_DEPS)
    return found


def _clause_above(verb: Any) -> Any:
    """The clause a verb's infinitive chain hangs from: "will help (to) train" -> "help"."""
    while verb.dep_ == "xcomp" and verb.head != verb:
        verb = verb.head
    return verb


def _past_dateline(subject: Any) -> Any:
    """"MALE, Feb 22 (PTI) Coast guards of X, Y and Z began ...": the parser may make the dateline's
    city the subject and the true subject its apposition; the apposition is the subject then."""
    if subject.i != subject.sent.start:
        return subject
    true = [c for c in subject.children if c.dep_ == "appos" and c.pos_ in NOUN_TAGS and any(t.text in (")", "-", "--", "–", "—") for t in subject.doc[subject.i + 1 : c.i])]
    return true[-1] if true else subject


def _running_organisations(tokens: list[Any], index: MentionIndex, table: Mapping[str, str]) -> list[str]:
    """The organisations running the missions named in ``tokens`` ("the Kosovo Force" -> NATO):
    the gazetteer codes such a mission by its host (``table``: ``DefenceRules.mission_organisations``)."""
    return list(dict.fromkeys(table[m.key] for t in tokens if (m := index.at(t.i)) is not None and m.key in table))


def _mission_phrase_root(mention: Mention, sent: Any) -> Any:
    """The token of a mention's span that its phrase hangs from ("Mission" in "the United Nations
    Mission in South Sudan")."""
    span = sent.doc[mention.start : mention.end]
    return next((t for t in span if not mention.start <= t.head.i < mention.end or t.head.i == t.i), span[-1])


def _news_outlet(mention: Mention) -> bool:
    """A news outlet: it carries its own code, never its home state's (``Mention.code``)."""
    return mention.sector == "MED" and mention.code is not None and mention.code != mention.country


def _told_already(activity: Activity, earlier: Activity) -> bool:
    """The same parties, or some of the parties of another record of the sentence ("France will
    keep soldiers in Chad to train Chadian forces": the training of Chad's forces is the
    garrison's; "sent troops to the UN mission in X": the mission is the one they join)."""
    return activity.parties == earlier.parties or set(activity.parties) < set(earlier.parties)


def _told_again(activity: Activity, fuller: Activity) -> bool:
    """``activity`` (one party) tells again ``fuller``, a record of more parties that has its party,
    told earlier in the story and sharing a kind with it."""
    same_kind = set(activity.kinds) & set(fuller.kinds)
    return len(fuller.parties) > 1 and activity.parties[0] in fuller.parties and fuller.evidence.start < activity.evidence.start and bool(same_kind)


def _nominal(token: Any) -> bool:
    """A noun, or a word the parser tags as a verb but attaches as an object."""
    return token.pos_ in NOUN_TAGS or token.pos_ == "VERB" and token.dep_ in _NOMINAL_DEPS and token.tag_ in ("VBZ", "VBP")


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
        # a programme the rules read in any of its sentences is theirs, not the back-off's
        found_by = same.found_by if same.found_by == activity.found_by else "rules"
        merged[merged.index(same)] = replace(same, kinds=kinds, count=same.count or activity.count, period=same.period or activity.period, found_by=found_by)
    # "... drills off X with Y. Such drills are held twice a year": a one-party record whose party a
    # fuller record told before it has, of the same kind, is that activity told again, its partner
    # left to the reference; one told first, or of another kind ("NATO opened its own exercise.
    # Separately, NATO and X held joint training"), is an activity of its own
    merged = [a for a in merged if len(a.parties) != 1 or not any(_told_again(a, m) for m in merged)]
    return [replace(a, id=f"j{n}") for n, a in enumerate(merged, 1)]


def activity_kinds(sent: Any, kinds: dict[str, Any]) -> tuple[str, ...]:
    """The kinds (of the ``kinds`` table) whose words or word sequences ``sent``'s lemmas hold."""
    lemmas = " " + " ".join(lemma(t) for t in sent) + " "
    return tuple(kind for kind, words in kinds.items() if any(f" {w} " in lemmas for w in words))
