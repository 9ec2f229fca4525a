"""Turn PETRARCH verb blocks and patterns into verbs.tsv rows (lemma, particle, objects, preps, code).

A pattern is expressible when, after the verb, it has at most a particle, one object (a word, a `{phrase}`
or a `&synset`: its head nouns) and one `(PREP)` / `(PREP +)` part whose object is the target, and
before the verb nothing but `$`. A pattern applies to every verb of its block, as in PETRARCH. Everything
else is counted in the report by reason: words before the verb, a prepositional phrase with fixed words,
the source after the verb, [---] (tacitus cannot say "not an event"), codes outside the ontology ...
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from tacitus.coding.ontology import Ontology
from tacitus.dictionaries.report import Report
from tacitus.dictionaries.verbs import Code, Part, PartKind, Pattern, VerbDictionary, VerbForm

PARTICLES = frozenset({
    "up", "down", "out", "off", "away", "back", "forward", "aside", "apart", "together", "over", "ahead",
})
PATTERN_PARTICLES = PARTICLES | {"in", "on", "through", "around", "about", "along", "across"}
PREPOSITIONS = frozenset({
    "to", "with", "for", "against", "on", "upon", "in", "into", "at", "from", "by", "of", "about", "toward",
    "towards", "onto", "across", "through", "under", "after", "before", "behind", "between", "among", "around",
    "without", "within",
})


@dataclass(frozen=True, slots=True, kw_only=True)
class Frame:
    """What a verb form or a pattern adds to the bare verb."""

    particle: str | None = None
    objects: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    approximate: bool = False  # an object phrase reduced to its head noun


@dataclass(frozen=True, slots=True, kw_only=True)
class VerbRow:
    """One verbs.tsv row before it is written."""

    lemma: str
    particle: str | None
    objects: frozenset[str]
    preps: frozenset[str]
    code: str
    note: str

    @property
    def key(self) -> tuple[str, str | None, frozenset[str], frozenset[str]]:
        """The columns verbs.tsv requires to be unique."""
        return (self.lemma, self.particle, self.objects, self.preps)


def head_forms(word: str) -> tuple[frozenset[str], bool]:
    """Lower-case head noun of a dictionary word with a naive singular ("RALLIES" -> rallies, rally);
    True when modifiers were dropped ("AIR_STRIKE" -> strike)."""
    parts = [p for p in word.lower().strip("_").split("_") if p]
    head = parts[-1] if parts else ""
    forms = {head}
    if head.endswith("ies") and len(head) > 4:
        forms.add(head[:-3] + "y")
    elif head.endswith("s") and not head.endswith(("ss", "us", "is")) and len(head) > 3:
        forms.add(head[:-1])
    return frozenset(f for f in forms if f), len(parts) > 1


def _object_heads(part: Part, synsets: Mapping[str, tuple[str, ...]]) -> tuple[frozenset[str], bool] | str:
    """Head nouns of an object part and whether modifiers were dropped; a reason string if impossible."""
    head = part.words[-1]
    if head.startswith("&") or part.kind is PartKind.SYNSET:
        members = synsets.get(head)
        if members is None:
            return "unknown synonym set"
        forms = frozenset(f for m in members for f in head_forms(m)[0])
        return forms, part.kind is PartKind.PHRASE and len(part.words) > 1
    forms, dropped = head_forms(head)
    return forms, dropped or len(part.words) > 1


def pattern_frame(pattern: Pattern, synsets: Mapping[str, tuple[str, ...]]) -> Frame | str:
    """The tacitus columns a pattern fills, or the reason it cannot be expressed."""
    if any(p.kind is PartKind.TARGET for p in pattern.before):
        return "target before the verb (passive pattern)"
    if any(p.kind is not PartKind.SOURCE for p in pattern.before):
        return "words before the verb"
    particle, objects, preps, approximate = None, frozenset[str](), frozenset[str](), False
    for index, part in enumerate(pattern.after):
        if part.kind is PartKind.SOURCE or any(p.kind is PartKind.SOURCE for p in part.inner):
            return "source after the verb"
        if part.kind is PartKind.SKIP:
            return "skip marker ^"
        if part.kind is PartKind.TARGET:
            if objects or preps:
                return "target marker after the object"
        elif part.kind is PartKind.PREP:
            if part.inner and [p.kind for p in part.inner] != [PartKind.TARGET]:
                return "prepositional phrase with fixed words"
            if preps:
                return "more than one prepositional phrase"
            preps = frozenset({(part.prep or "").lower()})
        elif index == 0 and part.kind is PartKind.WORD and part.words[0].lower() in PATTERN_PARTICLES:
            particle = part.words[0].lower()
        elif objects:
            return "more than one object word"
        elif preps:
            return "object after the prepositional phrase"
        else:
            heads = _object_heads(part, synsets)
            if isinstance(heads, str):
                return heads
            objects, approximate = heads
    return Frame(particle=particle, objects=objects, preps=preps, approximate=approximate)


def verb_frame(verb: VerbForm) -> tuple[str, Frame] | None:
    """Lemma and frame of a verb line: ASK -> ask; CALL_OFF -> call + off; ASK_FOR -> ask + (for); None if
    the words do not fit (three words, a RE_ prefix ...)."""
    lemma, *rest = [w.lower() for w in verb.words]
    if not lemma or lemma == "re" or not lemma.replace("-", "").replace("'", "").isalpha():
        return None
    if not rest:
        return lemma, Frame()
    if rest[0] in PARTICLES and len(rest) <= 2 and (len(rest) == 1 or rest[1] in PREPOSITIONS):
        return lemma, Frame(particle=rest[0], preps=frozenset(rest[1:]))
    if len(rest) == 1 and rest[0] in PREPOSITIONS:
        return lemma, Frame(preps=frozenset(rest))
    if len(rest) == 1:
        objects, _ = head_forms(rest[0])
        return lemma, Frame(objects=objects)
    return None


def _combine(verb: Frame, pattern: Frame) -> Frame | None:
    """A multi-word verb's frame with a pattern's; None when both set the same column."""
    if (verb.particle and pattern.particle) or (verb.objects and pattern.objects) or (verb.preps and pattern.preps):
        return None
    return Frame(particle=verb.particle or pattern.particle, objects=verb.objects | pattern.objects,
                 preps=verb.preps | pattern.preps, approximate=pattern.approximate)


def _code(code: Code, ontology: Ontology, report: Report) -> str | None:
    if code.code is None:
        report.skip("reverse-only code [:code]" if code.reverse else "null code [---] (tacitus cannot block a verb)")
        return None
    if code.code not in ontology:
        report.skip("code not in the tacitus CAMEO ontology")
        return None
    return code.code


def verb_rows(dictionary: VerbDictionary, report: Report, *, ontology: Ontology, name: str) -> list[VerbRow]:
    """verbs.tsv rows for a whole dictionary; every pattern or verb not expressed is counted in `report`."""
    candidates: list[tuple[VerbRow, bool]] = []
    for block in dictionary.blocks:
        frames = []
        for verb in block.verbs:
            framed = verb_frame(verb)
            if framed is None:
                report.skip("multi-word verb that the columns cannot hold")
                continue
            frames.append(framed)
            default = verb.code or block.code
            if default.code is not None and (code := _code(default, ontology, report)) is not None:
                row = VerbRow(lemma=framed[0], particle=framed[1].particle, objects=framed[1].objects,
                              preps=framed[1].preps, code=code, note=f"{name}:{verb.line}")
                candidates.append((row, False))
        for pattern in block.patterns:
            frame = pattern_frame(pattern, dictionary.synsets)
            if isinstance(frame, str):
                report.skip(frame)
                continue
            if (code := _code(pattern.code, ontology, report)) is None:
                continue
            if frame.approximate:
                report.approximate("object phrase reduced to its head noun")
            for lemma, own in frames:
                both = _combine(own, frame)
                if both is None:
                    report.skip("pattern that repeats a multi-word verb's particle, object or preposition")
                    continue
                row = VerbRow(lemma=lemma, particle=both.particle, objects=both.objects, preps=both.preps,
                              code=code, note=f"{name}:{pattern.line}")
                candidates.append((row, both.approximate))
    return _merge(candidates, report)


def _merge(candidates: Iterable[tuple[VerbRow, bool]], report: Report) -> list[VerbRow]:
    """One row per (lemma, particle, preps, code) with the objects united; the first code of a word wins.

    Exact rows claim their object words before rows whose phrase was reduced to its head noun, so
    "ask aid" 023 keeps "aid" over "ask {HUMANITARIAN AID}" 0233.
    """
    ordered = sorted(candidates, key=lambda c: c[1])  # stable: exact rows first, file order kept
    claimed: dict[tuple[str, str | None, frozenset[str], str], str] = {}  # (lemma, particle, preps, word) -> code
    bare: dict[tuple[str, str | None, frozenset[str], frozenset[str]], str] = {}
    # (lemma, particle, preps, code, has objects) -> (objects, provenance)
    groups: dict[tuple[str, str | None, frozenset[str], str, bool], tuple[set[str], list[str]]] = {}
    for row, _ in ordered:
        if not row.objects:
            if row.key in bare:
                if bare[row.key] != row.code:
                    report.skip("same verb and frame as an earlier entry with another code")
                continue
            bare[row.key] = row.code
            groups.setdefault((row.lemma, row.particle, row.preps, row.code, False), (set(), []))[1].append(row.note)
            continue
        free = {w for w in row.objects if claimed.setdefault((row.lemma, row.particle, row.preps, w), row.code)
                == row.code}
        if not free:
            report.skip("verb and object already coded by an earlier pattern")
            continue
        group = groups.setdefault((row.lemma, row.particle, row.preps, row.code, True), (set(), []))
        group[0].update(free)
        group[1].append(row.note)
    rows = []
    for (lemma, particle, preps, code, _), (objects, notes) in groups.items():
        lines = sorted(set(notes), key=notes.index)
        note = ", ".join(lines[:3]) + (f" (+{len(lines) - 3})" if len(lines) > 3 else "")
        rows.append(VerbRow(lemma=lemma, particle=particle, objects=frozenset(objects), preps=preps,
                            code=code, note=note))
    return sorted(rows, key=lambda r: (r.lemma, r.particle or "", sorted(r.preps), r.code, sorted(r.objects)))
