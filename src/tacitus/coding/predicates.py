"""Predicates: a trigger token's CAMEO code and the heads of its arguments, before actors are resolved.

A verb sense is chosen by its particles, object and prepositions (verbs.tsv); an event noun ("sanctions on X",
"protests against X") takes its arguments through its carrier verb (light_verbs.tsv); generic codes are refined by
the event they embed ("urged X to release": 020 -> 0253, frames.tsv).
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from tacitus.coding import arguments as args
from tacitus.coding.content import content_keys
from tacitus.coding.lexicon import Lexicon, NounEntry, VerbEntry
from tacitus.coding.mentions import Trace, drop
from tacitus.records import Modality

__all__ = ["ARREST_CODE", "CONDITION_MARKS", "NOUN_POS", "THREAT_CODE", "Frame", "choose_verb_entry",
           "dated_background", "inner_code", "noun_frame", "verb_frame"]

NOUN_POS = frozenset({"NOUN", "PROPN"})
# A participle in a noun slot with a determiner is a noun: "evacuated the wounded", "the accused".
NOMINAL_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass"})
MOBILIZE_ROOT = "15"
# "sent troops to Mozambique to help fight insurgents": forces moved to help another are protection, not a show of force
AID_ROOT, PROTECTION_CODE = "07", "074"
PURPOSE_CLAUSES = frozenset({"advcl", "xcomp"})  # not "conj": "deployed troops and supplied arms" is two acts
CONFLICT_ROOT = "14"  # roots 14-20: protest, force posture, sanctions, coercion, assault, fight, mass violence
VOWS = frozenset({"vow", "pledge", "promise", "swear"})
RESPONSIBILITY_CODE = "015"
DEPLOY_VERBS = frozenset({"deploy", "dispatch", "station", "send"})
APPEAL_CODE = "020"
# Generic codes refined by the event they embed: "urged X to release" 020 -> 0253 (frames.tsv).
FRAME_OF_CODE = {"020": "appeal", "030": "intent", "100": "demand", "130": "threat", "120": "refusal",
                 "090": "investigate", "112": "accuse"}
# Roots whose specific senses are refined within their own family by what they are about (content.py):
# "demanded food aid" 103 -> 1033, "threatened a nuclear strike" 138 -> 1385.
WARNINGS = frozenset({"warn", "caution"})
# Who charges someone in law: "police charged three men with spying" is legal action (173), "the opposition
# charged the government with rigging the vote" an accusation (112).
LEGAL_AUTHORITIES = frozenset({"police", "prosecutor", "prosecution", "court", "judge", "magistrate", "authority",
                               "authorities", "investigator", "attorney", "tribunal", "jury", "inspector"})
PESSIMISTIC_CODE = "012"  # "warned that the economy would collapse", "warned that Russia could invade"
FRAME_OF_ROOT = {"02": "appeal", "03": "intent", "09": "investigate", "10": "demand", "11": "accuse", "12": "refusal",
                 "13": "threat", "16": "cut"}
APPEAL_ROOTS = frozenset({"02", "10"})
TIME_PREPS = frozenset({"after", "during", "following", "amid", "in"})
# Prepositions whose object is what a coded verb is about ("reneged on", "complained about", "protested against"),
# unlike those of circumstance ("killed in an air strike", "clashed during a protest").
CONTENT_PREPS = frozenset({"on", "about", "over", "against", "for", "of"})
# Roots whose target may be named by their purpose: "marched to demand X's resignation", "fired to disperse X".
PURPOSE_TARGET_ROOTS = frozenset({"14", "17", "18", "19"})
# Light verbs of speech carry an event noun only as their object ("reiterated its demand"), never through a
# preposition ("reiterated, on the party's charges, that ...").
SPEECH_CARRIERS = frozenset({"reiterate", "repeat", "voice", "express", "announce", "declare", "issue"})
# Roots whose target may be the subject of their clause: "demanded that the US cancel", "warned that Iran".
CLAUSE_TARGET_ROOTS = frozenset({"02", "10", "11", "13"})
# Roots of verbs whose target may be that of the clause they embed ("offered to hand over to Britain").
EMBEDDING_ROOTS = frozenset({"02", "03", "10", "12", "13"})
# Roots whose target, when their object is an event, is the event's doer: "condemned Israeli air strikes on Syria".
DOER_ROOTS = frozenset({"11", "12"})
PROTEST_ROOT = "14"
ARREST_CODE = "173"  # arrest, detain or charge with legal action
# Nouns of confinement that after "in" name a state, not an event: "died in police custody", "remains in detention".
STATE_NOUNS = frozenset({"custody", "detention"})
CONDITION_MARKS = frozenset({"if", "unless"})
THREAT_CODE = "130"
# Documents whose author is the source when they are the subject: "a report by UN investigators accused X".
DOCUMENTS = frozenset({"report", "statement", "letter", "communique", "communiqué", "study", "dossier", "memo",
                       "declaration", "editorial", "complaint", "petition"})
# How a year hangs on an event: "the 2008 attacks" (nummod, compound), "the 1994 genocide" (amod).
YEAR_DEPS = frozenset({"nummod", "compound", "amod", "npadvmod"})
MIN_YEAR, MAX_YEAR = 1900, 2099
SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "pcomp"})
COERCE_ROOT = "17"
FORCE_ROOT = "18"  # roots 18-20: the use of force, whose renunciation is de-escalation
DEESCALATION_CODE = "087"  # what a pledge or appeal not to use force is about (0356, 0256, 1056)
MEDIATION_CODE = "045"
# Documents of agreement whose "of"/"on" phrase says what was agreed: "a treaty of friendship and cooperation".
AGREEMENT_NOUNS = frozenset({"treaty", "agreement", "accord", "pact", "deal", "memorandum", "protocol",
                             "convention", "charter"})
# "militiamen armed with machetes", "troops equipped with night-vision goggles": a description, not CAMEO 072.
OUTFIT_VERBS = frozenset({"arm", "equip"})
TERRITORY = "territory"  # the verbs.tsv object word that a named place as object stands for
MONEY = "money"  # the verbs.tsv object word that an amount of money as object stands for ("$500 million")
# Currencies whose amounts the parser may not tag as money: "will give 300 million euros to Ukraine".
CURRENCIES = frozenset({"dollar", "euro", "pound", "yen", "yuan", "rupee", "franc", "riyal", "dirham", "ruble",
                        "rouble", "shilling", "naira", "rand", "peso", "won", "lira", "krone", "krona"})
# Prepositions whose object a verb sense's object words may name when it has no direct object and no preposition
# of its own: "agreed to a truce" ("seized on a boat" is where, not what).
OBJECT_PREPS = ("to",)
CONSULT_ROOT, PHONE_CODE = "04", "041"
# Means of a consultation that make it one by telephone: "spoke by telephone with X", "talked over the phone".
PHONE_WORDS = frozenset({"phone", "telephone", "telephones", "videolink", "video", "videoconference", "hotline"})
PHONE_PREPS = frozenset({"by", "over", "via", "on"})
# Nouns of people whose compound modifier names their line of work, not a thing: "aid workers", "army officers".
PERSON_HEADS = frozenset({"worker", "official", "staff", "staffer", "employee", "volunteer", "officer", "member",
                          "expert", "inspector", "monitor", "observer", "delegate", "activist", "leader", "chief"})
# Prepositions whose gerund the verb's object does: "accused X of attacking", "blamed X for shelling", with verbs
# of approval or disapproval (CAMEO 05, 11); "jailed X for helping militants" tells no act of X's as news.
CONTROL_PREPS = frozenset({"of", "for"})
JUDGING_ROOTS = frozenset({"05", "11"})
# Verbs of travel that carry the event noun of their purpose: "arrived in Geneva for talks with X".
RESORT_CARRIERS = frozenset({"resort"})  # "resorted to a lathi-charge": the noun under "to" is the act
TRAVEL_CARRIERS = frozenset({"arrive", "travel", "go", "come", "return", "fly", "head", "leave"})
VISIT_CODE = "042"
# Nouns of acts one does oneself, whose "of" phrase names the doer: "the resignation of the prime minister", "the
# withdrawal of Russian troops", "the disarmament of the militias", "the visit of the Chinese president".
SELF_ACT_CODES = frozenset({"0831", "0873", "0874", VISIT_CODE})
# Verbs whose subject undergoes the event ("a bomb exploded", "went off", "ripped through"): verbs.tsv's objects
# column constrains their subject when they have no object.
UNACCUSATIVE = frozenset({"explode", "go", "rip", "tear"})
# Generic violent codes that a named weapon makes specific: "a car bomb killed eight" 1823 -> 1832 (instruments.tsv).
MEANS_REFINED = frozenset({"180", "182", "1823", "183", "190", "193", "194", "1712"})
# nouns.tsv codes that name the means of violence as instruments.tsv's do ("killed in a drone strike").
MEANS_PREFIXES = ("183", "193", "194", "195", "204")
MEANS_PREPS = ("in", "with")
CHARGED_AT = frozenset({"at"})
INSTRUMENT_VERBS = frozenset({"use", "employ", "fire", "burst", "lob"})  # their object is a means, not an agent
FIRING_VERBS = frozenset({"fire", "lob"})  # what is fired names the means: "fired tear gas shells" (175), not what
# is shot down ("shot down a helicopter" is no air strike)
BOMBING_CODE = "183"  # a bombing's object is its device: "planted a roadside bomb"
# Prepositions of where forces are moved or massed.
MOBILIZE_PREPS = ("to", "into", "near", "along", "on", "toward", "towards")



@dataclass(frozen=True, slots=True)
class Frame:
    """A predicate's coded argument heads before actor resolution."""

    code: str
    sources: Sequence[Token]
    target_options: Sequence[Sequence[Token]]
    specific: bool
    note: str
    trigger_end: int
    source_fallback: Sequence[Token] = ()  # used only when no source resolves


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


