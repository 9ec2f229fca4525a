"""Generic codes made specific: by the event a frame embeds ("urged X to release": 020 -> 0253, frames.tsv), by what
the event is about (topics.tsv), and by its means ("warplanes struck": 190 -> 195, instruments.tsv)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from tacitus.coding import arguments as args
from tacitus.coding.content import content_keys
from tacitus.coding.lexicon import Lexicon, VerbEntry
from tacitus.coding.senses import NOUN_POS, choose_verb_entry, noun_entry

__all__ = ["by_means", "by_phone", "inner_code", "protective", "refine_by_content", "refine_code", "sense_code"]

MOBILIZE_ROOT = "15"
FORCE_ROOT = "18"  # roots 18-20: the use of force, whose renunciation is de-escalation
DEESCALATION_CODE = "087"  # what a pledge or appeal not to use force is about (0356, 0256, 1056)
# "sent troops to Mozambique to help fight insurgents": forces moved to help another are protection, not a show of force
AID_ROOT, PROTECTION_CODE = "07", "074"
PURPOSE_CLAUSES = frozenset({"advcl", "xcomp"})  # not "conj": "deployed troops and supplied arms" is two acts
CONFLICT_ROOT = "14"  # roots 14-20: protest, force posture, sanctions, coercion, assault, fight, mass violence
VOWS = frozenset({"vow", "pledge", "promise", "swear"})
# Generic codes refined by the event they embed: "urged X to release" 020 -> 0253 (frames.tsv).
FRAME_OF_CODE = {"020": "appeal", "030": "intent", "100": "demand", "130": "threat", "120": "refusal",
                 "090": "investigate", "112": "accuse"}
# Roots whose specific senses are refined within their own family by what they are about (content.py):
# "demanded food aid" 103 -> 1033, "threatened a nuclear strike" 138 -> 1385.
WARNINGS = frozenset({"warn", "caution"})
PESSIMISTIC_CODE = "012"  # "warned that the economy would collapse", "warned that Russia could invade"
FRAME_OF_ROOT = {"02": "appeal", "03": "intent", "09": "investigate", "10": "demand", "11": "accuse", "12": "refusal",
                 "13": "threat", "16": "cut"}
# Means of a consultation that make it one by telephone: "spoke by telephone with X", "talked over the phone".
PHONE_WORDS = frozenset({"phone", "telephone", "telephones", "videolink", "video", "videoconference", "hotline"})
PHONE_PREPS = frozenset({"by", "over", "via", "on"})
# Generic violent codes that a named weapon makes specific: "a car bomb killed eight" 1823 -> 1832 (instruments.tsv).
MEANS_REFINED = frozenset({"180", "182", "1823", "183", "190", "193", "194", "1712"})
# nouns.tsv codes that name the means of violence as instruments.tsv's do ("killed in a drone strike").
MEANS_PREFIXES = ("183", "193", "194", "195", "204")
MEANS_PREPS = ("in", "with")
FIRING_VERBS = frozenset({"fire", "lob"})  # what is fired names the means: "fired tear gas shells" (175), not what
# is shot down ("shot down a helicopter" is no air strike)
BOMBING_CODE = "183"  # a bombing's object is its device: "planted a roadside bomb"


def sense_code(verb: Token, entry: VerbEntry, lexicon: Lexicon) -> str:
    """The sense's code, or the more specific code of the same root that its two-word object noun names:
    "deepened military cooperation" is military cooperation (062), not cooperation (060)."""
    if not entry.objects:
        return entry.code
    stem = entry.code.rstrip("0")  # "060" refines to "062", "183" to "1833"
    for obj in args.direct_objects(verb):
        noun = noun_entry(obj, lexicon)
        if noun is not None and noun.modifier is not None and noun.code.startswith(stem) \
                and len(noun.code.rstrip("0")) > len(stem):
            return noun.code
    return entry.code


def by_phone(token: Token) -> bool:
    """Whether a consultation went by telephone: "spoke by telephone with X", "held talks over the phone"."""
    return any(c.dep_ == "prep" and c.lower_ in PHONE_PREPS and any(
        o.dep_ == "pobj" and o.lemma_.lower() in PHONE_WORDS for o in c.children) for c in token.children)


def inner_code(token: Token, lexicon: Lexicon) -> str | None:
    """The code of the event a predicate embeds: its infinitive or clause, or its object noun."""
    for child in token.children:
        if child.dep_ in {"xcomp", "ccomp"} and child.pos_ == "VERB":
            entry = choose_verb_entry(child, lexicon.verb_entries(child.lemma_.lower()))
            if entry is not None:
                return sense_code(child, entry, lexicon)
            for grandchild in child.children:
                found = noun_entry(grandchild, lexicon) if grandchild.dep_ in args.OBJECT_DEPS else None
                if found is not None:
                    return found.code
    for child in token.children:
        nouns = [child] if child.dep_ in args.OBJECT_DEPS else []
        for clause in (c for n in nouns for c in n.children if c.dep_ == "acl" and c.pos_ == "VERB"):
            entry = choose_verb_entry(clause, lexicon.verb_entries(clause.lemma_.lower()))
            if entry is not None:  # "expressed its readiness to hold talks": the readiness is for the talks
                return sense_code(clause, entry, lexicon)
            nouns = [*nouns, *args.children_with(clause, args.OBJECT_DEPS)]
        if child.dep_ == "prep" and child.lower_ in {"for", "to"}:  # "called for talks", "agreed to an exchange"
            nouns = args.children_with(child, frozenset({"pobj"}))
        for noun in nouns:
            entry_n = noun_entry(noun, lexicon)
            if entry_n is not None:
                return entry_n.code
    return None


def refine_code(code: str, token: Token, lexicon: Lexicon) -> tuple[str, str]:
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
        return refine_by_content(code, token, lexicon)
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


def refine_by_content(code: str, token: Token, lexicon: Lexicon) -> tuple[str, str]:
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
        noun = noun_entry(word, lexicon)
        return noun.code if noun is not None else None
    if word.pos_ == "VERB":
        verb = choose_verb_entry(word, lexicon.verb_entries(word.lemma_.lower()))
        return verb.code if verb is not None else None
    return None


def protective(code: str, note: str, token: Token, lexicon: Lexicon) -> tuple[str, str]:
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


def by_means(code: str, note: str, token: Token, sources: Sequence[Token], lexicon: Lexicon) -> tuple[str, str]:
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
