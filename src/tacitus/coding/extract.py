"""Turn a parsed Doc into event mentions: verbal and nominal predicates with their coded arguments.

Every decision is written to the mention's evidence (and to `trace`, for `tacitus explain`), so a user can
see why an event was coded, and why a candidate was not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from tacitus.actors.resolve import DocumentActors
from tacitus.coding import arguments as args
from tacitus.coding.attribution import according_to, attribution_of
from tacitus.coding.lexicon import Lexicon, NounEntry, VerbEntry
from tacitus.coding.mentions import EventMention
from tacitus.coding.modality import modality_of
from tacitus.records import Actor, Modality

Trace = Callable[[str], None]
NOUN_POS = frozenset({"NOUN", "PROPN"})
# CAMEO 02 sub-codes for "want/ask X to <event of root R>": appeal for the kind of event requested.
APPEAL_FOR_ROOT = {"03": "020", "04": "026", "05": "022", "06": "021", "07": "023", "08": "025"}
APPEAL_CODE = "020"


@dataclass(frozen=True, slots=True)
class _Frame:
    """A predicate's coded argument heads before actor resolution."""

    code: str
    sources: Sequence[Token]
    target_options: Sequence[Sequence[Token]]
    specific: bool
    note: str
    trigger_end: int


def _drop(trace: Trace | None, token: Token, reason: str) -> None:
    if trace is not None:
        trace(f"  - '{token.text}' ({token.lemma_}) not coded: {reason}")


def _choose_verb_entry(token: Token, entries: Sequence[VerbEntry]) -> VerbEntry | None:
    prt = args.particle(token)
    objects = {o.lemma_.lower() for o in args.children_with(token, args.OBJECT_DEPS)}
    for entry in entries:  # most specific first
        if entry.particle and entry.particle != prt:
            continue
        if entry.objects and not (entry.objects & objects):
            continue
        if entry.preps and not args.has_prep(token, entry.preps):
            continue
        return entry
    return None


def _inherited_subjects(token: Token) -> list[Token]:
    """Subjects a predicate without its own takes from the clause above (control, coordination)."""
    head = token.head
    if head is token:
        return []
    if token.dep_ == "conj" and head.pos_ in {"VERB", "AUX"}:
        return _subjects(head)
    if token.dep_ in {"xcomp", "ccomp", "advcl"} and head.pos_ in {"VERB", "AUX"}:
        controllers = args.children_with(head, args.OBJECT_DEPS) or args.children_with(head, frozenset({"dative"}))
        # "urged the army to abandon": object control; "agreed to undertake": subject control.
        return controllers if token.dep_ == "xcomp" and controllers else _subjects(head)
    if token.dep_ in {"relcl", "acl"} and head.pos_ in NOUN_POS:
        return [head]
    return []


def _subjects(token: Token) -> list[Token]:
    if args.is_passive(token):
        return args.agents(token)
    own = args.children_with(token, args.SUBJECT_DEPS)
    return own or _inherited_subjects(token)


def _verb_frame(token: Token, lexicon: Lexicon, trace: Trace | None) -> _Frame | None:
    lemma = token.lemma_.lower()
    entries = lexicon.verb_entries(lemma)
    if not entries:
        return _appeal_frame(token, lexicon) if lemma in lexicon.modality else None
    entry = _choose_verb_entry(token, entries)
    if entry is None:
        _drop(trace, token, "no lexicon sense matches its particle, object or preposition")
        return None
    if lemma in lexicon.reporting and entry.specificity == 0:
        _drop(trace, token, "reporting verb: gives attribution, not an event")
        return None
    objects = args.children_with(token, args.OBJECT_DEPS)
    if lemma in lexicon.light_verbs and any(lexicon.noun_entries(o.lemma_.lower()) for o in objects):
        _drop(trace, token, "light verb: its object noun carries the event")
        return None
    if args.is_passive(token):
        sources = args.agents(token)
        primary = args.children_with(token, args.PASSIVE_SUBJECT_DEPS)
    else:
        sources = _subjects(token)
        primary = objects
    if entry.preps:
        primary = args.prep_objects(token, entry.preps)
    end = token.i + 1
    for child in token.rights:
        if child.dep_ == "prt":
            end = child.i + 1
    options = [
        primary,
        args.children_with(token, frozenset({"dative"})),
        args.prep_objects(token, args.TARGET_PREPS),
        [p for o in objects for p in args.prep_objects(o, args.TARGET_PREPS)],
    ]
    return _Frame(entry.code, sources, options, entry.specificity > 0, f"verb sense {entry.source}", end)


def _appeal_frame(token: Token, lexicon: Lexicon) -> _Frame | None:
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
        inner = lexicon.verb_entries(clause.lemma_.lower())
        code = APPEAL_FOR_ROOT.get(inner[0].code[:2], APPEAL_CODE) if inner else APPEAL_CODE
        return _Frame(code, _subjects(token), [addressees], True,
                      f"'{token.text} X to {clause.text}' is an appeal to X", token.i + 1)
    return None