def _doers_first(options: list[list[Token]], objects: Sequence[Token], lexicon: Lexicon) -> list[list[Token]]:
    """ "condemned the Israeli air strikes on Syria", "criticised Washington's sanctions on Cuba": who does the
    event criticised is the target, before the event's own target."""
    doers = [d for o in objects if _names_event(o, lexicon) for c in o.children
             if (c.dep_ in {"poss", "amod", "compound"} and c.i < o.i) or (c.dep_ == "prep" and c.lower_ == "by")
             for d in (args.conjuncts(c) if c.dep_ != "prep" else args.children_with(c, frozenset({"pobj"})))]
    return [options[0], doers, *options[1:]] if doers else options


def _names_event(token: Token, lexicon: Lexicon) -> bool:
    """Whether a noun or gerund is itself an event in the lexicon ("firing", "air strike", "shelling")."""
    return bool(lexicon.noun_entries(token.lemma_.lower()) or
                (token.tag_ == "VBG" and lexicon.verb_entries(token.lemma_.lower())))


def _event_agents(noun: Token, lexicon: Lexicon) -> list[Token]:
    """Who does the event a noun names: its possessor or modifiers, except the one that makes a two-word event
    noun ("drone" in "a US drone strike"), and its "by" phrase ("shelling by the army")."""
    entry = _noun_entry(noun, lexicon)
    kind = entry.modifier if entry is not None else None
    own = [m for m in args.modifier_agents(noun) if m.lemma_.lower() != kind]
    return own + [p for c in noun.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"
                  for p in args.children_with(c, frozenset({"pobj"}))]


