"""Learned recall back-offs behind the joint-activity and arms-transfer rules.

The activity rules read the parse around a cue word; on phrasing they were not fitted to, most
of what they miss is a sentence where they find no activity at all (README, issue 13). The
back-off is a logistic regression over a sentence's words and its actors' places in the parse,
trained on the dev splits of the gold sets (``scripts/train_defence_backoff.py``; data
statement and figures in ``docs/defence_backoff.md``). Where the rules found no activity in a
sentence naming at least two possible parties (states, intergovernmental organisations), no
veto holds (``ActivityBackoff.vetoed``) and the model's probability clears the threshold chosen
by cross-validation, it proposes one activity between every party named. It never changes a
rule record.

Behind the transfer rules a second set of regressions works the same way (``TransferBackoff``):
where the rules found no transfer in a sentence naming two states and a military item, one
detector says whether a transfer is told, one model each ranks the states as supplier and as
recipient, and one per stage ranks the stages. Its proposals are vetoed wherever the transfer
rules' own readings say there is no transfer (``TransferExtractor.reads_no_transfer``,
``TransferExtractor.goods_named``); its proposals say ``found_by="model"``. It runs when the
model file carries it, as the packaged one does (``docs/defence_backoff.md``, "The transfer
back-off").

Behind the agreement rules a detector and one model per stage propose one agreement between the
actor states of a sentence the rules drafted none in (``AgreementBackoff``; round 13), vetoed
where the agreement rules read an agreement as ended, rejected, denied or ruled out
(``AgreementExtractor.reads_no_agreement``). ``AllianceBackoff`` works the same way behind the
alliance rules; the packaged model carries no alliance part (its cross-validation lowered the F1
over all dev lines: ``docs/defence_backoff.md``).

The features are computed here, so training and run time read a sentence the same way.
"""

from __future__ import annotations

import json
import math
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from accord.actors.resolve import Mention, MentionIndex
from accord.dates import DateResolver
from accord.defence import grammar
from accord.defence.activities import ActivityExtractor, activity_kinds
from accord.defence.agreements import AgreementExtractor, may_tell_unfounded_or_ruled_out, told_as_ruled_out, told_as_unfounded
from accord.defence.alliances import AllianceExtractor, joinable
from accord.defence.grammar import lemma
from accord.defence.rules import ActivityRules, DefenceRules
from accord.events.syntax import Grammar, direct_object, first_conjunct
from accord.errors import ModelError
from accord.defence.equipment import EquipmentMention
from accord.defence.transfers import TransferExtractor
from accord.records import Activity, Agreement, Alliance, ArmsTransfer

#: The packaged model (``scripts/train_defence_backoff.py`` writes it).
MODEL_PACKAGE = "accord.data.models"
MODEL_FILE = "defence_backoff.json"
#: The back-offs' own word lists, in ``accord.data.patterns``.
BACKOFF_WORDS_FILE = "defence_backoff.toml"
#: The name of a proposed agreement when no agreement noun is named ("X and Y agreed to ...").
PLAIN_AGREEMENT = "agreement"
#: Sectors whose mentions make no party of an agreement or alliance: a company signs contracts,
#: not intergovernmental agreements (docs/annotation.md §9.1).
COMPANY_SECTORS = ("BUS",)
#: Parts of speech whose lemmas are features.
CONTENT_POS = ("VERB", "NOUN", "ADJ", "ADV", "PROPN")


def sentence_candidates(sent: Any, index: MentionIndex, reporting_verbs: frozenset[str] = frozenset()) -> dict[str, list[Mention]]:
    """The possible parties a sentence names, in order, with their mentions: states (by name,
    adjective, capital, place, or through a person or body of theirs) and intergovernmental
    organisations ("NATO", "UN peacekeepers"). Armed groups and news outlets are no party, nor
    is a state named only to describe another ("Chile, a neighbour of Bolivia"), nor one named
    only as the speaker of a report (the subject of one of ``reporting_verbs``) when two others
    remain ("X and Y will drill, a Z official said")."""
    candidates: dict[str, list[Mention]] = {}
    for mention in index.in_range(sent.start, sent.end):
        if mention.kind == "group" or mention.sector == "MED" or _describes_another(sent.doc[mention.end - 1]):
            continue
        code = mention.country or (mention.code if mention.sector == "IGO" else None)
        if code:
            candidates.setdefault(code, []).append(mention)
    speaking = _speakers(sent, reporting_verbs)
    speakers = {code for code, mentions in candidates.items() if all(m.start in speaking for m in mentions)}
    if speakers and len(candidates) - len(speakers) >= 2:
        return {code: mentions for code, mentions in candidates.items() if code not in speakers}
    return candidates


def proposed_parties(sent: Any, index: MentionIndex, candidates: dict[str, list[Mention]], rules: ActivityRules) -> tuple[str, ...]:
    """The parties of a proposal: the candidates less those named only as the side watched or
    fought ("data on Syrian rocket firings", "the bombing campaign against Serbia"), or as a
    war's side or place ("citing X's war in Y", "since the war in Y") or, for an
    organisation, only as what a state is a member of ("after Albania joined NATO", "a fully
    fledged NATO member"); with the leader and host a force's description names ("EUFOR, the EU-led force",
    "UNIFIL, the UN force keeping watch over Lebanon"), which candidates leave out as descriptions. Only the party
    set changes: the model's features read the candidates as they were trained."""
    kept = {code for code, mentions in candidates.items() if not all(_no_party(sent.doc[m.end - 1], m, rules) for m in mentions)}
    for mention in index.in_range(sent.start, sent.end):
        code = mention.country or (mention.code if mention.sector == "IGO" else None)
        if code and mention.kind != "group" and mention.sector != "MED" and _describes_force(sent.doc[mention.end - 1], rules):
            kept.add(code)
    return tuple(sorted(kept))


