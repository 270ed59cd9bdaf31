"""Agreements: a noun that names one ("treaty", "defence cooperation plan") and the verbs that
tell what happened to it (signed, ratified, suspended).

Later mentions without parties ("the plan formalises the agreement reached in 2023") add
stages to the article's last agreement, which is how an agreement's history is told.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Mapping
from typing import Any

from accord.actors.resolve import Mention, MentionIndex
from accord.dates import DateResolver
from accord.defence import grammar
from accord.defence.equipment import EquipmentMention
from accord.defence.grammar import NOUN_TAGS, VERB_TAGS, lemma
from accord.defence.rules import DefenceRules
from accord.events import syntax
from accord.events.syntax import Grammar
from accord.records import Agreement, AgreementStage, ArmsTransfer, EventStatus

#: Lifecycle stages in order: an agreement's status is the latest stage it reached.
AGREEMENT_ORDER = ("proposed", "negotiating", "agreed", "signed", "ratified", "in_force", "suspended", "terminated")
#: Stages of making an agreement that, told as done, are the news even where an act under it is told too.
_MAKING_STAGES = ("signed", "ratified")
#: Dependencies through which the stage verb governs the noun ("signed a deal on ...").
_STAGE_PATH_DEPS = ("pobj", "prep", "dobj", "nsubjpass", "conj")
#: The actor sectors that speak for a state: its government and its armed forces (None: the state itself).
_STATE_SECTORS = (None, "GOV", "MIL")
#: Modifiers of the noun that name a party ("the Japan-Philippines pact").
_PARTY_MODIFIER_DEPS = ("amod", "compound", "poss", "nmod")
#: Modifiers that carry the cooperation word of a qualified noun.
_QUALIFIER_DEPS = ("compound", "amod", "nmod")
#: The actor sector of news outlets ("Tehran, IRNA --"), which report agreements and are party to none.
_MEDIA_SECTOR = "MED"
#: The words before a verb that are no part of its subject ("On Monday, ...", "after talks, ...").
_NO_SUBJECT_DEPS = ("prep", "advcl", "advmod", "npadvmod", "punct", "aux", "auxpass", "neg", "mark", "cc", "ccomp", "parataxis")
#: Statuses of a clause whose act has not happened (still to come, wished or refused).
_UNDONE_STATUSES = ("negated", "planned", "intended", "proposed")


@dataclass
class AgreementDraft:
    """An agreement while the article is read: its stages grow sentence by sentence."""

    noun: str
    name: str
    parties: list[str]
    signatories: list[str]
    domain: str
    place: str | None
    stages: list[AgreementStage] = field(default_factory=list)
    proper: bool = False  # named by a proper name ("the Reciprocal Access Agreement")
    place_stated: bool = False  # the place is said of the stage ("signed in Cairo"), not just named nearby
    scheme: bool = False  # a programme or framework first told only as standing: an agreement once told made
    count: int = 1  # "signed two memoranda": as many agreements, told together


class AgreementExtractor:
    """Finds the agreements of a sentence and adds their stages to the article's drafts."""

    def __init__(self, rules: DefenceRules, grammar: Grammar) -> None:
        self.syntax = grammar  # the clause grammar the event coder reads (status, mentions, dates)
        self.rules = rules.agreements
        self.grammar = rules.grammar
        self.transfer_verbs = rules.transfers.verbs  # "a deal to sell jets" is a sale, not an agreement
        # a contract "for buying tanks" or "for building 40 jets under licence": an order (nouns of purchase and production)
        self.purchase_nouns = rules.transfers.acquire_nouns | rules.transfers.supply_nouns
        self.production_nouns = rules.transfers.production_nouns
        self.enlarging_verbs = rules.alliances.enlarging_verbs
        self.inclusion_verbs = rules.alliances.inclusion_verbs
        self.founding_treaties = rules.alliances.founding_treaties  # "into the Washington Treaty": into NATO
        self.treaty_descriptors = rules.alliances.word_classes["treaty_descriptor"]
        # "a Cairo-mediated truce": who mediates, leads or hosts it, no party (one list with the alliance extractor's)
        self.role_participles = self.rules.word_classes["role_participle"]
        self.leave_verbs = rules.alliances.leave_verbs  # "quit the Collective Security Treaty": the alliance left
        # "an accord to admit X into NATO": the alliance extractor's admitting verbs, one list for both
        self.admitting_verbs = rules.alliances.admitting_verbs
        self.admission_prepositions = rules.alliances.admission_prepositions
        self.first_person = rules.alliances.first_person  # "the accord we signed": the quoted speaker's state
        self.accession_nouns = rules.alliances.accession_nouns  # "accession protocols for X": an admission accord
        self.alliance_codes = rules.alliances.alliance_codes
        self.alliance_nouns = rules.alliances.nouns
        self.alliance_stages = rules.alliances.stages
        self.obligation_nouns = rules.alliances.word_classes["obligation"]  # "suspended its obligations under the ANZUS treaty": an alliance move
        self.obligation_sources = rules.alliances.word_classes["obligation_source"]
        self.requesting_verbs = rules.transfers.requesting_words  # "urged X to end its obligations under ...": only asked for
        self.founding_verbs = rules.alliances.founding_verbs  # "the convention establishing a body": set up, no party
        self.leave_verbs = rules.alliances.leave_verbs  # "left the pact": a body left, not one partner's pact ended
        self.welcoming_verbs = rules.activities.welcoming_verbs  # "hosting the Kenyan president, Addis signed ...": a host

    def is_agreement_noun(self, token: Any) -> bool:
        if token.pos_ not in NOUN_TAGS or self._names_no_instrument(token):
            return False
        noun = self._noun_lemma(token)
        if noun in self.rules.nouns:
            return lemma(token.head) not in self.rules.idioms.get(noun, ())  # not "a great deal"
        if noun in self.rules.word_classes["exchange"] and any(self._noun_lemma(p) in self.rules.word_classes["exchanged"] for p in grammar.prepositional_objects(token, {"of"})):
            return True  # "an exchange of notes", "the Exchange of Letters": a treaty made by notes both sides sign
        if noun in self.rules.qualified_nouns:
            # "security cooperation roadmap", "roadmap of two-way security cooperation"
            words = {lemma(c) for c in token.children if c.dep_ in _QUALIFIER_DEPS}
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in self.rules.qualifier_prepositions):
                for pobj in prep.children:
                    if lemma(pobj) in self.alliance_nouns:
                        continue  # "plans for a military alliance": an alliance proposed (its own record), no plan signed
                    words.add(lemma(pobj))
                    words.update(lemma(g) for g in pobj.children if g.dep_ in ("compound", "amod"))
            return bool(words & self.rules.qualifiers)
        return False

    def _names_no_instrument(self, token: Any) -> bool:
        """"at the N Treaty Grounds", "the Accord Hall": an agreement word in the name of a place
        (the name's head a place noun) names the place; "under military protocol", "by protocol": a
        bare singular noun of etiquette, with no determiner, owner, number or complement, is
        ceremony, not an instrument ("the protocol", "a protocol on X", "the Kyoto Protocol" are)."""
        if token.dep_ == "compound" and token.head.pos_ in NOUN_TAGS and lemma(token.head) in self.rules.word_classes["place_noun"]:
            return True
        if lemma(token) not in self.rules.word_classes["etiquette_noun"] or token.tag_ != "NN" or token.dep_ != "pobj":
            return False
        return not any(c.dep_ in ("det", "poss", "nummod", "prep", "appos", "acl", "relcl", "compound") for c in token.children)

    def _noun_lemma(self, token: Any) -> str:
        """The noun's lemma, an agreement noun written as two words read as one ("a road map"); a
        capitalised plural in a name ("the Accession Protocols", "the Oslo Accords"), which the
        tagger leaves as it is, read in the singular."""
        word = lemma(token)
        split = next((f"{lemma(c)}{word}" for c in token.children if c.dep_ == "compound" and c.i == token.i - 1 and f"{lemma(c)} {word}" in self.rules.word_classes["split_noun"]), None)
        if split is not None and self._is_agreement_word(split):
            return split  # "a road map": the agreement noun "roadmap" written as two words
        if token.tag_ in ("NNPS", "NNP") and word.endswith("s") and word not in self.rules.nouns and (word[:-1] in self.rules.nouns or word[:-1] in self.rules.word_classes["exchanged"]):
            return word[:-1]
        return word

    def _is_agreement_word(self, word: str) -> bool:
        """A listed agreement noun, of any of the three kinds (plain, qualified, signed)."""
        return word in self.rules.nouns or word in self.rules.qualified_nouns or word in self.rules.signed_nouns

    def is_signed_instrument(self, token: Any, dates: DateResolver | None) -> bool:
        """"signed the document", "added their names to the roadmap": a noun that names an
        agreement because a signing word governs it (``dates``: the article's, as for ``stages``)."""
        if token.pos_ not in NOUN_TAGS or lemma(token) not in self.rules.signed_nouns:
            return False
        return any(verb is not None and lemma(verb) in self.rules.signing_verbs for verb, _ in self.stages(token, dates))

    def refers_back(self, token: Any, drafts: list[AgreementDraft]) -> bool:
        """"the document", "this text": a definite instrument noun stands for the agreement told before."""
        return bool(drafts) and token.pos_ in NOUN_TAGS and lemma(token) in self.rules.signed_nouns and grammar.is_definite(token, self.grammar)

    def add(self, sent: Any, index: MentionIndex, dates: DateResolver, drafts: list[AgreementDraft], equipment: dict[int, EquipmentMention]) -> None:
        """Add every agreement stage told in ``sent`` to ``drafts``; ``dates``: the article's date
        resolver (a time "ahead" is one it places after the publication date)."""
        for token in sent:
            mention = index.at(token.i)
            founded = mention is not None and self._pact_founded(token, mention)
            if mention is not None and mention.key.startswith(("org:", "inst:", "company:", "person:")) and not founded:
                continue  # "the Baltic Mutual Defence Treaty Organisation": a name, not an agreement
            if self.is_agreement_noun(token):
                if token.dep_ == "pobj" and self.is_agreement_noun(token.head.head):
                    continue  # "memorandum of understanding": one agreement, named by the first noun
            elif self.is_signed_instrument(token, dates) or self.refers_back(token, drafts):
                if any(self.is_agreement_noun(pobj) for pobj in grammar.prepositional_objects(token, self.grammar.name_complement_prepositions)):
                    continue  # "the text of the treaty": the treaty is the agreement
            else:
                continue
            if self._joined_by_accession(token) or self._left_as_alliance(token) or self._alliance_obligations_under(token, index):
                # "X's accession to the Rio Treaty", "Y walked out of the Washington Treaty", "suspended its obligations to Z
                # under the ANZUS treaty": the body joined or left, named by its treaty (an alliance record)
                continue
            if self._denied_or_doubted(token) or told_as_unfounded(token, self.rules) or told_as_ruled_out(token, self.rules):
                continue  # "has no defence treaty with X", "its alleged pact with Y": no agreement is asserted
            if self._lacked(token):
                continue  # "negotiations broke up without an accord": no agreement was reached
            if self._with_company(token, index) or self._to_trade(token) or self._for_equipment(token, equipment) or self._goods_traded_under(token, equipment, index, dates):
                continue  # "a contract with Naval Group", "a contract to sell 12 frigates": a purchase (an arms transfer)
            if any(self._imposed(c, index) for c in token.children if c.dep_ in ("acl", "relcl")):
                continue  # "the truce imposed on Belgrade by X and Y": forced on a side, its consent untold
            if self._widened(token):
                continue  # "the treaty, later extended to include X and Y": new members (an alliance record), not a pact between them
            stages = [(verb, stage) for verb, stage in self.stages(token, dates) if not self._affirmed_by_outsider(token, verb, index)]
            # "with the expired pact ceasing to bind them, boats quit the zone": the main verb tells nothing of it
            stages = [(verb, stage) for verb, stage in stages if not self._in_absolute_with(token, verb)]
            # "accused Bangkok of breaking the truce": a breach only alleged is a violation (in force, as
            # "accused X of violating the accord"), no termination
            stages = [(verb, "in_force" if stage == "terminated" and self._accused_of(verb) else stage) for verb, stage in stages]
            if any(verb is not None and lemma(verb) in self.rules.word_classes["renewing"] and self.syntax.clause_status(verb) in (EventStatus.OCCURRED, EventStatus.ONGOING) for verb, _ in stages):
                # "renewed the accord under which X's troops stay in Y", "under an arrangement Y extended last
                # year": the news is the renewal (signed); the act under it shows no further stage, only who is party
                acts = {self._act_under(token), self._relative_under(token)} - {None}
                stages = [(verb, "signed" if stage == "in_force" and verb in acts else stage) for verb, stage in stages]
            made = [stage for verb, stage in stages if stage in _MAKING_STAGES and verb is not None and verb.pos_ in VERB_TAGS and token.dep_ == "dobj" and token.head == verb and self.syntax.clause_status(verb) in (EventStatus.OCCURRED, EventStatus.ONGOING)]
            if made:
                # "approved a border security accord with Y, under which patrols are to be pooled": the
                # news is the stage the clause tells of its object; the act under it shows no further stage
                # (a pact only mentioned, "based there under the lease signed in 2017", is in force)
                acts = {self._act_under(token), self._relative_under(token)} - {None}
                told_stage = max(made, key=AGREEMENT_ORDER.index)
                stages = [(verb, told_stage if stage == "in_force" and verb in acts else stage) for verb, stage in stages]
            if not stages and self._admission(token) is not None and self.syntax.clause_status(syntax.nearest_verb(token) or token) in (EventStatus.OCCURRED, EventStatus.ONGOING):
                if self._rejected(token):
                    continue  # "blocked the accord to admit X": rejected, not agreed
                stages = [(None, "agreed")]  # "hailed the accord to admit Malta to the bloc": agreed on
            if not stages and self._ended(token) or self._said_ended(token):
                continue  # "its defunct accord with X", "the deal we reached is dead": it no longer stands
            subject = self._acting_subject(token)
            if not stages and subject is not None and len(_codes(self._noun_parties(token, index))) > 1 and self._acts(token, subject):
                # "The treaty between X and Y will boost trade": an agreement that acts is in force
                # "recent accords between X and Y have ...", "the convention ... has failed of ratification": signed only
                recent = any(c.dep_ == "amod" and lemma(c) in self.rules.recent_modifiers for c in token.children)
                # (a "not" under a modal of duty or of the future forbids the agreement something or foretells
                # what it will not do: that tells no failure of it, which stands)
                failed = lemma(token.head) in self.rules.failing_verbs or (self.syntax.clause_status(token.head) == "negated" and not self._modal_not(token.head))
                stages = [(None, "signed" if recent or failed else "in_force")]
            if any(self._ended_by_third_state(token, verb, stage, index) for verb, stage in stages):
                continue  # "Beijing denounced the pact between Manila and Washington": criticised, no stage of it
            # "trained under the US partnership program", "suspended its cooperation programme": a
            # scheme whose making is untold; kept as a draft (an activity under it takes its sides),
            # reported only once a later mention tells it made
            scheme = lemma(token) in self.rules.qualified_nouns and not any(_made(stage) for _, stage in stages)
            if not stages and self._held_with(token, index):
                # "reminded Beijing of its defence treaty with Manila": an agreement a state is said
                # to have with a partner, told in passing, stands
                stages = [(None, "in_force")]
            dated_and_held = not stages and self._dated_and_held(token, index, dates)
            if dated_and_held:
                # a definite or owned agreement noun carrying the year it was made and a "with" phrase
                # naming a partner state: presupposed to stand whatever the clause says of it, be the
                # clause hypothetical or negated
                stages = [(None, "in_force")]
            # One noun, one agreement: a stage that names fewer than two parties takes those its
            # other stages name ("the cancellation of the accord concluded with Peru"; "the
            # already agreed text").
            taken_in = self._accession_parties(token, stages, index)
            if taken_in:
                # "the allies signed the accession protocol for X": an accord admitting states to a
                # body is between the body and the states it admits; agreed when its members sign it (each
                # still ratifies), ratified when a member's parliament approves it
                stages = [(verb, "agreed" if stage == "signed" else stage) for verb, stage in stages]
            told = [(verb, stage, (taken_in, []) if taken_in else self._stage_parties(token, verb, stage, index)) for verb, stage in stages]
            if dated_and_held and len(told[0][2][0]) < 2:
                told = [(None, "in_force", (self._holders(token, told[0][2][0], index), []))]
            if founded:
                # "the founding of the Warsaw Pact by X, Y and Z": its founders are the parties, never the pact's own organisation
                told = [(verb, stage, ([p for p in parties if p != mention.code], signatories)) for verb, stage, (parties, signatories) in told]
            shared = sorted({p for _, _, (parties, _) in told for p in parties})
            for verb, stage, (parties, signatories) in told:
                self._add_stage(token, verb, stage, sent, index, dates, drafts, equipment, (parties if len(parties) > 1 else shared, signatories), scheme=scheme)

    def _stage_parties(self, token: Any, verb: Any | None, stage: str, index: MentionIndex) -> tuple[list[str], list[str]]:
        """The parties a stage names (``parties``); an act under the agreement that shows it in force
        ("warships of X, Y and Z will sail under the accord X and Y signed years ago") names those
        who act, so the agreement's own relative clause, when it names two or more, tells its parties."""
        told = self.parties(token, verb, index)
        if stage == "in_force" and verb is not None and verb == self._act_under(token):
            contact = self._contact_relative(token)
            if contact is not None:
                makers = self.parties(token, contact[0], index)
                if len(set(makers[0])) > 1:
                    return makers
        return told

    def _affirmed_by_outsider(self, token: Any, verb: Any | None, index: MentionIndex) -> bool:
        """"Japan and the Philippines upheld the ceasefire", "reaffirmed their commitment to the
        trade deal": an agreement affirmed or upheld is told in force only when its parties are
        told ("their truce", "the truce between X and Y") and it is no civil deal."""
        if verb is None or verb.pos_ not in VERB_TAGS or lemma(verb) not in self.rules.party_affirming_verbs:
            return False
        if any(lemma(t) in self.rules.civil_topics or t.lower_ in self.rules.civil_topics for t in token.subtree if t.i < token.i):
            return True
        node = token
        while node is not None and node != verb:
            if any(c.dep_ == "poss" for c in node.children):
                return False  # "their ceasefire", "their commitment to the truce": the subject's own
            node = node.head if node.head != node else None
        named = _codes(self._noun_parties(token, index))
        subject = self._subject(verb)
        acting = _codes([m for m in self.syntax.np_mentions(subject, index, deep=True) if m.kind in grammar.STATE_KINDS]) if subject is not None else []
        return len(named) < 2 or not set(acting) <= set(named)  # "Japan upheld the truce between X and Y": no party of it

    def _accused_of(self, verb: Any | None) -> bool:
        """"accused Bangkok of breaking the truce", "blamed X for breaking the pact": an act on the
        agreement only alleged."""
        if verb is None or verb.pos_ not in VERB_TAGS or verb.dep_ != "pcomp":
            return False
        return verb.head.dep_ == "prep" and lemma(verb.head.head) in self.rules.accusing_verbs

    def _denied_or_doubted(self, token: Any) -> bool:
        """"no defence treaty", "its alleged arms pact": a determiner that denies the agreement
        or a modifier that only suspects it."""
        for child in token.children:
            if child.dep_ == "det" and child.lower_ in self.rules.denying_determiners:
                return True
            if child.dep_ in ("amod", "compound") and (child.lower_ in self.rules.doubtful_modifiers or lemma(child) in self.rules.doubtful_modifiers):
                return True
        return False

    def _accession_parties(self, token: Any, stages: list[tuple[Any | None, str]], index: MentionIndex) -> list[str]:
        """"the members signed accession protocols for X and Y", "the accession protocol of X to
        NATO", "Sweden's NATO accession protocol", "the protocol on X's accession to the
        Washington Treaty", "the protocols admitting X and Y to NATO": the states an accession
        instrument takes in and the alliance they join (named on the noun, on its accession
        complement or admitting clause, or, as the parser hangs them, on its verb); [] when either
        is missing. The state whose parliament ratifies it or whose envoys sign it is no party."""
        if not stages or stages[-1][1] in ("suspended", "terminated"):
            return []
        admission = self._admission(token, participles=True)
        if admission is not None and admission.tag_ == "VBG":
            # "an agreement to bring X into NATO" reached by Y and Z stays theirs too (see parties)
            taken, _ = grammar.admitted_into(admission, self.admitting_verbs, self.admission_prepositions)
            states = [m for m in self.syntax.np_mentions(taken, index) if m.kind == "state" and m.code]
            alliances = [m for m in self._body_admitting(admission, index) if m.code in self.alliance_codes]
            return sorted({m.code for m in states + alliances if m.code}) if states and alliances else []
        # "a protocol on the accession of Malta to ...": the accession noun completes the instrument's name
        complements = [p for p in grammar.prepositional_objects(token, self.grammar.name_complement_prepositions) if lemma(p) in self.accession_nouns]
        if not complements and not any(c.dep_ in ("compound", "amod") and lemma(c) in self.accession_nouns for c in token.children):
            return []
        verb = stages[-1][0]
        holders = [token, *complements] + ([verb] if verb is not None and verb.pos_ in VERB_TAGS else [])
        named = [p for h in holders for p in grammar.prepositional_objects(h, self.rules.accession_party_prepositions) if p not in complements]
        named += [c for h in (token, *complements) for c in h.children if c.dep_ == "poss"]
        states = [m for p in named for m in self.syntax.np_mentions(p, index) if m.kind == "state" and m.code]
        into = [p for h in holders for p in grammar.prepositional_objects(h, self.admission_prepositions)]
        bodies = [m for p in into for m in self.syntax.np_mentions(p, index)]
        bodies += [Mention(p.left_edge.i, p.i + 1, f"org:{code}", "organization", None, "organization") for p in into if (code := self._founding_treaty_code(p)) is not None]
        # "Sweden's NATO accession protocol": the body named before the noun
        bodies += [m for c in token.children if c.dep_ in ("compound", "nmod") for m in self.syntax.np_mentions(c, index)]
        subject = syntax.subject_of(verb)[0] if verb is not None and verb.pos_ in VERB_TAGS else None
        signers = self.syntax.np_mentions(subject, index, deep=True) if subject is not None else []
        bodies += signers
        alliances = [m for m in bodies if m.key.startswith("org:") and m.code in self.alliance_codes]
        if not states:
            states = self._signed_with(token, verb, [m for m in signers if m in alliances], index)
        if not states or not alliances:
            return []
        return sorted({m.code for m in states + alliances if m.code})

    def _signed_with(self, token: Any, verb: Any | None, signers: list[Mention], index: MentionIndex) -> list[Mention]:
        """"NATO ministers signed an accession protocol with Malta": the state an alliance (or its
        members) signs an accession instrument with is the one taken in; [] on any other verb or
        subject ("allies discussed X's accession protocol with Y": Y is the talks' partner)."""
        if verb is None or not signers or lemma(verb) not in self.rules.signing_verbs:
            return []
        partners = [p for h in (token, verb) for p in grammar.prepositional_objects(h, self.rules.accession_signing_prepositions)]
        return [m for p in partners for m in self.syntax.np_mentions(p, index) if m.kind == "state" and m.code]

    def _founding_treaty_code(self, treaty: Any) -> str | None:
        """The alliance the founding treaty ``treaty`` names set up (grammar.founding_treaty_code)."""
        return grammar.founding_treaty_code(treaty, self.founding_treaties, self.role_participles, self.treaty_descriptors)

    def _joined_by_accession(self, token: Any) -> bool:
        """"accession to the North Atlantic Treaty", "membership of the Rio Treaty": a treaty a state
        accedes to stands for the body it set up, which is joined, not agreed."""
        return token.dep_ == "pobj" and token.head.lower_ in self.admission_prepositions and lemma(token.head.head) in self.accession_nouns

    def _left_as_alliance(self, token: Any) -> bool:
        """"X and Y walked out of the North Atlantic Treaty", "pulled out of the Warsaw
        Treaty": an alliance's founding treaty that a verb of leaving takes stands for the alliance left
        (an alliance record), not an agreement ended among the states that leave."""
        if self._founding_treaty_code(token) is None:
            return False
        node = token
        for _ in range(3):
            if node.dep_ not in ("dobj", "pobj", "prep", "prt") or node.head == node:
                return False
            node = node.head
            if node.pos_ in VERB_TAGS:
                return lemma(node) in self.leave_verbs
        return False

    def _alliance_obligations_under(self, token: Any, index: MentionIndex) -> bool:
        """"froze its defence commitments to X under the pact of ANZUS": an alliance's treaty
        under which a member's obligations are suspended or ended stands for the alliance, whose
        membership the move changes (see AllianceExtractor._from_obligations)."""
        verb = self._act_under(token)
        if verb is not None and verb.pos_ not in VERB_TAGS:
            verb = syntax.nearest_verb(verb)  # "froze its commitments to Canberra under the treaty": the parser may hang "under" on the state
        if verb is None or verb.pos_ not in VERB_TAGS or lemma(token) not in self.obligation_sources:
            return False  # "under the bloc's supply contract": a contract, no alliance
        if grammar.suspended_obligations(verb, self.alliance_stages, self.obligation_nouns, self.requesting_verbs) is None:
            return False
        named = self._founding_treaty_code(token) or next((m.code for t in token.subtree if (m := index.at(t.i)) is not None and m.key.startswith("org:")), None)
        return named in self.alliance_codes

    def _ended(self, token: Any) -> bool:
        """"its former pact", "the defunct accord": a modifier that says the agreement has ended."""
        return any(c.dep_ in ("amod", "compound") and (c.lower_ in self.rules.ended_modifiers or lemma(c) in self.rules.ended_modifiers) for c in token.children)

    def _said_ended(self, token: Any) -> bool:
        """"the deal we reached with X is dead", "the accord is now void": the agreement is the
        subject of a predicate that says it has ended, whatever stage its own clause tells."""
        head = token.head
        if token.dep_ != "nsubj" or lemma(head) not in self.rules.standing_verbs:
            return False
        return any(c.dep_ in ("acomp", "attr", "advmod") and (c.lower_ in self.rules.ended_modifiers or lemma(c) in self.rules.ended_modifiers) for c in head.children)

    def _pact_founded(self, token: Any, mention: Mention) -> bool:
        """"the founding of the Warsaw Pact by X, Y and Z": a pact known by its organisation's
        name ("Pact", "Treaty" ends the name) is an agreement where a stage noun tells it was made;
        elsewhere the name stands for the organisation (joined, left, a member of)."""
        if not mention.key.startswith("org:") or token.i != mention.end - 1 or lemma(token) not in self.rules.nouns:
            return False
        verb, stage = self.governing_stage(token)
        return verb is not None and verb.pos_ == "NOUN" and stage == "signed"

    def _rejected(self, token: Any) -> bool:
        """"Hungary blocked the accord", "the accord Ankara vetoed": a governor that rejects it."""
        verb = syntax.nearest_verb(token)
        return verb is not None and (lemma(verb) in self.rules.rejecting_verbs or lemma(verb) in self.rules.failing_verbs)

    def _acting_subject(self, token: Any) -> Any | None:
        """The subject that stands for the agreement: the noun itself, or a part of it ("Article
        5 of the treaty between X and Y obliges ...")."""
        if token.dep_ in ("nsubj", "nsubjpass"):
            return token
        part = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
        # "Article IV of ...": the parser may make the numeral the head and the part noun its compound
        if part is None or not (lemma(part) in self.rules.part_nouns or any(c.dep_ == "compound" and lemma(c) in self.rules.part_nouns for c in part.children)):
            return None
        if part.dep_ in ("nsubj", "nsubjpass"):
            return part
        # "its ships are shielded by Article 3 of the pact between X and Y": the part acts as the passive's agent
        return part if part.dep_ == "pobj" and part.head.dep_ == "agent" else None

    def _held_with(self, token: Any, index: MentionIndex) -> bool:
        """"its mutual defence treaty with Manila", "our alliance treaty with Japan": an agreement a
        state holds with a named partner, in a clause told as fact, with nothing making it one
        still to come ("its planned pact with X")."""
        if lemma(token) in self.rules.commercial_nouns or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
            return False
        # "its planned pact with X" is still to come; "its former pact with X" has ended
        unheld = self.rules.prospective_modifiers | self.rules.ended_modifiers
        if any(c.dep_ in ("amod", "compound") and (c.lower_ in unheld or lemma(c) in unheld) for c in token.children):
            return False
        partners = [m for p in grammar.prepositional_objects(token, {"with"}) for m in self.syntax.np_mentions(p, index) if m.kind == "state"]
        clause = syntax.nearest_verb(token)
        return bool(partners) and clause is not None and self.syntax.clause_status(clause) in (EventStatus.OCCURRED, EventStatus.ONGOING)

    def _dated_and_held(self, token: Any, index: MentionIndex, dates: DateResolver | None) -> bool:
        """A definite (or owned) agreement noun ("the 2004 defence accord with Peru", "Norway's 1952
        basing treaty with Denmark") that carries the year it was made, before the year of
        publication, with a state named as its partner; nothing on it makes it one still to come,
        one that has ended or one that never came to life."""
        if lemma(token) in self.rules.commercial_nouns or not self._presupposed(token) and not any(c.dep_ == "poss" for c in token.children):
            return False
        unheld = self.rules.prospective_modifiers | self.rules.ended_modifiers
        if any(c.dep_ in ("amod", "compound") and (c.lower_ in unheld or lemma(c) in unheld) for c in token.children):
            return False
        published = dates.published if dates is not None else None
        if not published or not any(_made_in_year_before(c, published[:4]) for c in token.children):
            return False
        return any(m.kind == "state" for p in grammar.prepositional_objects(token, {"with"}) for m in self.syntax.np_mentions(p, index))

    def _holders(self, token: Any, found: list[str], index: MentionIndex) -> list[str]:
        """The two sides of an agreement held with a partner: the state of the "with" phrase, and the
        owner the phrase names (a possessive, or a pronoun read as the state told before); else the
        sentence's two states, where it names just two and the partner is one of them (a state that
        speaks of its own dated treaty with a neighbour, the owner left unsaid)."""
        partners = [m for p in grammar.prepositional_objects(token, {"with"}) for m in self.syntax.np_mentions(p, index) if m.kind == "state"]
        owners = [m for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON" for m in (self.syntax.np_mentions(c, index) or self.syntax.plural_reference(c, index))]
        held = _codes(partners + owners)
        parties = held if len(held) > 1 else found
        if len(parties) > 1:
            return parties
        named = self._named_states(token.sent, index)
        return named if len(named) == 2 and set(_codes(partners)) <= set(named) else parties

    def _leaders_side_by_side(self, verb: Any, index: MentionIndex) -> list[Mention]:
        """"President A and his counterpart B signed ...", "Prime Minister A and Chancellor B
        signed ...": leaders joined by "and" before a signing verb, a phrase the parser often
        breaks (one name read as an object, the other as a modifier); the states of the people
        (and the states named) in the words before the verb that hang on it, where those words
        hold an "and" and no verb of their own."""
        lefts = [c for c in verb.lefts if c.dep_ not in _NO_SUBJECT_DEPS]
        span = [t for c in lefts for t in c.subtree]
        if not span or not any(t.dep_ == "cc" and t.lower_ == "and" for t in span) or any(t.pos_ in VERB_TAGS for t in span):
            return []
        inside = {t.i for t in span}
        doc = verb.doc
        found = [m for m in index.in_range(span[0].sent.start, verb.i) if m.start in inside and m.country and not m.is_place and not self._of_a_company(m, doc) and not self._of_a_civil_body(m, doc)]
        people = [m for m in found if m.kind == "person"]
        return [m for m in found if m.kind in ("person", "state")] if len(people) >= 2 else []

    def _modal_not(self, verb: Any) -> bool:
        """A verb negated under a modal of duty, of the future or of ability ("X must not ...", "X
        will not ..."): what is forbidden of a thing, or foretold of it, presupposes the thing."""
        return any(c.dep_ == "aux" and c.lower_ in self.rules.forbidding_or_foretelling_modals for c in verb.children) and any(c.dep_ == "neg" for c in verb.children)

    def _ended_by_third_state(self, token: Any, verb: Any | None, stage: str, index: MentionIndex) -> bool:
        """"Beijing denounced the pact between Manila and Washington": an end declared only by a
        state outside the parties the phrase names is a criticism of the pact, which tells no
        stage of it (as "Seoul was alarmed by the treaty between X and Y" tells none)."""
        if stage not in ("suspended", "terminated") or verb is None or verb.pos_ not in VERB_TAGS:
            return False
        named = _codes(self._noun_parties(token, index))
        subject = self._subject(verb)
        acting = _codes([m for m in self.syntax.np_mentions(subject, index, deep=True) if m.kind in grammar.STATE_KINDS]) if subject is not None else []
        return len(named) >= 2 and bool(acting) and not set(acting) & set(named)

    def _admission(self, token: Any, *, participles: bool = False) -> Any | None:
        """The infinitive on the noun that admits states into a body: "a pact to admit Malta and
        Cyprus into the bloc"; with ``participles`` also a present participle ("the protocols
        admitting X to NATO")."""
        for clause in token.children:
            infinitive = syntax.to_infinitive(clause)
            if clause.dep_ == "acl" and (infinitive or participles and clause.tag_ == "VBG"):
                if grammar.admitted_into(clause, self.admitting_verbs, self.admission_prepositions) is not None:
                    return clause
        return None

    def _body_admitting(self, clause: Any, index: MentionIndex) -> list[Mention]:
        """The body states are brought into: its mention, or the organisation its founding treaty made."""
        found: list[Mention] = []
        _, bodies = grammar.admitted_into(clause, self.admitting_verbs, self.admission_prepositions) or (None, [])
        for pobj in bodies:
            mention = index.at(pobj.i) or next((index.at(t.i) for t in pobj.subtree if index.at(t.i) is not None), None)
            if mention is not None and mention.code:
                found.append(mention)
                continue
            code = self._founding_treaty_code(pobj)
            if code is not None:
                found.append(Mention(pobj.left_edge.i, pobj.i + 1, f"org:{code}", "organization", None, "organization"))
        return found

    def _possessor(self, noun: Any, index: MentionIndex) -> list[Mention]:
        """The state a possessive pronoun on the noun stands for: "our" the quoted speaker's;
        "its"/"their" the state a verb aims at when the noun gives its grounds ("condemned
        Pyongyang over its pact with Moscow"), else the clause's subject (for an infinitive
        under "urged Manila to ...", the one urged)."""
        pronouns = [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"]
        if not pronouns:
            return []
        if pronouns[0].lower_ in self.rules.first_person_possessives:
            return self._speaking_state(noun.sent, index)
        clause = syntax.nearest_verb(noun)
        if clause is None:
            return []
        if noun.dep_ == "pobj" and noun.head.lower_ in self.rules.grounds_prepositions and noun.head.head == clause:
            target = syntax.direct_object(clause)
            aimed = [m for m in self.syntax.np_mentions(target, index) if m.kind in grammar.STATE_KINDS] if target is not None else []
            if aimed:
                return aimed
        subject = self._subject(clause)
        if subject is not None and subject.i == noun.i and clause.dep_ == "ccomp" and clause.head.pos_ in VERB_TAGS:
            # "Cairo reminded Addis that its pact with Khartoum remains binding": the agreement is its
            # own clause's subject; "its" is the subject of the clause that tells it
            subject = self._subject(clause.head)
        return self.syntax.np_mentions(subject, index, deep=True) if subject is not None and subject.i != noun.i else []

    def _subject(self, verb: Any) -> Any | None:
        """The verb's subject; for an infinitive under "called on Armenia to ...", the one called on;
        for one on a predicate noun ("X and Y were the only members to approve the accord"), the copula's subject."""
        if verb.dep_ in ("relcl", "acl") and verb.head.dep_ == "attr" and syntax.to_infinitive(verb):
            described = syntax.subject_of(verb.head.head)[0]
            if described is not None:
                return described
        if verb.dep_ == "xcomp":
            # "voted on Thursday to denounce the pact": a date after "on" is when, not who is called on
            urged = [p for p in grammar.prepositional_objects(verb.head, self.rules.urging_prepositions) if p.ent_type_ not in grammar.TIME_ENTITIES]
            if urged:
                return urged[0]
        return syntax.subject_of(verb)[0]

    def _acts(self, token: Any, subject: Any | None = None) -> bool:
        """Whether the agreement ``token`` names acts in its clause as a fact: "a treaty between
        X and Y could transform the region" (or "would", "if", "plans to") tells of none yet;
        "the treaty ... will boost trade" tells of one that exists, "a treaty ... will" does not."""
        clause = (subject if subject is not None else token).head
        clause = clause.head if clause.dep_ == "agent" else clause  # "covered by Article 5 of ...": the passive verb
        status = self.syntax.clause_status(clause)
        if status in (EventStatus.HYPOTHETICAL, EventStatus.INTENDED, EventStatus.PROPOSED):
            return False
        return status != EventStatus.PLANNED or grammar.is_definite(token, self.grammar)

    def _with_company(self, token: Any, index: MentionIndex) -> bool:
        if lemma(token) not in self.rules.commercial_nouns:
            return False
        owners = [token]
        if token.dep_ == "pobj" and token.head.head.pos_ == "NOUN":
            owners.append(token.head.head)  # "the annulment of the supply deal with a firm": the parser's attachment
        pobjs = [p for owner in owners for p in grammar.prepositional_objects(owner, self.rules.noun_party_prepositions)]
        return any(lemma(pobj) in self.rules.company_nouns or any(m.form == "company" for m in self.syntax.np_mentions(pobj, index)) for pobj in pobjs)

    def _to_trade(self, token: Any) -> bool:
        """"a contract to sell 12 frigates", "signed a contract to buy tanks" (the parser may hang the
        infinitive on the verb), "the deal under which Spain was to sell jets"."""
        if lemma(token) not in self.rules.commercial_nouns:
            return False
        owners = [token, token.head] if token.dep_ == "dobj" else [token]
        clauses = [c for owner in owners for c in owner.children if c.i > token.i and c.dep_ in ("acl", "relcl", "advcl", "xcomp")]
        if token.dep_ == "pobj" and (verb := syntax.nearest_verb(token)) is not None:
            # "backed out of its contract to sell six frigates": the parser may hang the noun's infinitive on the
            # verb above its preposition; only one that starts right after the noun is the noun's
            clauses += [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.left_edge.i == token.i + 1]
        # "the contract under which France was to supply jets": the infinitive under the relative's "be"
        clauses += [x for c in clauses if c.dep_ == "relcl" and lemma(c) == "be" for x in c.children if x.dep_ == "xcomp"]
        if any(lemma(c) in self.transfer_verbs and syntax.to_infinitive(c) for c in clauses):
            return True
        # "signed a deal with X for the purchase of tanks": the parser may hang the "for" on the verb
        if any(self._purchase(p) for owner in owners for p in grammar.prepositional_objects(owner, self.rules.purchase_prepositions)):
            return True
        return self._names_a_sale(token)

    def _names_a_sale(self, token: Any) -> bool:
        """"the acquisition of 30 patrol boats, an order worth ...", "cleared the export of 12 frigates in a
        contract worth ...": a commercial noun set beside a purchase or sale (in apposition, or "in/as"
        on it) names that order, not an agreement; "under a deal" frames an act."""
        if token.dep_ == "appos":
            node = token.head
        elif token.dep_ == "pobj" and token.head.lower_ in self.rules.sale_naming_prepositions:
            node = token.head.head
        else:
            return False
        for _ in range(4):
            # "the export to Kenya of 12 frigates ... in a contract": up through the sale's own phrases
            if node.pos_ in NOUN_TAGS and self._purchase(node) or node.pos_ in VERB_TAGS and lemma(node) in self.transfer_verbs:
                return True
            obj = syntax.direct_object(node) if node.pos_ in VERB_TAGS else None
            if obj is not None and self._purchase(obj):
                return True  # "approved the sale of 18 jets ... in a deal": the parser hangs the deal on the verb
            if node.dep_ not in ("pobj", "prep") or node.head == node:
                return False
            node = node.head
        return False

    def _for_equipment(self, token: Any, equipment: dict[int, EquipmentMention]) -> bool:
        """"signed a $2 billion deal with Paris for 24 fighter jets": a commercial noun for a counted
        batch of weapons is an order ("a contract for tanks" may name the frame a sale is made under)."""
        if lemma(token) not in self.rules.commercial_nouns:
            return False
        owners = [token, token.head] if token.dep_ == "dobj" else [token]
        # "an order worth some 300 million euros for 40 armoured cars": the parser may hang the "for" on
        # "worth" or on the sum under it
        owners += [t for c in token.children if c.dep_ == "amod" and c.lower_ in self.rules.value_words for t in c.subtree if t.dep_ != "prep" and t.pos_ != "ADP"]
        goods = [p for owner in owners for p in grammar.prepositional_objects(owner, self.rules.purchase_prepositions)]
        # "agreed a deal on the purchase of six submarines": a purchase or supply of goods the commercial noun is on
        goods += [g for owner in owners for p in grammar.prepositional_objects(owner, self.rules.purchase_topic_prepositions) if lemma(p) in self.purchase_nouns for g in grammar.prepositional_objects(p, self.rules.purchase_goods_prepositions)]
        return any(t.i in equipment for g in goods for t in g.subtree) and any(t.dep_ == "nummod" for g in goods for t in g.subtree)

    def _goods_traded_under(self, token: Any, equipment: dict[int, EquipmentMention], index: MentionIndex, dates: DateResolver | None) -> bool:
        """"the sale of nine corvettes to Peru under the accord", "is to buy 64 trucks from Spain
        under a deal", "a shipyard will turn out 16 patrol boats under a licence agreement": weapons
        bought, sold or made in an act done under an unnamed agreement whose making the sentence
        does not tell make it the order of that transfer, no agreement of its own (troops "sent
        under a pact" move no goods). One named ("under the Kestrel pact"), one whose stage is told
        with its parties ("under the truce signed by X and Y"; "the deal approved by the cabinet" is
        still the order), and one named for defence or cooperation ("under
        its defence cooperation accord", "under notes the two capitals exchanged") stay agreements: a framework
        between the states, which goods moved under it show in force."""
        act = self._act_under(token)
        if act is None or lemma(token) in self.rules.word_classes["exchange"]:
            return False
        if any(c.dep_ in _QUALIFIER_DEPS and lemma(c) in self.rules.qualifiers for c in token.children):
            return False
        if self._named_agreement(token, equipment) or any(verb is not None and verb.i != act.i and len(_codes(self._clause_parties(verb, index))) > 1 for verb, _ in self.stages(token, dates)):
            return False
        if act.pos_ in VERB_TAGS:
            trading = lemma(act) in self.transfer_verbs or lemma(act) in self.rules.word_classes["producing"]
        else:
            trading = act.pos_ in NOUN_TAGS and self._purchase(act)
        inside = {t.i for t in token.subtree}
        return trading and any(t.i in equipment and t.i not in inside for t in act.subtree)

    def _named_agreement(self, token: Any, equipment: dict[int, EquipmentMention]) -> bool:
        """"the Kestrel pact", "the Tallinn accord": a proper name on the agreement noun, other than
        the name of the weapons it is for ("the Rafale deal"), names an agreement of its own."""
        return any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i not in equipment for c in token.children)

    def _purchase(self, noun: Any) -> bool:
        """"for the purchase of tanks", "for the licensed assembly of 40 jets" (production nouns): what a contract is
        for tells an order; production only of a counted batch ("for the joint production of
        drones" may be an industrial agreement)."""
        if lemma(noun) in self.purchase_nouns:
            return True
        goods = grammar.prepositional_objects(noun, {"of"})
        return lemma(noun) in self.production_nouns and any(t.dep_ == "nummod" for g in goods for t in g.subtree)

    def _add_stage(self, token: Any, verb: Any | None, stage: str, sent: Any, index: MentionIndex, dates: DateResolver, drafts: list[AgreementDraft], equipment: dict[int, EquipmentMention], told: tuple[list[str], list[str]], *, scheme: bool = False) -> None:
        """Record one lifecycle stage of the agreement ``token`` names, with the parties and
        signatories ``told`` for it."""
        if verb is not None and stage == "in_force" and any(c.lower_ in self.rules.ceasing_words for c in verb.children if c.dep_ == "advmod"):
            stage = "terminated"  # "would no longer abide by the agreement"
        status = self._shared_status(verb) if verb is not None else "occurred"
        if verb is not None and verb.pos_ in VERB_TAGS and lemma(verb) in self.rules.word_classes["renewing"]:
            if status in _UNDONE_STATUSES:
                # "will not be renewed", "opted not to prolong the deal", "is to be extended": the
                # agreement stands until its renewal, which is only to come or refused
                stage, status = "in_force", "occurred"
            elif stage == "in_force":
                stage = "signed"  # "extended the pact last year": renewed, a new signing (docs/annotation.md 9.1)
        if status == "negated" and stage in ("suspended", "terminated") and self._presupposed(token):
            # "would not end its treaty with X", "has not suspended the accord": the known pact stands
            stage, status = "in_force", "occurred"
        if status == "negated":
            return
        unreached = verb is not None and self._counterfactual(verb)
        if unreached and stage not in ("suspended", "terminated"):
            return  # "would have signed the accord": never signed
        if unreached:
            stage = "in_force"  # "would by its terms have terminated in 1912": it had not; it stands
        elif verb is not None and stage == "terminated" and self._lapses(verb) and (status in ("planned", "intended", "proposed") or _scheduled(verb, dates)):
            # "the pact is due to lapse in 2027", "the accord runs out in autumn", "will cease to
            # exist if a side walks out": it stands until then
            stage, status = "in_force", "occurred"
        if verb is not None and any(c.dep_ == "mark" and c.lower_ in syntax.CONDITIONAL_MARKS for c in verb.children):
            return  # "if Kabul signs the agreement": a condition, no stage reached
        above = self.rules.stages.get(lemma(verb.head)) if verb is not None and verb.dep_ in ("xcomp", "pcomp") else None
        if above in ("proposed", "negotiating") and AGREEMENT_ORDER.index(stage) > AGREEMENT_ORDER.index(above):
            stage = above  # "discussed forming a defence pact", "proposed signing an accord": not made yet
        if verb is not None and stage == "negotiating" and verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN" and status == "occurred":
            stage = "agreed"  # "the accord the envoys had negotiated": its terms are agreed
        elif verb is not None and stage == "negotiating" and verb.pos_ in NOUN_TAGS and self._talks_completed(verb):
            stage = "agreed"  # "finished negotiating the wording of the treaty": its terms are agreed
        if verb is not None and (any(c.dep_ == "mark" and c.lower_ in self.rules.pending_marks for c in verb.children) or self._still_owed(verb)):
            status = "planned"  # "until the accord gets signed", "once the senate approves it", "the senate must still approve it": not yet
        elif verb is not None and verb.dep_ in ("acl", "relcl") and verb.head.i == token.i and status == "occurred" and syntax.to_infinitive(verb):
            status = "planned"  # "a memorandum to be signed next month": an infinitive on the noun tells a stage to come
        elif verb is not None and verb.pos_ in NOUN_TAGS and self._awaited(verb):
            status = "planned"  # "the text still awaits the assembly's approval": not approved yet
        if verb is not None and stage in ("signed", "agreed", "ratified") and self._agreed_to(verb):
            stage = "agreed"  # "have decided to finalise an accord": agreed, not yet signed
        elif verb is not None and stage in ("signed", "agreed") and (self._proposed_on_noun(verb) or self._offered(verb)):
            stage = "proposed"  # "renewed its offer to conclude a non-aggression pact": offered, not concluded
        elif status in ("intended", "proposed") and stage in ("suspended", "terminated") and self._presupposed(token):
            stage = "in_force"  # "urged Manila to scrap its treaty with X": the treaty stands; its end is only wished
        elif status in ("intended", "proposed") and stage == "in_force" and lemma(verb) in self.rules.party_affirming_verbs:
            pass  # "urged X and Y to uphold their truce": the truce exists; only its keeping is wished
        elif status in ("intended", "proposed") and stage not in ("proposed", "negotiating"):
            stage = "proposed"
        elif status == "planned" and stage in ("signed", "agreed", "ratified"):
            stage = "negotiating"
        parties, signatories = told
        domain = "defence" if any(t.i in equipment for t in sent) else self.domain(token, sent)
        date = None if unreached else self.syntax.clause_date(verb or token, sent, dates, future=status == "planned")
        stated_place = grammar.place(verb, index, self.grammar) if verb is not None else None
        place = stated_place or grammar.sentence_place(sent, index) or index.dateline_place()
        stage_record = AgreementStage(stage, date, grammar.evidence(sent, verb or token))
        name = grammar.phrase(token, self.grammar)
        target = self._target(token, verb, parties, domain, drafts)
        if target is None:
            if not parties:
                return
            target = AgreementDraft(lemma(token), name, parties, [], domain, place, proper=token.pos_ == "PROPN", place_stated=stated_place is not None, scheme=scheme, count=_counted(token, self.rules.counting_numbers))
            drafts.append(target)
        elif target.stages and self._done_under(token) and (
            all(s.evidence.start != stage_record.evidence.start for s in target.stages)
            or all(AGREEMENT_ORDER.index(s.status) < AGREEMENT_ORDER.index("agreed") for s in target.stages)
        ):
            # "under the treaty, X trained ...": an act under an agreement told before adds no stage, nor
            # one in line with "the proposed treaty"; one under an agreement "reached / unveiled
            # in March", made and told in one breath, shows it in force
            return
        # "added their names to the text": who signed, told with the signing again
        target.signatories.extend(s for s in signatories if s not in target.signatories)
        if any(s.status == stage_record.status and (s.evidence.start == stage_record.evidence.start or not stage_record.date) for s in target.stages):
            return  # the same stage told again adds nothing unless it brings a date
        target.stages.append(stage_record)
        if stated_place is not None and not target.place_stated:
            # "signed the agreement in Cairo" wins over a city the first mention's sentence only names
            target.place, target.place_stated = stated_place, True
        target.place = target.place or place
        if token.pos_ == "PROPN" and not target.proper:
            target.name, target.proper = name, True  # "The Mutual Logistics Accord (MLA), signed in May 2019"
        elif len(name) > len(target.name) and parties and " " not in target.name:
            # "The contract with Saab" names "the contract" told before; a described agreement keeps its name
            target.name = name

    def _still_owed(self, verb: Any) -> bool:
        """"it takes effect once the senate approves it", "the senate must still approve it": a
        stage told as a condition still to be met or as owed; "once it was ratified" (a past tense) and
        "must have signed" (a perfect, supposing it done) tell it reached."""
        children = list(verb.children)
        if any(c.dep_ == "mark" and c.lower_ in self.rules.word_classes["future_mark"] for c in children):
            return verb.tag_ != "VBD" and not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in children)
        modals = [c for c in children if c.dep_ == "aux" and c.lower_ in self.rules.word_classes["owing_modal"]]
        return bool(modals) and not any(c.dep_ == "aux" and lemma(c) in self.rules.word_classes["perfect_auxiliary"] for c in children)

    def _talks_completed(self, talks: Any) -> bool:
        """"had finished negotiations on the treaty", "wrapped up negotiations on the accord": a noun of talks that
        a completing verb, told as done, governs."""
        governor = talks.head if talks.dep_ in ("dobj", "nsubjpass") else None
        return governor is not None and governor.pos_ in VERB_TAGS and lemma(governor) in self.rules.word_classes["completing"] and self.syntax.clause_status(governor) == "occurred"

    def _awaited(self, stage_noun: Any) -> bool:
        """"awaits approval", "is awaiting ratification": a stage noun an awaiting verb governs."""
        governor = syntax.nearest_verb(stage_noun)
        return governor is not None and stage_noun.dep_ == "dobj" and stage_noun.head == governor and lemma(governor) in self.rules.awaiting_verbs

    def _agreed_to(self, verb: Any) -> bool:
        return verb.dep_ == "xcomp" and lemma(verb.head) in self.rules.agreeing_governors and self.syntax.clause_status(verb.head) != "negated"

    def _done_under(self, token: Any) -> bool:
        return self._act_under(token) is not None

    def _act_under(self, token: Any) -> Any | None:
        """The word of an act done under the agreement ``token``: "patrolled the strait under a
        treaty", "pursuant to the treaty, the commission met", "in accordance with the accord",
        "By a 1921 pact Sweden ceded ...", "as provided by the convention"."""
        if token.dep_ != "pobj":
            return None
        prep = token.head
        part = prep.head
        if prep.lower_ == "of" and part.dep_ == "pobj" and lemma(part) in self.rules.part_nouns:
            prep = part.head  # "under the terms of the treaty": the act is done under a part of it
        if prep.lower_ in self.rules.in_force_prepositions:
            return prep.head
        if prep.lower_ in self.rules.in_force_compound_prepositions and lemma(prep.head) in self.rules.in_force_compound_heads:
            return syntax.nearest_verb(prep.head) or prep.head
        if prep.lower_ in self.rules.in_force_means_prepositions and self._done_by_means_of(prep):
            # "bolstered the bloc by an accord to admit Sweden": an agreement
            # to do something is the act itself, not one done under a standing agreement
            if not any(c.dep_ == "acl" and syntax.to_infinitive(c) for c in token.children):
                return prep.head
        return None

    def _done_by_means_of(self, prep: Any) -> bool:
        """Whether "by <agreement>" names the means of an act: "By a 1921 pact X ceded ...", "as
        provided by the convention"; not the agent of a passive ("Ankara was angered by the pact",
        "the plan was rejected by the accord"), nor a reaction or an emotion the agreement causes."""
        verb = prep.head
        if verb.pos_ != "VERB" or lemma(verb) in self.rules.stages or lemma(verb) in self.rules.in_force_means_reaction_verbs:
            return False
        if prep.dep_ == "agent" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
            # a passive's agent is who acts, save in "as provided by the treaty" (no subject: the terms)
            return any(c.dep_ == "mark" and c.lower_ in self.rules.in_force_means_agent_marks for c in verb.children) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        return True

    def _shared_status(self, verb: Any) -> str:
        """The status of ``verb``'s clause; a verb conjoined to a wished one, with no subject or
        auxiliary of its own, is wished too ("suggested that X and Y share radar data and sign
        a security pact": the pact is proposed, not signed)."""
        status = self.syntax.clause_status(verb)
        if status != EventStatus.OCCURRED or verb.dep_ != "conj" or verb.head.pos_ not in VERB_TAGS:
            return status
        if any(c.dep_ in syntax.SUBJECT_DEPS or c.dep_ in ("nsubjpass", "aux", "auxpass") for c in verb.children):
            return status
        shared = self.syntax.clause_status(verb.head)
        return shared if shared in (EventStatus.PROPOSED, EventStatus.INTENDED) else status

    def _counterfactual(self, verb: Any) -> bool:
        """"would have terminated", "could have lapsed": a stage that was not reached."""
        # "would by its terms have terminated": the parser may hang the modal on the preposition between
        heads = [verb, *(c for c in verb.children if c.dep_ == "prep" and c.i < verb.i)]
        auxiliaries = {c.lower_ for head in heads for c in head.children if c.dep_ == "aux"}
        return verb.tag_ == "VBN" and "have" in auxiliaries and bool(auxiliaries & self.rules.counterfactual_modals)

    def _of_a_company(self, mention: Mention, doc: Any) -> bool:
        """"the American group", "a French firm": a demonym on a company noun names no party."""
        head = doc[mention.end - 1]
        return head.dep_ in _PARTY_MODIFIER_DEPS and head.head.i >= mention.end and lemma(head.head) in self.rules.company_nouns

    def _of_a_civil_body(self, mention: Mention, doc: Any) -> bool:
        """"the harbour towns of X and Y", "X's N University", "the basketball federations of X and Y",
        "club N", "the Spanish town of N": a state named only as the home of a body that is no government
        (a city, a university, a club, a party, a chamber of commerce), or such a body named, is no
        party to what the body signs (docs/annotation.md 9.1: intergovernmental agreements only)."""
        root = _span_root(doc, mention)
        if mention.key.startswith("named:") and self._civil_body(root):
            return True  # "the University of N", "the N League": the body itself
        if mention.kind not in grammar.STATE_KINDS and mention.kind != "person":
            return False
        inside = range(mention.start, mention.end)
        if any(c.dep_ == "conj" and self._civil_body(c) and any(g.dep_ == "poss" for g in c.children) for c in root.children) and not any(c.dep_ == "det" for c in root.children):
            return True  # "X and Y's chambers of industry": one possessive shared by the list
        node = root
        for _ in range(6):
            if node.i != root.i and self._civil_body(node):
                return True
            if any(c.dep_ in ("compound", "appos") and c.i not in inside and self._civil_body(c) for c in node.children):
                return True  # "club N", "N Institute Lima": the name of a body
            head = node.head
            if head == node:
                return False
            if node.dep_ == "pobj" and head.lower_ == "of" and head.dep_ == "prep":
                node = head.head  # "the basketball federations of X"
            elif node.dep_ in _PARTY_MODIFIER_DEPS or node.dep_ == "npadvmod" or (node.dep_ == "amod" and head.pos_ in NOUN_TAGS):
                node = head  # "X's university", "the Spanish town", "the X-based university"
            elif node.dep_ == "conj" and not self._civil_body(head):
                node = head  # "the unions of X and Y": Y as X; "the universities and X": X a side of its own
            else:
                return False
        return False

    def _civil_body(self, token: Any) -> bool:
        """A noun naming a body that is no government: a word of the civil_body class (its plural read
        in the singular: "Democrats"), a company noun, or a noun whose complement names one ("the
        chamber of commerce")."""
        if token.pos_ not in NOUN_TAGS:
            return False
        word = lemma(token)
        words = self.rules.word_classes["civil_body"] | self.rules.company_nouns
        if word in words or word.endswith("s") and word[:-1] in words:
            return True
        return any(lemma(p) in self.rules.word_classes["civil_body_complement"] for p in grammar.prepositional_objects(token, ("of",)))

    def _target(self, token: Any, verb: Any | None, parties: list[str], domain: str, drafts: list[AgreementDraft]) -> AgreementDraft | None:
        """The draft this mention adds to, if the agreement was told before."""
        if drafts and grammar.is_definite(token, self.grammar):
            # "the deal", "the plan": the agreement already told; its parties may grow
            # ("The contract with Saab was signed ...").
            target = referent(token, verb, drafts)
            target.parties = sorted(set(target.parties) | set(parties))
            return target
        if parties:
            return next((d for d in drafts if set(d.parties) == set(parties) and d.domain == domain), None)
        return None

    def _widened(self, token: Any) -> bool:
        """"the treaty was extended to include X", "the pact, now expanded to cover X": the clause
        tells who the agreement takes in, not a stage of it."""
        verbs = [c for c in token.children if c.dep_ in ("acl", "relcl")] + ([token.head] if token.dep_ in ("nsubj", "nsubjpass") else [])
        return any(lemma(v) in self.enlarging_verbs and self._inclusions(v) for v in verbs)

    def _inclusions(self, verb: Any) -> list[Any]:
        """"extended to include X": the verbs under a widening verb that name the states taken in."""
        return [c for c in verb.children if c.dep_ in ("xcomp", "advcl") and lemma(c) in self.inclusion_verbs]

    def stages(self, token: Any, dates: DateResolver | None) -> list[tuple[Any | None, str]]:
        """Every verb that says what happened to the agreement, with the stage it means:
        participles on the noun ("the agreement reached in 2023", "signed in May 2019") and
        the verb the noun depends on ("... was endorsed by the Diet"). ``dates``: the article's
        date resolver, which places the times of a lapse or a making stage against the publication
        date (None: no publication date)."""
        stages: list[tuple[Any | None, str]] = []
        for child in self._participles(token):
            stages.append((child, self.rules.stages[lemma(child)]))
        verb, stage = self.governing_stage(token)
        if stage in ("signed", "ratified", "in_force") and verb is not None and self._anniversary_of(verb):
            stage = "in_force"  # "celebrations on the 25th jubilee of the pact's ratification": it has stood since
        if stages and verb is not None and verb == self._act_under(token) and ((self._to_come(verb) and not self._made_years_ago(stages, dates)) or self._first_told_signed(token, stages)):
            # "the jets are to leave under an accord the two reached last week": an act still to come under
            # an agreement whose own clause tells its stage shows it no further along; nor does one done
            # under an agreement first told with its signing ("began patrols under an accord signed last
            # week": the news is the signing), unlike "under a pact Chile and Peru concluded back in 2009"
            stage = None
        if stage is not None:
            stages.append((verb, stage))
            for conj in verb.conjuncts if verb is not None else ():
                # "was endorsed by the Diet in March and approved by Chile's congress"
                if lemma(conj) in self.rules.stages and conj.i > verb.i:
                    stages.append((conj, self.rules.stages[lemma(conj)]))
        if not any(stage == "in_force" for _, stage in stages):
            entered = self._entered_into_force(token)
            if entered is not None:
                stages.append((entered, "in_force"))
        under = self._relative_under(token)
        if under is not None and self.syntax.clause_status(under) in ("occurred", "ongoing"):
            stages.append((under, "in_force"))  # "the treaty under which Britain trains troops"
        binding = self._binding_terms(token)
        if binding is not None and not stages:
            # "their treaty, which obliges each to aid the other", told in passing: it stands (told
            # with its signing, the clause is only what it will bind them to)
            stages.append((binding, "in_force"))
        lapse = self._lapse_ahead(token, dates)
        if lapse is not None and self._counterfactual(lapse):
            stages.append((lapse, "terminated"))  # "which would have expired in May": an end not reached (see _add_stage)
        elif lapse is not None and not stages:
            stages.append((lapse, "in_force"))  # "its accord with X, which runs out in 2028": it stands until then
        if not stages and any(c.dep_ == "amod" and c.lower_ in self.rules.in_force_modifiers for c in token.children):
            stages.append((None, "in_force"))  # "their existing mutual defence treaty"
        return stages

    def _lapse_ahead(self, token: Any, dates: DateResolver | None) -> Any | None:
        """"the pact that X and Y signed, which lapses in 2029", "which would have expired in May": a
        relative clause in the present, or a counterfactual, that tells a lapse not reached; the parser
        often hangs it on the last party."""
        partners = [p for pobj in grammar.prepositional_objects(token, self.rules.noun_party_prepositions) for p in (pobj, *pobj.conjuncts)]
        for owner in (token, *partners):
            for clause in owner.children:
                if clause.dep_ == "relcl" and lemma(clause) in self.rules.lapsing_verbs and (_scheduled(clause, dates) or self._counterfactual(clause)):
                    return clause
        return None

    def _first_told_signed(self, token: Any, stages: list[tuple[Any | None, str]]) -> bool:
        """"an accord signed last week": an agreement introduced (no "the", no "its") by the
        participle of its signing; "an accord X and Y signed in 2019", a relative clause, tells
        the accord the act is done under, which the act shows in force."""
        contact = self._contact_relative(token)
        participles = [verb for verb, stage in stages if stage == "signed" and verb is not None and verb.dep_ == "acl" and verb.tag_ == "VBN"]
        # (a relative with no pronoun the parser read as a participle on its subject is no such participle)
        return not self._presupposed(token) and any(contact is None or verb.i != contact[0].i for verb in participles)

    def _made_years_ago(self, stages: list[tuple[Any | None, str]], dates: DateResolver | None) -> bool:
        """"under the pact Chile and Peru concluded back in 2009": a making stage whose time the date
        resolver places in a year before the publication's is background (news tells a new one within
        its year), so an act to come under the agreement shows it standing. A stage of the year of
        publication ("signed in March", "signed last week") is news; without a publication date no
        time is placed."""
        published = dates.published if dates is not None else None
        if dates is None or published is None:
            return False
        for verb, stage in stages:
            if verb is None or stage not in _MAKING_STAGES:
                continue
            values = [dates.resolve(time.text) for time in _times((verb,), ("prep", "npadvmod"))]
            if values and all(value is not None and value[:4] < published[:4] for value in values):
                return True
        return False

    def _to_come(self, verb: Any) -> bool:
        """"will leave", "are to leave": an act told as still to come (the clause grammar reads
        "be to" + infinitive, a schedule, as told)."""
        if self.syntax.clause_status(verb) not in ("occurred", "ongoing"):
            return True
        return verb.dep_ == "xcomp" and lemma(verb.head) == "be" and syntax.to_infinitive(verb)

    def _participles(self, token: Any) -> list[Any]:
        """Participles that tell a stage of the agreement: on the noun ("the agreement reached in
        2023", "the already agreed text"), on its name complement, where the parser often hangs
        them ("a memorandum on naval cooperation concluded in June"), and on the noun it
        completes ("the agreed text of the treaty")."""
        owners = [token, *grammar.prepositional_objects(token, self.grammar.name_complement_prepositions)]
        if token.dep_ == "pobj" and token.head.lower_ in self.grammar.name_complement_prepositions and token.head.head.pos_ in NOUN_TAGS:
            owners.append(token.head.head)
        found = []
        for owner in owners:
            for child in owner.children:
                if lemma(child) not in self.rules.stages or child.pos_ not in VERB_TAGS + ("ADJ",):
                    continue
                if child.dep_ == "acl" and child.tag_ == "VBG" and syntax.direct_object(child) is not None:
                    continue  # "a peace deal ending two decades of hostility": the deal acts on something else
                if child.dep_ == "relcl" and syntax.direct_object(child) is not None and any(c.dep_ == "nsubj" and c.lower_ in syntax.RELATIVE_PRONOUNS for c in child.children):
                    continue  # "an accord that is to destroy all such rockets": the treaty acts on something else
                if child.dep_ == "relcl" and self._relative_of_act(child):
                    continue  # "an accord under which US troops will leave": an act under it, no stage of it
                if child.dep_ == "amod" and grammar.role_participle(child, self.role_participles):
                    continue  # "the Moscow-led pact": who leads it, no stage of it
                if child.dep_ in ("acl", "relcl") or (child.dep_ == "amod" and child.tag_ == "VBN"):
                    found.append(child)
        contact = self._contact_relative(token)
        if contact is not None and all(f.i != contact[0].i for f in found):
            found.append(contact[0])
        return found

    def _contact_relative(self, token: Any) -> tuple[Any, Any] | None:
        """"the accord Chile and Peru signed last week", "the truce the two sides reached": a relative
        clause with no pronoun, whose subject follows the noun at once. The parser often reads it as
        a clause of its own (the verb hung on the main verb, or the root; its subject on the verb or in
        apposition to the noun). The verb of a making stage, with no object or clause of its own (the
        noun is its object), and the head of its subject; None when there is none."""
        doc = token.doc
        if token.pos_ not in NOUN_TAGS or token.i + 2 >= len(doc) or doc[token.i + 1].pos_ not in self.rules.contact_subject_starts:
            return None
        verb = next((t for t in doc[token.i + 1 : min(len(doc), token.i + 10)] if t.pos_ in VERB_TAGS), None)
        if verb is None or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or self.rules.stages.get(lemma(verb)) not in self.rules.contact_stages:
            return None
        if verb.head.i == token.i or any(c.dep_ in ("dobj", "obj", "xcomp", "ccomp", "nsubjpass", "auxpass", "dative") for c in verb.children):
            return None  # a relative the parser read (see _participles), a passive, or a verb with an object of its own
        span = doc[token.i + 1 : verb.i]
        if any(t.pos_ not in self.rules.contact_subject_words for t in span):
            return None
        roots = [t for t in span if not (token.i < t.head.i < verb.i)]
        if len(roots) != 1:
            return None
        subject = roots[0]
        # "praised the truce both rebel factions accepted": the parser may read the subject as an object of the
        # main verb and the verb as a participle on it
        on_subject = verb.dep_ == "acl" and verb.head.i == subject.i
        if verb.tag_ == "VBN" and not on_subject and not any(c.dep_ == "aux" and lemma(c) == "have" for c in verb.children):
            return None  # a participle ("the accord Chile and Peru have signed") only with "have"
        if on_subject or (subject.head.i == verb.i and subject.dep_ == "nsubj") or (subject.head.i == token.i and verb.head.i != token.i):
            return verb, subject
        return None

    def _entered_into_force(self, token: Any) -> Any | None:
        """"An accord letting ... combined drills entered into force on Monday": the parser may
        hang the predicate inside the noun's own clauses; a subjectless "entered into force"
        there is the agreement's."""
        for sub in token.subtree:
            if sub.i == token.i or sub.pos_ != "VERB" or lemma(sub) not in self.rules.in_force_verbs:
                continue
            if sub.dep_ in ("acl", "relcl") and any(c.lower_ in self.rules.in_force_words for c in sub.subtree) and syntax.subject_of(sub)[0] is None:
                return sub
        return None

    def _relative_under(self, token: Any) -> Any | None:
        """The verb of a relative clause "under which ..." on the noun."""
        for clause in (c for c in token.children if c.dep_ == "relcl"):
            if lemma(clause) in self.rules.undertaking_verbs:
                continue  # "a treaty by which both sides vow aid": its terms, no act done under it
            if self._relative_of_act(clause):
                return clause
        return None

    def _anniversary_of(self, stage_noun: Any) -> bool:
        """"the centenary of the signing of the convention": a stage noun whose anniversary is told."""
        if stage_noun.pos_ not in NOUN_TAGS or stage_noun.dep_ != "pobj" or stage_noun.head.lower_ != "of":
            return False
        return lemma(stage_noun.head.head) in self.rules.anniversary_nouns

    def _binding_terms(self, token: Any) -> Any | None:
        """"the convention, which obliges both parties to ...": a present-tense relative clause whose
        subject is the relative pronoun and whose verb binds the parties tells terms in force."""
        owners = [token, *grammar.prepositional_objects(token, self.grammar.name_complement_prepositions)]  # "treaty of friendship, which"
        for clause in (c for owner in owners for c in owner.children if c.dep_ == "relcl"):
            if clause.tag_ not in ("VBZ", "VBP") or lemma(clause) not in self.rules.binding_verbs:
                continue
            if any(c.dep_ == "nsubj" and c.lower_ in syntax.RELATIVE_PRONOUNS for c in clause.children):
                return clause
        return None

    def _relative_of_act(self, clause: Any) -> bool:
        """"(the accord) under which X trains troops": a relative clause introduced by "under which"."""
        return any(p.lower_ in syntax.RELATIVE_PRONOUNS for p in grammar.prepositional_objects(clause, self.rules.in_force_prepositions))

    def governing_stage(self, token: Any) -> tuple[Any | None, str | None]:
        """The verb above the agreement noun that gives its stage."""
        under = self._act_under(token)
        if under is not None:
            if lemma(token) in self.rules.commercial_nouns:
                return None, None
            return under, "in_force"  # "patrolled the strait under a treaty with Argentina"
        head = token.head
        hops = 0
        while hops < 3 and head != token:
            if head.pos_ in ("VERB", "AUX", "NOUN"):
                # "added their names to the text", "declared the freeze "for the time being" of
                # the pact": a stage noun the verb governs, when the path comes in beside it
                obj = syntax.direct_object(head) if head.pos_ in VERB_TAGS else None
                if obj is not None and obj.pos_ == "NOUN" and lemma(obj) in self.rules.stages and obj.i != token.i:
                    return obj, self.rules.stages[lemma(obj)]
                talk = self._talks_on(token, head)
                if talk is not None:
                    return talk, "negotiating"  # "talks between X and Y on a pact began": the parser hangs "on" on the verb
                lapse = self._lapse_to_come(token, head)
                if lapse is not None:
                    return lapse, "terminated"  # "the treaty is due to expire in May" (see _add_stage: it stands)
                if token.dep_ in ("dobj", "nsubjpass") and self._put_on_hold(head):
                    # "put the pact on hold", "held the treaty in abeyance"; "put on hold a pact", where
                    # the parser makes "hold" the verb over the noun: who put it there acts
                    return (head.head if head.dep_ == "dobj" and head.head.pos_ in VERB_TAGS else head), "suspended"
                stage = self._stage_of_head(token, head)
                if stage is not None:
                    return (None, None) if stage == "" else (head, stage)
            # "the status of forces agreement entered into force": the parser may hang the agreement on
            # the first noun of its own name; the path reads through that noun
            named_by = token.dep_ == "prep" and token.lower_ == "of" and lemma(head) in self.rules.name_head_nouns
            if head.dep_ in _STAGE_PATH_DEPS or token.dep_ == "pobj" or named_by:
                token, head = head, head.head
                hops += token.pos_ != "ADP"  # "the formation in Africa of the pact": a preposition is no step of its own
                continue
            break
        return None, None

    def _stage_of_head(self, token: Any, head: Any) -> str | None:
        """The stage ``head`` gives the agreement ``token``; "" when the search stops there."""
        word = self._stage_word(head)
        if word in self.rules.in_force_verbs and any(c.lower_ in self.rules.in_force_words for c in head.subtree):
            if head.pos_ in VERB_TAGS and for_to_infinitive(head):
                return ""  # "clearing the path for the treaty to take effect": a goal, not reached
            if head.pos_ in NOUN_TAGS and self._still_to_come(head):
                return "signed"  # "its entry into force is expected next year": signed, not yet in force
            return "in_force"
        if word in self.rules.standing_verbs and any(lemma(p) in self.rules.in_force_words for p in grammar.prepositional_objects(head, {"in"})):
            return "in_force"  # "is in force", "remains in force"
        if word in self.rules.entering_verbs and token.dep_ == "prep" and token.lower_ == "into":
            return "signed"  # "Lima entered into a pact with Quito"
        if word in self.rules.calling_verbs and head.pos_ in VERB_TAGS and token.dep_ == "prep" and token.lower_ in self.rules.calling_prepositions:
            return "proposed"  # "called for a security pact between X and Y"
        if word in self.rules.signing_verbs and any(lemma(p) in self.rules.law_words for p in grammar.prepositional_objects(head, {"into"})):
            return "ratified"  # "signed the agreement into law"
        if token.dep_ == "nsubj" and word in self.rules.lapsing_verbs:
            return "terminated"  # "the accord expired last year"
        if token.dep_ == "nsubj" and word in self.rules.word_classes["ceasing"] and self._ceases_to_stand(head):
            return "terminated"  # "the convention ceased to exist", "the old pact has ceased to be in force"
        if token.dep_ == "nsubj" and self.rules.stages.get(word) == "terminated" and self._counterfactual(head):
            return "terminated"  # "the treaty ... would have terminated in 1912": it stands (see _add_stage)
        if token.dep_ == "nsubj" and head.pos_ != "NOUN":
            # "The plan formalises the agreement": the subject acts; the stage is the object's.
            return ""
        if word in self.rules.stages:
            return self.rules.stages[word]
        if word in self.rules.negotiating_nouns:
            return "negotiating"
        return None

    def _lapses(self, verb: Any) -> bool:
        """"expires", "runs out", "ceases to exist": a verb by which an agreement ends on its own."""
        return lemma(verb) in self.rules.lapsing_verbs or (lemma(verb) in self.rules.word_classes["ceasing"] and self._ceases_to_stand(verb))

    def _ceases_to_stand(self, verb: Any) -> bool:
        """"ceased to exist", "ceased to be in force", "stopped being in effect": the complement of a
        ceasing verb that says its subject stands (exists, or is in force)."""
        for complement in (c for c in verb.children if c.dep_ == "xcomp"):
            word = lemma(complement)
            if word in self.rules.word_classes["existing"]:
                return True
            if word in self.rules.standing_verbs and any(lemma(p) in self.rules.in_force_words for p in grammar.prepositional_objects(complement, {"in"})):
                return True
        return False

    def _put_on_hold(self, head: Any) -> bool:
        """A verb that puts what it governs in a state of suspension: "put the pact on hold", "hold
        the treaty in abeyance", "placed the accord on ice"; or the parser's "hold" of "put on
        hold a pact"."""
        if head.pos_ not in VERB_TAGS:
            return False
        if head.lower_ in self.rules.word_classes["suspension"] and head.i > 0 and head.doc[head.i - 1].lower_ in self.rules.word_classes["suspension_preposition"]:
            return True
        return any(lemma(p) in self.rules.word_classes["suspension"] for p in grammar.prepositional_objects(head, self.rules.word_classes["suspension_preposition"]))

    def _talks_on(self, prep: Any, verb: Any) -> Any | None:
        """"Talks between X and Y on a defence pact began": the talks noun, subject of the verb the
        agreement's preposition hangs on."""
        if verb.pos_ not in VERB_TAGS or prep.dep_ != "prep" or prep.lower_ not in self.rules.talk_topic_prepositions:
            return None
        return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and lemma(c) in self.rules.negotiating_nouns), None)

    def _lapse_to_come(self, subject: Any, verb: Any) -> Any | None:
        """"The treaty is due to expire", "the pact is set to lapse": a lapsing verb in the complement
        of the verb the agreement is the subject of."""
        if subject.dep_ != "nsubj":
            return None
        for child in (c for c in verb.children if c.dep_ in ("acomp", "xcomp")):
            for sub in (child, *(c for c in child.children if c.dep_ == "xcomp")):
                if sub.pos_ in VERB_TAGS and lemma(sub) in self.rules.lapsing_verbs:
                    return sub
        return None

    def _still_to_come(self, noun: Any) -> bool:
        """"the entry into force is expected in May", "awaits its entry into force": a stage told by
        a noun whose clause has not happened yet."""
        verb = syntax.nearest_verb(noun)
        if verb is None:
            return False
        return self.syntax.clause_status(verb) not in ("occurred", "ongoing") or lemma(verb) in self.rules.awaiting_verbs

    @staticmethod
    def _stage_word(head: Any) -> str:
        """The word of a stage: its lemma, or a hyphenated noun read whole ("pull-out")."""
        parts = [c for c in head.lefts if c.dep_ == "compound" and c.i == head.i - 2 and head.doc[head.i - 1].text == "-"]
        return f"{lemma(parts[0])}-{lemma(head)}" if parts and head.pos_ in NOUN_TAGS else lemma(head)

    def parties(self, noun: Any, verb: Any | None, index: MentionIndex) -> tuple[list[str], list[str]]:
        """The agreement's parties (state codes) and the people who signed it."""
        mentions: list[Mention] = []
        signatories: list[str] = []
        clause_verb = None
        # An act done under a truce names no party to it: "the armies halted fighting under a truce".
        contact = self._contact_relative(noun) if verb is not None else None
        contact = contact if contact is not None and contact[0].i == verb.i else None
        # (its own relative clause names who made it: "under the truce X and Y signed")
        own_relative = verb is not None and (contact is not None or (verb.dep_ in ("relcl", "acl") and verb.head.i == noun.i))
        truce_context = lemma(noun) in self.rules.phrase_party_nouns and self._done_under(noun) and not own_relative
        if verb is not None and not truce_context:
            clause_verb = verb if verb.pos_ in VERB_TAGS else syntax.nearest_verb(verb)
            subject = contact[1] if contact is not None else self._subject(clause_verb) if clause_verb is not None else None
            if subject is None and clause_verb is not None and clause_verb.dep_ == "pcomp" and clause_verb.head.head.pos_ in VERB_TAGS:
                # "Since signing a pact with X, Paris has ...": the gerund's doer is the main clause's subject
                subject = self._subject(clause_verb.head.head)
            if subject is None and clause_verb is not None:
                subject = self._enacting_author(clause_verb)
            if subject is None and clause_verb is not None and clause_verb.dep_ == "acl" and syntax.direct_object(clause_verb) is not None and index.at(clause_verb.head.i) is not None:
                # "A, B, C and D signed the treaty": after a long list of states the parser may read the
                # verb as a clause on the list's first state; with an object it is active, the list its subject
                subject = clause_verb.head
            if subject is None and clause_verb is not None and self._proposed_on_noun(clause_verb):
                # "Cairo's standing offer to sign a pact with X": the offer's maker is a party
                subject = clause_verb.head
            if subject is None and clause_verb is not None and clause_verb == self._act_under(noun):
                # "Kenyan troops were deployed under a pact with X": who is acted on under it acts by it;
                # "Turkish jets, operating under a pact with X,": the noun a participle describes
                subject = next((c for c in clause_verb.children if c.dep_ in syntax.PASSIVE_SUBJECT_DEPS), None)
                if subject is None and clause_verb.dep_ == "acl" and clause_verb.head.pos_ in NOUN_TAGS:
                    subject = clause_verb.head
                    if subject.dep_ == "pobj" and subject.head.lower_ == "of" and subject.head.head.pos_ in NOUN_TAGS:
                        subject = subject.head.head  # "the Kenyan battalion of 800 troops stationed ... under a pact": the unit's owner acts
                    if subject.dep_ == "dobj" and not self.syntax.np_mentions(subject, index, deep=True):
                        subject = self._subject(subject.head) or subject  # "Paris has 900 troops based ... under a pact": who has them
            if subject is not None:
                subject_mentions = self.syntax.np_mentions(subject, index, deep=True)
                if not subject_mentions and subject.lower_ in self.first_person:
                    # "the agreements we reached with Japan", a quoted minister says: the speaker's state
                    subject_mentions = self._speaking_state(noun.sent, index)
                if not subject_mentions:
                    # "the two governments signed", "the three countries' ministers signed": the states told before
                    heads = (subject, *(c for c in subject.children if c.dep_ == "poss"))
                    subject_mentions = next((found for head in heads if (found := self.syntax.plural_reference(head, index))), [])
                mentions.extend(subject_mentions)
                mentions.extend(self._conjoined_states(subject, subject_mentions, index))
                # "Indonesia, Australia sign security pact": a headline's comma list, parsed as subjects side by side
                mentions.extend(m for c in clause_verb.children if c.dep_ in ("nsubj", "nmod") and c.i < clause_verb.i and c.i != subject.i for m in self.syntax.np_mentions(c, index))
                if lemma(verb) in self.rules.signing_verbs:
                    signatories.extend(m.actor_id for m in subject_mentions if m.kind == "person")
            if verb == self._act_under(noun):
                mentions.extend(self._act_hosts(verb, index))
            for prep in self.rules.verb_party_prepositions:
                for pobj in syntax.preposition_objects(verb, prep):
                    mentions.extend(self.syntax.np_mentions(pobj, index))
            if verb.pos_ in NOUN_TAGS and verb.i != noun.i:
                # "Moscow's withdrawal from the treaty", "the abrogation by Seoul of the pact": who takes the stage
                for owner in (c for c in verb.children if c.dep_ == "poss"):
                    mentions.extend(self._possessor(verb, index) if owner.pos_ == "PRON" else self.syntax.np_mentions(owner, index))
                for pobj in grammar.prepositional_objects(verb, ("by",)):
                    mentions.extend(self.syntax.np_mentions(pobj, index))
                if lemma(verb) in self.rules.negotiating_nouns:
                    # "talks between X and Y on a defence pact": who talks
                    for pobj in grammar.prepositional_objects(verb, self.rules.verb_party_prepositions):
                        mentions.extend(self.syntax.np_mentions(pobj, index))
            if self.rules.stages.get(lemma(verb)) == "proposed":
                # "offered Delhi a no-war pact": whom it is offered to
                mentions.extend(m for c in verb.children if c.dep_ == "dative" for m in self.syntax.np_mentions(c, index))
                for head in (verb, syntax.direct_object(verb)):
                    for pobj in grammar.prepositional_objects(head, self.rules.proposal_prepositions) if head is not None else ():
                        mentions.extend(self.syntax.np_mentions(pobj, index))
            if lemma(verb) in self.rules.party_object_verbs:
                obj = syntax.direct_object(verb)
                if obj is not None:
                    mentions.extend(self.syntax.np_mentions(obj, index))  # "join Kazakhstan in a pact"
        mentions.extend(self._noun_parties(noun, index))
        mentions = [m for m in mentions if not self._of_a_company(m, noun.doc) and not self._denied_mention(m, noun.doc) and not self._of_a_civil_body(m, noun.doc)]
        parties = _codes(mentions)
        if len(parties) < 2 and clause_verb is not None and lemma(verb) in self.rules.signing_verbs:
            parties = _codes(mentions + self._leaders_side_by_side(clause_verb, index)) or parties
        if len(parties) < 2 and clause_verb is not None:
            parties = _codes(mentions + self._addressees(clause_verb, index))
        if len(parties) < 2 and verb is None:
            parties = _codes(mentions + self._possessor(noun, index))  # "its treaty with Manila": whose it is
        if len(parties) < 2 and not truce_context:
            parties = _codes(mentions + self._complement_states(noun, index))
        if len(parties) < 2 and lemma(noun) not in self.rules.phrase_party_nouns:
            parties = self._dyad(noun, parties, index)
        if len(parties) == 1 and verb is not None:
            parties = self._with_visiting_side(noun, verb, parties, index)
        if len(parties) == 1 and verb is not None and verb.pos_ in NOUN_TAGS and verb.i != noun.i:
            parties = _codes(mentions + self._reacting_states(verb, noun, index))
        if len(parties) == 1 and verb is not None and self._ends_an_instrument(verb) and self._presupposed(noun):
            parties = self._ended_with_partner(noun, parties, index)
        return parties, signatories

    def _denied_mention(self, mention: Mention, doc: Any) -> bool:
        """"a truce with no Ghanaian or Liberian involvement": a state named in a phrase a determiner
        denies is said to take no part."""
        node = doc[mention.end - 1]
        while node.dep_ in ("amod", "compound", "conj", "nmod", "poss") and node.head != node:
            node = node.head
        return any(c.dep_ == "det" and c.lower_ in self.rules.denying_determiners for c in node.children)

    def _ends_an_instrument(self, verb: Any) -> bool:
        """"suspended the treaty", "revoked the accord": a verb that ends an agreement itself; one of
        leaving ("left the pact", "withdrew from the treaty") may tell a body left, whose members are many."""
        return verb.pos_ in VERB_TAGS and self.rules.stages.get(lemma(verb)) in ("suspended", "terminated") and lemma(verb) not in self.leave_verbs

    def _ended_with_partner(self, noun: Any, parties: list[str], index: MentionIndex) -> list[str]:
        """"Algeria decided to suspend the treaty it concluded in 2002 with Spain": a state that ends
        "the" treaty ends its own; where the sentence names just one other state (the parser may hang
        its "with" anywhere), that state is its partner."""
        sent = noun.sent
        named = sorted({m.country for m in index.in_range(sent.start, sent.end) if m.country and not m.is_place and m.kind != "group" and not self._of_a_company(m, sent.doc)})
        return named if len(named) == 2 and parties[0] in named else parties

    def _enacting_author(self, participle: Any) -> Any | None:
        """"Putin signed the law ratifying the treaty with X", "the decree by the council revoking the
        accord with Y": the stage is the participle of an instrument (a law, a decree, a statement);
        whoever signs or issues the instrument (its "by" author or possessor, else the subject of the
        verb it is the object of) takes the stage."""
        owner = participle.head
        if participle.dep_ != "acl" or participle.tag_ != "VBG" or owner.pos_ not in NOUN_TAGS or owner == participle:
            return None
        authors = grammar.prepositional_objects(owner, {"by"}) + [c for c in owner.children if c.dep_ == "poss"]
        if authors:
            return authors[0]
        if owner.dep_ == "dobj" and owner.head.pos_ in VERB_TAGS:
            return self._subject(owner.head)
        return None

    def _conjoined_states(self, subject: Any, found: list[Mention], index: MentionIndex) -> list[Mention]:
        """"Croatian and Montenegrin officials initialled", "the ministries of China, Laos and
        Egypt signed": the states conjoined, inside the subject, to one the subject was read as
        naming (the phrase may have been read as the first state's alone, "China's ministry")."""
        codes = {m.code for m in found if m.code}
        conjoined: list[Mention] = []
        for token in subject.subtree:
            first = index.at(token.i)
            if first is None or first.code not in codes:
                continue
            for other in token.conjuncts:
                mention = index.at(other.i)
                if mention is not None and mention.kind == "state" and not mention.is_place and mention not in conjoined:
                    conjoined.append(mention)
        return conjoined

    def _offered(self, verb: Any) -> bool:
        """"offered on Monday to sign a treaty", "proposed to conclude a pact": a stage only put forward."""
        infinitive = syntax.to_infinitive(verb)  # the parser may read it as an advcl
        return (verb.dep_ == "xcomp" or verb.dep_ == "advcl" and infinitive) and verb.head.pos_ in VERB_TAGS and self.rules.stages.get(lemma(verb.head)) == "proposed" and self.syntax.clause_status(verb.head) != "negated"

    def _proposed_on_noun(self, verb: Any) -> bool:
        """"Athens' offer to conclude a pact", "a proposal to sign an accord": a stage verb that is
        the infinitive of a proposing noun is only put forward."""
        head = verb.head
        return verb.dep_ == "acl" and head.pos_ in NOUN_TAGS and lemma(head) in self.rules.proposing_nouns and syntax.to_infinitive(verb)

    def _act_hosts(self, verb: Any, index: MentionIndex) -> list[Mention]:
        """"keeps 900 troops in Gabon under a defence accord", "soldiers based in Chad under a
        pact": the state an act under an agreement is done in is the agreement's other side."""
        if verb.pos_ in NOUN_TAGS:
            # "the Kenyan contingent of 800 troops stationed in Gabon under a pact": the force and the
            # participles that place it
            owners = [verb, *grammar.prepositional_objects(verb, {"of"})]
            heads = owners + [c for owner in owners for c in owner.children if c.dep_ == "acl"]
        else:
            heads = [verb, *([obj] if (obj := syntax.direct_object(verb)) is not None else [])]
        pobjs = [p for head in heads for p in grammar.prepositional_objects(head, self.rules.act_place_prepositions)]
        return [m for p in pobjs for m in self.syntax.np_mentions(p, index, allow_places=True) if m.kind == "state"]

    def _reacting_states(self, stage_noun: Any, noun: Any, index: MentionIndex) -> list[Mention]:
        """"Moscow's suspension of the treaty alarmed Washington", "the scrapping of the pact by
        Delhi was condemned by Islamabad": for an agreement that names no partner, the state a
        stage noun's clause reaches (the reacting verb's object, or its agent when passive) is the
        other side. Only a state: a person or place reacting is no party."""
        clause = stage_noun.head
        if stage_noun.dep_ == "ROOT":
            # no verb above: the parser read the sentence's verb as a reduced relative on the
            # agreement ("the treaty alarmed Washington"); one with an object is active, no participle
            clause = next((c for head in (noun, stage_noun) for c in head.children if c.dep_ == "acl" and any(o.dep_ in ("dobj", "npadvmod") for o in c.children)), stage_noun)
        if clause.pos_ not in VERB_TAGS or lemma(clause) not in self.rules.in_force_means_reaction_verbs or self.syntax.clause_status(clause) == "negated":
            return []
        if stage_noun.dep_ in ("nsubj", "ROOT"):
            others = [c for c in clause.children if c.dep_ in ("dobj", "npadvmod")]
        elif stage_noun.dep_ == "nsubjpass":
            others = [p for agent in clause.children if agent.dep_ == "agent" for p in agent.children if p.dep_ == "pobj"]
        else:
            return []
        return [m for o in others for m in self.syntax.np_mentions(o, index) if m.kind == "state" and not m.is_place]

    def _with_visiting_side(self, noun: Any, verb: Any, parties: list[str], index: MentionIndex) -> list[str]:
        """"During the Indonesian president's visit, Canberra concluded a defence pact", "after
        talks with the Japanese premier", "hosting the Kenyan president": an agreement a state
        reaches, signs or concludes while a visit, talks or its hosting tie it to one other state,
        named by its people (a leader, an envoy), is between the two. A state named otherwise
        ("over objections from the Chinese minister") is no party."""
        if noun.dep_ != "dobj" or noun.head != verb or verb.pos_ not in VERB_TAGS or self.rules.stages.get(lemma(verb)) not in ("agreed", "signed") or self._presupposed(noun):
            return parties
        sent = noun.sent
        mentions = [m for m in index.in_range(sent.start, sent.end) if m.country and not m.is_place and m.kind != "group" and not self._of_a_company(m, sent.doc)]
        others = {m.country for m in mentions if m.country not in parties}
        if len(others) == 1 and all(self._told_by_its_people(m, sent.doc) and self._met_at_signing(m, verb, sent.doc) for m in mentions if m.country in others):
            return sorted(set(parties) | others)
        return parties

    def _met_at_signing(self, mention: Mention, verb: Any, doc: Any) -> bool:
        """A visit ("during the X president's visit"), talks ("after talks with X's envoy") or a
        hosting ("hosting X's leader") on the way from the mention up to the signing verb; a
        visit-like noun under a preposition of circumstance ("amid protests by X's envoy") is none."""
        node = doc[mention.end - 1]
        while node.head != node and node != verb:
            parent = node.head
            word = lemma(parent)
            if word in self.rules.negotiating_nouns or parent.pos_ in VERB_TAGS and word in self.welcoming_verbs:
                return verb in parent.ancestors
            if parent.pos_ in NOUN_TAGS and word in self.syntax.lexicon.agentive_nouns:
                governor = parent.head if parent.dep_ == "pobj" else None
                return governor is not None and governor.lower_ not in self.syntax.lexicon.circumstance_prepositions and verb in parent.ancestors
            node = parent
        return False

    def _named_states(self, sent: Any, index: MentionIndex, skipped: set[int] | frozenset[int] = frozenset()) -> list[str]:
        """The states the sentence names as actors (people's and bodies' countries too; no places,
        armed groups, companies or civil bodies), sorted; mentions starting at ``skipped`` left out."""
        return sorted({m.country for m in index.in_range(sent.start, sent.end) if m.country and not m.is_place and m.kind != "group" and m.start not in skipped and not self._of_a_company(m, sent.doc) and not self._of_a_civil_body(m, sent.doc)})

    def _dyad(self, noun: Any, parties: list[str], index: MentionIndex) -> list[str]:
        """The sides from the story's dyad: for an agreement whose clause names no party, the two
        states the sentence names as actors ("a Russian official", "a U.S. negotiator"); for
        "the agreement"/"its accord" with one side named, the two states the story is about."""
        sent = noun.sent
        taken_in = {t.i for verb in sent if lemma(verb) in self.enlarging_verbs for c in self._inclusions(verb) for obj in c.children if obj.dep_ == "dobj" for t in obj.subtree}
        named = self._named_states(sent, index, taken_in)
        if len(named) == 2 and not parties and lemma(noun) not in self.rules.commercial_nouns:
            return named
        acted_under = self._done_under(noun) or self._relative_under(noun) is not None or self._binding_terms(noun) is not None
        if len(parties) < 2 and acted_under and (self._presupposed(noun) or lemma(noun) not in self.rules.commercial_nouns):
            # "French soldiers are based in Djibouti under the accord", "Indian airmen man a radar post
            # in Mauritius under a 2015 deal", "LIMA - The pact that lets US aircraft fly from the
            # airfield lapses in May": an act done under an agreement (or that it allows) in a sentence that
            # names two states, the actor's and the host's (a place may name it), is done under theirs;
            # goods delivered "under a contract" are a sale
            present = sorted({m.country for m in index.in_range(sent.start, sent.end) if m.country and m.kind != "group" and m.start not in taken_in})
            if len(present) == 2 and set(parties) <= set(present):
                return present
        if len(parties) == 1 and self._presupposed(noun):
            dyad = [m.code for m in index.top_states_before(noun.i, 2) if m.code]
            if parties[0] in dyad:
                return sorted(set(dyad))
            if len(named) == 2 and parties[0] in named and self._done_under(noun):
                return named  # "acting under the treaty, American jets landed at a Japanese base": the sentence's two states

        return parties

    def _speaking_state(self, sent: Any, index: MentionIndex) -> list[Mention]:
        """The state a quoted "we"/"our" stands for: the speaker's, where the speaker speaks for
        it ("Minsk said", "the foreign minister said"), not where it is an opposition leader, a
        rebel commander or a company's executive ("a Korean company executive said")."""
        speakers = [m for m in self.syntax.quote_speaker(sent, index) if m.kind in grammar.STATE_KINDS or m.country]
        return [m for m in speakers if m.sector in _STATE_SECTORS and not self._of_a_company_person(m, sent.doc)]

    def _of_a_company_person(self, mention: Mention, doc: Any) -> bool:
        """"a Korean company executive", "the French firm's chief": a demonym on someone of a company."""
        head = doc[mention.end - 1]
        if head.dep_ not in _PARTY_MODIFIER_DEPS or head.head.i < mention.end:
            return False
        person = head.head
        words = {lemma(person)} | {lemma(c) for c in person.children if c.dep_ in ("compound", "poss", "amod")}
        return bool(words & self.rules.company_nouns)

    def _told_by_its_people(self, mention: Mention, doc: Any) -> bool:
        """"the Indonesian president", "a Chinese envoy": a state named by a leader or an official of it."""
        head = doc[mention.end - 1]
        return mention.kind == "person" or head.dep_ in _PARTY_MODIFIER_DEPS and lemma(head.head) in self.syntax.lexicon.political_nouns

    def _presupposed(self, noun: Any) -> bool:
        """"the agreement", "its accord": a mention that presupposes the agreement is known."""
        return grammar.is_definite(noun, self.grammar) or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)

    def _addressees(self, verb: Any, index: MentionIndex) -> list[Mention]:
        """The other side told to a governing verb: "informed Canberra it would
        end the accord", "urged Moldova to sign the pact"."""
        found: list[Mention] = []
        for head in syntax.complement_chain(verb, limit=3):
            if head.pos_ not in VERB_TAGS:
                continue
            for child in head.children:
                if child.dep_ in ("dobj", "dative") and child.pos_ in NOUN_TAGS:
                    found.extend(m for m in self.syntax.np_mentions(child, index) if m.kind in grammar.STATE_KINDS)
            for pobj in grammar.prepositional_objects(head, self.rules.addressee_prepositions):
                found.extend(m for m in self.syntax.np_mentions(pobj, index) if m.kind in grammar.STATE_KINDS)
        return found

    def _complement_states(self, noun: Any, index: MentionIndex) -> list[Mention]:
        """States the agreement's own complement is about: "the agreement on the stationing of
        a German brigade in Lithuania"."""
        found: list[Mention] = []
        for pobj in grammar.prepositional_objects(noun, self.grammar.name_complement_prepositions):
            for token in pobj.subtree:
                mention = index.at(token.i)
                if mention is not None and mention.kind == "state" and mention not in found:
                    found.append(mention)
        return found

    def _noun_parties(self, noun: Any, index: MentionIndex) -> list[Mention]:
        """Parties named on the noun: modifiers, "with/between X", "signed by X", and whom
        a clause on it binds."""
        mentions: list[Mention] = []
        for child in noun.children:
            if child.dep_ == "poss" and child.pos_ == "PRON":
                mentions.extend(m for m in self._possessor(noun, index) if m.kind == "state")  # "its treaty": whose it is
            elif child.dep_ in _PARTY_MODIFIER_DEPS and grammar.role_participle(child, self.role_participles):
                pass  # "a China-brokered accord", "the Moscow-led pact": the state before the participle brokers or leads it, no party named
            elif child.dep_ in _PARTY_MODIFIER_DEPS:
                # "the Minsk agreements", "the Oslo accords": a city before the noun is where it was made
                mentions.extend(m for m in self.syntax.np_mentions(child, index) if m.kind == "state" and not (m.form in ("capital", "metonym") and child.dep_ == "compound"))
            if child.dep_ == "prep" and child.lower_ in self.rules.noun_party_prepositions:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        # "between the two countries": the states told so far
                        mentions.extend(self.syntax.np_mentions(pobj, index) or self.syntax.plural_reference(pobj, index))
            if child.dep_ in ("acl", "relcl"):
                mentions.extend(self._clause_parties(child, index))
                if child == self._admission(noun):
                    mentions.extend(self._body_admitting(child, index))
        return mentions

    def _imposed(self, clause: Any, index: MentionIndex) -> bool:
        """"the truce imposed on Belgrade by X and Y", "a peace forced upon Kinshasa": a clause on
        the agreement, no stage of it, that puts it on an actor ("on/upon X"): who agreed to it is
        not told, and those who put it are not its only parties."""
        return lemma(clause) not in self.rules.stages and any(self.syntax.np_mentions(p, index) for p in grammar.prepositional_objects(clause, self.rules.urging_prepositions))

    def _clause_parties(self, clause: Any, index: MentionIndex) -> list[Mention]:
        mentions: list[Mention] = []
        for sub in clause.children:
            if sub.dep_ == "agent" and lemma(clause) not in self.rules.mediating_verbs:
                for pobj in sub.children:
                    mentions.extend(self.syntax.np_mentions(pobj, index))
        if lemma(clause) in self.founding_verbs:
            return mentions  # "the convention establishing the X Organisation": the body it sets up is no party
        if lemma(clause) not in self.rules.stages:
            # "an accord letting Greek and Cypriot troops be stationed": who it binds
            for sub in clause.subtree:
                if sub.dep_ in ("dobj", "nsubj") and sub.head.pos_ == "VERB":
                    mentions.extend(m for m in self.syntax.np_mentions(sub, index) if m.kind != "person")
        return mentions

    def domain(self, noun: Any, sent: Any) -> str:
        """The agreement's domain: the first whose keyword is in its phrase, else in its sentence."""
        for words in ({lemma(t) for t in noun.subtree}, {lemma(t) for t in sent}):
            for domain, keywords in self.rules.domains.items():
                if words & set(keywords):
                    return domain
        return "other"

    def reads_no_agreement(self, token: Any, dates: DateResolver | None = None) -> bool:
        """Whether the rules read the agreement noun ``token`` as no agreement standing: ended ("its
        former pact", "the expired accord", "the treaty, which lapsed"), said to be ended, or
        rejected or blocked by its governor. For the learned back-off's vetoes
        (``accord.defence.backoff.AgreementBackoff``), which read it with no ``dates`` (the
        stages' times then unplaced, as for an article with no publication date)."""
        lapsed = any(c.dep_ == "relcl" and c.lower_ in self.rules.ended_modifiers for c in token.children)
        return lapsed or self._ended(token) or self._said_ended(token) or self._rejected(token) or self._signed_by_civil_bodies(token, dates) or self._lacked(token)

    def _in_absolute_with(self, token: Any, verb: Any | None) -> bool:
        """"With the pact ceasing to bind them, the two navies quit the strait": an agreement noun
        after "with" that has a predicate of its own (a participle on it) is an absolute clause, a
        circumstance of the main verb, which does nothing to it."""
        if verb is None or token.dep_ != "pobj" or token.head.lower_ not in self.rules.word_classes["absolute_preposition"] or token.head.head != verb:
            return False
        return any(c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") for c in token.children)

    def _lacked(self, token: Any) -> bool:
        """"negotiations broke up without an accord", "closed without agreement": an indefinite agreement
        noun a preposition of lacking governs is one nobody reached ("without the treaty, X would ...",
        definite, still presupposes it)."""
        if token.dep_ != "pobj" or token.head.lower_ not in self.rules.word_classes["lacking_preposition"]:
            return False
        return not grammar.is_definite(token, self.grammar) and not any(c.dep_ == "poss" for c in token.children)

    def _signed_by_civil_bodies(self, token: Any, dates: DateResolver | None) -> bool:
        """"the basketball federations of X and Y concluded a pact", "X's N University and Y's N
        Institute signed an accord": an agreement whose signing subject lists only bodies that are no government
        (see _of_a_civil_body) is no intergovernmental agreement, whatever states name their homes."""
        for verb, _ in self.stages(token, dates):
            subject = self._subject(verb) if verb is not None and verb.pos_ in VERB_TAGS else None
            if subject is None:
                continue
            conjuncts = [subject, *(c for c in subject.subtree if c.dep_ == "conj" and c.head.i in (subject.i, *(g.i for g in subject.subtree if g.dep_ == "conj")))]
            if all(self._names_a_civil_body(c, conjuncts) for c in conjuncts):
                return True
        return False

    def _names_a_civil_body(self, token: Any, conjuncts: list[Any]) -> bool:
        """A conjunct of a subject that names a body that is no government: "the harbour towns",
        "club N", "N University", or, in "X and Y's chambers of industry", the bare name before
        a shared possessive."""
        if self._civil_body(token) or any(c.dep_ in ("compound", "appos") and self._civil_body(c) for c in token.children):
            return True
        shared = [c for c in conjuncts if c.i > token.i and self._civil_body(c) and any(g.dep_ == "poss" for g in c.children)]
        return token.pos_ == "PROPN" and bool(shared) and not any(c.dep_ == "det" for c in token.children)


def may_tell_unfounded_or_ruled_out(sent: Any, rules: Any) -> bool:
    """Whether any token of ``sent`` could pass ``told_as_unfounded`` or ``told_as_ruled_out``: a
    cheap screen for callers that test every token. Both need one of their words in the sentence
    (a denying verb, a claim noun or a scenario noun among its lemmas; a ruled-out phrase in its text, read a few
    tokens beyond either end as those tests do)."""
    if any(lemma(t) in rules.denying_verbs or lemma(t) in rules.alleging_nouns or lemma(t) in rules.report_nouns or lemma(t) in rules.hypothetical_nouns for t in sent):
        return True
    doc = sent.doc
    text = " ".join(t.lower_ for t in doc[max(sent.start - 5, 0) : sent.end + 12])
    return any(phrase in text for phrase in (*rules.ruled_out_prefixes, *rules.ruled_out_predicates))


def told_as_unfounded(token: Any, rules: Any) -> bool:
    """"denied that X and Y had signed a pact", "rejected claims that it formed an alliance", "amid
    rumours that X joined": a record told inside a clause that someone denies, or that only a
    claim or rumour asserts, is not stated as fact (docs/annotation.md §9.1, §9.4: only alleged)."""
    current = token
    for _ in range(10):
        if current.head == current:
            return False
        if current.dep_ in ("ccomp", "acl", "advcl", "relcl"):
            above = current.head
            word = lemma(above)
            if current.dep_ == "ccomp" and above.pos_ in VERB_TAGS and word in rules.denying_verbs:
                return True
            # "claims that Kigali had a pact": the parser may hang the "that" clause as a relative (its "that" a mark)
            that_clause = current.dep_ == "acl" or current.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in current.children)
            if above.pos_ in NOUN_TAGS and word in rules.hypothetical_nouns and current.dep_ in ("acl", "relcl"):
                return True  # "a scenario in which X and Y conclude a pact": imagined, not told
            if above.pos_ in NOUN_TAGS and word in rules.alleging_nouns | rules.report_nouns and that_clause:
                if word in rules.alleging_nouns:
                    return True
                return above.head.pos_ in VERB_TAGS and lemma(above.head) in rules.denying_verbs
        current = current.head
    return False


