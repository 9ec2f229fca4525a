"""The rule coder's lexicons: event verbs and nouns, light, reporting and modal verbs, and discards.

Each file in `tacitus/data/lexicons/` has one reader here that yields typed entries and names
`file:line` on error; `load_lexicon` reads them all and checks every code against the ontology.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from tacitus.coding.ontology import Ontology, is_cameo_code, read_ontology, read_tsv
from tacitus.errors import LexiconError
from tacitus.records import Modality

DEFAULT_LEXICONS = files("tacitus.data.lexicons")
VERBS, NOUNS, LIGHT_VERBS = "verbs.tsv", "nouns.tsv", "light_verbs.tsv"
MODALITY, REPORTING, DISCARDS = "modality.tsv", "reporting.tsv", "discards.tsv"
FRAMES, RECIPIENTS = "frames.tsv", "recipients.tsv"
INSTRUMENTS = "instruments.tsv"
SPEECH_ACTS = "speech_acts.tsv"
TOPICS = "topics.tsv"
IDIOMS, NON_AGENTS = "idioms.tsv", "non_agents.tsv"

PathLike = Path | Traversable


@dataclass(frozen=True, slots=True, kw_only=True)
class VerbEntry:
    """A trigger verb sense: lemma plus optional particle, object and preposition constraints."""

    lemma: str
    particle: str | None
    objects: frozenset[str]  # empty = any object
    preps: frozenset[str]  # empty = the target is the direct object
    code: str
    source: str  # provenance, "verbs.tsv:12"

    @property
    def specificity(self) -> int:
        """Number of constraints set (particle, objects, preps); more specific entries win."""
        return (self.particle is not None) + bool(self.objects) + bool(self.preps)


@dataclass(frozen=True, slots=True, kw_only=True)
class NounEntry:
    """An event noun ("sanction", "hunger strike") with the prepositions that mark its target."""

    lemma: str  # head noun lemma
    modifier: str | None  # compound modifier of a two-word entry: "hunger strike" -> "hunger"
    code: str
    preps: frozenset[str]
    source: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Lexicon:
    """Everything the rule coder looks words up in."""

    ontology: Ontology
    verbs: Mapping[str, tuple[VerbEntry, ...]]  # by lemma, most specific first
    nouns: Mapping[str, tuple[NounEntry, ...]]  # by head lemma, two-word entries first
    light_verbs: frozenset[str]
    modality: Mapping[str, Modality]  # lemma -> modality of the inner event
    reporting: frozenset[str]
    discards: Mapping[str, frozenset[str]]  # trigger lemma -> context lemmas
    frames: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # frame -> inner prefix -> code
    speech_acts: Mapping[str, frozenset[str]] = field(default_factory=dict)  # lemma -> content frames (quotes)
    recipients: frozenset[str] = frozenset()  # light verbs whose subject receives the event ("faces pressure")
    topics: Mapping[str, str] = field(default_factory=dict)  # "lemma" or "modifier lemma" -> topic (topics.tsv)
    instruments: Mapping[str, tuple[NounEntry, ...]] = field(default_factory=dict)  # weapons: "car bomb" -> 1832
    idioms: Mapping[str, tuple[VerbEntry, ...]] = field(default_factory=dict)  # senses that are no event (code "")
    non_agents: frozenset[str] = frozenset()  # subjects that are no actor: animals, diseases, natural forces

    def words(self) -> frozenset[str]:
        """Every trigger word of the verb and noun lexicons (a two-word noun gives both words)."""
        return frozenset({*self.verbs, *self.nouns, *(n.modifier for e in self.nouns.values() for n in e
                                                       if n.modifier)})

    def verb_entries(self, lemma: str) -> tuple[VerbEntry, ...]:
        """Senses of a verb lemma, most specific first; () if the verb is not a trigger."""
        return self.verbs.get(lemma, ())

    def idiom_entries(self, lemma: str) -> tuple[VerbEntry, ...]:
        """Senses of a trigger verb that are no event ("captured 60 percent of the vote"); () if none."""
        return self.idioms.get(lemma, ())

    def derived_code(self, frame: str, inner_code: str) -> str | None:
        """The code of an event embedded in a frame ("appeal", "demand", "intent", "threat"), by longest prefix."""
        table = self.frames.get(frame, {})
        if not inner_code.isdigit():  # a topic ("crime"), not a code prefix
            return table.get(inner_code)
        for size in range(len(inner_code), 1, -1):
            code = table.get(inner_code[:size])
            if code is not None:
                return code
        return None

    def topic(self, lemma: str, modifiers: Iterable[str] = ()) -> str | None:
        """What a content word is about ("kickback" -> crime, "war crime" -> war_crimes); two-word terms first."""
        for modifier in modifiers:
            found = self.topics.get(f"{modifier} {lemma}")
            if found is not None:
                return found
        return self.topics.get(lemma)

    def noun_entries(self, lemma: str) -> tuple[NounEntry, ...]:
        """Senses of an event noun by head lemma, two-word entries first; () if none."""
        return self.nouns.get(lemma, ())

    def instrument_entries(self, lemma: str) -> tuple[NounEntry, ...]:
        """Weapons with this head lemma and the CAMEO code of violence done with them, two-word entries first."""
        return self.instruments.get(lemma, ())


def _word(value: str, where: str, column: str) -> str:
    """A single lower-case word; LexiconError for empty cells or embedded spaces."""
    word = value.lower()
    if not word or any(ch.isspace() for ch in word):
        raise LexiconError(f"{where}: {column} must be one word, got {value!r}")
    return word


def _words(value: str, where: str, column: str) -> frozenset[str]:
    """A `|`-separated set of single words; empty cell -> empty set."""
    if not value:
        return frozenset()
    return frozenset(_word(part.strip(), where, column) for part in value.split("|"))


def _code(value: str, where: str) -> str:
    if not is_cameo_code(value):
        raise LexiconError(f"{where}: code {value!r} is not a CAMEO code (3-4 digits, root 01-20)")
    return value


def _name(path: PathLike) -> str:
    return Path(str(path)).name


def _verb_entry(row: Mapping[str, str], path: PathLike, line_no: int, code: str) -> VerbEntry:
    """A verb sense from a row's lemma, particle, objects and preps columns (verbs.tsv, idioms.tsv)."""
    where = f"{path}:{line_no}"
    return VerbEntry(
        lemma=_word(row["lemma"], where, "lemma"),
        particle=_word(row["particle"], where, "particle") if row["particle"] else None,
        objects=_words(row["objects"], where, "objects"),
        preps=_words(row["preps"], where, "preps"),
        code=code,
        source=f"{_name(path)}:{line_no}",
    )