def _no_party(head: Any, mention: Mention, rules: ActivityRules) -> bool:
    """A mention (by its last token) named as the side an activity watches or fights (inside the
    phrase of a watched noun, or "against" it), as the place of what forces support elsewhere
    ("pilots posted at X's base helping the air campaign over Y") or, an organisation, as what a
    state is a member of."""
    if mention.kind == "state" and _supported_there(head, rules):
        return True
    if not mention.country:
        joined = head.head if head.dep_ == "dobj" else head.head.head if head.dep_ == "pobj" else None
        if head.dep_ in ("compound", "poss", "nmod") and lemma(head.head) in rules.organisation_membership_nouns or joined is not None and lemma(joined) in rules.membership_verbs:
            return True
    node = head
    for _ in range(8):
        parent = node.head
        if parent.i == node.i or node.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp"):
            return False
        if node.dep_ == "pobj" and parent.lower_ in rules.enemy_prepositions:
            return True
        if node.dep_ == "pobj" and parent.lower_ in ("by", "with", "alongside", "between", "among"):
            return False  # "strikes by X and Y jets": the actors of the deed
        # "on Syrian rocket firings": the parser may tag the noun a verb; its place tells
        nominal = parent.pos_ in ("NOUN", "PROPN") or parent.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass")
        if nominal and lemma(parent) in rules.watched_nouns | rules.war_nouns:
            return True  # watched or fought, or a war's side or place ("citing X's war in Y")
        if not nominal and parent.pos_ in ("VERB", "AUX"):
            return False
        node = parent
    return False


def _supported_there(place: Any, rules: ActivityRules) -> bool:
    """A place ("in Y", "over Y") of the object of a supporting verb ("assisting the air patrols over Y",
    "to help the blockade off Y") when the sentence names elsewhere the place where the
    forces are based (``_based_elsewhere``): where the supported effort is, not where the forces
    are nor a side of theirs. Without such a place ("sent troops to support the mission in Y") the
    effort's place is where the forces go."""
    supporting = _supporting_verb(place, rules)
    return supporting is not None and _based_elsewhere(place, supporting, rules)


def _supporting_verb(place: Any, rules: ActivityRules) -> Any | None:
    """The supporting verb ("support", "help") whose object ``place`` is the place of ("in Y", "off Y"), if any."""
    preposition = place.head
    if place.dep_ != "pobj" or preposition.lower_ not in rules.area_prepositions:
        return None
    while preposition.dep_ == "conj" and preposition.head.pos_ == "ADP":
        preposition = preposition.head  # "in the Gulf and off Y"
    supported = preposition.head
    if preposition.dep_ != "prep":
        return None
    if lemma(supported) in rules.assisting_verbs and supported.pos_ == "VERB":
        return supported if any(c.dep_ == "dobj" for c in supported.children) else None  # the parser may hang the place on the verb
    return supported.head if supported.dep_ == "dobj" and lemma(supported.head) in rules.assisting_verbs else None


def _based_elsewhere(place: Any, supporting: Any, rules: ActivityRules) -> bool:
    """The sentence names, outside the supporting clause, where the forces are based: a hosting verb
    ("Z airmen, housed at X's airfield, assist ...") or a basing or keeping verb with a place of its
    own ("are garrisoned at X's camp", "keeps sailors in X", "the base where Z pilots are posted")."""
    supporting_clause = {supporting.i} | {t.i for c in supporting.children if c.dep_ not in ("nsubj", "nsubjpass") for t in c.subtree}  # its subject's phrase may tell the basing
    places = rules.area_prepositions | set(rules.destination_prepositions)
    for verb in place.sent:
        if verb.i in supporting_clause or verb.pos_ not in grammar.VERB_TAGS:
            continue
        if lemma(verb) in rules.hosting_verbs:
            return True
        if lemma(verb) in rules.basing_verbs | rules.keeping_verbs and any(
            t.i not in supporting_clause and (t.dep_ == "pobj" and t.head.lower_ in places or t.dep_ == "advmod" and t.lower_ in rules.relative_place_adverbs) for t in verb.subtree
        ):
            return True
    return False


#: Relations that keep a word inside the noun phrase it describes ("the Russian carrier", "Y's
#: drills", "the carrier and its escorts").
_INSIDE_PHRASE_DEPS = ("amod", "compound", "poss", "nmod", "appos", "conj", "case")


@dataclass(frozen=True)
class FacingWords:
    """The words ``_faced_only`` reads one side acting on another by: the activity rules' own
    (watching, clashing and invading verbs, enemy prepositions, hostile words; the events
    lexicon's border nouns) with the back-off's few additions (``defence_backoff.toml``)."""

    facing_verbs: frozenset[str]
    watching_verbs: frozenset[str]
    targeting_prepositions: frozenset[str]
    border_nouns: frozenset[str]
    threat_nouns: frozenset[str]
    threat_prepositions: frozenset[str]
    reacting_nouns: frozenset[str]


def _faced_only(head: Any, words: FacingWords) -> bool:
    """A mention (by its last token) inside the phrase a verb of watching, clashing or invading
    acts on: its object or passive subject ("shadowed the Russian carrier", "invaded Kuwait",
    "Y's bombers were tracked by"), or behind a targeting preposition on it ("fired at X's
    boats"); or naming the state across a border ("the border with Chad", "the Syrian frontier").
    A place the object is in ("attacked a mock airfield on a Latvian range") is not what is acted
    on. Also the agent of a participle of watching or facing ("watched by Greek attaches", "a
    trawler rammed by X's cutters": the other side, whoever is acted on) and
    the side a threat or provocation is told of (``threat_nouns``, behind ``threat_prepositions``
    or as a modifier: "threats from X", "X's aggression"), and who voices or hears a reaction
    (``reacting_nouns``: "Baghdad's protest", "concern about China's activities")."""
    node = head
    for _ in range(10):
        parent = node.head
        if parent.i == node.i:
            return False
        if node.dep_ == "pobj" and parent.lower_ == "with" and (lemma(parent.head) in words.border_nouns or parent.i > parent.sent.start and lemma(parent.nbor(-1)) in words.border_nouns):
            return True  # "near the border with Chad" (the parser may hang "with" on the verb)
        if node.dep_ in ("amod", "compound", "poss", "nmod") and lemma(parent) in words.border_nouns:
            return True  # "along the Afghan frontier"
        if lemma(parent) in words.facing_verbs and (node.dep_ == "dobj" or node.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in parent.children)):
            return True  # a passive subject only with its agent named: "are engaged in drills" acts on no one
        if node.dep_ == "pobj" and parent.lower_ == "by" and _participle_above(parent, words.watching_verbs | words.facing_verbs):
            return True  # the watcher or the other side: "watched from a hilltop by Greek attaches", "rammed by X's cutters"
        if node.dep_ == "pobj" and parent.lower_ in words.threat_prepositions and lemma(parent.head) in words.threat_nouns:
            return True  # "a response to threats from the United States"
        if node.dep_ in ("amod", "compound", "poss") and lemma(parent) in words.threat_nouns | words.reacting_nouns:
            return True  # "Russian aggression", "Baghdad's protest"
        if node.dep_ == "pobj" and parent.dep_ == "prep" and lemma(parent.head) in words.reacting_nouns:
            return True  # "concern about China's activities", "lodged a protest with Beijing"
        if node.dep_ == "pobj" and parent.dep_ == "prep" and parent.head.pos_ in ("VERB", "AUX"):
            return parent.lower_ in words.targeting_prepositions and lemma(parent.head) in words.facing_verbs
        if node.dep_ in _INSIDE_PHRASE_DEPS or (node.dep_ == "pobj" and parent.lower_ == "of") or (node.dep_ == "prep" and parent.pos_ in ("NOUN", "PROPN") and node.lower_ == "of"):
            node = parent
            continue
        return False
    return False


