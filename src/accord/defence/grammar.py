"""Grammar the defence extractors share: the phrase naming a record, the place and year of a
clause, the states among mentions, and the equipment a phrase holds.

Dependency labels and POS tags stay here as named constants (they are the parser's grammar);
every word these helpers look for comes from ``GrammarWords`` (``[grammar]`` in defence.toml).
"""

from __future__ import annotations

from typing import Any, Mapping

from accord.actors.resolve import Mention, MentionIndex
from accord.defence.equipment import EquipmentMention
from accord.defence.rules import GrammarWords
from accord.events import syntax

NOUN_TAGS = ("NOUN", "PROPN")
VERB_TAGS = ("VERB", "AUX")
#: Modifiers that belong to a record's name ("defence cooperation plan").
NAME_MODIFIER_DEPS = ("compound", "amod", "nmod", "npadvmod", "nummod")
#: Named-entity labels that are places.
PLACE_ENTITIES = ("GPE", "LOC", "FAC")
#: Named-entity labels of a time phrase ("on Thursday", "in May 1953"): a date adjunct, no actor.
TIME_ENTITIES = ("DATE", "TIME")
#: Mention kinds that can be a party to a record.
STATE_KINDS = ("state", "organization")
#: Modifiers that make up a founding treaty's name ("the North Atlantic Treaty").
NAME_WORD_DEPS = ("compound", "amod")
#: Hyphen characters that join a name to a role participle ("Moscow-led").
HYPHENS = ("-", "–")
#: At most this many items make transfers from one phrase.
MAX_ITEMS = 8

#: The sentence a record is told in (its evidence span).
evidence = syntax.sentence_evidence


def lemma(token: Any) -> str:
    return token.lemma_.lower()


def speakers_country(subject: Any, sent: Any, index: MentionIndex, clauses: syntax.Grammar, words: GrammarWords) -> list[Mention]:
    """"his country keeps 1,500 troops in X, the minister said", "'My country will sell ...,' the
    minister said", "its government was willing to supply": a subject naming the speaker's own
    state stands for it. The mentions (with a country, no places) of whoever says so: the subject
    of the reporting verb above, else the speaker of the quote; [] for any other subject."""
    if lemma(subject) not in words.own_country_nouns:
        return []
    if not any(c.dep_ == "poss" and c.lower_ in words.own_country_possessives for c in subject.children):
        return []
    said_by = clauses.speaker_of(subject, index) or clauses.quote_speaker(sent, index)
    return [m for m in said_by if m.country and not m.is_place]


def is_definite(token: Any, words: GrammarWords) -> bool:
    """"the deal", "this plan": a phrase that refers to a record already told."""
    return any(c.lower_ in words.definite_determiners for c in token.children if c.dep_ == "det")


def phrase(token: Any, words: GrammarWords) -> str:
    """The noun phrase naming a record: modifiers, the noun and an "of/on" complement
    ("roadmap of two-way security cooperation"), without determiners or dates."""
    left = [t for t in token.lefts if t.dep_ in NAME_MODIFIER_DEPS and t.pos_ != "DET"]
    start = min([token.i] + [t.left_edge.i for t in left])
    end = token.i + 1
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ in words.name_complement_prepositions and prep.i == end:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ not in ("DATE", "GPE") and pobj.i - token.i <= 6:
                end = pobj.i + 1
        break
    kept = [t for t in token.doc[start:end] if t.dep_ != "det" and t.tag_ != "POS" and t.dep_ != "poss"]
    return " ".join(t.text for t in kept) or token.text


def place(verb: Any, index: MentionIndex, words: GrammarWords) -> str | None:
    """The place named by "in X"/"at X" on the verb or its object."""
    heads = [verb]
    obj = syntax.direct_object(verb)
    if obj is not None:
        heads.append(obj)
    pobjs = [p for head in heads for p in prepositional_objects(head, words.place_prepositions)]
    for pobj in pobjs:
        mention = index.at(pobj.i)
        if mention is not None and mention.is_place:
            return pobj.doc[mention.start : mention.end].text
        if pobj.ent_type_ in PLACE_ENTITIES:
            return pobj.text
    # "at the Interior Ministry in Lisbon": the building, then the city it is in
    for outer in pobjs:
        for token in outer.subtree:
            if token.i != outer.i and token.dep_ == "pobj" and token.head.lower_ in words.place_prepositions and token.ent_type_ in ("GPE", "LOC"):
                return next((ent.text for ent in token.doc.ents if ent.start <= token.i < ent.end), token.text)
    return None


def sentence_place(sent: Any, index: MentionIndex) -> str | None:
    """A city or capital named as a place anywhere in the sentence ("on a trip to Nairobi")."""
    for mention in index.in_range(sent.start, sent.end):
        if mention.is_place and mention.form in ("capital", "metonym"):
            return sent.doc[mention.start : mention.end].text
    return None


def year(value: str | None) -> int | None:
    if value and value[:4].isdigit():
        return int(value[:4])
    return None


def state_codes(mentions: list[Mention]) -> list[str]:
    """The states (and state-bound organisations) among mentions, each once, in order."""
    return list(dict.fromkeys(m.code for m in mentions if m.code and m.kind in STATE_KINDS and (m.kind == "state" or m.country)))


def prepositional_objects(token: Any, prepositions: Any) -> list[Any]:
    """Objects of the prepositions in ``prepositions`` hanging on ``token``, in order."""
    return [pobj for child in token.children if child.dep_ == "prep" and child.lower_ in prepositions for pobj in child.children if pobj.dep_ == "pobj"]