def _defers_to_object(verb: Token, entry: VerbEntry, lexicon: Lexicon) -> bool:
    """A light verb hands its event to its object noun ("held talks"), unless it has its own sense for that
    object ("called off the strike"); a two-word noun ("military aid") is always more precise."""
    if verb.lemma_.lower() not in lexicon.light_verbs:
        return False
    for obj in args.children_with(verb, args.OBJECT_DEPS) + args.prep_objects(verb, entry.preps):
        noun = _noun_entry(obj, lexicon)  # "went on hunger strike": the two-word noun is more precise
        if noun is not None and (not entry.objects or noun.modifier is not None):
            return True
    return False


def _inherited_subjects(token: Token) -> list[Token]:
    """Subjects a predicate without its own takes from the clause above (control, coordination)."""
    head = token.head
    if head is token:
        return []
    if token.dep_ == "conj" and head.pos_ in {"VERB", "AUX"}:
        if args.is_passive(head) and not args.is_passive(token):
            # "the prime minister has been indicted by the court and will resign": the shared subject resigns
            return args.children_with(head, args.PASSIVE_SUBJECT_DEPS) or _inherited_subjects(head)
        return _subjects(head)
    if token.dep_ == "xcomp" and head.pos_ == "ADJ" and head.head is not head:
        return _subjects(head.head)  # "France is ready to contribute troops"
    if token.dep_ == "xcomp" and args.is_passive(head) and not args.agents(head):
        # "Iraq is prepared to impose", "X was forced to withdraw": the passive subject does it
        return args.children_with(head, args.PASSIVE_SUBJECT_DEPS) or _subjects(head)
    if token.dep_ in {"xcomp", "ccomp", "advcl"} and head.pos_ in {"VERB", "AUX"}:
        controllers = args.children_with(head, args.OBJECT_DEPS) or args.children_with(head, frozenset({"dative"}))
        if head.lemma_.lower() in INSTRUMENT_VERBS:
            controllers = []  # "used force to disperse the crowd": the user disperses it, not the force
        # "urged the army to abandon": object control; "agreed to undertake": subject control.
        return controllers if token.dep_ == "xcomp" and controllers else _subjects(head)
    if token.dep_ in {"relcl", "acl"} and head.pos_ in NOUN_POS:
        return [head]
    return []


def _judged(token: Token, lexicon: Lexicon) -> list[Token]:
    """ "accused Israel of attacking", "praised Qatar for hosting": the object of a verb of approval or
    disapproval does what its of/for phrase says."""
    prep = token.head
    verb = prep.head
    if token.dep_ != "pcomp" or prep.lower_ not in CONTROL_PREPS or verb.pos_ != "VERB":
        return []
    senses = lexicon.verb_entries(verb.lemma_.lower())
    return args.direct_objects(verb) if any(e.code[:2] in JUDGING_ROOTS for e in senses) else []


def _raised_patients(token: Token) -> list[Token]:
    """ "The journalist is believed to have been abducted": the passive subject of the raising verb is the one the
    passive infinitive befalls."""
    head = token.head
    if token.dep_ != "xcomp" or head is token or not args.is_passive(head):
        return []
    return args.children_with(head, args.PASSIVE_SUBJECT_DEPS)


def _subjects(token: Token) -> list[Token]:
    if args.is_passive(token):
        return args.agents(token)
    own = args.subjects(token)
    return own or _inherited_subjects(token)


