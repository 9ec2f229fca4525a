"""Which sense of a trigger applies: a verb's sense by its particle, objects and prepositions (verbs.tsv), an event
noun's by its modifier (nouns.tsv)."""

from __future__ import annotations

from collections.abc import Container, Sequence

from spacy.tokens import Token

from tacitus.coding import arguments as args
from tacitus.coding.lexicon import Lexicon, NounEntry, VerbEntry

__all__ = ["ARREST_CODE", "NOUN_POS", "choose_verb_entry", "noun_entry"]

NOUN_POS = frozenset({"NOUN", "PROPN"})
ARREST_CODE = "173"  # arrest, detain or charge with legal action
# Who charges someone in law: "police charged three men with spying" is legal action (173), "the opposition
# charged the government with rigging the vote" an accusation (112).
LEGAL_AUTHORITIES = frozenset({"police", "prosecutor", "prosecution", "court", "judge", "magistrate", "authority",
                               "authorities", "investigator", "attorney", "tribunal", "jury", "inspector"})
TERRITORY = "territory"  # the verbs.tsv object word that a named place as object stands for
MONEY = "money"  # the verbs.tsv object word that an amount of money as object stands for ("$500 million")
# Currencies whose amounts the parser may not tag as money: "will give 300 million euros to Ukraine".
CURRENCIES = frozenset({"dollar", "euro", "pound", "yen", "yuan", "rupee", "franc", "riyal", "dirham", "ruble",
                        "rouble", "shilling", "naira", "rand", "peso", "won", "lira", "krone", "krona"})
# Prepositions whose object a verb sense's object words may name when it has no direct object and no preposition
# of its own: "agreed to a truce" ("seized on a boat" is where, not what).
OBJECT_PREPS = ("to",)
# Nouns of people whose compound modifier names their line of work, not a thing: "aid workers", "army officers".
PERSON_HEADS = frozenset({"worker", "official", "staff", "staffer", "employee", "volunteer", "officer", "member",
                          "expert", "inspector", "monitor", "observer", "delegate", "activist", "leader", "chief"})
# Verbs whose subject undergoes the event ("a bomb exploded", "went off", "ripped through"): verbs.tsv's objects
# column constrains their subject when they have no object.
UNACCUSATIVE = frozenset({"explode", "go", "rip", "tear"})
CHARGED_AT = frozenset({"at"})


def choose_verb_entry(token: Token, entries: Sequence[VerbEntry],
                      triggers: Container[str] | None = None) -> VerbEntry | None:
    """The most specific sense whose particle, object and preposition constraints the token meets. Given the
    lexicon's `triggers`, an infinitive that is no trigger may be the object: "declined to comment"."""
    particles = args.particles(token)
    heads = args.direct_objects(token)
    if not heads and args.is_passive(token):  # "ten activists were held": the passive subject is the object
        heads = args.children_with(token, args.PASSIVE_SUBJECT_DEPS)
    elif not heads and token.lemma_.lower() in UNACCUSATIVE:  # "a bomb exploded": the subject is what explodes
        heads = args.subjects(token)
    kinds = _kinds(heads)
    if not heads and triggers is not None:  # an infinitive that is an event ("threatened to strike") is refined
        kinds |= {c.lemma_.lower() for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                  and c.lemma_.lower() not in triggers}  # by frames.tsv instead
        # "cancels meeting with X", "stopped shelling": a gerund object is named by its own word, as a noun is
        kinds |= {c.lower_ for c in token.children if c.dep_ == "xcomp" and c.tag_ == "VBG"}
    chosen = _matching_entry(token, entries, particles, kinds)
    if chosen is None and heads and not args.direct_objects(token) and token.lemma_.lower() in UNACCUSATIVE:
        chosen = _matching_entry(token, entries, particles, set())  # "thousands went on strike": no object
    if chosen is not None and chosen.objects:
        chosen = _narrower_entry(token, entries, chosen, heads, particles)
    if chosen is None or not chosen.objects:
        # "reduced food supplies", "received a mission of observers", "$500 million in aid": the modifier, the
        # "of" or "in" noun is the object ... but "released three aid workers": a person's compound says who they
        # are, not what was released
        nouns = [t for o in heads if o.lemma_.lower() not in PERSON_HEADS for t in args.object_kinds(o)]
        inner = {t.lemma_.lower() for t in nouns} | ({MONEY} & kinds)  # "$500 million in aid": economic aid
        found = next((e for e in _by_precision(entries) if e.objects
                      and _matching_entry(token, [e], particles, inner)), None)
        # "froze $300 million in security assistance": the inner noun's modifier narrows it too (162 -> 1622)
        chosen = chosen if found is None else _narrower_entry(token, entries, found, nouns, particles)
    return chosen


