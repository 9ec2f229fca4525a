"""The speaker of a cue: the mention next to it, resolved within the document to the fullest name and an actor."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from tacitus.actors.resolve import DocumentActors
from tacitus.parse import document_text, entities_from
from tacitus.records import Actor, TextSpan

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_GROUP_PRONOUNS = frozenset({"they", "them", "it", "we"})
_RELATIVE = frozenset({"who", "that", "which"})
_LEFT_DEPS = frozenset({"det", "compound", "amod", "poss", "nmod", "nummod", "quantmod", "case", "predet"})
_RIGHT_DEPS = frozenset({"compound", "flat"})
# A subject-less cue ("..., adding that", "..., saying") takes the subject of the verb it hangs on.
_CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "acl"})
_NAMED_ENTS = frozenset({"ORG", "NORP", "GPE", "FAC"})
MAX_CLIMB = 3
MAX_MENTION_TOKENS = 30


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker mention, the fullest name the document gives it, and its coded actor."""

    mention: TextSpan
    name: str | None
    actor: Actor | None
    person: bool


def subject_of(verb: Token, *, outside: tuple[int, int] | None = None) -> Token | None:
    """The subject of a cue verb (climbing from "adding"/"saying" to the clause's subject), not inside `outside`."""
    current = verb
    for _ in range(MAX_CLIMB):
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS and not _inside(child, outside):
                return child
        if current.dep_ not in _CLIMB_DEPS or current.head is current:
            return None
        current = current.head
    return None


def _inside(token: Token, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= token.idx < span[1]


def mention_tokens(head: Token) -> tuple[Token, Token]:
    """First and last token of the mention headed by `head`: the whole noun phrase, with its appositions
    ("Richard Revesz, director of the institute,"), or only its modifiers when the phrase runs into a quote."""
    doc = head.doc
    first, last = head.left_edge.i, head.right_edge.i
    while last > head.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    while first < head.i and (doc[first].is_punct or doc[first].is_space):
        first += 1
    phrase = doc[first : last + 1]
    if last - first < MAX_MENTION_TOKENS and not any(t.is_quote or "\n" in t.text for t in phrase):
        return doc[first], doc[last]
    return _modified_head(head)


def _modified_head(head: Token) -> tuple[Token, Token]:
    doc = head.doc
    start = head.i
    while start > head.left_edge.i:
        prev = doc[start - 1]
        if prev.is_punct or prev.dep_ not in _LEFT_DEPS or not _under(prev, head):
            break
        start -= 1
    end = head.i
    while end + 1 <= head.right_edge.i:
        nxt = doc[end + 1]
        if nxt.is_punct or nxt.dep_ not in _RIGHT_DEPS or not _under(nxt, head):
            break
        end += 1
    return doc[start], doc[end]


def _under(token: Token, head: Token) -> bool:
    current = token
    for _ in range(6):
        if current.i == head.i:
            return True
        if current.head is current:
            return False
        current = current.head
    return False


class SpeakerResolver:
    """Resolve speaker mentions in document order, remembering the last person and the last group speaker."""

    def __init__(self, doc: Doc, actors: DocumentActors) -> None:
        self.doc = doc
        self.actors = actors
        self._text = document_text(doc)
        self._last_person: Speaker | None = None
        self._last_group: Speaker | None = None

    @property
    def last_person(self) -> Speaker | None:
        """The last person who spoke, for a quote that runs on with no cue of its own."""
        return self._last_person

    def speaker(self, head: Token) -> Speaker:
        """The speaker headed by `head`; pronouns take the last compatible speaker's name."""
        first, last = mention_tokens(head)
        start, end = first.idx, last.idx + len(last.text)
        mention = TextSpan(start=start, end=end, text=self._text[start:end])
        if head.lower_ in _RELATIVE and head.head.dep_ == "relcl":
            # "an architect who said ...": the mention is "who", the name and actor are the antecedent's
            antecedent = self.speaker(head.head.head)
            return Speaker(mention, antecedent.name, antecedent.actor, antecedent.person)
        actor = self.actors.resolve(head)
        low = head.lower_
        if low in _PERSON_PRONOUNS or low in _GROUP_PRONOUNS:
            earlier = self._last_person if low in _PERSON_PRONOUNS else self._last_group
            name = earlier.name if earlier is not None else None
            found = Speaker(mention, name, actor or (earlier.actor if earlier else None), low in _PERSON_PRONOUNS)
        else:
            is_person = head.ent_type_ == "PERSON" or self.actors.person(head) is not None
            found = Speaker(mention, self._name(head, mention, actor), actor, is_person)
        if found.person:
            self._last_person = found
        elif low not in _GROUP_PRONOUNS:
            self._last_group = found
        return found

    def _name(self, head: Token, mention: TextSpan, actor: Actor | None) -> str | None:
        person = self.actors.person(head)
        if person is not None:
            return person.name
        if head.ent_type_ == "PERSON":
            return self._fullest_person(head) or mention.text
        if head.pos_ == "PROPN":
            return mention.text
        if head.pos_ == "NOUN" and any(c.lower_ == "the" for c in head.children):
            return self._named_before(head) or (actor.name if actor is not None else None)
        return None

    def _fullest_person(self, head: Token) -> str | None:
        """The longest PERSON entity up to here that ends with the same surname ("Hidalgo Azuaje")."""
        best: str | None = None
        for ent in entities_from(self.doc, 0, head.i):
            if ent.label_ == "PERSON" and ent[-1].lower_ == head.lower_ and (best is None or len(ent.text) > len(best)):
                best = ent.text
        return best

    def _named_before(self, head: Token) -> str | None:
        """ "the ministry" -> the last named body before it whose head word is the same ("the Foreign Ministry")."""
        lemma = head.lemma_.lower()
        found: str | None = None
        for ent in entities_from(self.doc, 0, head.i - 1):
            if ent.label_ in _NAMED_ENTS and any(t.lemma_.lower() == lemma for t in ent):
                found = ent.text
        return found
