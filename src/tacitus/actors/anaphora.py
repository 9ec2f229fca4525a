"""Words that stand for an actor the story named before: "the bloc" (the EU), "the group" (al-Shabaab), a
sentence-initial "It" or "They" (the subject of the sentence before), "its jets" (the jets of the one whose
clause it is)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from tacitus.actors.dictionary import ActorDictionary, NameEntry, NameKind
from tacitus.actors.phrase import find_terms
from tacitus.records import Actor

# Definite descriptions of a body, and which organisations they may stand for: intergovernmental ones ("the
# bloc", "the alliance"), other ones ("the group": Hamas, Amnesty), or any ("the agency").
_IGO, _OTHER, _ANY = "igo", "other", "any"
BODY_NOUNS = {"bloc": _IGO, "alliance": _IGO, "group": _OTHER, "movement": _OTHER, "organisation": _ANY,
              "organization": _ANY, "agency": _ANY}
# Set phrases whose modifier is part of the description, not a description of its own: "the world body" (the UN).
PHRASE_BODIES = {("world", "body"): _IGO}
_BODY_ENTITIES = frozenset({"ORG", "NORP", "GPE", "PERSON", "FAC", "LOC"})
STANDING_PRONOUNS = frozenset({"it", "they"})  # "It criticised ...": a body or a state named just before
OWNING_PRONOUNS = frozenset({"its", "their"})
_NAME_POS = frozenset({"PROPN", "ADJ", "NOUN"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_MAX_CLIMB = 12  # clauses up from a phrase to its sentence's root


def organisation_mentions(doc: Doc, dictionary: ActorDictionary) -> list[tuple[int, NameEntry]]:
    """(token index, entry) of every organisation the document names, in order: in its entities, and in runs of
    capitalised words the parser labelled otherwise ("the Islamic State" tagged as the demonym "Islamic")."""
    found: dict[int, NameEntry] = {}
    runs = [list(ent) for ent in doc.ents if ent.label_ in _BODY_ENTITIES] + _capitalised_runs(doc)
    for tokens in runs:
        for term in find_terms(tokens, tokens[0], dictionary, names_only=True):
            if term.name is not None and term.name.kind is NameKind.ORGANIZATION:
                found.setdefault(term.start, term.name)
    return sorted(found.items(), key=lambda item: item[0])


def _capitalised_runs(doc: Doc) -> list[list[Token]]:
    """Runs of capitalised names and name-like words inside sentences ("Islamic State", "Boko Haram")."""
    runs: list[list[Token]] = []
    run: list[Token] = []
    for token in doc:
        if token.pos_ in _NAME_POS and token.text[:1].isupper():
            run.append(token)
            continue
        if len(run) > 1:
            runs.append(run)
        run = []
    if len(run) > 1:
        runs.append(run)
    return runs


def body_named_before(head: Token, mentions: Sequence[tuple[int, NameEntry]]) -> NameEntry | None:
    """The organisation that "the bloc" / "the group" at `head` stands for: the last one named before it of the
    kind the noun allows; None when `head` is no such bare definite description."""
    phrase = next((kind for c in head.children if c.dep_ in {"compound", "amod"}
                   and (kind := PHRASE_BODIES.get((c.lower_, head.lemma_.lower()))) is not None), None)
    kind = phrase or BODY_NOUNS.get(head.lemma_.lower())
    if kind is None or head.tag_ in {"NNS", "NNPS"} or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    if phrase is None and any(c.dep_ in {"compound", "poss", "nmod"} or (c.dep_ == "amod" and c.ent_type_)
                              for c in head.children):
        return None  # "the rights group", "the Western alliance": a description of its own
    for i, entry in reversed(mentions):
        if i < head.i and (kind == _ANY or (entry.code.startswith("IGO") == (kind == _IGO))):
            return entry
    return None


def standing_for(head: Token, resolve: Callable[[Token], Actor | None]) -> Actor | None:
    """The actor a sentence-initial subject "It" or "They" stands for: the subject of the sentence before."""
    # an active subject only: in "Police arrested ten protesters. They were charged", "They" are the protesters
    if head.lower_ not in STANDING_PRONOUNS or head.dep_ != "nsubj" or not _starts_sentence(head):
        return None
    sent = head.sent
    if sent.start == 0:
        return None
    before = head.doc[sent.start - 1].sent
    subjects = [c for c in before.root.children if c.dep_ in _SUBJECTS]
    return resolve(subjects[0]) if subjects else None


def owner_of_clause(head: Token, resolve: Callable[[Token], Actor | None]) -> Actor | None:
    """Whose "its jets" / "their fighters" are: the first subject up the clauses above `head` that has a country
    ("Israel's military said its jets struck": Israel's)."""
    if not any(c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS for c in head.children):
        return None
    own = {t.i for t in head.subtree}
    node = head
    for _ in range(_MAX_CLIMB):
        if node.head.i == node.i:  # the root (compare indices: tokens are not always the same object)
            break
        node = node.head
        for subject in (c for c in node.children if c.dep_ in _SUBJECTS and c.i not in own):
            actor = resolve(subject)
            if actor is not None and actor.country is not None:
                return actor
    return None


def _starts_sentence(token: Token) -> bool:
    sent: Span = token.sent
    first = next((t for t in sent if not t.is_punct and not t.is_space), None)
    return first is not None and first.i == token.i