def verb_frame(token: Token, lexicon: Lexicon, trace: Trace | None) -> Frame | None:
    """The frame of a verb trigger (its sense, subjects and target candidates), or None with the reason traced."""
    lemma = token.lemma_.lower()
    entries = lexicon.verb_entries(lemma)
    if not entries:
        return _appeal_frame(token, lexicon) if lemma in lexicon.modality else None
    if token.dep_ in NOMINAL_DEPS and any(c.dep_ == "det" for c in token.children):
        drop(trace, token, "a participle used as a noun ('evacuated the wounded'), not an event")
        return None
    if lemma in OUTFIT_VERBS and token.tag_ == "VBN" and args.has_prep(token, frozenset({"with"})) and (
            token.dep_ in {"acl", "amod"} or args.is_passive(token)):
        drop(trace, token, f"'{token.text} with' describes how someone is equipped, not a transfer of arms")
        return None
    entry = choose_verb_entry(token, entries, lexicon.verbs)
    if entry is None:
        drop(trace, token, "no lexicon sense matches its particle, object or preposition")
        return None
    if lemma in lexicon.reporting and entry.specificity == 0:
        drop(trace, token, "reporting verb: gives attribution, not an event")
        return None
    idiom = choose_verb_entry(token, lexicon.idiom_entries(lemma))
    if idiom is not None and idiom.specificity >= entry.specificity:
        drop(trace, token, f"idiom {idiom.source}: no event")
        return None
    if _done_by_non_agents(token, lexicon):
        drop(trace, token, "done by an animal, a disease or a natural force (non_agents.tsv), not an actor")
        return None
    objects = args.direct_objects(token)
    if _defers_to_object(token, entry, lexicon):
        drop(trace, token, "light verb: its object noun carries the event")
        return None
    means: list[Token] = []  # event nouns whose verb this is: "a drone strike killed"
    if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in NOUN_POS and not objects:
        # "soldiers killed by rebels": the noun is the patient (with an object, the parser misread a clause:
        # "the coalition bombed Sanaa")
        sources = args.agents(token)
        primary = [token.head]
        if not sources and (entry.code[:2] == MOBILIZE_ROOT or lemma in DEPLOY_VERBS):
            # "security personnel deployed at the border": the forces described are the side that moves
            sources, primary = primary, args.prep_objects(token, ("to", "into"))
    elif args.is_passive(token):
        sources = args.agents(token)
        # "six were killed and dozens wounded": the parser makes "dozens" the subject of the bare participle
        primary = args.children_with(token, args.PASSIVE_SUBJECT_DEPS) or args.children_with(token, args.SUBJECT_DEPS)
        primary = primary or _raised_patients(token)
        if not sources and (entry.code[:2] == MOBILIZE_ROOT or token.lemma_.lower() in DEPLOY_VERBS):
            # "police were deployed in the city", "peacekeepers were sent to Haiti": the forces are the side that
            # moves, the destination (if any) the target
            sources, primary = primary, args.prep_objects(token, ("to", "into"))
    else:
        sources = _subjects(token) or _judged(token, lexicon)
        if sources and all(_noun_entry(s, lexicon) is not None for s in sources):  # "peacekeeping force", not "forces"
            # "a US drone strike killed three militants", "shelling by the army killed two": the event's own agent
            means = list(sources)
            sources = [a for s in sources for a in _event_agents(s, lexicon)]
        # "sent troops to Mali": the mobilized forces are the source's own, the destination is the target
        primary = [] if entry.code[:2] == MOBILIZE_ROOT else objects
    if not sources:
        # "police firing" (a gerund's modifier), "killed in Israeli air strikes" (the agent of the means)
        sources = args.modifier_agents(token) if token.tag_ == "VBG" else []
        sources = sources or args.means_agents(token, lambda noun: _names_event(noun, lexicon))
    parties = _parties_between(token, entry.code) if not sources and token.tag_ == "VBG" else []
    if parties:  # "fighting between the army and the RSF killed 30": a gerund with two sides and no subject
        return Frame(entry.code, parties, [], entry.specificity > 0,
                     f"verb sense {entry.source}; the two sides 'between X and Y'", token.i + 1)
    if entry.preps:
        primary = args.prep_objects(token, entry.preps)
    end = token.i + 1
    if entry.particle:
        for child in token.rights:
            if child.lower_ == entry.particle and child.i == end:
                end = child.i + 1
    mobilized = entry.code[:2] == MOBILIZE_ROOT
    options = [
        primary,
        args.children_with(token, frozenset({"dative"})),
        args.clause_targets(token) if entry.code[:2] in EMBEDDING_ROOTS else [],
        args.prep_objects(token, args.TARGET_PREPS),
        [p for o in objects for p in args.prep_objects(o, args.TARGET_PREPS)],
        # "massed troops": the mobilized forces are the source's own, never the target
        [] if mobilized else [p for o in objects for p in args.owners(o)],
        args.target_owners(args.prep_objects(token, args.TARGET_PREPS)),
    ]
    if mobilized:  # "massed troops near its border with Ukraine": the other side of the border
        options.insert(1, _mobilized_toward(token, objects))
    if entry.code[:2] in DOER_ROOTS:
        options = _doers_first(options, objects, lexicon)
    if entry.preps:  # the lexicon's prepositional target, when it is a thing: "complained over Israeli raids"
        options.insert(1, args.target_owners(primary))
        # "filed a case against Myanmar at the ICJ": the preposition hangs on the object noun
        options.insert(1, [p for o in objects for p in args.prep_objects(o, entry.preps)])
        if entry.code[:2] != MOBILIZE_ROOT:  # "asked Washington for help": the one asked, when the thing is no actor
            options.insert(2, objects)
    if entry.code[:2] == CONSULT_ROOT:  # "brokered a deal between Russia and Ukraine": the parties mediated
        options.append([p for o in objects for p in args.prep_objects(o, ("between",))])
    if entry.code[:2] in PURPOSE_TARGET_ROOTS:  # "opened fire to disperse the demonstrators"
        options.append(args.purpose_targets(token))
    if entry.code[:2] in APPEAL_ROOTS:  # "called for sanctions against Nigeria": the target of what is asked for
        options.append([p for n in args.prep_objects(token, ("for",)) for p in args.prep_objects(n, args.TARGET_PREPS)])
    if entry.code[:2] in CLAUSE_TARGET_ROOTS:
        # "demanded that the US match the EU's support": the clause's subject before the clause's objects
        options.insert(2, [s for c in token.children if c.dep_ in {"ccomp", "xcomp"} for s in
                           args.children_with(c, args.SUBJECT_DEPS)])
    if entry.code[:2] == THREAT_CODE[:2]:
        # "threatened to stop talks if the United States deploys missiles": the threat is aimed at the US
        options.append(args.condition_subjects(token, CONDITION_MARKS))
    code, note = _refine(_sense_code(token, entry, lexicon), token, lexicon)
    code, note = _by_means(code, note, token, [*means, *sources], lexicon)
    code, note = _protective(code, note, token, lexicon)
    if code[:2] == CONSULT_ROOT and _by_phone(token):
        code, note = PHONE_CODE, f"{note}; by telephone -> CAMEO {PHONE_CODE}"
    fallback: list[Token] = []
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.head.pos_ == "VERB":
        # "the party issued a declaration demanding ...": the declaration's author demands
        fallback = _subjects(token.head.head)
    fallback = fallback or _authors(sources)
    return Frame(code, sources, options, entry.specificity > 0, f"verb sense {entry.source}{note}", end,
                  source_fallback=fallback)


def _authors(sources: Sequence[Token]) -> list[Token]:
    """ "A report by UN investigators accused ...", "the ministry's statement condemned ...": who wrote the document
    that is the subject."""
    return [a for s in sources if s.lemma_.lower() in DOCUMENTS for c in s.children
            for a in ([c] if c.dep_ == "poss" else args.children_with(c, frozenset({"pobj"}))
                      if c.dep_ == "prep" and c.lower_ in {"by", "from", "of"} else [])]