def read_verbs(path: PathLike) -> Iterator[VerbEntry]:
    """Yield verb senses from a `lemma particle objects preps code note` TSV."""
    seen: dict[tuple[str, str | None, frozenset[str], frozenset[str]], int] = {}
    for line_no, row in read_tsv(path, ("lemma", "particle", "objects", "preps", "code")):
        where = f"{path}:{line_no}"
        entry = _verb_entry(row, path, line_no, _code(row["code"], where))
        key = (entry.lemma, entry.particle, entry.objects, entry.preps)
        if key in seen:
            raise LexiconError(f"{where}: same lemma/particle/objects/preps as line {seen[key]}")
        seen[key] = line_no
        yield entry


def read_idioms(path: PathLike) -> Iterator[VerbEntry]:
    """Yield verb senses that are no event from a `lemma particle objects preps note` TSV (their code is "");
    each needs a constraint, or it would silence the verb."""
    for line_no, row in read_tsv(path, ("lemma", "particle", "objects", "preps")):
        where = f"{path}:{line_no}"
        entry = _verb_entry(row, path, line_no, "")
        if not entry.specificity:
            raise LexiconError(f"{where}: an idiom of {entry.lemma!r} needs a particle, objects or preps")
        yield entry


def read_nouns(path: PathLike) -> Iterator[NounEntry]:
    """Yield event nouns from a `lemma code preps note` TSV; a two-word lemma is modifier + head."""
    seen: dict[tuple[str | None, str, frozenset[str]], int] = {}
    for line_no, row in read_tsv(path, ("lemma", "code", "preps")):
        where = f"{path}:{line_no}"
        words = row["lemma"].lower().split()
        if len(words) not in (1, 2):
            raise LexiconError(f"{where}: lemma must be one or two words, got {row['lemma']!r}")
        entry = NounEntry(
            lemma=words[-1],
            modifier=words[0] if len(words) == 2 else None,
            code=_code(row["code"], where),
            preps=_words(row["preps"], where, "preps"),
            source=f"{_name(path)}:{line_no}",
        )
        key = (entry.modifier, entry.lemma, entry.preps)
        if key in seen:
            raise LexiconError(f"{where}: same lemma and preps as line {seen[key]}")
        seen[key] = line_no
        yield entry


