"""What a predicate is about: the events and topics in its content, which refine a generic code.

"investigated the governor over alleged kickbacks" is an investigation of crime (091), "accused Israel of attacking a
tanker" an accusation of aggression (1123), "rejected Sri Lanka's request for a loan" a refusal of aid (1221),
"threatened Minsk with fresh sanctions" a threat of sanctions (1312). The content is found in the predicate's
object, its prepositions of content ("of", "into", "over", "for", "about", "with", "on"), and one level below
them: what a request asks for ("a request for a loan"), what a report tells ("reports that detainees were
tortured"), what a wave is of ("a wave of bombings").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

from tacitus.coding import arguments as args
from tacitus.coding.lexicon import Lexicon

__all__ = ["content_keys"]

CONTENT_PREPS = ("of", "into", "over", "for", "about", "with", "on")
# Clauses that tell what a noun is ("reports that detainees were tortured", "a request to host bases").
TELLING_DEPS = frozenset({"acl", "ccomp", "relcl"})
MODIFIER_DEPS = frozenset({"compound", "amod"})

CodeOf = Callable[[Token], str | None]


def content_keys(token: Token, lexicon: Lexicon, code_of: CodeOf) -> Iterator[str]:
    """CAMEO codes and topics (topics.tsv) of what `token` is about, nearest first; `code_of` gives the code of an
    event word (a lexicon verb or noun), or None."""
    for node in _content_nodes(token):
        yield from _keys(node, lexicon, code_of)


def _content_nodes(token: Token) -> Iterator[Token]:
    """The predicate's objects and content phrases, then what those are about (one level further)."""
    # "rejected the plan", "the plan was rejected by Hamas", "insisted on the removal of X"
    objects = args.direct_objects(token) or (args.children_with(token, args.PASSIVE_SUBJECT_DEPS)
                                             if args.is_passive(token) else [])
    first = [o for o in objects if o.i != token.i] + args.prep_objects(token, CONTENT_PREPS)
    # "charged that the journalist was spying", "spurned offers from ASEAN to mediate"
    first += [c for c in token.children if c.dep_ == "ccomp" or (c.dep_ == "advcl" and _infinitive(c))]
    yield from first
    for node in first:
        yield from args.prep_objects(node, CONTENT_PREPS)
        yield from (c for c in node.children if c.dep_ in TELLING_DEPS and c.pos_ in {"VERB", "AUX"})


def _keys(node: Token, lexicon: Lexicon, code_of: CodeOf) -> Iterator[str]:
    """The topic and the event code of a content word, then those of its own objects ("taking bribes")."""
    for word in [node, *(args.children_with(node, args.OBJECT_DEPS) if node.pos_ in {"VERB", "AUX"} else [])]:
        topic = topic_of(word, lexicon)
        if topic is not None:
            yield topic
        code = code_of(word)
        if code is not None:
            yield code


def topic_of(word: Token, lexicon: Lexicon) -> str | None:
    """The topic of a content word: "kickbacks" -> crime, "war crimes" -> war_crimes, "human rights abuses"."""
    modifiers = [form for c in word.children if c.dep_ in MODIFIER_DEPS and c.i < word.i
                 for form in (c.lemma_.lower(), c.lower_)]
    return lexicon.topic(word.lemma_.lower(), modifiers)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