def told_as_ruled_out(token: Any, rules: Any) -> bool:
    """"a defence pact between X and Y remains out of the question", "an alliance with X was ruled
    out", "there is no question of a pact with Y": a pact or alliance the sentence rules out,
    dismisses or calls unlikely is not stated as fact (docs/annotation.md §9.1, §9.4)."""
    doc = token.doc
    phrase = token
    while phrase.dep_ in ("pobj", "prep", "conj", "appos") and phrase.head != phrase and phrase.head.i < phrase.i:
        phrase = phrase.head  # "the idea of a pact with X": the phrase the pact sits in
    before = " ".join(t.lower_ for t in doc[max(token.left_edge.i - 5, 0) : token.left_edge.i])
    if any(before.endswith(prefix) for prefix in rules.ruled_out_prefixes):
        return True
    if phrase.dep_ in ("nsubj", "nsubjpass") and phrase.head.pos_ in VERB_TAGS:
        return _ruled_out_predicate(phrase.head, rules)
    clause = token
    for _ in range(8):  # "it is unthinkable that X would form an alliance with Y": the clause is ruled out
        if clause.head == clause:
            return False
        if clause.dep_ in ("ccomp", "csubj") and clause.head.pos_ in VERB_TAGS:
            said_of_it = any(c.dep_ in ("expl", "nsubj") and c.lower_ == "it" for c in clause.head.children)
            return said_of_it and _ruled_out_predicate(clause.head, rules)
        clause = clause.head
    return False