def _done_by_non_agents(verb: Token, lexicon: Lexicon) -> bool:
    """ "A crocodile attacked a fisherman", "a fisherman attacked by a crocodile": no actor did it."""
    doers = args.agents(verb) or ([] if args.is_passive(verb) or verb.dep_ == "acl" else _subjects(verb))
    return bool(doers) and all(d.lemma_.lower() in lexicon.non_agents or d.lower_ in lexicon.non_agents
                               for d in doers)  # "Measles" is lemmatized "measle"


def dated_background(token: Token) -> bool:
    """ "the 2008 Mumbai attacks", "since Ankara recalled its ambassador in 2018": an event noun or a subordinate
    clause dated by its year alone is history the story recalls, not its news (a full date, "on March 3, 2018", is
    no such mark; a main clause, "Russia annexed Crimea in 2014", states its event)."""
    if token.pos_ not in NOUN_POS and token.dep_ not in SUBORDINATE_DEPS:
        return False
    modifiers = [c for c in token.children if c.dep_ in YEAR_DEPS]
    modifiers += [g for c in modifiers if c.dep_ == "compound" for g in c.children if g.dep_ in YEAR_DEPS]
    return any(_bare_year(c) for c in modifiers) or any(c.dep_ == "prep" and c.lower_ == "in" and any(
        p.dep_ == "pobj" and _bare_year(p) for p in c.children) for c in token.children)


def _bare_year(token: Token) -> bool:
    return (len(token.text) == 4 and token.text.isdigit() and MIN_YEAR <= int(token.text) <= MAX_YEAR
            and not any(c.dep_ != "punct" for c in token.children))


def _sense_code(verb: Token, entry: VerbEntry, lexicon: Lexicon) -> str:
    """The sense's code, or the more specific code of the same root that its two-word object noun names:
    "deepened military cooperation" is military cooperation (062), not cooperation (060)."""
    if not entry.objects:
        return entry.code
    stem = entry.code.rstrip("0")  # "060" refines to "062", "183" to "1833"
    for obj in args.direct_objects(verb):
        noun = _noun_entry(obj, lexicon)
        if noun is not None and noun.modifier is not None and noun.code.startswith(stem) \
                and len(noun.code.rstrip("0")) > len(stem):
            return noun.code
    return entry.code


def _by_phone(token: Token) -> bool:
    """Whether a consultation went by telephone: "spoke by telephone with X", "held talks over the phone"."""
    return any(c.dep_ == "prep" and c.lower_ in PHONE_PREPS and any(
        o.dep_ == "pobj" and o.lemma_.lower() in PHONE_WORDS for o in c.children) for c in token.children)


def inner_code(token: Token, lexicon: Lexicon) -> str | None:
    """The code of the event a predicate embeds: its infinitive or clause, or its object noun."""
    for child in token.children:
        if child.dep_ in {"xcomp", "ccomp"} and child.pos_ == "VERB":
            entry = choose_verb_entry(child, lexicon.verb_entries(child.lemma_.lower()))
            if entry is not None:
                return _sense_code(child, entry, lexicon)
            for grandchild in child.children:
                found = _noun_entry(grandchild, lexicon) if grandchild.dep_ in args.OBJECT_DEPS else None
                if found is not None:
                    return found.code
    for child in token.children:
        nouns = [child] if child.dep_ in args.OBJECT_DEPS else []
        for clause in (c for n in nouns for c in n.children if c.dep_ == "acl" and c.pos_ == "VERB"):
            entry = choose_verb_entry(clause, lexicon.verb_entries(clause.lemma_.lower()))
            if entry is not None:  # "expressed its readiness to hold talks": the readiness is for the talks
                return _sense_code(clause, entry, lexicon)
            nouns = [*nouns, *args.children_with(clause, args.OBJECT_DEPS)]
        if child.dep_ == "prep" and child.lower_ in {"for", "to"}:  # "called for talks", "agreed to an exchange"
            nouns = args.children_with(child, frozenset({"pobj"}))
        for noun in nouns:
            entry_n = _noun_entry(noun, lexicon)
            if entry_n is not None:
                return entry_n.code
    return None


def _refine(code: str, token: Token, lexicon: Lexicon) -> tuple[str, str]:
    frame = FRAME_OF_CODE.get(code)
    inner = inner_code(token, lexicon) if frame else None
    if frame is not None and inner is not None and _negated_inner(token):
        frame, inner = _negated_frame(frame, inner)
    if frame == "intent" and inner is not None and inner[:2] >= CONFLICT_ROOT and token.lemma_.lower() in VOWS:
        # "vowed to retaliate against Israel": a vow of force is a threat (13x), not an intent to cooperate (03x);
        # "agreed to postpone the demonstration" is no vow
        frame = "threat"
    if frame == "threat" and inner is not None and token.lemma_.lower() in WARNINGS and _of_another(token):
        # "the US warned that Russia could invade": a warning of someone else's act is no threat by the warner
        return PESSIMISTIC_CODE, f"; {code} -> {PESSIMISTIC_CODE}: a warning of another's act (CAMEO {inner})"
    derived = lexicon.derived_code(frame, inner) if frame and inner else None
    if derived is None or derived == code:
        return _refine_by_content(code, token, lexicon)
    return derived, f"; refined {code} -> {derived}: {frame} for CAMEO {inner}"


def _of_another(warning: Token) -> bool:
    """Whether the clause a warning is about has a subject of its own that is not the warner ("warned that Russia
    could invade"; not "warned that it would strike", "warned it would use force")."""
    warners = {t.lower_ for s in args.subjects(warning) for t in s.subtree if t.pos_ in {"PROPN", "NOUN", "ADJ"}}
    for clause in (c for c in warning.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}):
        for subject in args.subjects(clause):
            words = [t.lower_ for t in subject.subtree]
            if subject.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children):
                continue  # "it would strike", "its forces would respond": the warner's own
            if not any(w.startswith(o[:4]) and len(o) >= 4 for w in words for o in warners):
                return True  # "Iran warned that Iranian forces ..." shares its name; "Russia" is another
    return False