def opened_way(way: Any, words: GrammarWords) -> bool:
    """A way noun that is the direct object of a verb opening, clearing or paving it ("cleared the
    way", "paves the way"): what it is the way for is enabled, not done."""
    return lemma(way) in words.way_nouns and way.dep_ == "dobj" and lemma(way.head) in words.way_opening_verbs


def role_participle(modifier: Any, role_participles: Any) -> bool:
    """"a Cairo-mediated truce", "the Oslo-hosted talks": a participle of ``role_participles`` joined
    by a hyphen to the proper name before it, which names who leads, brokers or hosts the thing, not
    a party to it ("a US-negotiated accord" is no role: the negotiator is a party)."""
    i = modifier.i
    return modifier.lower_ in role_participles and i > 1 and modifier.doc[i - 1].text in HYPHENS and modifier.doc[i - 2].pos_ == "PROPN"


def founding_treaty_code(treaty: Any, founding_treaties: Mapping[str, str], role_participles: Any, descriptors: Any) -> str | None:
    """The organisation the founding treaty ``treaty`` names set up: the name is the head with the
    compounds and adjectives before it ("the North Atlantic Treaty", "the Washington Treaty": NATO).
    Words that describe the treaty before its name leave the name standing: a role participle with
    the proper name hyphened to it ("the Beijing-led Mutual Aid Treaty") and the ``descriptors`` of
    data; any other word before it is part of another name ("the Baghdad Treaty" is no "Treaty")."""
    words = [t for t in treaty.subtree if t.i < treaty.i and t.dep_ in NAME_WORD_DEPS]
    while True:
        code = founding_treaties.get(" ".join([t.lower_ for t in words] + [treaty.lower_]))
        if code is not None or not words:
            return code
        if words[0].lower_ in descriptors or role_participle(words[0], role_participles):
            words = words[1:]
        elif len(words) > 1 and words[0].i == words[1].i - 2 and role_participle(words[1], role_participles):
            words = words[2:]  # the proper name the participle is hyphened to
        else:
            return None


def suspended_obligations(verb: Any, alliance_stages: Mapping[str, str], obligation_nouns: Any, requesting_verbs: Any) -> Any | None:
    """The obligations noun a suspending or ending verb takes ("froze its defence commitments",
    "ended its treaty obligations"), the move told as made: None for any other verb or object, and
    for a move only asked for ("pressed Rome to end its obligations", "demanded that Rome end them")."""
    if alliance_stages.get(lemma(verb)) not in ("suspended", "dissolved"):
        return None
    if verb.dep_ in ("xcomp", "ccomp") and lemma(verb.head) in requesting_verbs:
        return None
    obj = syntax.direct_object(verb)
    return obj if obj is not None and obj.pos_ in NOUN_TAGS and lemma(obj) in obligation_nouns else None


def admitted_into(verb: Any, admitting_verbs: Any, prepositions: Any) -> tuple[Any, list[Any]] | None:
    """"admit Sweden into NATO", "to bring Chile and Peru into the pact": the object of an
    admitting verb (who is taken in) and the phrases it is taken into; None unless both are told."""
    if lemma(verb) not in admitting_verbs:
        return None
    taken = syntax.direct_object(verb)
    bodies = prepositional_objects(verb, prepositions)
    return (taken, bodies) if taken is not None and bodies else None


def inverted_condition(clause: Any, words: GrammarWords) -> bool:
    """"Had the contract been signed", "Should X be admitted to NATO", "Were X to quit the CSTO":
    ``clause`` is told as a condition by an auxiliary (``inverted_condition_auxiliaries``) put before
    its subject; the clause's own verb may be that auxiliary ("Were X to ..."). A negative adverb
    before the auxiliary ("No sooner had X joined", "Hardly had ...": ``negative_inversion_adverbs``)
    inverts a statement, not a condition. Whether the clause is fronted, and on what, is the
    caller's reading."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass") and c.lower_ in words.inverted_condition_auxiliaries]
    auxiliaries = [a for a in auxiliaries if not _after_negative_inversion(clause, a, words)]
    # "Should X and Y both enter the CSTO, ...": the parser may hang the subject on the fronted auxiliary
    subject = next((c for h in (clause, *auxiliaries) for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if clause.lower_ in words.inverted_condition_auxiliaries:
        auxiliaries.append(clause)  # "Were X to quit the CSTO, ...": the verb of being itself
    return subject is not None and any(aux.i < subject.i for aux in auxiliaries)


def _after_negative_inversion(clause: Any, auxiliary: Any, words: GrammarWords) -> bool:
    """The words before ``auxiliary`` in ``clause`` open on a negative adverb that inverts a
    statement ("no sooner", "hardly", "never")."""
    opening = " ".join(t.lower_ for t in clause.doc[clause.left_edge.i : auxiliary.i])
    return any(opening == phrase or opening.startswith(phrase + " ") for phrase in words.negative_inversion_adverbs)


def distinct(items: list[EquipmentMention]) -> list[EquipmentMention]:
    """Each mention once, in order (a mention spans several tokens)."""
    return syntax.unique_by(items, lambda item: item.start)


def top_items(items: list[EquipmentMention]) -> list[EquipmentMention]:
    """Every system in the object ("14 Mi-8 helicopters, along with howitzers and ammunition"),
    but no bare "equipment"/"arms" when something more specific is named beside it."""
    specific = [m for m in items if m.category not in (None, "other")]
    return (specific or items)[:MAX_ITEMS]


def items_in(heads: list[Any], equipment: dict[int, EquipmentMention]) -> list[EquipmentMention]:
    """The equipment mentions under ``heads``, each once, in order."""
    items: list[EquipmentMention] = []
    for head in heads:
        for tok in head.subtree:
            mention = equipment.get(tok.i)
            if mention is not None and mention not in items:
                items.append(mention)
    return items