def _ruled_out_predicate(predicate: Any, rules: Any) -> bool:
    """The predicate says what it is said of is ruled out ("remains out of the question", "was
    dismissed"); a negation undoes it unless the phrase carries it ("is not on the agenda")."""
    doc = predicate.doc
    negated = any(c.dep_ == "neg" for c in predicate.children)
    window = [t.lower_ for t in doc[predicate.i : predicate.i + 8]]
    for words in rules.ruled_out_predicates:
        target = words.split()
        if negated and target[0] != "not":
            continue  # "a pact was not ruled out": still possible, the clause decides
        for start in range(0, 4):
            if window[start : start + len(target)] == target and not _far_from_its_end(doc, predicate.i + start + len(target), rules):
                return True
    return False


def _far_from_its_end(doc: Any, after: int, rules: Any) -> bool:
    """"(the treaty) is years away from expiring": the distance told is to the agreement's end,
    so it stands; only a distance to its making rules it out."""
    following = doc[after : after + 2]
    return len(following) == 2 and following[0].lower_ == "from" and (lemma(following[1]) in rules.lapsing_verbs or rules.stages.get(lemma(following[1])) == "terminated")


def _counted(noun: Any, counts: Mapping[str, int]) -> int:
    """How many agreements a noun counts: "two memoranda", "the three accords" (a number word of
    ``agreement_words.csv`` on the noun itself); one otherwise ("a two-year accord": the year's)."""
    return next((counts[c.lower_] for c in noun.children if c.dep_ == "nummod" and c.lower_ in counts), 1)