def _participle_above(token: Any, verbs: frozenset[str]) -> bool:
    """The first verb above ``token`` is a past participle among ``verbs`` ("watched ... by")."""
    node = token.head
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node.pos_ == "VERB" and node.tag_ == "VBN" and lemma(node) in verbs


@dataclass(frozen=True)
class BackoffWords:
    """The back-offs' own word lists (``data/patterns/defence_backoff.toml``)."""

    reacting_verbs: frozenset[str]
    approving_verbs: frozenset[str]
    facing_verbs: frozenset[str]
    targeting_prepositions: frozenset[str]
    threat_nouns: frozenset[str]
    threat_prepositions: frozenset[str]
    reacting_nouns: frozenset[str]


@lru_cache(maxsize=1)
def backoff_words() -> BackoffWords:
    """Read the back-offs' word lists once."""
    table = tomllib.loads(resources.files("accord.data.patterns").joinpath(BACKOFF_WORDS_FILE).read_text(encoding="utf-8"))["activity_parties"]
    return BackoffWords(*(frozenset(table[name]) for name in ("reacting_verbs", "approving_verbs", "facing_verbs", "targeting_prepositions", "threat_nouns", "threat_prepositions", "reacting_nouns")))


def _describes_force(token: Any, rules: ActivityRules) -> bool:
    """``token`` lies in an apposition describing a force or mission ("EUFOR, the EU-led
    stabilisation force", "UNIFIL, the UN force keeping watch over Lebanon")."""
    while token.head.i != token.i:
        if token.dep_ == "appos":
            return lemma(token) in rules.described_force_nouns
        token = token.head
    return False


def sentence_states(sent: Any, index: MentionIndex) -> list[str]:
    """The states among a sentence's candidates (``sentence_candidates``)."""
    return [code for code, mentions in sentence_candidates(sent, index).items() if mentions[0].country]


def sentence_features(sent: Any, index: MentionIndex, told: frozenset[str] = frozenset(), relations: bool = False, context: bool = False) -> list[str]:
    """The features of one sentence: ``w=`` content lemmas outside actor mentions, ``b=`` pairs of
    a word and its syntactic head, ``neg`` and ``md=`` modals, ``states=`` how many states,
    ``told=`` the other kinds of record the rules found in it (``told``: some of "agreements",
    "arms_transfers", "alliances"; a sentence telling a sale seldom tells an exercise too), ``r=`` the root, ``p=`` and ``pg=`` the prepositions actors hang on (and
    what those hang on), ``a=`` and ``g=`` how other actors hang on their head, and the head;
    with ``relations``, also how the states hang on each other (``relation_features``: the
    transfer back-off reads them, and the agreement back-off since round 17; the activity and
    alliance back-offs, whose cross-validation they did not raise in round 15, do not); with
    ``context``, also the words beside the possible parties and how they are conjoined
    (``context_features``: the activity back-off reads them since round 16, the transfer
    back-off since round 17)."""
    inside = {i for m in index.in_range(sent.start, sent.end) for i in range(m.start, m.end)}
    features: set[str] = set()
    for token in sent:
        if token.dep_ == "neg":
            features.add("neg")
        if token.tag_ == "MD":
            features.add(f"md={lemma(token)}")
        if token.i in inside or token.is_stop or not token.is_alpha or token.pos_ not in CONTENT_POS:
            continue
        word = lemma(token)
        features.add(f"w={word}")
        head = token.head
        if head.i != token.i and head.i not in inside and head.is_alpha and not head.is_stop:
            features.add(f"b={lemma(head)}>{word}")
    features.add(f"states={min(len(sentence_states(sent, index)), 3)}")
    features.update(f"told={kind}" for kind in told)
    features.add(f"r={lemma(sent.root)}")
    for mention in index.in_range(sent.start, sent.end):
        head = sent.doc[mention.end - 1]
        if head.dep_ == "pobj":
            features.add(f"p={head.head.lower_}")
            features.add(f"pg={head.head.lower_}|{lemma(head.head.head)}")
        else:
            features.add(f"a={head.dep_}")
            if head.head.i != head.i and head.head.i not in inside:
                features.add(f"g={lemma(head.head)}")
    if relations:
        features.update(relation_features(sent, index))
    if context:
        features.update(context_features(sent, index))
    return sorted(features)


#: How many tokens on each side of a possible party's mention ``context_features`` reads.
_CONTEXT_WIDTH = 2


def context_features(sent: Any, index: MentionIndex) -> list[str]:
    """The words around the possible parties a sentence names (``sentence_candidates``) and how
    they are joined (round 16; the activity back-off's detector reads them): ``n=`` the content
    lemmas within two tokens of a party's mention, outside every actor mention ("joined night
    drills beside Lithuanian platoons": ``n=drill``, ``n=platoon``; "beside" is no content word);
    ``coord`` when a party's mention is conjoined with another party's ("Chilean and
    Peruvian crews staged a rehearsal"), with ``cv=`` the verb governing the first of them and the
    preposition on the way or else its relation (``cv=stage|amod``); and ``cands=`` how many
    parties (at most 4).
    Read only from the parse and the mentions, so cheap at run time."""
    candidates = sentence_candidates(sent, index)
    inside = {i for m in index.in_range(sent.start, sent.end) for i in range(m.start, m.end)}
    heads = {sent.doc[m.end - 1].i: code for code, mentions in candidates.items() for m in mentions}
    features: set[str] = {f"cands={min(len(candidates), 4)}"}
    for mentions in candidates.values():
        for mention in mentions:
            for i in [*range(mention.start - _CONTEXT_WIDTH, mention.start), *range(mention.end, mention.end + _CONTEXT_WIDTH)]:
                if sent.start <= i < sent.end and i not in inside:
                    token = sent.doc[i]
                    if token.is_alpha and not token.is_stop and token.pos_ in CONTENT_POS:
                        features.add(f"n={lemma(token)}")
    for i, code in heads.items():
        head = sent.doc[i]
        if head.dep_ == "conj" and head.head.i in heads and heads[head.head.i] != code:
            features.add("coord")
            top = first_conjunct(head.head)
            verb, preposition = _governing_verb(top)
            features.add(f"cv={lemma(verb)}|{preposition or top.dep_}")
    return sorted(features)