def _kinds(objects: Sequence[Token]) -> set[str]:
    """The verbs.tsv object words that objects stand for: their lemmas, "territory" for a named place ("rebels
    captured Goma"), "money" for an amount ("pledged 200 million euros")."""
    kinds = {o.lemma_.lower() for o in objects}
    if any(o.ent_type_ in args.PLACE_ENTITIES for o in objects):
        kinds.add(TERRITORY)
    if any(o.ent_type_ == "MONEY" or o.lemma_.lower() in CURRENCIES for o in objects):
        kinds.add(MONEY)
    return kinds


def _precision(entry: VerbEntry) -> tuple[int, int, bool]:
    """More constraints first, then the more specific code: "delivered vaccines and supplies" is humanitarian aid
    (073) rather than aid (070), "pledged aid worth $5 million" economic aid (0331) rather than aid (033)."""
    return entry.specificity, len(entry.code), not entry.code.endswith("0")


def _by_precision(entries: Sequence[VerbEntry]) -> list[VerbEntry]:
    return sorted(entries, key=_precision, reverse=True)  # stable: equal entries keep their file order


def _narrower_entry(token: Token, entries: Sequence[VerbEntry], chosen: VerbEntry, heads: Sequence[Token],
                    particles: frozenset[str]) -> VerbEntry:
    """ "suspended military aid": the matched object's modifier picks a narrower code (162 -> 1622)."""
    modifiers = {c.lemma_.lower() for o in heads for c in o.children if c.dep_ in {"amod", "compound"}}
    narrower = [e for e in entries if e.objects and len(e.code) > len(chosen.code) and e.code.startswith(chosen.code)]
    return _matching_entry(token, narrower, particles, modifiers) or chosen


def _matching_entry(token: Token, entries: Sequence[VerbEntry], particles: frozenset[str],
                    objects: set[str]) -> VerbEntry | None:
    for entry in _by_precision(entries):
        if entry.particle and entry.particle not in particles:
            continue
        if entry.objects and not (entry.objects & (objects or _prep_object_lemmas(token, entry.preps))):
            continue  # with no direct object, a preposition may hold it: "took to the streets", "agreed to a truce"
        if entry.preps and not args.has_prep(token, entry.preps) and not (
                entry.objects and any(args.has_prep(o, entry.preps) for o in args.direct_objects(token))):
            continue  # "filed a case against X": the entry's preposition may hang on its object noun
        if entry.preps and entry.code.startswith(ARREST_CODE) and _charged_with_conduct(token, entry.preps):
            continue
        return entry
    return None


def _prep_object_lemmas(token: Token, preps: frozenset[str]) -> set[str]:
    """What the sense's own prepositions hold ("withdrew from Kherson": territory), else the plain nouns after "to"
    and "on" ("agreed to a truce"; "returned to Kabul" is no return of territory)."""
    if preps:
        return _kinds(args.prep_objects(token, preps))
    return {o.lemma_.lower() for o in args.prep_objects(token, OBJECT_PREPS)}


def _charged_with_conduct(token: Token, preps: frozenset[str]) -> bool:
    """ "X charged Y with interfering": an accusation of conduct (a gerund), not a legal charge ("was charged
    with murder", "charged him with arson")."""
    objects = args.prep_objects(token, preps)
    if objects and args.has_prep(token, CHARGED_AT):
        return True  # "charged at the crowd with batons": a baton charge, with its weapon
    if any(s.lemma_.lower() in LEGAL_AUTHORITIES for s in args.subjects(token)):
        return False  # "police charged three men with spying": whoever they charge, a legal charge
    return bool(objects) and not args.is_passive(token) and all(o.tag_ == "VBG" for o in objects)


def noun_entry(token: Token, lexicon: Lexicon) -> NounEntry | None:
    entries = lexicon.noun_entries(token.lemma_.lower())
    if not entries:
        return None  # most nouns are no event: skip the walk over their children
    modifiers = {c.lemma_.lower() for c in token.children if c.dep_ in {"compound", "amod"}}
    for entry in entries:
        if entry.modifier is None or entry.modifier in modifiers:
            return entry
    return None