def for_to_infinitive(verb: Any) -> bool:
    """"(opening the door) for the treaty to take effect": an infinitive with its own subject after "for",
    which tells an aim or a wait, not an event."""
    children = list(verb.children)
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in children) and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)


def _scheduled(verb: Any, dates: DateResolver | None) -> bool:
    """A verb in the simple present with a time of its own that lies ahead ("expires in June", "which
    lapses next year"): a scheduled event, not reached. Without one the present tells a news event in
    headline style ("the treaty expires as the sides trade blame"), and so it does with a time that
    is not ahead ("ceases to exist today", "lapses as of today"). The time may hang on the verb's
    complement ("ceases to exist in May")."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ == "aux" for c in verb.children):
        return False
    heads = (verb, *(c for c in verb.children if c.dep_ == "xcomp"))
    return any(_ahead(time, dates) for time in _times(heads, ("prep", "npadvmod", "advmod", "tmod")))


def _times(heads: Any, deps: tuple[str, ...]) -> list[Any]:
    """The time entities in the phrases hung on ``heads`` by ``deps`` (whole entity spans, in order)."""
    found: dict[int, Any] = {}
    for head in heads:
        for child in head.children:
            if child.dep_ not in deps:
                continue
            for t in child.subtree:
                if t.ent_type_ in grammar.TIME_ENTITIES and t.i not in found:
                    span = next((e for e in t.doc.ents if e.start <= t.i < e.end), t.doc[t.i : t.i + 1])
                    found.update((i, span) for i in range(span.start, span.end))
    return list({span.start: span for span in found.values()}.values())


def _ahead(time: Any, dates: DateResolver | None) -> bool:
    """``dates`` does not place the time before the publication date, nor on its very day ("today"):
    compared at the time's own precision, a year or month that holds the publication date ("at the
    end of this year", "in June" in June) may still lie ahead. A time it cannot place ("in autumn"),
    or any time in an article with no publication date, is taken as told ahead by the present tense."""
    published = dates.published if dates is not None else None
    value = dates.resolve(time.text, future=True) if dates is not None else None
    if published is None or value is None:
        return True
    same = published[: len(value)]
    return value > same or value == same and len(value) < len(published)


def _made_in_year_before(modifier: Any, year: str) -> bool:
    """"the 2004 accord": a four-digit year on the noun, earlier than ``year``."""
    text = modifier.text
    return modifier.dep_ in ("nummod", "compound", "amod", "nmod") and len(text) == 4 and text.isdigit() and "1800" < text < year


def _made(stage: str) -> bool:
    """A stage of the agreement's making (proposed ... ratified), not of its standing or end."""
    return AGREEMENT_ORDER.index(stage) <= AGREEMENT_ORDER.index("ratified")


