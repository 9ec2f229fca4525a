"""Words in quotation marks that name a work or chant a slogan: "the film 'The Invasion'", placards reading
'Release our sons'. A title reports no event; a quoted imperative is a demand, not a report that it happened."""

from __future__ import annotations

from spacy.tokens import Span, Token

QUOTE_MARKS = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019"})
QUOTE_TAGS = frozenset({"``", "''"})  # a possessive apostrophe ("Martyrs' Square") is tagged POS instead
# Words a title leaves in lower case: "How We Won the War", "Death to America".
TITLE_LOWER = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by",
                         "from", "as", "into", "over"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark"})


def _is_mark(token: Token) -> bool:
    return token.text in QUOTE_MARKS and token.tag_ in QUOTE_TAGS


def quotation_around(token: Token) -> Span | None:
    """The words between the quotation marks around `token` within its sentence, or None."""
    sent = token.sent
    opening = next((t for t in reversed(sent[: token.i - sent.start]) if _is_mark(t)), None)
    closing = next((t for t in sent[token.i - sent.start + 1:] if _is_mark(t)), None)
    if opening is None or closing is None or opening.text in {"\u201d", "\u2019"}:
        return None
    if any(_is_mark(t) for t in token.doc[sent.start:opening.i]) and sum(
            _is_mark(t) for t in token.doc[sent.start:opening.i]) % 2:
        return None  # the mark before the token closes an earlier quotation
    return token.doc[opening.i + 1:closing.i]


def in_a_title(token: Token) -> bool:
    """Whether the token is in a quoted title or slogan written in title case: "'Kill the Messenger'"."""
    quoted = quotation_around(token)
    if quoted is None:
        return False
    words = [t for t in quoted if t.is_alpha]
    return bool(words) and words[0].text[0].isupper() and all(
        w.text[0].isupper() for w in words if w.lower_ not in TITLE_LOWER)


def quoted_imperative(token: Token) -> bool:
    """Whether the verb opens a quotation with no subject: a chant or a demand ("'Release our sons'")."""
    quoted = quotation_around(token)
    return (quoted is not None and token.tag_ == "VB" and token.i == quoted.start
            and not any(c.dep_ in SUBJECT_DEPS for c in token.children))