def _refine_by_content(code: str, token: Token, lexicon: Lexicon) -> tuple[str, str]:
    """ "accused Israel of attacking a tanker" 112 -> 1123, "opened a criminal investigation" 090 -> 091: the first
    event or topic in the content that gives a code of the family; a specific sense is only made more specific."""
    frame = FRAME_OF_CODE.get(code) or FRAME_OF_ROOT.get(code[:2])
    if frame is None:
        return code, ""
    generic = code in FRAME_OF_CODE
    for key in content_keys(token, lexicon, lambda word: _event_code(word, lexicon)):
        same_family = key.isdigit() and key[:2] == code[:2]  # "opened a criminal investigation (091)"
        derived = key if same_family else lexicon.derived_code(frame, key)
        if derived is not None and derived != code and (generic or derived.startswith(code)):
            return derived, f"; refined {code} -> {derived}: {frame} about {key}"
    return code, ""


def _event_code(word: Token, lexicon: Lexicon) -> str | None:
    """The code of a word that names an event: a lexicon noun ("air strike") or verb ("attacking")."""
    if word.pos_ in NOUN_POS:
        noun = _noun_entry(word, lexicon)
        return noun.code if noun is not None else None
    if word.pos_ == "VERB":
        verb = choose_verb_entry(word, lexicon.verb_entries(word.lemma_.lower()))
        return verb.code if verb is not None else None
    return None


def _protective(code: str, note: str, token: Token, lexicon: Lexicon) -> tuple[str, str]:
    """Forces sent with the purpose of aid ("sent troops to Mozambique to help fight insurgents", "to assist the
    army") provide military protection (074) rather than mobilize (15x)."""
    if code[:2] != MOBILIZE_ROOT:
        return code, note
    for clause in token.children:
        if clause.dep_ in PURPOSE_CLAUSES and clause.pos_ == "VERB" and clause.i > token.i:
            entry = choose_verb_entry(clause, lexicon.verb_entries(clause.lemma_.lower()))
            if entry is not None and entry.code.startswith(AID_ROOT):
                return PROTECTION_CODE, f"{note}; forces sent to '{clause.text}' -> CAMEO {PROTECTION_CODE}"
    return code, note


def _mobilized_toward(token: Token, objects: Sequence[Token]) -> list[Token]:
    """Where forces are moved: "sent troops to Mali" -> Mali, "massed troops near its border with Ukraine" ->
    Ukraine (a border's other side)."""
    places = [p for node in (token, *objects) for p in args.prep_objects(node, MOBILIZE_PREPS)]
    edges = args.EDGE_NOUNS
    return [o for p in places for o in (args.prep_objects(p, ("with",)) if p.lemma_.lower() in edges else [p])]


def _by_means(code: str, note: str, token: Token, sources: Sequence[Token], lexicon: Lexicon) -> tuple[str, str]:
    """A generic violent code made specific by the weapon its subject or "in/with" phrase names ("Israeli warplanes
    struck" 190 -> 195, "killed in a drone strike" 1823 -> 1952), or a bombing's object ("planted a roadside bomb")."""
    if code not in MEANS_REFINED:
        return code, note
    candidates = [*sources, *args.prep_objects(token, MEANS_PREPS)]
    if code.startswith(BOMBING_CODE) or token.lemma_.lower() in FIRING_VERBS:  # "planted a roadside bomb"
        candidates += [o for d in args.direct_objects(token) for o in args.conjuncts(d)]
    for noun in candidates:
        means = _means_code(noun, lexicon)
        if means is not None and means != code:
            return means, f"{note}; by means of '{noun.text}' -> CAMEO {means}"
    return code, note


def _means_code(noun: Token, lexicon: Lexicon) -> str | None:
    """The CAMEO code of violence done with the weapon `noun` names (instruments.tsv, or a nouns.tsv means)."""
    lemma = noun.lemma_.lower()
    modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod"}}
    nouns = [e for e in lexicon.noun_entries(lemma) if e.code.startswith(MEANS_PREFIXES)]
    # "tear gas shells" before "shells": an entry that names the modifier is the narrower one
    entries = sorted((*lexicon.instrument_entries(lemma), *nouns), key=lambda e: e.modifier is None)
    for entry in entries:
        if entry.modifier is None or entry.modifier in modifiers:
            return entry.code
    return None


def _negated_inner(token: Token) -> bool:
    """Whether the clause a predicate embeds is negated: "vowed never to recognise", "urged X not to attack"."""
    return any(c.dep_ in {"xcomp", "ccomp"} and any(g.dep_ == "neg" for g in c.children) for c in token.children)


def _negated_frame(frame: str, inner: str) -> tuple[str | None, str]:
    """ "agreed not to attack", "urged X not to strike": a pledge or appeal to refrain from force is one of
    de-escalation (087); "vowed never to recognise" is a refusal of the cooperation."""
    if inner[:2] >= FORCE_ROOT:
        return (frame, DEESCALATION_CODE) if frame in {"intent", "appeal", "demand"} else (None, inner)
    if inner[:2] >= CONFLICT_ROOT:
        return None, inner  # "ordered not to arrest": no CAMEO code for refraining from coercion
    return ("refusal", inner) if frame == "intent" else (None, inner)