def _codes(mentions: list[Mention]) -> list[str]:
    """Party codes; a company is no party to an intergovernmental agreement (a contract with
    one is a purchase), nor is a news outlet (a dateline's agency reports it)."""
    return sorted({m.code for m in mentions if m.code and m.form != "company" and m.sector != _MEDIA_SECTOR})


def referent(token: Any, verb: Any | None, drafts: list[AgreementDraft]) -> AgreementDraft:
    """The agreement a definite phrase refers to: "the plan" -> the last plan, else the last one.

    In "the plan formalises the agreement reached in 2023" the subject names the referent.
    """
    lemmas = [lemma(token)]
    for head in (verb, token.head):
        if head is None or head.pos_ not in VERB_TAGS:
            continue
        subject, _ = syntax.subject_of(head)
        if subject is not None and subject.i != token.i:
            lemmas.insert(0, lemma(subject))
    for word in lemmas:
        for draft in reversed(drafts):
            if draft.noun == word:
                return draft
    return drafts[-1]


def complete_parties(drafts: list[AgreementDraft], transfers: list[ArmsTransfer]) -> None:
    """A one-party contract ("Poland signed a contract to buy K2 tanks") takes the other side of
    the transfer it buys, told in the same sentence."""
    for draft in drafts:
        if len(draft.parties) != 1:
            continue
        sentences = {stage.evidence.start for stage in draft.stages}
        for transfer in transfers:
            if transfer.status == "interest":
                continue  # "wants to buy jets from X" while "in contract negotiations" with Y: a wish names no side of the contract
            sides = set(transfer.supplier) | set(transfer.recipient)
            if transfer.evidence.start in sentences and draft.parties[0] in sides:
                draft.parties = sorted(set(draft.parties) | sides)


