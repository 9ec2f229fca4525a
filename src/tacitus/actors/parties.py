"""Groups named by a common noun after their members: "Greece and Turkey agreed ... The two foreign ministers met"
is Greece's and Turkey's ministers, "the neighbours" after "Kenya and Uganda" is Kenya and Uganda."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace

from spacy.tokens import Token

from tacitus.actors.dictionary import NO_SECTOR, ActorDictionary
from tacitus.records import Actor

_NUMBERS = {"two": 2, "three": 3, "four": 4}
_BOTH = frozenset({"both"})
# Nouns that name parties to a relation by definition: with "the" alone they stand for the parties named before
# ("the neighbours", "the allies", "the rivals").
RELATION_NOUNS = frozenset({"neighbour", "neighbor", "ally", "rival", "foe", "adversary", "enemy", "belligerent"})
# Nouns that name parties when counted ("the two countries", "both sides", "the three governments"), besides
# relation nouns and agent nouns of a sector ("the two foreign ministers", "both armies").
COUNTED_NOUNS = frozenset({"country", "nation", "state", "side", "party", "government", "capital", "power",
                           "partner", "neighbour", "neighbor", "ally", "rival", "foe", "adversary", "enemy"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_ACTOR_POS = frozenset({"NOUN", "PROPN"})
_MODIFIERS = frozenset({"amod", "compound", "nmod"})  # "Thai and Cambodian troops", however the tagger takes "Thai"
MAX_SENTENCES_BACK = 2  # the parties are named in the sentence before, or the one before that


def group_size(head: Token, dictionary: ActorDictionary) -> int | None:
    """How many parties a plural noun phrase stands for: 2 for "the two sides" or "both governments", 3 for "the
    three nations", 0 (two or more) for "the neighbours"; None when it names no group of parties."""
    if head.tag_ not in _PLURAL_TAGS:
        return None
    lemma = head.lemma_.lower()
    count = next((_NUMBERS[c.lower_] for c in head.children if c.dep_ == "nummod" and c.lower_ in _NUMBERS), None)
    if count is None and any(c.dep_ in {"det", "predet"} and c.lower_ in _BOTH for c in head.children):
        count = 2
    if count is not None:
        sector = dictionary.agent((lemma,))
        return count if lemma in COUNTED_NOUNS or sector not in (None, NO_SECTOR) else None
    if lemma in RELATION_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return 0
    return None


def named_parties(head: Token, count: int, resolve: Callable[[Token], Actor | None]) -> list[Actor]:
    """The parties a group noun at `head` stands for: the last coordination of `count` (or, with 0, two or more)
    actors of different codes named before it, in this sentence or the two before ("Indian and Pakistani troops",
    "talks between Serbia and Kosovo", "Niger, Mali and Burkina Faso")."""
    sent = head.sent
    doc = head.doc
    starts = [s.start for s in doc.sents if s.start <= sent.start][-(MAX_SENTENCES_BACK + 1):]
    inside = {t.i for t in head.subtree}
    for i in range(head.i - 1, starts[0] - 1 if starts else head.i - 1, -1):
        token = doc[i]
        if i in inside or token.dep_ == "conj" or not any(c.dep_ == "conj" for c in token.children):
            continue
        members = _members(token, resolve)
        codes = {a.code for a in members}
        if len(codes) == len(members) >= 2 and (count == 0 or len(members) == count):
            return members
    return []


def as_group(members: list[Actor], head: Token, start: int, end: int, dictionary: ActorDictionary) -> list[Actor]:
    """The members as the group phrase's actors: "the two foreign ministers" of Greece and Turkey are GRCGOV and
    TURGOV, "both sides" after "Armenian and Azerbaijani troops" ARMMIL and AZEMIL."""
    sector = dictionary.agent((head.lemma_.lower(),))
    text = head.doc.text[start:end]
    names = " and ".join(a.text for a in members)
    out = []
    for actor in members:
        code, own = actor.code, actor.sector
        if own is None and actor.country is not None and sector not in (None, NO_SECTOR):
            code, own = actor.country + sector, sector
        why = f"'{text}' = {names}, the parties named before; {actor.why}"
        out.append(replace(actor, text=text, start=start, end=end, code=code, sector=own, why=why))
    return out


def _members(root: Token, resolve: Callable[[Token], Actor | None]) -> list[Actor]:
    """The actors of a coordination: nouns ("Greece and Turkey"), or the owners of one noun ("Armenian and
    Azerbaijani troops": ARMMIL and AZEMIL)."""
    conjuncts = [root, *_conjuncts(root)]
    if root.pos_ in _ACTOR_POS and root.dep_ not in _MODIFIERS:
        found = [resolve(t) for t in conjuncts]
        return [a for a in found if a is not None] if all(a is not None for a in found) else []
    if root.dep_ not in _MODIFIERS or root.head.pos_ != "NOUN":
        return []
    whole = resolve(root.head)
    if whole is None or whole.country is None or whole.sector is None:
        return []
    out = []
    for modifier in conjuncts:
        owner = resolve(modifier)
        if owner is None or owner.country is None:
            return []
        out.append(replace(whole, code=owner.country + whole.code[len(whole.country):], country=owner.country))
    return out


def _conjuncts(token: Token) -> Iterator[Token]:
    for child in token.children:
        if child.dep_ == "conj":
            yield child
            yield from _conjuncts(child)