def read_word_list(path: PathLike) -> Iterator[tuple[str, str]]:
    """Yield (lemma, note) from a `lemma note` TSV (light verbs, reporting verbs)."""
    seen: dict[str, int] = {}
    for line_no, row in read_tsv(path, ("lemma",)):
        where = f"{path}:{line_no}"
        lemma = _word(row["lemma"], where, "lemma")
        if lemma in seen:
            raise LexiconError(f"{where}: {lemma!r} already listed at line {seen[lemma]}")
        seen[lemma] = line_no
        yield lemma, row.get("note", "")


def read_modality(path: PathLike) -> Iterator[tuple[str, Modality]]:
    """Yield (lemma, modality of the inner event) from a `lemma modality note [particle]` TSV; a phrasal entry's
    key is "lemma particle" ("rule out")."""
    allowed = {m.value for m in Modality} - {Modality.ASSERTED.value}
    seen: dict[str, int] = {}
    for line_no, row in read_tsv(path, ("lemma", "modality")):
        where = f"{path}:{line_no}"
        lemma = _word(row["lemma"], where, "lemma")
        if row.get("particle"):
            lemma = f"{lemma} {_word(row['particle'], where, 'particle')}"
        if row["modality"] not in allowed:
            raise LexiconError(f"{where}: modality {row['modality']!r} is not one of {sorted(allowed)}")
        if lemma in seen:
            raise LexiconError(f"{where}: {lemma!r} already listed at line {seen[lemma]}")
        seen[lemma] = line_no
        yield lemma, Modality(row["modality"])


def read_discards(path: PathLike) -> Iterator[tuple[str, frozenset[str]]]:
    """Yield (trigger lemma, context lemmas) from a `lemma context note` TSV; a lemma may recur."""
    for line_no, row in read_tsv(path, ("lemma", "context")):
        where = f"{path}:{line_no}"
        lemma = _word(row["lemma"], where, "lemma")
        context = _words(row["context"], where, "context")
        if not context:
            raise LexiconError(f"{where}: discard of {lemma!r} needs at least one context lemma")
        yield lemma, context


FRAMES_NAMES = frozenset({"appeal", "demand", "intent", "threat", "refusal", "attempt", "joint",
                          "preparation", "investigate", "accuse", "cut"})


def read_frames(path: PathLike) -> Iterator[tuple[str, str, str]]:
    """Yield (frame, inner code prefix or topic, code) from a `frame inner code note` TSV."""
    seen: dict[tuple[str, str], int] = {}
    for line_no, row in read_tsv(path, ("frame", "inner", "code")):
        where = f"{path}:{line_no}"
        frame = row["frame"].strip()
        if frame not in FRAMES_NAMES:
            raise LexiconError(f"{where}: frame {frame!r} is not one of {sorted(FRAMES_NAMES)}")
        inner, code = row["inner"].strip(), _code(row["code"], where)
        topic = bool(TOPIC_NAME.fullmatch(inner))
        if not topic and not (inner.isdigit() and 2 <= len(inner) <= 4 and 1 <= int(inner[:2]) <= 20):
            raise LexiconError(f"{where}: inner {inner!r} is neither a CAMEO code prefix (2-4 digits, root 01-20) "
                               "nor a topic name")
        if (frame, inner) in seen:
            raise LexiconError(f"{where}: {frame} {inner} already listed at line {seen[frame, inner]}")
        seen[frame, inner] = line_no
        yield frame, inner, code


