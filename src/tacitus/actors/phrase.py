"""Noun phrases of a parse: which tokens belong to an actor phrase, and which dictionary terms they hold."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from spacy.tokens import Token

from tacitus.actors.dictionary import ActorDictionary, NameEntry

# Left children kept in a phrase (with their subtrees); conjuncts, clauses and punctuation are not.
_LEFT_DEPS = frozenset(
    {"det", "predet", "compound", "amod", "poss", "nummod", "nmod", "quantmod", "case", "npadvmod"}
)
# Prepositions whose object describes the head: "leader of Russia", "officers in the army", "envoy from Iran".
_PHRASE_PREPS = frozenset({"of", "in", "from", "at", "for", "within", "inside"})
_NOUNS = frozenset({"NOUN", "PROPN"})
# People who serve someone "to" whom they belong: "an adviser to Ukraine's president" (unlike "the envoy to Syria").
_STAFF = frozenset({"adviser", "advisor", "aide", "assistant", "counsellor", "counselor", "spokesman",
                    "spokeswoman", "spokesperson"})
_MAX_DEPTH = 2
# "Al Qaeda-linked rebels", "Russian-backed separatists", "pro-Russia rebels", "an anti-Syria journalist": the
# named country or group is an ally or an enemy of the actor, not the actor ("Saudi-led" is the actor: not listed).
_AFFILIATIONS = frozenset({"linked", "backed", "allied", "affiliated", "aligned", "sponsored", "supported",
                           "funded", "inspired", "trained", "armed", "friendly", "leaning",
                           "made", "built", "supplied", "manufactured", "designed"})  # "Chinese-made drones"
# "U.S.-led coalition" kept as one token: the leader named before the hyphen is the actor.
_LEADING = frozenset({"led"})
_STANCE_PREFIXES = frozenset({"pro", "anti"})
_FIRST_NAME_COUNTRIES = frozenset({"jordan", "chad", "georgia"})  # a person when the parser says so
# "Israel's militia ally", "Iranian proxies", "US allies": the owner of an ally is not the ally.
_ALLY_NOUNS = frozenset({"ally", "proxy", "surrogate", "client", "backer", "patron", "sponsor"})


class Relation(StrEnum):
    """How a matched term relates to the phrase head."""

    HEAD = "head"
    POSS = "poss"  # "Venezuela's soldiers"
    MODIFIER = "modifier"  # "Venezuelan army defectors", "US troops"
    PP = "pp"  # "the leader of Russia"
    APPOS = "appos"  # "Maduro, the Venezuelan president"


@dataclass(frozen=True, slots=True, kw_only=True)
class Term:
    """A dictionary term found in a phrase: a name (country, seat, organisation) or an agent noun."""

    start: int  # token indices, end exclusive
    end: int
    text: str
    relation: Relation
    name: NameEntry | None = None
    sector: str | None = None
    adjectival: bool = False  # a demonym ("Venezuelan") rather than a country name


def phrase_tokens(head: Token, *, skip: frozenset[int] = frozenset(), depth: int = 0) -> list[Token]:
    """The head with its left modifiers and describing right modifiers (PPs, appositions), sorted."""
    tokens = [head]
    for child in head.lefts:
        glued = child.dep_ == "punct" and child.text == "-" and not child.whitespace_  # "Al-Shabab"
        if (child.dep_ in _LEFT_DEPS or glued) and child.i not in skip:
            tokens.extend(t for t in child.subtree if t.i not in skip)
    if depth < _MAX_DEPTH:
        for child in head.rights:
            if child.i in skip:
                continue
            if child.dep_ == "case":
                tokens.append(child)
            elif child.dep_ == "prep" and (child.lower_ in _PHRASE_PREPS or _inside_a_name(child, head)
                                           or (child.lower_ == "to" and head.lemma_.lower() in _STAFF)):
                objects = [c for c in child.children if c.dep_ == "pobj"]
                for obj in objects[:1]:
                    tokens.append(child)
                    tokens.extend(phrase_tokens(obj, skip=skip, depth=depth + 1))
            elif child.dep_ == "appos":
                tokens.extend(phrase_tokens(child, skip=skip, depth=_MAX_DEPTH))
    return sorted(set(tokens), key=lambda t: t.i)


def _inside_a_name(prep: Token, head: Token) -> bool:
    """A capitalised preposition between capitalised words is part of a name: "Doctors Without Borders"."""
    return prep.text[:1].isupper() and head.text[:1].isupper() and any(
        c.dep_ == "pobj" and c.text[:1].isupper() for c in prep.children)


def relation(token: Token, head: Token) -> Relation:
    """The relation to `head` of the head's child that dominates `token`."""
    if token.i == head.i:
        return Relation.HEAD
    child = token
    while child.head.i != head.i and child.head.i != child.i:
        child = child.head
    if child.dep_ == "poss":
        return Relation.POSS
    if child.dep_ == "prep":
        return Relation.PP
    if child.dep_ == "appos":
        return Relation.APPOS
    return Relation.MODIFIER