def without_purchase_contracts(
    drafts: list[AgreementDraft],
    transfers: list[ArmsTransfer],
    commercial_nouns: frozenset[str],
    doc: Any = None,
    goods: frozenset[int] = frozenset(),
    subject_prepositions: frozenset[str] = frozenset(),
    cause_nouns: frozenset[str] = frozenset(),
) -> list[AgreementDraft]:
    """A contract or deal told with both sides of an arms transfer the article tells is that
    transfer's order, not an agreement (docs/annotation.md 9.1), however the parser split its
    phrase ("a contract worth $600 million was inked by both governments", "Moscow froze its 2007
    contract with Tehran"), unless it says what it is on and that is no goods nor the transfer
    ("also signed a deal to cooperate on space research": an agreement of its own). ``goods``: the
    indices of the article's equipment tokens. Run before ``complete_parties``, which gives a
    one-party contract its other side."""
    sides = [set(t.supplier) | set(t.recipient) for t in transfers]
    told = set(goods)  # "a contract for Spike missiles", "a deal under which X sells jets": the transfer's goods or trigger
    if doc is not None:
        told |= {t.i for x in transfers if x.evidence.trigger is not None and (span := doc.char_span(x.evidence.trigger.start, x.evidence.trigger.end, alignment_mode="expand")) is not None for t in span}
    return [
        d
        for d in drafts
        if not (d.noun in commercial_nouns and len(set(d.parties)) > 1 and any(set(d.parties) <= s for s in sides) and not _own_subject(d, doc, told, subject_prepositions, cause_nouns))
    ]