TOPIC_NAME = re.compile(r"[a-z]+(_[a-z]+)*")


def read_topics(path: PathLike) -> Iterator[tuple[str, str]]:
    """Yield (term, topic) from a `topic terms note` TSV; a term is a lemma or "modifier lemma"."""
    seen: dict[str, int] = {}
    for line_no, row in read_tsv(path, ("topic", "terms")):
        where = f"{path}:{line_no}"
        topic = row["topic"]
        if not TOPIC_NAME.fullmatch(topic):
            raise LexiconError(f"{where}: topic {topic!r} must be lower-case words joined by '_'")
        for term in (part.strip().lower() for part in row["terms"].split("|")):
            if not term or len(term.split()) > 2 or term != " ".join(term.split()):
                raise LexiconError(f"{where}: term {term!r} must be one word or two (modifier and lemma)")
            if term in seen:
                raise LexiconError(f"{where}: {term!r} already listed at line {seen[term]}")
            seen[term] = line_no
            yield term, topic


# a preposition frame ("for", "about", ...) takes the object of that preposition: "called for talks"
SPEECH_ACT_FRAMES = frozenset({"object", "name", "object_to", "clause", "infinitive",
                               "for", "about", "of", "on", "against", "to", "over"})


def read_speech_acts(path: PathLike) -> Iterator[tuple[str, str]]:
    """Yield (lemma, content frame) from a `lemma frame note` TSV of speech verbs with a phrase as content."""
    seen: dict[tuple[str, str], int] = {}
    for line_no, row in read_tsv(path, ("lemma", "frame")):
        where = f"{path}:{line_no}"
        lemma, frame = _word(row["lemma"], where, "lemma"), row["frame"].strip()
        if frame not in SPEECH_ACT_FRAMES:
            raise LexiconError(f"{where}: frame {frame!r} is not one of {sorted(SPEECH_ACT_FRAMES)}")
        if (lemma, frame) in seen:
            raise LexiconError(f"{where}: {lemma} {frame} already listed at line {seen[lemma, frame]}")
        seen[lemma, frame] = line_no
        yield lemma, frame