def find_terms(
    tokens: Sequence[Token], head: Token, dictionary: ActorDictionary, *, people: Iterable[int] = (),
    names_only: bool = False,
) -> list[Term]:
    """Longest-first, left-to-right dictionary terms in the phrase; names before agent nouns."""
    blocked = set(people) | affiliated(tokens)
    terms: list[Term] = []
    k = 0
    while k < len(tokens):
        term = None if tokens[k].i in blocked else _term_at(tokens, k, head, dictionary, names_only=names_only)
        if term is None:
            k += 1
            continue
        terms.append(term)
        k += term.end - term.start
    return terms


def affiliated(tokens: Sequence[Token]) -> set[int]:
    """Indices of the names in affiliation modifiers ("Al Qaeda-linked", "pro-Russia", "Iran's allies"), which
    never code the actor."""
    out: set[int] = set()
    for k, token in enumerate(tokens):
        if token.lower_ in _AFFILIATIONS and token.i > 0 and token.nbor(-1).text == "-":
            out.update(t.i for t in token.subtree if t.i < token.i)
            out.update(t.i for t in token.nbor(-1).lefts)
            before = token.nbor(-1)  # "Russian-backed" may be flat: the word glued before the hyphen
            if before.i > 0 and not before.nbor(-1).whitespace_:
                out.add(before.i - 1)
        elif token.lemma_.lower() in _ALLY_NOUNS:
            out.update(t.i for c in token.lefts if c.dep_ in {"poss", "compound", "amod", "nmod"} for t in c.subtree)
        elif token.lower_ in _STANCE_PREFIXES and not token.whitespace_ and k + 1 < len(tokens):
            for word in token.doc[token.i + 1:]:
                out.add(word.i)
                if word.whitespace_:
                    break
    return out


def _runs(tokens: Sequence[Token], k: int, longest: int) -> Iterable[Sequence[Token]]:
    """Contiguous token runs starting at position k, longest first."""
    n = 1
    while k + n < len(tokens) and n < longest and tokens[k + n].i == tokens[k].i + n:
        n += 1
    for size in range(n, 0, -1):
        yield tokens[k : k + size]


def _term_at(tokens: Sequence[Token], k: int, head: Token, dictionary: ActorDictionary, *,
             names_only: bool = False) -> Term | None:
    if dictionary.may_start_name(tokens[k].text):
        for run in _runs(tokens, k, dictionary.max_name_words + 2):  # + 2: "al - Qaeda" is 3 tokens
            if entry := _name(run, dictionary):
                return _make_term(run, head, name=entry)
    if names_only:
        return None
    for run in _runs(tokens, k, dictionary.max_agent_words + 2):  # + 2: "secretary - general" is 3 tokens
        if sector := _agent(run, head, dictionary):
            return _make_term(run, head, sector=sector)
    return None