_UNSUBJECT_ENTITIES = ("DATE", "TIME", "MONEY", "CARDINAL", "QUANTITY", "PERCENT")


def _own_subject(draft: AgreementDraft, doc: Any, told: set[int], prepositions: frozenset[str], causes: frozenset[str]) -> bool:
    """A commercial noun that says what it is on, naming neither goods nor a transfer (tokens in
    ``told``): "a deal on police training", "signed a deal on Friday to cooperate on space
    research" (the parser may hang the infinitive, or the preposition, on the verb). A time or a
    sum ("on Monday", "for $1 billion") says nothing of it, nor a cause ("for political reasons")."""
    if doc is None:
        return False
    for stage in draft.stages:
        span = doc.char_span(stage.evidence.start, stage.evidence.end, alignment_mode="expand")
        for token in span if span is not None else ():
            if token.pos_ not in NOUN_TAGS or lemma(token) != draft.noun:
                continue
            # the infinitive may hang on the verb over the noun; a phrase on the verb ("froze the contract for
            # political reasons") tells the act, not the contract
            owners = [token, token.head] if token.dep_ == "dobj" else [token]
            topics = [c for owner in owners for c in owner.children if c.i > token.i and _subject_phrase(c, prepositions if owner.i == token.i else frozenset(), causes)]
            if any(not any(t.i in told for t in c.subtree) for c in topics):
                return True
    return False