def _appeal_frame(token: Token, lexicon: Lexicon) -> Frame | None:
    """ "want the US to give them arms" is an appeal to the US (CAMEO 02); the arming is only requested."""
    if lexicon.modality.get(token.lemma_.lower()) is not Modality.REQUESTED:
        return None
    for clause in token.children:
        if clause.dep_ not in {"ccomp", "xcomp"} or not any(c.lower_ == "to" for c in clause.children):
            continue
        addressees = args.children_with(clause, args.SUBJECT_DEPS) if clause.dep_ == "ccomp" else \
            args.children_with(token, args.OBJECT_DEPS)
        if not addressees:
            continue
        code, note = _refine(APPEAL_CODE, token, lexicon)
        return Frame(code, _subjects(token), [addressees], True,
                      f"'{token.text} X to {clause.text}' is an appeal to X{note}", token.i + 1)
    return None


def _noun_entry(token: Token, lexicon: Lexicon) -> NounEntry | None:
    entries = lexicon.noun_entries(token.lemma_.lower())
    if not entries:
        return None  # most nouns are no event: skip the walk over their children
    modifiers = {c.lemma_.lower() for c in token.children if c.dep_ in {"compound", "amod"}}
    for entry in entries:
        if entry.modifier is None or entry.modifier in modifiers:
            return entry
    return None


def _carrier(noun: Token, lexicon: Lexicon) -> Token | None:
    """The light verb that carries an event noun: "held talks", "provided tons of aid", "went on strike"."""
    node = noun
    while node.dep_ == "conj" and node.head is not node and node.head.pos_ in NOUN_POS:
        node = node.head  # "launched artillery, mortar and rocket fire": the first conjunct's verb carries them all
    for _ in range(3):
        head = node.head
        if node.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in lexicon.light_verbs:
            return head
        if node.dep_ == "pobj" and head.dep_ == "prep" and head.head is not head:
            above = head.head
            if head.lower_ in {"on", "in"} and above.lemma_.lower() in lexicon.light_verbs - SPEECH_CARRIERS:
                return above
            if head.lower_ == "to" and above.lemma_.lower() in RESORT_CARRIERS:
                return above  # "resorted to a lathi-charge"
            if head.lower_ == "for" and above.lemma_.lower() in args.GATHERING_VERBS:
                return above  # "converged on Lagos for a rally"
            if head.lower_ == "under" and above.lemma_.lower() in lexicon.recipients:
                return above  # "came under attack"
            if head.lower_ == "under" and above.lemma_.lower() in lexicon.light_verbs - SPEECH_CARRIERS:
                return above  # "placed X under arrest", "was put under investigation", "held under house arrest"
            if head.lower_ == "for" and above.lemma_.lower() in TRAVEL_CARRIERS and node.i == noun.i:
                return above  # "arrived in Geneva for talks with X"
            if head.lower_ == "of" and above.pos_ in NOUN_POS:
                node = above
                continue
        break
    return None