def _speech_acts_by_lemma(rows: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    grouped: defaultdict[str, frozenset[str]] = defaultdict(frozenset)
    for lemma, frame in rows:
        grouped[lemma] |= {frame}
    return dict(grouped)


def _frames_by_name(rows: Iterable[tuple[str, str, str]], path: PathLike, ontology: Ontology,
                    topics: frozenset[str]) -> dict[str, dict[str, str]]:
    frames: defaultdict[str, dict[str, str]] = defaultdict(dict)
    for frame, inner, code in rows:
        if code not in ontology:
            raise LexiconError(f"{path}: {frame} {inner}: code {code} is not in the ontology")
        if not inner.isdigit() and inner not in topics:
            raise LexiconError(f"{path}: {frame} {inner}: no such topic in {TOPICS}")
        frames[frame][inner] = code
    return dict(frames)


def _check_codes(entries: Iterable[VerbEntry | NounEntry], path: PathLike, ontology: Ontology) -> None:
    for entry in entries:
        if entry.code not in ontology:
            line_no = entry.source.rpartition(":")[2]
            raise LexiconError(f"{path}:{line_no}: code {entry.code} is not in the ontology")


def _verbs_by_lemma(entries: Iterable[VerbEntry]) -> dict[str, tuple[VerbEntry, ...]]:
    grouped: defaultdict[str, list[VerbEntry]] = defaultdict(list)
    for entry in entries:
        grouped[entry.lemma].append(entry)
    # sorted() is stable: equally specific senses keep their file order.
    return {lemma: tuple(sorted(group, key=lambda e: -e.specificity)) for lemma, group in grouped.items()}


def _nouns_by_lemma(entries: Iterable[NounEntry]) -> dict[str, tuple[NounEntry, ...]]:
    grouped: defaultdict[str, list[NounEntry]] = defaultdict(list)
    for entry in entries:
        grouped[entry.lemma].append(entry)
    return {lemma: tuple(sorted(group, key=lambda e: e.modifier is None)) for lemma, group in grouped.items()}


def _discards_by_lemma(pairs: Iterable[tuple[str, frozenset[str]]]) -> dict[str, frozenset[str]]:
    merged: defaultdict[str, frozenset[str]] = defaultdict(frozenset)
    for lemma, context in pairs:
        merged[lemma] |= context
    return dict(merged)


ANY_TRIGGER = "*"  # discards.tsv lemma for sentence-level discards (PETRARCH): every trigger lemma


def with_any_trigger(discards: Mapping[str, frozenset[str]], lemmas: Iterable[str]) -> dict[str, frozenset[str]]:
    """Discards with the context of the `*` row added to every trigger lemma (verbs and nouns)."""
    every = discards.get(ANY_TRIGGER, frozenset())
    if not every:
        return dict(discards)
    return {**discards, **{lemma: discards.get(lemma, frozenset()) | every for lemma in lemmas}}


def _own_or_builtin(base: PathLike, name: str) -> PathLike:
    """`name` in the lexicon folder `base`, else the built-in file of that name."""
    return base / name if (base / name).is_file() else DEFAULT_LEXICONS / name


def load_lexicon(directory: Path | None = None, *, ontology: Ontology | None = None) -> Lexicon:
    """Load all lexicon files from `directory` (default: the package's data/lexicons).

    Every code is checked against the ontology (default: the packaged CAMEO ontology); an unknown
    code is a LexiconError naming file:line.
    """
    base: PathLike = directory if directory is not None else DEFAULT_LEXICONS
    onto = ontology if ontology is not None else read_ontology()
    verbs = list(read_verbs(base / VERBS))
    nouns = list(read_nouns(base / NOUNS))
    _check_codes(verbs, base / VERBS, onto)
    _check_codes(nouns, base / NOUNS, onto)
    # frames.tsv, topics.tsv and the other files follow the CAMEO codebook's structure (or are general English), so a
    # user folder without them uses the built-in ones
    frames_path, speech_path, recipients_path, topics_path, instruments_path, idioms_path, non_agents_path = (
        _own_or_builtin(base, name)
        for name in (FRAMES, SPEECH_ACTS, RECIPIENTS, TOPICS, INSTRUMENTS, IDIOMS, NON_AGENTS))
    topics = dict(read_topics(topics_path))
    instruments = list(read_nouns(instruments_path))
    _check_codes(instruments, instruments_path, onto)
    return Lexicon(
        ontology=onto,
        verbs=_verbs_by_lemma(verbs),
        nouns=_nouns_by_lemma(nouns),
        light_verbs=frozenset(lemma for lemma, _ in read_word_list(base / LIGHT_VERBS)),
        modality=dict(read_modality(base / MODALITY)),
        reporting=frozenset(lemma for lemma, _ in read_word_list(base / REPORTING)),
        discards=with_any_trigger(_discards_by_lemma(read_discards(base / DISCARDS)),
                                  {e.lemma for e in verbs} | {e.lemma for e in nouns}),
        frames=_frames_by_name(read_frames(frames_path), frames_path, onto, frozenset(topics.values())),
        speech_acts=_speech_acts_by_lemma(read_speech_acts(speech_path)),
        recipients=frozenset(lemma for lemma, _ in read_word_list(recipients_path)),
        topics=topics,
        instruments=_nouns_by_lemma(instruments),
        idioms=_verbs_by_lemma(read_idioms(idioms_path)),
        non_agents=frozenset(lemma for lemma, _ in read_word_list(non_agents_path)),
    )