def _subject_phrase(token: Any, prepositions: frozenset[str], causes: frozenset[str]) -> bool:
    """An infinitive ("to cooperate on ..."), or a preposition of ``prepositions`` whose object is no time, sum or cause."""
    if token.dep_ in ("acl", "advcl", "xcomp"):
        return syntax.to_infinitive(token)
    if token.dep_ != "prep" or token.lower_ not in prepositions:
        return False
    objects = [c for c in token.children if c.dep_ in ("pobj", "pcomp")]
    return bool(objects) and not any(o.ent_type_ in _UNSUBJECT_ENTITIES or lemma(o) in causes for o in objects)


def finish_agreements(drafts: list[AgreementDraft]) -> list[Agreement]:
    """The article's agreements, each at the latest stage it reached, with its history."""
    agreements = []
    # An agreement with one party is not between states ("the government and its own region");
    # a scheme is none unless some mention tells it made.
    kept = (d for d in drafts if len(set(d.parties)) >= 2 and not (d.scheme and not any(_made(s.status) for s in d.stages)))
    # "signed two memoranda": one record for each agreement counted
    kept = [d for draft in kept for d in [draft] * draft.count]
    for n, draft in enumerate(kept, 1):
        stages = draft.stages
        latest = max(stages, key=lambda s: AGREEMENT_ORDER.index(s.status))
        agreements.append(
            Agreement(
                id=f"ag{n}",
                name=draft.name,
                parties=tuple(draft.parties),
                signatories=tuple(draft.signatories),
                status=latest.status,
                date=latest.date,
                place=draft.place,
                domain=draft.domain,
                evidence=latest.evidence,
                history=tuple(sorted(stages, key=lambda s: (s.date or "9999", AGREEMENT_ORDER.index(s.status)))),
            )
        )
    return agreements


def _span_root(doc: Any, mention: Mention) -> Any:
    """The token of ``mention``'s span whose head lies outside it (its last token where none does)."""
    span = doc[mention.start : mention.end]
    return next((t for t in span if not mention.start <= t.head.i < mention.end or t.head == t), doc[mention.end - 1])