def noun_frame(token: Token, lexicon: Lexicon, trace: Trace | None) -> Frame | None:
    """The frame of an event noun, its arguments taken from the noun itself or from its carrier verb."""
    if token.dep_ == "compound":
        return None
    entry = _noun_entry(token, lexicon)
    if entry is None:
        return None
    if token.ent_type_ == "DATE":
        drop(trace, token, "part of a date ('KABUL, March 3'), not an event")
        return None
    if token.lemma_.lower() in STATE_NOUNS and token.dep_ == "pobj" and token.head.lower_ == "in":
        drop(trace, token, "a state ('in custody'), not the arrest ('taken into custody')")
        return None
    content = token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.lower_ in CONTENT_PREPS
    verb_above = token.head.head if content else token.head
    if (token.dep_ in args.OBJECT_DEPS or content) and verb_above.pos_ == "VERB":
        verb = verb_above
        verb_sense = choose_verb_entry(verb, lexicon.verb_entries(verb.lemma_.lower()))
        if verb_sense is not None and not _defers_to_object(verb, verb_sense, lexicon):
            # "lifted the blockade", "condemned the attack", "reneged on its commitment": the verb's event has
            # the noun as its content
            drop(trace, token, f"object of the coded verb '{verb.text}'")
            return None
    if _done_by_its_verb(token, entry.code, lexicon):
        # "a drone strike killed three militants": one attack, coded on the verb and refined by the strike
        drop(trace, token, f"the means of the coded verb '{token.head.text}'")
        return None
    if _terms_of_an_agreement(token):
        # "signed a treaty of friendship and cooperation", "reached a deal on a ceasefire": what was agreed on
        drop(trace, token, "the content of an agreement, not an event of its own")
        return None
    if content and _topic_of_a_statement(verb_above, lexicon):
        # "expressed sorrow for the shootings", "voiced concern over the clashes": what the statement is about
        drop(trace, token, f"topic of '{verb_above.head.text} {verb_above.text}'")
        return None
    carrier = _carrier(token, lexicon)
    # the modifier that makes a two-word event noun is its kind, not its actor: "general strike", "military aid"
    own_sources = [c for c in token.children if c.dep_ in {"poss", "compound", "amod"}
                   and c.lemma_.lower() != entry.modifier]
    own_sources += [p for c in token.children if c.dep_ == "prep" and c.lower_ == "by"
                    for p in args.children_with(c, frozenset({"pobj"}))]
    if entry.code in SELF_ACT_CODES and "of" not in entry.preps:
        own_sources += args.prep_objects(token, ("of",))
    # "a strike called by the unions", "a rally organised by students": the agent of its participle
    own_sources += [p for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN" for p in args.agents(c)]
    preps = (entry.preps | {"against"}) if entry.preps else frozenset(args.TARGET_PREPS)
    options: list[Sequence[Token]] = [args.prep_objects(token, preps)]
    note = f"noun sense {entry.source}"
    sources: Sequence[Token] = own_sources
    if carrier is None and _fought_alongside(token) and not [c for c in own_sources if c.pos_ != "ADJ" or c.ent_type_]:
        # "retook the village after fierce fighting with guerrillas": the clause's subject did the fighting
        sources = own_sources = _subjects(token.head.head)
        note += f"; fought by the subject of '{token.head.head.text}'"
    if carrier is not None and carrier.lemma_.lower() in lexicon.recipients:
        # "Obama faces pressure from Congress": Congress is the source, the subject the target
        senders = args.prep_objects(token, ("from", "by")) or args.prep_objects(carrier, ("from", "by"))
        sources = senders or [c for c in own_sources if c.dep_ != "poss"]
        options = [_subjects(carrier), *options]
        note += f" received by the subject of '{carrier.text}'"
    elif carrier is not None:
        sources = _subjects(carrier) or own_sources
        options.append(args.prep_objects(carrier, preps))
        options.append(args.children_with(carrier, frozenset({"dative"})))
        # "engaged Filipino peacekeepers in a firefight": the carrier's own object, when the noun hangs on "in"
        if token.dep_ == "pobj":
            options.append(args.direct_objects(carrier))
        # "five activists were placed under arrest": the carrier's passive subject is the one it befalls
        options.append([o for o in args.children_with(carrier, args.PASSIVE_SUBJECT_DEPS) if o is not token])
        if carrier.lemma_.lower() in TRAVEL_CARRIERS:  # "flew to Moscow for talks": the hosts are the counterpart
            # "arrived in Australia for a visit": the place of arrival is the one visited
            destinations = ("to", "for", "in") if entry.code == VISIT_CODE else ("to", "for")
            options.append([o for o in args.prep_objects(carrier, destinations) if o.i != token.i])
        note += f" carried by light verb '{carrier.text}'"
    parties = _parties_between(token, entry.code)
    if parties and not sources:
        # "clashes between police and protesters", "talks between Israel and Hamas resumed": both sides act, each
        # towards the other (a reciprocal compound source), unless someone else holds the talks or mediates
        sources, options = parties, []
        note += "; the two sides 'between X and Y'"
    elif carrier is None and token.dep_ == "nsubj" and token.head.pos_ == "VERB" and entry.code[:2] >= FORCE_ROOT:
        # "a drone strike killed three militants", "an air strike hit a hospital": what the strike's verb hit
        options.append(args.direct_objects(token.head))
    if entry.code[:2] == PROTEST_ROOT:
        options.append(args.purpose_targets(token) + (args.purpose_targets(carrier) if carrier is not None else []))
    if entry.code[:2] in CLAUSE_TARGET_ROOTS:
        # "its demand that Israel ease restrictions": the subject of the noun's clause
        holders = [token] + ([carrier] if carrier is not None else [])
        options.append([s for h in holders for c in h.children if c.dep_ in {"acl", "ccomp"} for s in
                        args.children_with(c, args.SUBJECT_DEPS)])
    code, refined = _refine(entry.code, token, lexicon)
    if not refined and carrier is not None and carrier.lemma_.lower() not in lexicon.recipients:
        # "launched a probe into the murder": the parser hangs the content on the light verb
        code, refined = _refine_by_content(code, carrier, lexicon)
    note += refined
    if code[:2] == CONSULT_ROOT and (_by_phone(token) or (carrier is not None and _by_phone(carrier))):
        code, note = PHONE_CODE, f"{note}; by telephone -> CAMEO {PHONE_CODE}"
    return Frame(code, sources, options, carrier is not None, note, token.i + 1)


def _parties_between(noun: Token, code: str) -> list[Token]:
    """The sides named by "between X and Y" on an event noun or on the verb it is the subject of ("fighting broke out
    between X and Y"); none for mediation, whose "between" names those mediated between."""
    if code.startswith(MEDIATION_CODE):
        return []
    found = args.prep_objects(noun, ("between",))
    if not found and noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.pos_ in {"VERB", "AUX"}:
        found = args.prep_objects(noun.head, ("between",))
    return found if len(found) >= 2 else []


def _done_by_its_verb(noun: Token, code: str, lexicon: Lexicon) -> bool:
    """Whether a violent event noun is the subject of a coded violent verb ("an air strike killed four")."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or code[:2] < FORCE_ROOT:
        return False
    sense = choose_verb_entry(verb, lexicon.verb_entries(verb.lemma_.lower()))
    return sense is not None and sense.code[:2] >= COERCE_ROOT  # "a missile strike destroyed a school" too


def _terms_of_an_agreement(noun: Token) -> bool:
    """Whether the noun (or the first of its conjuncts) is in the of/on phrase of an agreement noun."""
    node = noun
    while node.dep_ == "conj" and node.head is not node and node.head.pos_ in NOUN_POS:
        node = node.head
    prep = node.head
    return (node.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in {"of", "on"}
            and prep.head.lemma_.lower() in AGREEMENT_NOUNS)


def _topic_of_a_statement(noun: Token, lexicon: Lexicon) -> bool:
    """Whether `noun` is the object that a coded verb sense names ("expressed concern", "voiced sorrow")."""
    verb = noun.head
    if noun.pos_ not in NOUN_POS or noun.dep_ not in args.OBJECT_DEPS or verb.pos_ != "VERB":
        return False
    entry = choose_verb_entry(verb, lexicon.verb_entries(verb.lemma_.lower()))
    # "claimed responsibility for the attack": the attack claimed is news of its own
    return entry is not None and noun.lemma_.lower() in entry.objects and entry.code != RESPONSIBILITY_CODE


def _fought_alongside(noun: Token) -> bool:
    """ "after fighting with X", "during clashes with X": combat with a counterpart, in a time phrase of a verb."""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in TIME_PREPS
            and prep.head.pos_ == "VERB" and bool(args.prep_objects(noun, ("with",))))