#: How far up the parse ``relation_features`` looks for the verb governing a state's mention.
_GOVERNING_VERB_STEPS = 6
#: The longest dependency path between two states that ``relation_features`` writes out whole.
_PATH_LENGTH = 4


def relation_features(sent: Any, index: MentionIndex) -> list[str]:
    """How the states a sentence names hang on each other (round 15; the transfer back-off's
    detector and stage models read them, and since round 17 the agreement back-off's): ``v=`` the verb governing
    each state's mention with the preposition on the way or else the mention's own relation
    ("sold to X": ``v=sell|to``; "X bought": ``v=buy|nsubj``), and for each pair of the first
    three states named, ``lca=`` the word joining their mentions in the parse (``STATE`` when it
    is a state's own word: "Chilean and Peruvian crews") and ``path=`` the relations from one up
    to it and down to the other when there are at most four ("Chile sold frigates to Peru":
    ``path=nsubj^sell^prep/pobj``). Read only from the parse, so cheap at run time."""
    features: set[str] = set()
    heads: dict[str, Any] = {}
    inside = {i for m in index.in_range(sent.start, sent.end) for i in range(m.start, m.end)}
    for mention in index.in_range(sent.start, sent.end):
        if not mention.country or mention.kind == "group":
            continue
        head = sent.doc[mention.end - 1]
        heads.setdefault(mention.country, head)
        verb, preposition = _governing_verb(head)
        if verb.i != head.i:
            features.add(f"v={lemma(verb)}|{preposition or head.dep_}")
    first = sorted(heads.values(), key=lambda token: token.i)[:3]
    for n, left in enumerate(first):
        for right in first[n + 1:]:
            up, down = _ancestors(left), _ancestors(right)
            depth = {token.i: k for k, token in enumerate(down)}
            join = next((k for k, token in enumerate(up) if token.i in depth), None)
            if join is None:
                continue
            common = up[join]
            word = "STATE" if common.i in inside else lemma(common)  # "Chilean and Peruvian crews": no name
            rising = [token.dep_ for token in up[:join]]
            falling = [token.dep_ for token in down[:depth[common.i]]]
            if len(rising) + len(falling) <= _PATH_LENGTH:
                features.add("path=" + "/".join(rising) + "^" + word + "^" + "/".join(reversed(falling)))
            features.add(f"lca={word}")
    return sorted(features)


def _governing_verb(token: Any) -> tuple[Any, str | None]:
    """The verb above ``token`` (at most ``_GOVERNING_VERB_STEPS`` up; else where the climb
    stopped) and the first preposition on the way ("to" in "sold to X")."""
    node, preposition = token, None
    for _ in range(_GOVERNING_VERB_STEPS):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        if node.dep_ == "pobj" and preposition is None:
            preposition = node.head.lower_
        node = node.head
    return node, preposition