def _noun_entry(token: Token, lexicon: Lexicon) -> NounEntry | None:
    modifiers = {c.lemma_.lower() for c in token.children if c.dep_ in {"compound", "amod"}}
    for entry in lexicon.noun_entries(token.lemma_.lower()):
        if entry.modifier is None or entry.modifier in modifiers:
            return entry
    return None


def _noun_frame(token: Token, lexicon: Lexicon, trace: Trace | None) -> _Frame | None:
    if token.dep_ == "compound":
        return None
    entry = _noun_entry(token, lexicon)
    if entry is None:
        return None
    head = token.head
    carrier = head if token.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in lexicon.light_verbs \
        else None
    own_sources = [c for c in token.children if c.dep_ in {"poss", "compound", "amod"}]
    own_sources += [p for c in token.children if c.dep_ == "prep" and c.lower_ == "by"
                    for p in args.children_with(c, frozenset({"pobj"}))]
    preps = entry.preps or frozenset(args.TARGET_PREPS)
    options: list[Sequence[Token]] = [args.prep_objects(token, preps)]
    note = f"noun sense {entry.source}"
    sources: Sequence[Token] = own_sources
    if carrier is not None:
        sources = _subjects(carrier) or own_sources
        options.append(args.prep_objects(carrier, preps))
        options.append(args.children_with(carrier, frozenset({"dative"})))
        note += f" carried by light verb '{carrier.text}'"
    return _Frame(entry.code, sources, options, carrier is not None, note, token.i + 1)


def _resolve_all(tokens: Sequence[Token], actors: DocumentActors) -> list[Actor]:
    out: list[Actor] = []
    for token in tokens:
        actor = actors.resolve(token)
        if actor is not None and all(actor.start != a.start for a in out):
            out.append(actor)
    return out


def _first_resolved(options: Sequence[Sequence[Token]], actors: DocumentActors,
                    exclude: Sequence[Actor]) -> list[Actor]:
    taken = {a.start for a in exclude}
    for option in options:
        found = [a for a in _resolve_all(option, actors) if a.start not in taken]
        if found:
            return found
    return []


def _mention(token: Token, frame: _Frame, sentence: int, cited: str | None, lexicon: Lexicon,
             actors: DocumentActors, trace: Trace | None) -> EventMention | None:
    source = _resolve_all(frame.sources, actors)
    target = _first_resolved(frame.target_options, actors, source)
    if not source and not target:
        _drop(trace, token, f"CAMEO {frame.code} but no political actor as source or target")
        return None
    modality, why_modality = modality_of(token, lexicon)
    cue = attribution_of(token, lexicon, cited)
    speaker = actors.resolve(cue.speaker) if cue.speaker is not None else None
    evidence = [frame.note, f"modality {modality.value}: {why_modality}"]
    evidence += [f"source '{a.text}' -> {a.code}: {a.why}" for a in source]
    evidence += [f"target '{a.text}' -> {a.code}: {a.why}" for a in target]
    if cue.why:
        evidence.append(cue.why)
    return EventMention(sentence=sentence, trigger_start=token.i, trigger_end=frame.trigger_end,
                        code=frame.code, source=tuple(source), target=tuple(target), modality=modality,
                        speaker=speaker, according_to=cue.according_to, specific=frame.specific,
                        evidence=tuple(evidence))


def _discarded(token: Token, lexicon: Lexicon, sentence_lemmas: frozenset[str]) -> str | None:
    context = lexicon.discards.get(token.lemma_.lower())
    if context:
        hits = context & sentence_lemmas
        if hits:
            return f"discarded: non-political sense (context '{sorted(hits)[0]}')"
    return None


def sentence_mentions(sent: Span, index: int, lexicon: Lexicon, actors: DocumentActors,
                      trace: Trace | None = None) -> list[EventMention]:
    """Event mentions of one sentence."""
    cited = according_to(sent)
    lemmas = frozenset(t.lemma_.lower() for t in sent)
    out: list[EventMention] = []
    for token in sent:
        if token.pos_ == "VERB":
            frame = _verb_frame(token, lexicon, trace)
        elif token.pos_ in NOUN_POS:
            frame = _noun_frame(token, lexicon, trace)
        else:
            continue
        if frame is None:
            continue
        reason = _discarded(token, lexicon, lemmas)
        if reason:
            _drop(trace, token, reason)
            continue
        mention = _mention(token, frame, index, cited, lexicon, actors, trace)
        if mention is not None:
            out.append(mention)
    return out


def mentions_from_doc(doc: Doc, lexicon: Lexicon, actors: DocumentActors,
                      trace: Trace | None = None) -> list[EventMention]:
    """All event mentions of a parsed document, sentence by sentence, in text order."""
    out: list[EventMention] = []
    for index, sent in enumerate(doc.sents):
        out.extend(sentence_mentions(sent, index, lexicon, actors, trace))
    return out
