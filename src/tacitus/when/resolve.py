"""Event dates: the date phrase attached to the event's clause, else the story's date."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date

from spacy.tokens import Doc, Span, Token

from tacitus.parse import sentence_of, span_entities
from tacitus.records import DateBasis, DatePrecision, Event
from tacitus.when.dates import ResolvedDate, resolve_date_phrase

DATE_LABELS = frozenset({"DATE", "TIME"})
_CLAUSE_POS = frozenset({"VERB", "AUX"})
_EXTRA = frozenset({"late", "early", "last", "on"})  # words spaCy leaves outside the entity: "late on Friday"


def clause_head(token: Token, stop: Token | None = None) -> Token:
    """The verb heading `token`'s clause (or `stop` when the walk up reaches it first)."""
    current = token
    while current.head.i != current.i:  # spaCy makes a new Token object on each access: compare indices
        current = current.head
        if (stop is not None and current.i == stop.i) or current.pos_ in _CLAUSE_POS:
            return current
    return current


def trigger_token(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic head of the trigger's characters."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None or len(span) == 0 else span.root


def _phrase(ent: Span) -> str:
    doc = ent.doc
    start = ent.start
    while start > sentence_of(ent[0]).start and doc[start - 1].lower_ in _EXTRA:
        start -= 1
    return doc[start : ent.end].text


def attached_dates(trigger: Token) -> list[Span]:
    """DATE/TIME entities of the trigger's sentence whose clause is the trigger's clause."""
    own = trigger if trigger.pos_ in _CLAUSE_POS else clause_head(trigger)
    found = []
    for ent in span_entities(sentence_of(trigger)):
        if ent.label_ not in DATE_LABELS or ent.start <= trigger.i < ent.end:
            continue
        head = clause_head(ent.root, stop=trigger)
        if head.i in {trigger.i, own.i}:
            found.append(ent)
    return sorted(found, key=lambda e: abs(e.start - trigger.i))


def event_date(trigger: Token, base: date) -> ResolvedDate | None:
    """The first attached date phrase that names a date, counted from `base`."""
    for ent in attached_dates(trigger):
        resolved = resolve_date_phrase(_phrase(ent), base)
        if resolved is not None:
            return resolved
    return None


def date_events(events: Iterable[Event], doc: Doc, base: date | None) -> list[Event]:
    """Events with `date` from their clause (basis TEXT) or `base`, the story's date (basis PUBLICATION)."""
    out: list[Event] = []
    for event in events:
        token = trigger_token(doc, event.trigger.start, event.trigger.end)
        resolved = event_date(token, base) if token is not None and base is not None else None
        if resolved is None:
            out.append(dataclasses.replace(event, date=base, date_basis=DateBasis.PUBLICATION,
                                           date_precision=DatePrecision.DAY))
        else:
            out.append(dataclasses.replace(event, date=resolved.date, date_basis=DateBasis.TEXT,
                                           date_precision=resolved.precision))
    return out