def _make_term(
    run: Sequence[Token], head: Token, *, name: NameEntry | None = None, sector: str | None = None
) -> Term:
    last = run[-1]
    text = _run_text(run)
    rel = Relation.HEAD if any(t.i == head.i for t in run) else relation(last, head)
    # a demonym ("Venezuelan", "Serbs"), not the country's own name ("the Philippines")
    adjectival = any(t.pos_ == "ADJ" or t.ent_type_ == "NORP" for t in run) or (
        len(run) == 1 and run[0].tag_ == "NNPS" and name is not None and name.name is not None
        and run[0].text != name.name)
    return Term(start=run[0].i, end=last.i + 1, text=text, relation=rel, name=name, sector=sector,
                adjectival=adjectival)


def _name(run: Sequence[Token], dictionary: ActorDictionary) -> NameEntry | None:
    first = run[0]
    if first.pos_ in ("DET", "PUNCT"):
        return None
    text = _run_text(run)
    if len(run) == 1 and first.ent_type_ == "PERSON" and first.tag_ not in ("JJ", "NNPS") \
            and not is_mislabelled_name(text, dictionary):
        return None  # "Jordan" the person; but the parser also calls "Bosnian Serbs", "Sri Lanka", "Mali" people
    if text.islower() or not any(c.isupper() for c in text):
        return None  # "us", "it", "man": names are capitalised
    entry = dictionary.name(text)
    if entry is None and len(run) == 1 and text.rpartition("-")[2].lower() in _LEADING:
        entry = dictionary.name(text.rpartition("-")[0])  # "U.S.-led"
    if entry is None and len(run) == 1 and text.endswith("s"):
        entry = dictionary.name(text[:-1])  # plural demonyms: "Palestinians", "Israelis"
    return entry


def is_mislabelled_name(text: str, dictionary: ActorDictionary) -> bool:
    """Whether a span the parser calls a person is a country or organisation name: "Sri Lanka", "Mali",
    "Al-Shabab"; never a country that is also a first name ("Jordan", "Chad", "Georgia")."""
    text = text.removesuffix("'s").removesuffix("’s")  # the parser's "Sri Lanka's" PERSON keeps the possessive
    entry = dictionary.name(text)
    return entry is not None and (" " in text or "-" in text or text.lower() not in _FIRST_NAME_COUNTRIES)


def _run_text(run: Sequence[Token]) -> str:
    """The text of contiguous tokens (never `doc.text`, which spaCy rebuilds on every access)."""
    return "".join(t.text_with_ws for t in run[:-1]) + run[-1].text


def _agent(run: Sequence[Token], head: Token, dictionary: ActorDictionary) -> str | None:
    last = run[-1]
    if last.pos_ not in _NOUNS and last.i != head.i:
        return None  # "private company", "major powers": adjectives are not agents
    lemmas = tuple(t.lemma_.lower() for t in run)
    sector = dictionary.agent(lemmas)
    if sector is None and len(run) > 1:
        sector = dictionary.agent((*(t.lower_ for t in run[:-1]), lemmas[-1]))
    if sector is None:
        sector = dictionary.agent(tuple(t.lower_ for t in run))
    if sector is None and (last.tag_ == "NNPS" or last.pos_ == "PROPN") and last.lower_.endswith("s"):
        # a capitalised plural read as a name keeps its plural as lemma: "Rapid Support Forces", "KAMPALA (Wire) -
        # Protesters blocked ..."
        sector = dictionary.agent((*(t.lower_ for t in run[:-1]), _singular(last.lower_)))
    if sector is None and any(t.text == "-" for t in run):
        sector = dictionary.agent(_hyphen_glued(run))
    return sector


def _hyphen_glued(run: Sequence[Token]) -> tuple[str, ...]:
    """The words of a run with hyphenated parts glued back: "secretary - general" -> ("secretary-general",)."""
    words: list[str] = []
    for k, token in enumerate(run):
        glue = k > 0 and (token.text == "-" or run[k - 1].text == "-") and not run[k - 1].whitespace_
        if glue:
            words[-1] += token.lower_
        else:
            words.append(token.lower_ if k < len(run) - 1 else token.lemma_.lower())
    return tuple(words)


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