def _ancestors(token: Any) -> list[Any]:
    """``token`` and the words above it up to its root (at most 20)."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < 20:
        chain.append(chain[-1].head)
    return chain


def candidate_features(mentions: list[Mention], sent: Any) -> list[str]:
    """The features of one state in a sentence, for telling its role in a transfer: how it is
    written (``form=``, ``place``), how its mentions hang in the parse (``dep=``, ``prep=``,
    ``gov=``, ``depgov=``: the relation, the preposition and the governing word's lemma) and
    whether it opens the sentence; since round 17 also the verb governing each mention (through
    the nouns between, as ``relation_features`` climbs) with the preposition on the way or else
    the mention's own relation (``v=``: "jets from Russia were delivered", ``v=deliver|from``),
    that with the mention's side of the verb (``vs=deliver|from|>``: after it), and the side
    with the preposition or relation alone (``side=>|from``), so that "X's jets were sold to Y"
    and "Y bought X's jets" read their sides whatever noun carries the state."""
    features: set[str] = set()
    for mention in mentions:
        head = sent.doc[mention.end - 1]
        verb, preposition = _governing_verb(head)
        if verb.i != head.i:
            side = "<" if head.i < verb.i else ">"
            features.add(f"v={lemma(verb)}|{preposition or head.dep_}")
            features.add(f"vs={lemma(verb)}|{preposition or head.dep_}|{side}")
            features.add(f"side={side}|{preposition or head.dep_}")
        features.add(f"form={mention.form}")
        if mention.is_place:
            features.add("place")
        if mention.start == sent.start:
            features.add("first")
        relation, governor = head.dep_, head.head
        if relation == "pobj":
            features.add(f"prep={governor.lower_}")
            relation, governor = f"pobj:{governor.lower_}", governor.head
        features.add(f"dep={relation}")
        features.add(f"gov={lemma(governor)}")
        features.add(f"depgov={relation}|{lemma(governor)}")
    return sorted(features)


@dataclass(frozen=True)
class LinearDetector:
    """A binary logistic regression over sparse binary features."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, features: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_dict(self) -> dict[str, Any]:
        return {"bias": self.bias, "threshold": self.threshold, "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "LinearDetector":
        return cls({str(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]), float(data["threshold"]))


class ActivityBackoff:
    """Proposes the activity of a sentence the rules found none in (module docstring)."""

    def __init__(self, detector: LinearDetector, rules: DefenceRules, syntax: Grammar) -> None:
        self.detector = detector
        self.rules = rules.activities
        self.syntax = syntax
        # the activity rules' reading of a clause's stage and of civilian and police bodies
        self.rule_reader = ActivityExtractor(rules, syntax)
        self.words = backoff_words()
        # acting on another side, as the activity rules read it (watching, clashing and invading
        # verbs, enemy prepositions, hostile words), with the back-off's few additions
        self.facing = FacingWords(
            facing_verbs=self.rules.watching_verbs | self.rules.clashing_verbs | self.rules.hostile_words | self.words.facing_verbs,
            watching_verbs=self.rules.watching_verbs,
            targeting_prepositions=self.rules.enemy_prepositions | self.words.targeting_prepositions,
            border_nouns=self.syntax.lexicon.border_nouns,
            threat_nouns=self.rules.hostile_words | self.words.threat_nouns,
            threat_prepositions=self.words.threat_prepositions,
            reacting_nouns=self.words.reacting_nouns,
        )

    def propose(self, sent: Any, index: MentionIndex, dates: DateResolver, told: frozenset[str] = frozenset()) -> Activity | None:
        """One activity between the parties ``sent`` names, when the model finds one told there
        (``told``: the kinds of record the rules found in ``sent``)."""
        candidates = self.candidates(sent, index)
        if self.vetoed(sent, candidates, index) or self.detector.probability(sentence_features(sent, index, told, context=True)) < self.detector.threshold:
            return None
        trigger = _trigger(self.detector, sent, index)
        status = self.rule_reader.verb_status(_governor(trigger))
        if status is None:
            return None  # a negated, hypothetical or ended clause tells no activity
        parties = self.rule_reader.mission_parties(self.parties(sent, index, candidates), sent, index)
        if len(parties) < 2:
            return None  # one party left once the watched side and memberships are set apart: no joint activity
        kinds = activity_kinds(sent, self.rules.kinds) or self.rule_reader.default_kinds(trigger)
        period = self.syntax.clause_date(_governor(trigger), sent, dates, future=status == "planned", periods=True)
        return Activity("", parties, None, kinds, period, status, grammar.evidence(sent, trigger), found_by="model")

    def candidates(self, sent: Any, index: MentionIndex) -> dict[str, list[Mention]]:
        """The sentence's possible parties (``sentence_candidates``, speakers of reports left out)."""
        return sentence_candidates(sent, index, self.syntax.lexicon.reporting_verbs)

    def parties(self, sent: Any, index: MentionIndex, candidates: dict[str, list[Mention]]) -> tuple[str, ...]:
        """The parties of a proposal (``proposed_parties``) less the states named only as what
        one side's forces face or as who reacts to them: the side a verb of watching, clashing
        or invading acts on ("Norwegian frigates shadowed the Russian carrier", "jets struck
        targets in Syria", "troops invaded Kuwait"), the state across a border ("deployed near
        the border with Chad", "along the Afghan frontier"), or the subject of a reacting verb
        ("Beijing's foreign ministry condemned the drills", "Pakistan complained that ...").
        Whoever faces or answers another's forces holds no joint activity with them; but one who
        also acts in a clause of its own ("X voiced concern ... and held drills with Y") or
        welcomes an activity held with another ("X welcomed the joint drills with Y") stays, and
        then what it reacts to is left out instead."""
        reactors, reacted = self._reactions(sent, index)
        faced = {
            code for code, mentions in candidates.items()
            if all(m.start in reactors or m.start in reacted or _faced_only(sent.doc[m.end - 1], self.facing) for m in mentions)
        }
        return tuple(code for code in proposed_parties(sent, index, candidates, self.rules) if code not in faced)

    def _reactions(self, sent: Any, index: MentionIndex) -> tuple[set[int], set[int]]:
        """The tokens of who only reacts to others' forces: the subject of a reacting verb or of a
        verb whose object is a reaction ("X condemned", "X voiced concern"), and the teller behind a
        pronoun subject of a reacting or watching complement ("officials in X said they had
        monitored the drill"). A subject that also acts, in a conjoined clause of its own, or that
        welcomes an activity held with another, is no mere reactor: then the tokens of what it
        reacts to (the verb's complement and object) are returned apart, as the other side."""
        reactors: set[int] = set()
        reacted: set[int] = set()
        for verb in sent:
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            obj = direct_object(verb)
            reacts = lemma(verb) in self.words.reacting_verbs | self.words.approving_verbs or obj is not None and lemma(obj) in self.words.reacting_nouns
            if not reacts and lemma(verb) not in self.rules.watching_verbs:
                continue
            for subject in (c for c in verb.children if c.dep_ == "nsubj"):
                if reacts and self._also_acts(verb):
                    reacted.update(t.i for c in verb.children if c.dep_ in ("ccomp", "dobj", "prep") for t in c.subtree)
                elif reacts and not (lemma(verb) in self.words.approving_verbs and self._welcomes_an_activity_held_with_another(obj, index)):
                    reactors.update(t.i for t in subject.subtree)
                if subject.pos_ == "PRON" and verb.dep_ == "ccomp":
                    reactors.update(t.i for c in verb.head.children if c.dep_ == "nsubj" for t in c.subtree)
        return reactors, reacted

    def _also_acts(self, verb: Any) -> bool:
        """A reacting verb's subject is the subject of a conjoined verb, no reaction, that tells an
        activity (an activity noun or verb in its clause: "voiced concern ... and held drills",
        "worried that ..., and invited Marines to train"); not "protested ... and asked X to ..."."""
        return any(
            c.dep_ == "conj" and c.pos_ == "VERB" and lemma(c) not in self.words.reacting_verbs | self.words.approving_verbs
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            and bool({lemma(t) for t in c.subtree} & (self.rules.nouns | self.rules.verbs))
            for c in verb.children
        )

    def _welcomes_an_activity_held_with_another(self, obj: Any, index: MentionIndex) -> bool:
        """The object of an approving verb is an activity held "with" someone and given to no state
        by a modifier ("welcomed the joint drills with Y"): the one who welcomes it holds it."""
        if obj is None or lemma(obj) not in self.rules.nouns:
            return False
        held_with = any(c.dep_ == "prep" and c.lower_ in self.rules.together_prepositions for c in obj.children)
        owned = any(index.at(c.i) is not None for c in obj.children if c.dep_ in ("poss", "amod", "compound", "nmod"))
        return held_with and not owned

    def vetoed(self, sent: Any, candidates: dict[str, list[Mention]], index: MentionIndex) -> bool:
        """Where no proposal is made, whatever the model says: fewer than two parties named as
        actors (a state named only as a place tells no host's consent: "X's soldiers landed in
        Y"), a sentence that denies something (the back-off reads no scope), or a subject that is
        a civilian body or police only ("the customs services of X and Y held a drill", "a
        police unit from X flew to Y", as the activity rules read them), or a clause the activity
        rules read and declined (``ActivityExtractor.declined_deployment``, ``trains_police_only``,
        ``reacts_to_anothers_activity``, ``watches_anothers_activity``,
        ``tells_an_agreements_scope``): forces sent or arriving without the host's consent, police
        trained, an activity the states named only react to or watch, or one an agreement only
        lets or covers."""
        if sum(1 for mentions in candidates.values() if any(not m.is_place for m in mentions)) < 2:
            return True
        if _negated(sent, self.rules.negating_determiners):
            return True
        if any(t.dep_ in ("nsubj", "nsubjpass") and (self.rule_reader.civilian_body(t) or self.rule_reader.police_only(t)) for t in sent):
            return True
        # a clause the activity rules read and declined: forces sent or arriving without the host's
        # consent, police trained, an activity the subject only reacts to
        return (
            self.rule_reader.declined_deployment(sent, index)
            or self.rule_reader.trains_police_only(sent)
            or self.rule_reader.reacts_to_anothers_activity(sent, index)
            or self.rule_reader.watches_anothers_activity(sent, index)
            or self.rule_reader.tells_an_agreements_scope(sent)
        )


class TransferBackoff:
    """Proposes the arms transfer of a sentence the transfer rules found none in (module docstring)."""

    def __init__(self, detector: LinearDetector, supplier: LinearDetector, recipient: LinearDetector, statuses: dict[str, LinearDetector], rules: DefenceRules, syntax: Grammar) -> None:
        self.detector = detector
        self.supplier = supplier
        self.recipient = recipient
        self.statuses = statuses  # one detector per stage; the most probable stage is taken
        self.syntax = syntax
        self.negating_determiners = rules.activities.negating_determiners
        # the transfer rules' own readings of cues and goods: where they say "no transfer", none
        self.rule_reader = TransferExtractor(rules, syntax)

    def states(self, sent: Any, index: MentionIndex) -> dict[str, list[Mention]]:
        """The states among the sentence's possible parties (``sentence_candidates``) named at
        least once as an actor, not only as a place: a state named only where goods are built or
        based ("to be built at X") is no side of a transfer."""
        candidates = sentence_candidates(sent, index, self.syntax.lexicon.reporting_verbs)
        return {code: mentions for code, mentions in candidates.items() if mentions[0].country and any(not m.is_place for m in mentions)}

    def vetoed(self, sent: Any, index: MentionIndex, states: dict[str, list[Mention]], equipment: dict[int, EquipmentMention]) -> bool:
        """Where no proposal is made, whatever the model says: fewer than two states; no military
        goods named, as the rules count goods (a facility built for a state, civilian or relief
        goods, vague support); a sentence that denies something (the back-off reads no scope);
        or a cue the rules read as telling no transfer (objected to, refused, prohibited, only
        hypothetical, civilian: ``TransferExtractor.reads_no_transfer``), or goods from the
        receiver's own industry (``TransferExtractor.domestic_procurement``)."""
        if len(states) < 2 or not self.rule_reader.goods_named(sent, equipment):
            return True
        if _negated(sent, self.negating_determiners):
            return True
        # goods from the receiver's own industry: another state is only mentioned
        return self.rule_reader.reads_no_transfer(sent, index, equipment) or self.rule_reader.domestic_procurement(sent, index)

    def roles(self, states: dict[str, list[Mention]], sent: Any) -> tuple[str, str]:
        """The supplier and the recipient: the states the role models rank first (two apart)."""
        return ranked_roles({code: candidate_features(mentions, sent) for code, mentions in states.items()}, self.supplier, self.recipient)

    def stage(self, features: list[str]) -> str:
        """The stage the stage models rank first."""
        return ranked_stage(features, self.statuses)

    def propose(self, sent: Any, index: MentionIndex, dates: DateResolver, told: frozenset[str], equipment: dict[int, EquipmentMention]) -> ArmsTransfer | None:
        """One transfer between two states ``sent`` names, when the model finds one told there
        (``told``: the kinds of record the rules found in ``sent``; ``equipment``: the equipment
        mentions by token, whose first military item in ``sent`` is the item)."""
        states = self.states(sent, index)
        if self.vetoed(sent, index, states, equipment):
            return None
        features = sentence_features(sent, index, told, relations=True, context=True)
        if self.detector.probability(features) < self.detector.threshold:
            return None
        trigger = _trigger(self.detector, sent, index)
        if str(self.syntax.clause_status(_governor(trigger))) in ("negated", "hypothetical"):
            return None
        supplier, recipient = self.roles(states, sent)
        item = self.rule_reader.goods_named(sent, equipment)[0]
        year = grammar.year(self.syntax.clause_date(_governor(trigger), sent, dates, future=False) or dates.published)
        return ArmsTransfer(
            "", (supplier,), (recipient,), item.name, item.category, item.manufacturer, item.quantity, self.stage(features), year, grammar.evidence(sent, trigger),
            found_by="model",
        )


def actor_states(sent: Any, index: MentionIndex, reporting_verbs: frozenset[str]) -> dict[str, list[Mention]]:
    """The states among the sentence's possible parties (``sentence_candidates``) named at least
    once as an actor, not only as a place ("talks in Geneva" makes no party of Switzerland)."""
    candidates = sentence_candidates(sent, index, reporting_verbs)
    actors = {code: [m for m in mentions if m.sector not in COMPANY_SECTORS] for code, mentions in candidates.items()}
    return {code: mentions for code, mentions in actors.items() if mentions and mentions[0].country and any(not m.is_place for m in mentions)}


def agreement_parties(sent: Any, index: MentionIndex, states: dict[str, list[Mention]], rules: ActivityRules) -> tuple[str, ...]:
    """The parties of a proposed agreement: the actor states less those named only as the side
    watched or fought or as a member of something (``proposed_parties``)."""
    return tuple(code for code in proposed_parties(sent, index, states, rules) if code in states)


def alliance_members(sent: Any, index: MentionIndex, states: dict[str, list[Mention]], members: Any, pact_nouns: frozenset[str] = frozenset()) -> list[tuple[str, ...]]:
    """The member sets of proposed alliance moves: one [state, organisation] pair per actor state
    when an alliance organisation (one with members in organizations.csv: ``members``) is named
    (its listed members too: the list is today's, the move may be the one that made them members),
    else one set of every actor state (fewer than two: none). An organisation that only names a
    pact noun (``pact_nouns``: "an ASEAN security pact") is no organisation joined: the pact
    binds the states named."""
    organisations = list(dict.fromkeys(
        m.code for m in index.in_range(sent.start, sent.end) if m.code and joinable(m) and m.code in members and not _names_a_pact(sent.doc[m.end - 1], pact_nouns)
    ))
    if organisations:
        organisation = organisations[0]
        return [tuple(sorted((code, organisation))) for code in states]
    return [tuple(sorted(states))] if len(states) >= 2 else []


def _coordinated(sent: Any, index: MentionIndex, parties: tuple[str, ...]) -> bool:
    """Every party is named in one coordination ("X, Y and Z", "between X, Y and Z"): the states
    of a many-sided agreement, not states named in separate phrases of the sentence."""
    heads = set()
    for mention in index.in_range(sent.start, sent.end):
        if (mention.country or mention.code) not in parties or mention.is_place:
            continue
        heads.add(first_conjunct(sent.doc[mention.end - 1]).i)
    return len(heads) == 1


def _names_a_pact(token: Any, pact_nouns: frozenset[str]) -> bool:
    """``token`` (an organisation's last word) modifies a pact or alliance noun ("an ASEAN
    security pact"), or the phrase of one through a preposition ("an alliance of X and Y inside
    NATO", "a pact among the states within the bloc"): the frame of the pact, not what is joined."""
    if token.dep_ in ("compound", "nmod", "poss", "amod"):
        return lemma(token.head) in pact_nouns
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        holder = token.head.head
        return lemma(holder) in pact_nouns or any(lemma(t) in pact_nouns for t in holder.ancestors if t.pos_ in ("NOUN", "PROPN") and t.i < holder.i and holder.i in {d.i for d in t.subtree})
    return False


def _unfounded_or_ruled_out(sent: Any, tokens: list[Any], rules: Any) -> bool:
    """The agreement rules' reading of ``tokens``: told inside a denied claim or rumour, or ruled out."""
    return may_tell_unfounded_or_ruled_out(sent, rules) and any(told_as_unfounded(t, rules) or told_as_ruled_out(t, rules) for t in tokens)


class AgreementBackoff:
    """Proposes the agreement of a sentence the agreement rules found none in: a detector says
    whether one is told between two or more of its actor states, one model per stage ranks its
    status (``ranked_stage``); vetoed by negation and by the rules' own readings (denied or
    rumoured, ruled out, a negated or hypothetical clause)."""

    def __init__(self, detector: LinearDetector, statuses: dict[str, LinearDetector], rules: DefenceRules, syntax: Grammar) -> None:
        self.detector = detector
        self.statuses = statuses
        self.syntax = syntax
        self.activity_rules = rules.activities
        self.agreement_rules = rules.agreements
        self.rule_reader = AgreementExtractor(rules, syntax)

    def states(self, sent: Any, index: MentionIndex) -> dict[str, list[Mention]]:
        return actor_states(sent, index, self.syntax.lexicon.reporting_verbs)

    def parties(self, sent: Any, index: MentionIndex, states: dict[str, list[Mention]]) -> tuple[str, ...]:
        return agreement_parties(sent, index, states, self.activity_rules)

    def noun(self, sent: Any) -> Any | None:
        """The sentence's first agreement noun, as the agreement rules read one."""
        return next((t for t in sent if self.rule_reader.is_agreement_noun(t)), None)

    def vetoed(self, sent: Any, index: MentionIndex, parties: tuple[str, ...]) -> bool:
        """Fewer than two parties, a sentence that denies something, or an agreement noun (else
        the sentence's root) the agreement rules read as denied, rumoured or ruled out. Read from
        the sentence alone, not the model, so training sees the same vetoes."""
        if len(parties) < 2 or _negated(sent, self.activity_rules.negating_determiners):
            return True
        if len(parties) > 2 and not _coordinated(sent, index, parties):
            return True  # "X wants a pact with Y like the one it has with Z": which two, the back-off cannot tell
        nouns = [t for t in sent if self.rule_reader.is_agreement_noun(t)]
        if any(self.rule_reader.reads_no_agreement(t) for t in nouns):
            return True  # an ended, expired or rejected agreement, as the agreement rules read it
        if str(self.syntax.clause_status(_governor((nouns[:1] or [sent.root])[0]))) in ("negated", "hypothetical"):
            return True  # "the pact, if it is ever signed, would allow ...": no stage told
        return _unfounded_or_ruled_out(sent, nouns[:1] or [sent.root], self.agreement_rules)

    def propose(self, sent: Any, index: MentionIndex, dates: DateResolver, told: frozenset[str] = frozenset()) -> Agreement | None:
        """One agreement between the actor states ``sent`` names, when the model finds one told
        there (``told``: the kinds of record the rules found in ``sent`` besides agreements)."""
        parties = self.parties(sent, index, self.states(sent, index))
        if self.vetoed(sent, index, parties):
            return None
        features = sentence_features(sent, index, told, relations=True)
        if self.detector.probability(features) < self.detector.threshold:
            return None
        noun = self.noun(sent)
        trigger = noun if noun is not None else _trigger(self.detector, sent, index)
        name = _noun_phrase(noun) if noun is not None else PLAIN_AGREEMENT
        domain = self.rule_reader.domain(noun, sent) if noun is not None else "defence"
        status = ranked_stage(features, self.statuses)
        date = self.syntax.clause_date(_governor(trigger), sent, dates, future=status in ("proposed", "negotiating"))
        return Agreement("", name, parties, (), status, date, None, domain, grammar.evidence(sent, trigger), found_by="model")


class AllianceBackoff:
    """Proposes the alliance moves of a sentence the alliance rules found none in: a detector says
    whether one is told; where an alliance organisation is named, one [state, organisation]
    record per actor state, listed members included (the members heuristic), else one record of
    the actor states; the status from one model per stage. Vetoed by negation and by the rules'
    readings (denied or rumoured, ruled out, a negated or hypothetical clause)."""

    def __init__(self, detector: LinearDetector, statuses: dict[str, LinearDetector], rules: DefenceRules, syntax: Grammar) -> None:
        self.detector = detector
        self.statuses = statuses
        self.syntax = syntax
        self.negating_determiners = rules.activities.negating_determiners
        self.agreement_rules = rules.agreements
        self.members = rules.organisation_members
        self.alliance_nouns = rules.alliances.nouns
        self.activity_rules = rules.activities
        self.pact_nouns = rules.agreements.nouns | rules.alliances.nouns

    def states(self, sent: Any, index: MentionIndex) -> dict[str, list[Mention]]:
        return actor_states(sent, index, self.syntax.lexicon.reporting_verbs)

    def moves(self, sent: Any, index: MentionIndex, states: dict[str, list[Mention]], drafted: tuple[tuple[str, ...], ...] = ()) -> list[tuple[str, ...]]:
        """The member sets proposed: the actor states less the side an alliance is against (as
        ``agreement_parties`` reads them), by the members heuristic (``alliance_members``); where
        the agreement rules drafted a pact in the sentence between two or more of those states
        (``drafted``: its parties), the pact's parties, as the rules read them."""
        kept = set(agreement_parties(sent, index, states, self.activity_rules))
        pact = next((parties for parties in drafted if len(set(parties) & kept) >= 2), None)
        if pact is not None:
            kept &= set(pact)
        return alliance_members(sent, index, {code: m for code, m in states.items() if code in kept}, self.members, self.pact_nouns)

    def vetoed(self, sent: Any, index: MentionIndex, moves: list[tuple[str, ...]]) -> bool:
        """No member set, a sentence that denies something, or an alliance word (an alliance noun,
        an alliance organisation named; else the sentence's root) the rules read as denied,
        rumoured or ruled out. Read from the sentence alone, not the model."""
        if not moves or _negated(sent, self.negating_determiners):
            return True
        words = [t for t in sent if lemma(t) in self.alliance_nouns]
        words += [sent.doc[m.end - 1] for m in index.in_range(sent.start, sent.end) if m.code in self.members and joinable(m)]
        return _unfounded_or_ruled_out(sent, words or [sent.root], self.agreement_rules)

    def propose(self, sent: Any, index: MentionIndex, told: frozenset[str] = frozenset(), drafted: tuple[tuple[str, ...], ...] = ()) -> list[Alliance]:
        """The alliance moves of ``sent`` when the model finds one told there (``told``: the kinds
        of record the rules found in ``sent`` besides alliances; ``drafted``: the parties of the
        agreements the rules drafted in it)."""
        moves = self.moves(sent, index, self.states(sent, index), drafted)
        if self.vetoed(sent, index, moves):
            return []
        features = sentence_features(sent, index, told)
        if self.detector.probability(features) < self.detector.threshold:
            return []
        status = ranked_stage(features, self.statuses)
        evidence = grammar.evidence(sent, _trigger(self.detector, sent, index))
        return [Alliance("", members, status, (), evidence, found_by="model") for members in moves]


def _noun_phrase(noun: Any) -> str:
    """An agreement noun with its compounds and adjectives ("defence cooperation agreement")."""
    words = [t for t in noun.subtree if t.i == noun.i or t.i < noun.i and t.dep_ in ("compound", "amod") and t.ent_type_ not in ("ORDINAL", "CARDINAL", "DATE")]
    return " ".join(t.text for t in words)


@dataclass(frozen=True)
class DefenceBackoff:
    """The packaged back-off models (``None`` for a kind the package carries no model of)."""

    activities: ActivityBackoff | None = None
    transfers: TransferBackoff | None = None
    agreements: AgreementBackoff | None = None
    alliances: AllianceBackoff | None = None

    @classmethod
    def load(cls, rules: DefenceRules, syntax: Grammar) -> "DefenceBackoff":
        """Read the packaged model file once; an empty back-off when the package carries none."""
        try:
            raw = resources.files(MODEL_PACKAGE).joinpath(MODEL_FILE).read_text(encoding="utf-8")
        except (FileNotFoundError, ModuleNotFoundError):
            return cls()
        try:
            model = json.loads(raw)
            detector = LinearDetector.from_dict(model["activities"]) if "activities" in model else None
            transfers = _transfer_models(model["arms_transfers"]) if "arms_transfers" in model else None
            agreements = staged_models(model["agreements"]) if "agreements" in model else None
            alliances = staged_models(model["alliances"]) if "alliances" in model else None
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise ModelError(f"the defence back-off model {MODEL_FILE} is malformed ({error!r}); reinstall accord or retrain it with scripts/train_defence_backoff.py") from error
        return cls(
            ActivityBackoff(detector, rules, syntax) if detector is not None else None,
            TransferBackoff(*transfers, rules, syntax) if transfers is not None else None,
            AgreementBackoff(*agreements, rules, syntax) if agreements is not None else None,
            AllianceBackoff(*alliances, rules, syntax) if alliances is not None else None,
        )


def ranked_roles(features: dict[str, list[str]], supplier: LinearDetector, recipient: LinearDetector) -> tuple[str, str]:
    """The supplier and the recipient among states given by their ``candidate_features``: the
    one each role model ranks first, the recipient another state than the supplier (the training
    script ranks held-out sentences through this too)."""
    chosen = max(features, key=lambda code: supplier.probability(features[code]))
    return chosen, max((code for code in features if code != chosen), key=lambda code: recipient.probability(features[code]))


def ranked_stage(features: list[str], statuses: dict[str, LinearDetector]) -> str:
    """The stage whose model ranks the sentence's features highest (ties: the first by name)."""
    return max(sorted(statuses), key=lambda stage: statuses[stage].probability(features))


def staged_models(part: dict[str, Any]) -> tuple[LinearDetector, dict[str, LinearDetector]]:
    """A detector and its stage models, as the model file holds an agreement or alliance part."""
    return LinearDetector.from_dict(part["detector"]), {str(stage): LinearDetector.from_dict(d) for stage, d in part["status"].items()}


def _transfer_models(part: dict[str, Any]) -> tuple[LinearDetector, LinearDetector, LinearDetector, dict[str, LinearDetector]]:
    """The transfer back-off's detector, role models and stage models, as the model file holds them."""
    statuses = {str(stage): LinearDetector.from_dict(d) for stage, d in part["status"].items()}
    return LinearDetector.from_dict(part["detector"]), LinearDetector.from_dict(part["supplier"]), LinearDetector.from_dict(part["recipient"]), statuses


def _trigger(detector: LinearDetector, sent: Any, index: MentionIndex) -> Any:
    """The word that weighs most for the record: its evidence and its clause."""
    inside = {i for m in index.in_range(sent.start, sent.end) for i in range(m.start, m.end)}
    best, best_weight = sent.root, -math.inf
    for token in sent:
        if token.i in inside or not token.is_alpha:
            continue
        weight = detector.weights.get(f"w={lemma(token)}", -math.inf)
        if weight > best_weight:
            best, best_weight = token, weight
    return best


def _speakers(sent: Any, reporting_verbs: frozenset[str]) -> set[int]:
    """The tokens of the subjects of the sentence's reporting verbs ("an official said")."""
    found: set[int] = set()
    for token in sent:
        if token.lemma_.lower() in reporting_verbs and token.pos_ in ("VERB", "AUX"):
            for child in token.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    found.update(t.i for t in child.subtree)
    return found


def _describes_another(token: Any) -> bool:
    """``token`` lies in an apposition: a description of something named before it."""
    while token.head.i != token.i:
        if token.dep_ == "appos":
            return True
        token = token.head
    return False


def _negated(sent: Any, negating_determiners: Any) -> bool:
    """The sentence denies something ("did not hold", "no frigates joined"): a back-off reads
    no scope, so it proposes nothing there."""
    return any(t.dep_ == "neg" or (t.dep_ == "det" and t.lower_ in negating_determiners) for t in sent)


def _governor(token: Any) -> Any:
    """The verb whose clause tells ``token`` (itself for a verb; the root if none)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token
